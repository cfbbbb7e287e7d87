package server_test

import (
	"net/http"
	"strings"
	"testing"
)

// leaks are strings no error message may contain: driver, SQL and Go internals.
var leaks = []string{"ent:", "pq:", "sqlite", "SQL", "SELECT", "INSERT", "goroutine", ".go:", "panic"}

func TestErrorsCarryCodes(t *testing.T) {
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		code  string
		field string
		msg   string
	}{
		{
			name:  "unknown node ID",
			query: `{ node(id: "999999") { id } }`,
			code:  "NOT_FOUND",
		},
		{
			name:  "unknown enum value in a where literal",
			query: `{ regions(where: { level: PLANET }) { totalCount } }`,
			code:  "BAD_USER_INPUT",
			msg:   "PLANET",
		},
		{
			name:  "unknown enum value in a where variable",
			query: `query Q($w: RegionWhereInput) { regions(where: $w) { totalCount } }`,
			vars:  map[string]any{"w": map[string]any{"level": "PLANET"}},
			code:  "BAD_USER_INPUT",
			field: "level",
			msg:   "PLANET",
		},
		{
			name:  "invalid Date literal",
			query: `{ positions(where: { heldOn: "2024-13-45" }) { totalCount } }`,
			code:  "BAD_USER_INPUT",
			field: "heldOn",
			msg:   "not a valid date",
		},
		{
			name:  "invalid Date variable",
			query: `query Q($d: Date) { positions(where: { heldOn: $d }) { totalCount } }`,
			vars:  map[string]any{"d": "yesterday"},
			code:  "BAD_USER_INPUT",
			msg:   "not a valid date",
		},
		{
			name:  "string where an Int goes",
			query: `{ regions(first: "ten") { totalCount } }`,
			code:  "BAD_USER_INPUT",
		},
		{
			name:  "unknown field",
			query: `{ regions { nope } }`,
			code:  "BAD_USER_INPUT",
			msg:   "nope",
		},
		{
			name:  "syntax error",
			query: `{ regions { totalCount }`,
			code:  "BAD_USER_INPUT",
		},
		{
			name:  "missing required input field",
			query: `mutation { createRegion(input: { name: "x", level: PROVINCE }) { id } }`,
			code:  "BAD_USER_INPUT",
			msg:   "code",
		},
		{
			name:  "invalid division code",
			query: `mutation { createRegion(input: { code: "22", name: "吉林省", level: PROVINCE }) { id } }`,
			code:  "BAD_USER_INPUT",
			field: "code",
			msg:   "code: ",
		},
	}
	forEachDialect(t, func(t *testing.T, e *env) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := e.query(t, c.query, c.vars)
				got := r.fails(t, c.code, c.field, c.msg)
				for _, leak := range leaks {
					if strings.Contains(got.Message, leak) {
						t.Errorf("message %q leaks %q", got.Message, leak)
					}
				}
			})
		}

		t.Run("duplicate region code", func(t *testing.T) {
			const create = `mutation { createRegion(input: { code: "220000000000", name: "吉林省", level: PROVINCE }) { id code } }`
			e.query(t, create, nil).ok(t, nil)
			got := e.query(t, create, nil).fails(t, "CONFLICT", "code", "a region with this code already exists")
			if strings.Contains(got.Message, "220000000000") {
				t.Errorf("message %q quotes the value", got.Message)
			}
		})

		t.Run("malformed JSON body", func(t *testing.T) {
			r := e.post(t, []byte(`{"query": "{ __typename }", oops}`), "application/json")
			got := r.fails(t, "BAD_USER_INPUT", "", "not valid JSON")
			if strings.Contains(got.Message, "oops") {
				t.Errorf("message %q echoes the body", got.Message)
			}
			if r.status != http.StatusBadRequest {
				t.Errorf("status = %d, want 400", r.status)
			}
			e.alive(t)
		})

		t.Run("body that is not JSON", func(t *testing.T) {
			r := e.post(t, []byte(`query=%7B__typename%7D`), "application/x-www-form-urlencoded")
			if r.status != http.StatusUnsupportedMediaType {
				t.Errorf("status = %d, want 415", r.status)
			}
			r.fails(t, "BAD_USER_INPUT", "", "application/json")
		})

		t.Run("unknown operation name", func(t *testing.T) {
			req := `{"query": "query A { __typename }", "operationName": "B"}`
			e.post(t, []byte(req), "application/json").fails(t, "BAD_USER_INPUT", "", "B")
		})
	})
}

func TestGETServesQueriesOnly(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		var d struct {
			Typename string `json:"__typename"`
		}
		e.get(t, `{ __typename }`).ok(t, &d)
		if d.Typename != "Query" {
			t.Errorf("__typename = %q", d.Typename)
		}

		r := e.get(t, `mutation { createRegion(input: { code: "220000000000", name: "吉林省", level: PROVINCE }) { id } }`)
		r.fails(t, "BAD_USER_INPUT", "", "POST")
		if r.status == http.StatusOK {
			t.Errorf("mutation over GET answered 200")
		}
		n, err := e.store.Client.Region.Query().Count(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("mutation over GET created %d regions", n)
		}
	})
}

func TestMutationsAreAtomic(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		const q = `mutation {
			a: createRegion(input: { code: "220000000000", name: "吉林省", level: PROVINCE }) { id }
			b: createRegion(input: { code: "220000000000", name: "again", level: PROVINCE }) { id }
		}`
		e.query(t, q, nil).fails(t, "CONFLICT", "code", "already exists")
		n, err := e.store.Client.Region.Query().Count(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("the failed mutation left %d regions behind", n)
		}
	})
}
