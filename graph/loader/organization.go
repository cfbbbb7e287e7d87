package loader

import (
	"context"

	"github.com/vektah/gqlparser/v2/ast"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/position"
	"grassroots/ent/predicate"
	"grassroots/internal/scope"
)

// LeaderRoles are the posts Organization.currentLeaders lists.
var LeaderRoles = []position.Role{position.RoleSECRETARY, position.RoleDIRECTOR, position.RoleHEAD}

// PartyKinds are the organization kinds that are party organizations.
var PartyKinds = []organization.Kind{organization.KindPARTY_COMMITTEE, organization.KindPARTY_GENERAL_BRANCH, organization.KindPARTY_BRANCH}

// leaderKey names one organization's current leaders as one currentLeaders
// field asks for them: the person columns read depend on its selection.
type leaderKey struct {
	org int
	sel *ast.Field
}

// CurrentLeaders returns the organization's current SECRETARY, DIRECTOR and HEAD posts.
func (l *Loaders) CurrentLeaders(ctx context.Context, orgID int) ([]*ent.Position, error) {
	sel := selectedField(ctx)
	return loadWithSiblings(ctx, l, l.currentLeaders, leaderKey{orgID, sel}, func(o *ent.Organization) leaderKey {
		return leaderKey{o.ID, sel}
	})
}

func (l *Loaders) fetchCurrentLeaders(ctx context.Context, keys []leaderKey) (map[leaderKey][]*ent.Position, error) {
	bySel := map[*ast.Field][]int{}
	for _, k := range keys {
		bySel[k.sel] = append(bySel[k.sel], k.org)
	}
	out := make(map[leaderKey][]*ent.Position, len(keys))
	for sel, ids := range bySel {
		personCols := personColumnsUnder(ctx, sel, "person")
		ps, err := l.db(ctx).Position.Query().
			Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, ids), position.RoleIn(LeaderRoles...), scope.HeldOn(today())).
			WithPerson(func(q *ent.PersonQuery) { q.Select(personCols...) }).
			Order(position.ByRole(), position.ByID()).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for id, list := range groupBy(ids, ps, func(p *ent.Position) int { return p.OrganizationID }) {
			out[leaderKey{id, sel}] = list
		}
	}
	return out, nil
}

// MemberCount returns how many distinct people hold a post in the organization now.
func (l *Loaders) MemberCount(ctx context.Context, orgID int) (int, error) {
	return loadWithSiblings(ctx, l, l.memberCount, orgID, orgKey)
}

func (l *Loaders) fetchMemberCounts(ctx context.Context, ids []int) (map[int]int, error) {
	var rows []struct {
		OrganizationID int `json:"organization_id"`
		Count          int `json:"count"`
	}
	err := l.db(ctx).Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, ids), scope.HeldOn(today())).
		GroupBy(position.FieldOrganizationID).
		Aggregate(func(s *sql.Selector) string {
			return sql.As(sql.Count(sql.Distinct(s.C(position.FieldPersonID))), "count")
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := make(map[int]int, len(ids))
	for _, id := range ids {
		out[id] = 0
	}
	for _, r := range rows {
		out[r.OrganizationID] = r.Count
	}
	return out, nil
}

// PartyOrganizations returns the active party organizations hosted in the organization.
func (l *Loaders) PartyOrganizations(ctx context.Context, orgID int) ([]*ent.Organization, error) {
	return loadWithSiblings(ctx, l, l.partyOrganizations, orgID, orgKey)
}

func (l *Loaders) fetchPartyOrganizations(ctx context.Context, ids []int) (map[int][]*ent.Organization, error) {
	os, err := l.db(ctx).Organization.Query().
		Where(scope.IDsIn[predicate.Organization](organization.FieldHostID, ids), organization.KindIn(PartyKinds...), organization.StatusEQ(organization.StatusACTIVE)).
		Order(organization.ByID()).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return groupBy(ids, os, func(o *ent.Organization) int { return *o.HostID }), nil
}

// CurrentPositions returns the posts a person holds now.
func (l *Loaders) CurrentPositions(ctx context.Context, personID int) ([]*ent.Position, error) {
	return loadWithSiblings(ctx, l, l.currentPositions, personID, personKey)
}

func (l *Loaders) fetchCurrentPositions(ctx context.Context, ids []int) (map[int][]*ent.Position, error) {
	ps, err := l.db(ctx).Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldPersonID, ids), scope.HeldOn(today())).
		WithOrganization().
		Order(position.ByStartedOn(sql.OrderNullsFirst()), position.ByID()).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return groupBy(ids, ps, func(p *ent.Position) int { return p.PersonID }), nil
}

func orgKey(o *ent.Organization) int { return o.ID }

func personKey(p *ent.Person) int { return p.ID }

// groupBy files rows under the key each belongs to, every key getting a
// (possibly empty) list in the rows' order.
func groupBy[T any](keys []int, rows []T, keyOf func(T) int) map[int][]T {
	out := make(map[int][]T, len(keys))
	for _, k := range keys {
		out[k] = []T{}
	}
	for _, r := range rows {
		out[keyOf(r)] = append(out[keyOf(r)], r)
	}
	return out
}
