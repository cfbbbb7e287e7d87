package scope

import (
	"strconv"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/lib/pq"
)

// InIDs is column IN (ids…). On PostgreSQL it is written column = ANY($1) with
// the IDs as one array parameter: a batch of 50 keys is then one parameter to
// send and type-check instead of 50, and the statement text is the same for
// every batch size.
func InIDs(d string, column string, ids []int) *sql.Predicate {
	if d != dialect.Postgres {
		return sql.InInts(column, ids...)
	}
	return sql.P(func(b *sql.Builder) {
		b.WriteString(column).WriteString(" = ANY(").Arg(IDArray(ids)).WriteString(")")
	})
}

// IDJSON is ids as one JSON array, for SQLite's json_each.
func IDJSON(ids []int) string {
	b := []byte{'['}
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(id), 10)
	}
	return string(append(b, ']'))
}

// IDArray is ids as one PostgreSQL bigint[] parameter.
func IDArray(ids []int) any {
	arr := make([]int64, len(ids))
	for i, id := range ids {
		arr[i] = int64(id)
	}
	return pq.Array(arr)
}

// IDsIn is an ent predicate for InIDs on column of the selector's table; P is
// the entity's predicate type (predicate.Position, …).
func IDsIn[P ~func(*sql.Selector)](column string, ids []int) P {
	return P(func(s *sql.Selector) { s.Where(InIDs(s.Dialect(), s.C(column), ids)) })
}
