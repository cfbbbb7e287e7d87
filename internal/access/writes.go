package access

import (
	"context"
	"errors"

	entgo "entgo.io/ent"
	"entgo.io/ent/privacy"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/projectincome"
	"grassroots/ent/region"
	"grassroots/internal/viewer"
)

// Writes is the mutation policy of the records placed in the region tree
// (organizations, links and their activities, people, posts, projects and
// their incomes): see the package comment.
func Writes() entgo.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(scopedWrite)}}
}

// AdminWrites is the mutation policy of the records only an admin changes
// (regions).
func AdminWrites() entgo.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
		v, decided := writer(ctx)
		if decided != nil {
			return decided
		}
		return forbidden("only an admin may change %s records, not a %s", m.Type(), v.Role)
	})}}
}

// anchors place a record in the region tree: directly by region, or through
// its organizations, link or project.
type anchors struct{ regions, orgs, links, projects []int }

// scopedWrite lets a coordinator write a record that is inside the scope
// both before the change (updates and deletes) and after it (creates and
// updates): at least one of its anchors' regions lies in the scope.
func scopedWrite(ctx context.Context, m entgo.Mutation) error {
	v, decided := writer(ctx)
	if decided != nil {
		return decided
	}
	if !m.Op().Is(entgo.OpCreate | entgo.OpUpdateOne | entgo.OpDeleteOne) {
		return forbidden("only an admin may change many %s records at once", m.Type())
	}
	c := m.(interface{ Client() *ent.Client }).Client()
	before, after, err := states(ctx, m)
	if ent.IsNotFound(err) {
		return privacy.Skip // the write itself reports the unknown ID
	}
	if err != nil {
		return err
	}
	for _, st := range []*anchors{before, after} {
		if st == nil {
			continue
		}
		in, err := covered(ctx, c, v, *st)
		if errors.Is(err, errMissing) {
			return privacy.Skip // the write itself reports the unknown ID
		}
		if err != nil {
			return err
		}
		if !in {
			return forbidden("%s lies outside your scope; you may change records in %s only", m.Type(), scopeName(ctx, c, v))
		}
	}
	return privacy.Allow
}

// states returns the anchors of the record before the change (nil on
// create) and after it (nil on delete).
func states(ctx context.Context, m entgo.Mutation) (before, after *anchors, err error) {
	p, ok := placements(ctx, m)
	if !ok {
		return nil, nil, forbidden("only an admin may change %s records", m.Type())
	}
	op := m.Op()
	var stored anchors
	if op.Is(entgo.OpUpdateOne | entgo.OpDeleteOne) {
		id, _ := m.(interface{ ID() (int, bool) }).ID()
		if stored, err = p.stored(id); err != nil {
			return nil, nil, err
		}
		before = &stored
	}
	if op.Is(entgo.OpCreate | entgo.OpUpdateOne) {
		a := p.proposed(stored)
		after = &a
	}
	return before, after, nil
}

// placement reads where one kind of record sits: stored reads a stored
// record's anchors; proposed applies the mutation's fields to them.
type placement struct {
	stored   func(id int) (anchors, error)
	proposed func(stored anchors) anchors
}

// one is a single anchor: the value the mutation sets, else the stored one.
func one(set func() (int, bool), stored []int) []int {
	if v, ok := set(); ok {
		return []int{v}
	}
	return stored
}

