package network

import (
	"context"

	gen "grassroots/ent"
)

// Refresh re-reads the named organizations (entity ent.TypeOrganization) or
// links (ent.TypeLink) and applies what it finds: rows that exist are
// upserted, rows that are gone are removed. It serves writes committed by
// other processes, which are known only by ID.
func (x *Index) Refresh(ctx context.Context, c *gen.Client, entity string, ids []int) error {
	if entity != gen.TypeOrganization && entity != gen.TypeLink {
		return nil
	}
	cs, found, err := read(ctx, c, entity, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		switch {
		case found[id]:
		case entity == gen.TypeOrganization:
			cs = append(cs, Change{RemoveOrg: id})
		default:
			cs = append(cs, Change{RemoveLink: id})
		}
	}
	x.Apply(cs...)
	return nil
}
