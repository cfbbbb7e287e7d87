package network

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/internal/views"
)

// prepare turns a local write into the changes to apply once it commits (see
// View.Apply).
//
// Each write is numbered when its statement has run, and the index keeps, per
// row, the highest-numbered state it was given, so the order in which commit
// hooks run does not matter (ent runs them last-registered first).
func (x *Index) prepare(ctx context.Context, w views.Write) (func(), error) {
	org := w.Entity == gen.TypeOrganization
	if !org && w.Entity != gen.TypeLink {
		return nil, nil
	}
	var cs []Change
	switch w.Op {
	case views.Create:
		c, ok := changeOf(w.Value)
		if !ok {
			return nil, fmt.Errorf("network: unexpected %T from %s create", w.Value, w.Entity)
		}
		cs = []Change{c}
	case views.Delete:
		for _, id := range w.IDs {
			if org {
				cs = append(cs, Change{RemoveOrg: id})
			} else {
				cs = append(cs, Change{RemoveLink: id})
			}
		}
	default: // read the rows back inside the transaction
		var err error
		if cs, _, err = read(ctx, w.Client, w.Entity, w.IDs, views.Lock{}); err != nil {
			return nil, err
		}
	}
	if len(cs) == 0 {
		return nil, nil
	}
	seq := x.seq.Add(1)
	for i := range cs {
		cs[i].seq = seq
	}
	return func() { x.Apply(cs...) }, nil
}

const rereadChunk = 10000

// read reads the indexed columns of the organizations (entity
// ent.TypeOrganization) or links (ent.TypeLink) ids, locked as l says, and
// reports which exist.
func read(ctx context.Context, c *gen.Client, entity string, ids []int, l views.Lock) ([]Change, map[int]bool, error) {
	var cs []Change
	found := make(map[int]bool, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		switch entity {
		case gen.TypeOrganization:
			q := c.Organization.Query().Where(organization.IDIn(chunk...)).
				Select(organization.FieldRegionID, organization.FieldParentID, organization.FieldHostID)
			if l.Share {
				q.ForShare(l.Options()...)
			}
			os, err := q.All(ctx)
			if err != nil {
				return nil, nil, err
			}
			for _, o := range os {
				found[o.ID] = true
				ch, _ := changeOf(o)
				cs = append(cs, ch)
			}
		case gen.TypeLink:
			q := c.Link.Query().Where(link.IDIn(chunk...)).
				Select(link.FieldKind, link.FieldStatus, link.FieldSourceID, link.FieldTargetID, link.FieldStartedOn, link.FieldEndedOn)
			if l.Share {
				q.ForShare(l.Options()...)
			}
			ls, err := q.All(ctx)
			if err != nil {
				return nil, nil, err
			}
			for _, l := range ls {
				found[l.ID] = true
				ch, _ := changeOf(l)
				cs = append(cs, ch)
			}
		}
	}
	return cs, found, nil
}

func changeOf(v ent.Value) (Change, bool) {
	switch e := v.(type) {
	case *gen.Organization:
		return Change{Org: &OrgRow{ID: e.ID, RegionID: e.RegionID, ParentID: deref(e.ParentID), HostID: deref(e.HostID)}}, true
	case *gen.Link:
		return Change{Link: &LinkRow{ID: e.ID, Kind: string(e.Kind), Status: string(e.Status),
			SourceID: e.SourceID, TargetID: e.TargetID, StartedOn: e.StartedOn, EndedOn: e.EndedOn}}, true
	}
	return Change{}, false
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
