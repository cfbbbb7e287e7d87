package network

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/internal/committed"
)

// Hook keeps the index current: register it with client.Use. It applies every
// create, update and delete of an organization or link once it is committed:
// right away outside a transaction, from the transaction's commit hook inside
// one (so a rolled-back write never shows).
//
// Each write is numbered when its statement has run, and the index keeps, per
// row, the highest-numbered state it was given, so the order in which commit
// hooks run does not matter (ent runs them last-registered first).
func (x *Index) Hook() ent.Hook { return committed.Hook(tracked, x.prepare) }

func (x *Index) prepare(ctx context.Context, m committed.Mutation, v ent.Value, ids []int) (func(), error) {
	var cs []Change
	switch op := m.Op(); {
	case op.Is(ent.OpCreate):
		c, ok := changeOf(v)
		if !ok {
			return nil, fmt.Errorf("network: unexpected %T from %s create", v, m.Type())
		}
		cs = []Change{c}
	case op.Is(ent.OpDelete | ent.OpDeleteOne):
		for _, id := range ids {
			if _, org := m.(*gen.OrganizationMutation); org {
				cs = append(cs, Change{RemoveOrg: id})
			} else {
				cs = append(cs, Change{RemoveLink: id})
			}
		}
	default: // OpUpdate, OpUpdateOne: read the rows back inside the transaction
		var err error
		if cs, err = reread(ctx, m, ids); err != nil {
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

func tracked(m ent.Mutation) (committed.Mutation, bool) {
	switch m := m.(type) {
	case *gen.OrganizationMutation:
		return m, true
	case *gen.LinkMutation:
		return m, true
	}
	return nil, false
}

const rereadChunk = 10000

func reread(ctx context.Context, m committed.Mutation, ids []int) ([]Change, error) {
	c := m.Client()
	var cs []Change
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		switch m.(type) {
		case *gen.OrganizationMutation:
			os, err := c.Organization.Query().Where(organization.IDIn(chunk...)).
				Select(organization.FieldRegionID, organization.FieldParentID, organization.FieldHostID).All(ctx)
			if err != nil {
				return nil, err
			}
			for _, o := range os {
				ch, _ := changeOf(o)
				cs = append(cs, ch)
			}
		case *gen.LinkMutation:
			ls, err := c.Link.Query().Where(link.IDIn(chunk...)).
				Select(link.FieldKind, link.FieldStatus, link.FieldSourceID, link.FieldTargetID, link.FieldStartedOn, link.FieldEndedOn).All(ctx)
			if err != nil {
				return nil, err
			}
			for _, l := range ls {
				ch, _ := changeOf(l)
				cs = append(cs, ch)
			}
		}
	}
	return cs, nil
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
