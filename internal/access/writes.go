package access

import (
	"context"
	"errors"
	"maps"

	entgo "entgo.io/ent"
	"entgo.io/ent/privacy"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/commendation"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/projectincome"
	"grassroots/ent/region"
	"grassroots/ent/trainingattendance"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/twinningtransition"
	"grassroots/ent/venue"
	"grassroots/internal/record"
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
type anchors struct{ regions, orgs, links, projects, people []int }

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
	fields, ok := placing[m.Type()]
	if !ok {
		return nil, nil, forbidden("only an admin may change %s records", m.Type())
	}
	stored := map[string]any{}
	if m.Op().Is(entgo.OpUpdateOne | entgo.OpDeleteOne) {
		if stored, err = storedValues(ctx, m, fields); err != nil {
			return nil, nil, err
		}
		before = place(fields, stored)
	}
	if m.Op().Is(entgo.OpCreate | entgo.OpUpdateOne) {
		proposed := maps.Clone(stored)
		for _, f := range fields {
			if v, set := m.Field(f.name); set {
				proposed[f.name] = v
			} else if m.FieldCleared(f.name) {
				delete(proposed, f.name)
			}
		}
		after = place(fields, proposed)
	}
	return before, after, nil
}

// anchorField is a field that places a record, and what its ID names.
type anchorField struct {
	name string
	into func(*anchors) *[]int
}

func regionRef(a *anchors) *[]int  { return &a.regions }
func orgRef(a *anchors) *[]int     { return &a.orgs }
func linkRef(a *anchors) *[]int    { return &a.links }
func projectRef(a *anchors) *[]int { return &a.projects }
func personRef(a *anchors) *[]int  { return &a.people }

// placing lists, by entity, the fields that place its records.
var placing = map[string][]anchorField{
	ent.TypeOrganization:       {{organization.FieldRegionID, regionRef}},
	ent.TypePerson:             {{person.FieldHomeRegionID, regionRef}},
	ent.TypeProject:            {{project.FieldRegionID, regionRef}},
	ent.TypePosition:           {{position.FieldOrganizationID, orgRef}},
	ent.TypeLinkActivity:       {{linkactivity.FieldLinkID, linkRef}},
	ent.TypeTwinningTransition: {{twinningtransition.FieldLinkID, linkRef}},
	ent.TypeProjectIncome:      {{projectincome.FieldProjectID, projectRef}},
	ent.TypeLink:               {{link.FieldSourceID, orgRef}, {link.FieldTargetID, orgRef}},
	ent.TypeTrainingCourse:     {{trainingcourse.FieldRegionID, regionRef}},
	ent.TypeTrainingAttendance: {{trainingattendance.FieldPersonID, personRef}},
	ent.TypeVenue:              {{venue.FieldRegionID, regionRef}},
	ent.TypeAppraisal:          {{appraisal.FieldOrganizationID, orgRef}, {appraisal.FieldPersonID, personRef}},
	ent.TypeCommendation:       {{commendation.FieldOrganizationID, orgRef}, {commendation.FieldPersonID, personRef}},
}

// storedValues reads the stored record's placing fields: through the
// mutation's old values on an update (read once, and shared with the hooks
// that follow), from the record itself on a delete.
func storedValues(ctx context.Context, m entgo.Mutation, fields []anchorField) (map[string]any, error) {
	out := map[string]any{}
	if m.Op().Is(entgo.OpUpdateOne) {
		for _, f := range fields {
			v, err := m.OldField(ctx, f.name)
			if err != nil {
				return nil, err
			}
			out[f.name] = v
		}
		return out, nil
	}
	id, _ := m.(interface{ ID() (int, bool) }).ID()
	row, err := record.Load(ctx, m.(interface{ Client() *ent.Client }).Client(), m.Type(), id)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		if v, ok := row[f.name].(float64); ok {
			out[f.name] = int(v)
		}
	}
	return out, nil
}

// place turns the values of the placing fields into anchors; a null
// reference places nothing.
func place(fields []anchorField, values map[string]any) *anchors {
	a := &anchors{}
	for _, f := range fields {
		switch v := values[f.name].(type) {
		case int:
			*f.into(a) = append(*f.into(a), v)
		case *int:
			if v != nil {
				*f.into(a) = append(*f.into(a), *v)
			}
		}
	}
	return a
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
	if len(a.people) > 0 {
		ps, err := c.Person.Query().Where(person.IDIn(a.people...)).Select(person.FieldHomeRegionID).All(ctx)
		if err != nil {
			return false, err
		}
		if len(ps) < len(distinct(a.people)) {
			return false, errMissing
		}
		for _, p := range ps {
			if p.HomeRegionID != nil { // a person without a home region places nothing: admins only
				a.regions = append(a.regions, *p.HomeRegionID)
			}
		}
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
