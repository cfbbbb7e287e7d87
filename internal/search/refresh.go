package search

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/region"
	"grassroots/internal/store"
	"grassroots/internal/views"
)

// Refresh re-reads the rows of one type that another process wrote and
// applies what it finds, as local writes are applied: a row found replaces
// what the index holds, a row not found is removed. The rows are read as
// views.Reread says, so that a local write in progress is never outranked by
// an older state.
func (x *Index) Refresh(ctx context.Context, s *store.Store, typ Type, ids []int) error {
	if typ >= nTypes {
		return fmt.Errorf("search: refresh: unknown type %d", typ)
	}
	return views.Reread(ctx, s.Client, s.Target.Dialect == store.Postgres, ids,
		func(ctx context.Context, tx *gen.Tx, ids []int, l views.Lock) (map[int]bool, func([]int), error) {
			vs, err := readRows(ctx, tx.Client(), typ, ids, l)
			if err != nil {
				return nil, nil, err
			}
			// Numbered while the rows are still locked: a local write to
			// them that follows gets a higher number.
			seq := x.seq.Add(1)
			found := make(map[int]bool, len(vs))
			cs := make([]change, 0, len(ids))
			for _, v := range vs {
				if it, ok := itemOf(v); ok {
					it.seq = seq
					found[it.meta.ref.ID] = true
					cs = append(cs, change{seq: seq, ref: it.meta.ref, it: it})
				}
			}
			return found, func(gone []int) {
				for _, id := range gone {
					cs = append(cs, change{seq: seq, ref: Ref{Type: typ, ID: id}})
				}
				x.apply(cs)
			}, nil
		})
}

// readRows reads the rows ids of typ through c, locked as l says.
func readRows(ctx context.Context, c *gen.Client, typ Type, ids []int, l views.Lock) ([]ent.Value, error) {
	var vs []ent.Value
	switch typ {
	case Region:
		q := c.Region.Query().Where(region.IDIn(ids...))
		if l.Share {
			q.ForShare(l.Options()...)
		}
		rs, err := q.All(ctx)
		for _, r := range rs {
			vs = append(vs, r)
		}
		return vs, err
	case Organization:
		q := c.Organization.Query().Where(organization.IDIn(ids...))
		if l.Share {
			q.ForShare(l.Options()...)
		}
		os, err := q.All(ctx)
		for _, o := range os {
			vs = append(vs, o)
		}
		return vs, err
	case Person:
		q := c.Person.Query().Where(person.IDIn(ids...))
		if l.Share {
			q.ForShare(l.Options()...)
		}
		ps, err := q.All(ctx)
		for _, p := range ps {
			vs = append(vs, p)
		}
		return vs, err
	}
	return nil, nil
}
