package loader

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/predicate"
	"grassroots/graph/selection"
	"grassroots/internal/scope"
)

// leaderRoles are the posts Organization.currentLeaders lists.
var leaderRoles = []position.Role{position.RoleSECRETARY, position.RoleDIRECTOR, position.RoleHEAD}

// partyKinds are the organization kinds that are party organizations.
var partyKinds = []organization.Kind{organization.KindPARTY_COMMITTEE, organization.KindPARTY_GENERAL_BRANCH, organization.KindPARTY_BRANCH}

// CurrentLeaders returns each organization's current SECRETARY, DIRECTOR and
// HEAD posts, with the person columns the field's selection asks for.
func CurrentLeaders(ctx context.Context, c *ent.Client, orgs []*ent.Organization) ([][]*ent.Position, error) {
	all, ids := keys(orgs, orgID)
	personCols := person.Columns
	if fields, ok := selection.Under(ctx, selection.Field(ctx), "person"); ok {
		personCols, _ = selection.Person.Columns(fields)
	}
	ps, err := db(ctx, c).Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, ids), position.RoleIn(leaderRoles...), scope.HeldOn(today())).
		WithPerson(func(q *ent.PersonQuery) { q.Select(personCols...) }).
		Order(position.ByRole(), position.ByID()).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return aligned(all, groupBy(ids, ps, func(p *ent.Position) int { return p.OrganizationID })), nil
}

// MemberCounts returns how many distinct people hold a post in each
// organization now.
func MemberCounts(ctx context.Context, c *ent.Client, orgs []*ent.Organization) ([]int, error) {
	all, ids := keys(orgs, orgID)
	var rows []struct {
		OrganizationID int `json:"organization_id"`
		Count          int `json:"count"`
	}
	err := db(ctx, c).Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, ids), scope.HeldOn(today())).
		GroupBy(position.FieldOrganizationID).
		Aggregate(func(s *sql.Selector) string {
			return sql.As(sql.Count(sql.Distinct(s.C(position.FieldPersonID))), "count")
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	counts := make(map[int]int, len(rows))
	for _, r := range rows {
		counts[r.OrganizationID] = r.Count
	}
	return aligned(all, counts), nil
}

// PartyOrganizations returns the active party organizations hosted in each
// organization.
func PartyOrganizations(ctx context.Context, c *ent.Client, orgs []*ent.Organization) ([][]*ent.Organization, error) {
	all, ids := keys(orgs, orgID)
	os, err := db(ctx, c).Organization.Query().
		Where(scope.IDsIn[predicate.Organization](organization.FieldHostID, ids), organization.KindIn(partyKinds...), organization.StatusEQ(organization.StatusACTIVE)).
		Order(organization.ByID()).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return aligned(all, groupBy(ids, os, func(o *ent.Organization) int { return *o.HostID })), nil
}

// CurrentPositions returns the posts each person holds now.
func CurrentPositions(ctx context.Context, c *ent.Client, people []*ent.Person) ([][]*ent.Position, error) {
	all, ids := keys(people, func(p *ent.Person) int { return p.ID })
	ps, err := db(ctx, c).Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldPersonID, ids), scope.HeldOn(today())).
		WithOrganization().
		Order(position.ByStartedOn(sql.OrderNullsFirst()), position.ByID()).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return aligned(all, groupBy(ids, ps, func(p *ent.Position) int { return p.PersonID })), nil
}