func placements(ctx context.Context, m entgo.Mutation) (placement, bool) {
	switch m := m.(type) {
	case *ent.OrganizationMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				r, err := m.Client().Organization.Query().Where(organization.ID(id)).Select(organization.FieldRegionID).Int(ctx)
				return anchors{regions: []int{r}}, err
			},
			proposed: func(s anchors) anchors { return anchors{regions: one(m.RegionID, s.regions)} },
		}, true
	case *ent.PersonMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				p, err := m.Client().Person.Query().Where(person.ID(id)).Select(person.FieldHomeRegionID).Only(ctx)
				if err != nil || p.HomeRegionID == nil {
					return anchors{}, err
				}
				return anchors{regions: []int{*p.HomeRegionID}}, nil
			},
			proposed: func(s anchors) anchors {
				if m.HomeRegionCleared() {
					return anchors{}
				}
				return anchors{regions: one(m.HomeRegionID, s.regions)}
			},
		}, true
	case *ent.ProjectMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				r, err := m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldRegionID).Int(ctx)
				return anchors{regions: []int{r}}, err
			},
			proposed: func(s anchors) anchors { return anchors{regions: one(m.RegionID, s.regions)} },
		}, true
	case *ent.PositionMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				o, err := m.Client().Position.Query().Where(position.ID(id)).Select(position.FieldOrganizationID).Int(ctx)
				return anchors{orgs: []int{o}}, err
			},
			proposed: func(s anchors) anchors { return anchors{orgs: one(m.OrganizationID, s.orgs)} },
		}, true
	case *ent.LinkActivityMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				l, err := m.Client().LinkActivity.Query().Where(linkactivity.ID(id)).Select(linkactivity.FieldLinkID).Int(ctx)
				return anchors{links: []int{l}}, err
			},
			proposed: func(s anchors) anchors { return anchors{links: one(m.LinkID, s.links)} },
		}, true
	case *ent.ProjectIncomeMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				p, err := m.Client().ProjectIncome.Query().Where(projectincome.ID(id)).Select(projectincome.FieldProjectID).Int(ctx)
				return anchors{projects: []int{p}}, err
			},
			proposed: func(s anchors) anchors { return anchors{projects: one(m.ProjectID, s.projects)} },
		}, true
	case *ent.LinkMutation:
		return placement{
			stored: func(id int) (anchors, error) {
				l, err := m.Client().Link.Query().Where(link.ID(id)).Select(link.FieldSourceID, link.FieldTargetID).Only(ctx)
				if err != nil {
					return anchors{}, err
				}
				return anchors{orgs: []int{l.SourceID, l.TargetID}}, nil
			},
			proposed: func(s anchors) anchors {
				var src, dst []int
				if len(s.orgs) == 2 {
					src, dst = s.orgs[:1], s.orgs[1:]
				}
				return anchors{orgs: append(one(m.SourceID, src), one(m.TargetID, dst)...)}
			},
		}, true
	}
	return placement{}, false
}

// errMissing is an anchor that does not exist.
var errMissing = errors.New("access: an anchor does not exist")

// covered reports whether at least one of the anchors' regions lies in the
// viewer's scope. Organizations, links and projects are followed to their
// regions in one statement each; one that does not exist is errMissing.
func covered(ctx context.Context, c *ent.Client, v *viewer.Viewer, a anchors) (bool, error) {
	if len(a.links) > 0 {
		ls, err := c.Link.Query().Where(link.IDIn(a.links...)).Select(link.FieldSourceID, link.FieldTargetID).All(ctx)
		if err != nil {
			return false, err
		}
		if len(ls) < len(a.links) {
			return false, errMissing
		}
		for _, l := range ls {
			a.orgs = append(a.orgs, l.SourceID, l.TargetID)
		}
	}
	if len(a.projects) > 0 {
		rs, err := c.Project.Query().Where(project.IDIn(a.projects...)).Select(project.FieldRegionID).Ints(ctx)
		if err != nil {
			return false, err
		}
		if len(rs) < len(a.projects) {
			return false, errMissing
		}
		a.regions = append(a.regions, rs...)
	}
	if len(a.orgs) > 0 {
		rs, err := c.Organization.Query().Where(organization.IDIn(a.orgs...)).Select(organization.FieldRegionID).Ints(ctx)
		if err != nil {
			return false, err
		}
		if len(rs) < len(distinct(a.orgs)) {
			return false, errMissing
		}
		a.regions = append(a.regions, rs...)
	}
	if len(a.regions) == 0 {
		return false, nil
	}
	paths, err := c.Region.Query().Where(region.IDIn(a.regions...)).Select(region.FieldPath).Strings(ctx)
	if err != nil {
		return false, err
	}
	if len(paths) < len(distinct(a.regions)) {
		return false, errMissing
	}
	for _, p := range paths {
		if v.Covers(p) {
			return true, nil
		}
	}
	return false, nil
}

// distinct is ids without repeats.
func distinct(ids []int) []int {
	seen := make(map[int]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// scopeName names the viewer's scope region for messages.
func scopeName(ctx context.Context, c *ent.Client, v *viewer.Viewer) string {
	if v.ScopeRegionID == 0 {
		return "the whole province"
	}
	r, err := c.Region.Get(ctx, v.ScopeRegionID)
	if err != nil {
		return "your scope region"
	}
	return r.Name
}
