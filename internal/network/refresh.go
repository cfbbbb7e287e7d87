package network

import (
	"context"

	gen "grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
)

// Refresh re-reads the named organizations ("organization") or links
// ("link") and applies what it finds: rows that exist are upserted, rows that
// are gone are removed. It serves writes committed by other processes, which
// are known only by ID.
func (x *Index) Refresh(ctx context.Context, c *gen.Client, entity string, ids []int) error {
	var cs []Change
	found := map[int]bool{}
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		switch entity {
		case organization.Label:
			os, err := c.Organization.Query().Where(organization.IDIn(chunk...)).
				Select(organization.FieldRegionID, organization.FieldParentID, organization.FieldHostID).All(ctx)
			if err != nil {
				return err
			}
			for _, o := range os {
				found[o.ID] = true
				ch, _ := changeOf(o)
				cs = append(cs, ch)
			}
			for _, id := range chunk {
				if !found[id] {
					cs = append(cs, Change{RemoveOrg: id})
				}
			}
		case link.Label:
			ls, err := c.Link.Query().Where(link.IDIn(chunk...)).
				Select(link.FieldKind, link.FieldStatus, link.FieldSourceID, link.FieldTargetID, link.FieldStartedOn, link.FieldEndedOn).All(ctx)
			if err != nil {
				return err
			}
			for _, l := range ls {
				found[l.ID] = true
				ch, _ := changeOf(l)
				cs = append(cs, ch)
			}
			for _, id := range chunk {
				if !found[id] {
					cs = append(cs, Change{RemoveLink: id})
				}
			}
		default:
			return nil
		}
	}
	x.Apply(cs...)
	return nil
}
