package network

import (
	"context"

	gen "grassroots/ent"
	"grassroots/internal/store"
	"grassroots/internal/views"
)

// Refresh re-reads the named organizations (entity ent.TypeOrganization) or
// links (ent.TypeLink) in st and applies what it finds: rows that exist are
// upserted, rows that are gone are removed. It serves writes committed by
// other processes, which are known only by ID. The rows are read as
// views.Reread says, so that a local write in progress is never outranked by
// an older state.
func (x *Index) Refresh(ctx context.Context, st *store.Store, entity string, ids []int) error {
	org := entity == gen.TypeOrganization
	if !org && entity != gen.TypeLink {
		return nil
	}
	return views.Reread(ctx, st.Client, st.Target.Dialect == store.Postgres, ids,
		func(ctx context.Context, tx *gen.Tx, ids []int, l views.Lock) (map[int]bool, func([]int), error) {
			cs, found, err := read(ctx, tx.Client(), entity, ids, l)
			if err != nil {
				return nil, nil, err
			}
			// Numbered while the rows are still locked: a local write to
			// them that follows gets a higher number.
			seq := x.seq.Add(1)
			return found, func(gone []int) {
				for _, id := range gone {
					if org {
						cs = append(cs, Change{RemoveOrg: id})
					} else {
						cs = append(cs, Change{RemoveLink: id})
					}
				}
				for i := range cs {
					cs[i].seq = seq
				}
				x.Apply(cs...)
			}, nil
		})
}
