package network

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
)

// Hook keeps the index current: register it with client.Use. It applies every
// create, update and delete of an organization or link once it is committed:
// right away outside a transaction, from the transaction's commit hook inside
// one (so a rolled-back write never shows).
//
// Each write is numbered when its statement has run, and the index keeps, per
// row, the highest-numbered state it was given, so the order in which commit
// hooks run does not matter (ent runs them last-registered first).
func (x *Index) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			tm, ok := tracked(m)
			if !ok {
				return next.Mutate(ctx, m)
			}
			var ids []int
			if !m.Op().Is(ent.OpCreate) {
				var err error
				if ids, err = tm.IDs(ctx); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
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
				if cs, err = reread(ctx, tm, ids); err != nil {
					return nil, err
				}
			}
			seq := x.seq.Add(1)
			for i := range cs {
				cs[i].seq = seq
			}
			x.afterCommit(tm, cs)
			return v, nil
		})
	}
}

type mutation interface {
	ent.Mutation
	Tx() (*gen.Tx, error)
	Client() *gen.Client
	IDs(context.Context) ([]int, error)
}

func tracked(m ent.Mutation) (mutation, bool) {
	switch m := m.(type) {
	case *gen.OrganizationMutation:
		return m, true
	case *gen.LinkMutation:
		return m, true
	}
	return nil, false
}

func (x *Index) afterCommit(m mutation, cs []Change) {
	if len(cs) == 0 {
		return
	}
	tx, err := m.Tx()
	if err != nil { // not in a transaction: the write is already committed
		x.Apply(cs...)
		return
	}
	tx.OnCommit(func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			x.Apply(cs...)
			return nil
		})
	})
}

const rereadChunk = 10000

func reread(ctx context.Context, m mutation, ids []int) ([]Change, error) {
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
