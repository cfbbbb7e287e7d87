package store

import (
	"reflect"
	"testing"

	"github.com/lib/pq"
)

func TestArrayListsRewriteLongINLists(t *testing.T) {
	cases := []struct {
		name, query string
		args        []any
		want        string
		wantArgs    []any
	}{
		{"ids", `SELECT "id", "name" FROM "people" WHERE "people"."id" IN ($1, $2, $3, $4)`, []any{1, 2, 3, 4},
			`SELECT "id", "name" FROM "people" WHERE "people"."id" = ANY($1)`, []any{pq.Int64Array{1, 2, 3, 4}}},
		{"placeholders around it are renumbered", `SELECT * FROM "t" WHERE "a" = $1 AND "b" IN ($2, $3, $4, $5, $6) AND "c" = $7 LIMIT $8`,
			[]any{"x", int64(5), int64(6), int64(7), int64(8), int64(9), true, 10},
			`SELECT * FROM "t" WHERE "a" = $1 AND "b" = ANY($2) AND "c" = $3 LIMIT $4`,
			[]any{"x", pq.Int64Array{5, 6, 7, 8, 9}, true, 10}},
		{"strings and NOT IN", `SELECT * FROM "t" WHERE "k" NOT IN ($1, $2, $3, $4) AND "j" IN ($5, $6, $7, $8)`,
			[]any{"A", "B", "C", "D", 1, 2, 3, 4},
			`SELECT * FROM "t" WHERE "k" <> ALL($1) AND "j" = ANY($2)`,
			[]any{pq.StringArray{"A", "B", "C", "D"}, pq.Int64Array{1, 2, 3, 4}}},
		{"short lists stay", `SELECT * FROM "t" WHERE "id" IN ($1, $2, $3)`, []any{1, 2, 3},
			`SELECT * FROM "t" WHERE "id" IN ($1, $2, $3)`, []any{1, 2, 3}},
		{"mixed values stay", `SELECT * FROM "t" WHERE "id" IN ($1, $2, $3, $4)`, []any{1, "2", 3, 4},
			`SELECT * FROM "t" WHERE "id" IN ($1, $2, $3, $4)`, []any{1, "2", 3, 4}},
		{"subqueries stay", `SELECT * FROM "t" WHERE "id" IN (SELECT "id" FROM "u" WHERE "x" = $1)`, []any{1},
			`SELECT * FROM "t" WHERE "id" IN (SELECT "id" FROM "u" WHERE "x" = $1)`, []any{1}},
		{"no IN list", `SELECT * FROM "t" WHERE "id" = $1`, []any{1}, `SELECT * FROM "t" WHERE "id" = $1`, []any{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, args := arrayLists(c.query, c.args)
			if got != c.want || !reflect.DeepEqual(args, c.wantArgs) {
				t.Errorf("got %s %#v\nwant %s %#v", got, args, c.want, c.wantArgs)
			}
		})
	}
}

func TestJSONListsRewriteLongINLists(t *testing.T) {
	cases := []struct {
		name, query string
		args        []any
		want        string
		wantArgs    []any
	}{
		{"ids", `SELECT "id" FROM "people" WHERE "people"."id" IN (?, ?, ?, ?)`, []any{1, 2, 3, 4},
			`SELECT "id" FROM "people" WHERE "people"."id" IN (SELECT value FROM json_each(?))`, []any{"[1,2,3,4]"}},
		{"placeholders around it keep their values", `SELECT * FROM "t" WHERE "a" = ? AND "b" IN (?, ?, ?, ?, ?) AND "c" = ? LIMIT ?`,
			[]any{"x", int64(5), int64(6), int64(7), int64(8), int64(9), true, 10},
			`SELECT * FROM "t" WHERE "a" = ? AND "b" IN (SELECT value FROM json_each(?)) AND "c" = ? LIMIT ?`,
			[]any{"x", "[5,6,7,8,9]", true, 10}},
		{"strings", `SELECT * FROM "t" WHERE "k" IN (?, ?, ?, ?)`, []any{"A", "B", `C"`, "D"},
			`SELECT * FROM "t" WHERE "k" IN (SELECT value FROM json_each(?))`, []any{`["A","B","C\"","D"]`}},
		{"short lists stay", `SELECT * FROM "t" WHERE "id" IN (?, ?, ?)`, []any{1, 2, 3},
			`SELECT * FROM "t" WHERE "id" IN (?, ?, ?)`, []any{1, 2, 3}},
		{"mixed values stay", `SELECT * FROM "t" WHERE "id" IN (?, ?, ?, ?)`, []any{1, "2", 3, 4},
			`SELECT * FROM "t" WHERE "id" IN (?, ?, ?, ?)`, []any{1, "2", 3, 4}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, args := jsonLists(c.query, c.args)
			if got != c.want || !reflect.DeepEqual(args, c.wantArgs) {
				t.Errorf("got %s %#v\nwant %s %#v", got, args, c.want, c.wantArgs)
			}
		})
	}
}
