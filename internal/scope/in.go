package scope

import (
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
