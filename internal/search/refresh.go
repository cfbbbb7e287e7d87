package search

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	entsql "entgo.io/ent/dialect/sql"

	gen "grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/region"
	"grassroots/internal/store"
)

// Refresh re-reads the rows of one type that another process wrote and
// applies what it finds, as the Hook applies local writes: a row found
// replaces what the index holds, a row not found is removed.
//
// On PostgreSQL the rows are read FOR SHARE: a row that a transaction of this
// process is writing is then read as that transaction leaves it, so the
// change the transaction's commit hook delivers (numbered before the read) is
// never newer than what the read put in the index. Rows locked by others are
// first skipped and then read one at a time, so that the read never holds a
// lock while it waits for one (no deadlock with the writers).
func (x *Index) Refresh(ctx context.Context, s *store.Store, typ Type, ids []int) error {
	if typ >= nTypes {
		return fmt.Errorf("search: refresh: unknown type %d", typ)
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	lock := s.Target.Dialect == store.Postgres
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		found, err := x.refreshRead(ctx, s.Client, typ, chunk, lock, true)
		if err != nil {
			return err
		}
		if !lock {
			continue
		}
		for _, id := range chunk {
			if found[id] {
				continue
			}
			// skipped because locked (or gone): wait for this row alone
			if _, err := x.refreshRead(ctx, s.Client, typ, []int{id}, lock, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// refreshRead reads the rows ids of typ in one transaction and applies them.
// With skip set, rows that are locked are left out and not applied; otherwise
// a row not found is applied as deleted. It reports the IDs found.
func (x *Index) refreshRead(ctx context.Context, c *gen.Client, typ Type, ids []int, lock, skip bool) (map[int]bool, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var opts []entsql.LockOption
	if skip {
		opts = append(opts, entsql.WithLockAction(entsql.SkipLocked))
	}
	var vs []ent.Value
	switch typ {
	case Region:
		q := tx.Region.Query().Where(region.IDIn(ids...))
		if lock {
			q.ForShare(opts...)
		}
		rs, err := q.All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			vs = append(vs, r)
		}
	case Organization:
		q := tx.Organization.Query().Where(organization.IDIn(ids...))
		if lock {
			q.ForShare(opts...)
		}
		os, err := q.All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			vs = append(vs, o)
		}
	case Person:
		q := tx.Person.Query().Where(person.IDIn(ids...))
		if lock {
			q.ForShare(opts...)
		}
		ps, err := q.All(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			vs = append(vs, p)
		}
	}
	// Numbered while the rows are still locked: a local write to them that
	// follows gets a higher number.
	seq := x.seq.Add(1)
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	found := make(map[int]bool, len(vs))
	cs := make([]change, 0, len(ids))
	for _, v := range vs {
		it, ok := itemOf(v)
		if !ok {
			continue
		}
		it.seq = seq
		found[it.meta.ref.ID] = true
		cs = append(cs, change{seq: seq, ref: it.meta.ref, it: it})
	}
	if !skip || !lock {
		for _, id := range ids {
			if !found[id] {
				cs = append(cs, change{seq: seq, ref: Ref{Type: typ, ID: id}})
			}
		}
	}
	x.apply(cs)
	return found, nil
}
