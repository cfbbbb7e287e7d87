package loader

import (
	"context"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/predicate"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/internal/scope"
)

// To-one edges (an organization's region, a post's person, a link's ends…)
// are batch resolvers too. An end that the query which read the objects
// loaded with them is kept; the others, for every object of the level, are
// read in one statement by their foreign keys, with the columns and the
// edges below that the field's selection asks for. The objects carry those
// keys: every projection here (entgql's and graph/selection's) reads the
// key of an edge that is asked for.

// toOne returns, for each object, the entity at the end of one edge: the
// loaded one, none when the key is null, or else the one read by key.
func toOne[O, T any](objs []O, loaded func(O) (T, error), key func(O) *int, read func(ids []int) (map[int]T, error)) ([]T, error) {
	out := make([]T, len(objs))
	var missing []int // indexes into objs
	var ids []int
	seen := make(map[int]bool)
	for i, o := range objs {
		t, err := loaded(o)
		// The edge accessors return these errors unwrapped; errors.As (ent's
		// IsNotFound) would cost more than the rest of the loop.
		switch err.(type) {
		case nil:
			out[i] = t
			continue
		case *ent.NotFoundError: // loaded, and there is none
			continue
		}
		k := key(o)
		if k == nil { // no end
			continue
		}
		missing = append(missing, i)
		if !seen[*k] {
			seen[*k] = true
			ids = append(ids, *k)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	byID, err := read(ids)
	if err != nil {
		return nil, err
	}
	for _, i := range missing {
		out[i] = byID[*key(objs[i])]
	}
	return out, nil
}

// collectable is an ent query that reads the GraphQL selection of the field
// being resolved (entgql's field collection).
type collectable[Q any, T any] interface {
	CollectFields(context.Context, ...string) (Q, error)
	All(context.Context) ([]T, error)
}

// collected runs q with the columns and edges the selection asks for and
// files the rows by ID.
func collected[Q collectable[Q, T], T any](ctx context.Context, q Q, id func(T) int) (map[int]T, error) {
	q, err := q.CollectFields(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int]T, len(rows))
	for _, r := range rows {
		out[id(r)] = r
	}
	return out, nil
}

func regionsByID(ctx context.Context, c *ent.Client) func([]int) (map[int]*ent.Region, error) {
	return func(ids []int) (map[int]*ent.Region, error) {
		q := db(ctx, c).Region.Query().Where(scope.IDsIn[predicate.Region](region.FieldID, ids))
		return collected(ctx, q, func(r *ent.Region) int { return r.ID })
	}
}

func organizationsByID(ctx context.Context, c *ent.Client) func([]int) (map[int]*ent.Organization, error) {
	return func(ids []int) (map[int]*ent.Organization, error) {
		q := db(ctx, c).Organization.Query().Where(scope.IDsIn[predicate.Organization](organization.FieldID, ids))
		return collected(ctx, q, orgID)
	}
}

func peopleByID(ctx context.Context, c *ent.Client) func([]int) (map[int]*ent.Person, error) {
	return func(ids []int) (map[int]*ent.Person, error) {
		q := db(ctx, c).Person.Query().Where(scope.IDsIn[predicate.Person](person.FieldID, ids))
		return collected(ctx, q, func(p *ent.Person) int { return p.ID })
	}
}

func linksByID(ctx context.Context, c *ent.Client) func([]int) (map[int]*ent.Link, error) {
	return func(ids []int) (map[int]*ent.Link, error) {
		q := db(ctx, c).Link.Query().Where(scope.IDsIn[predicate.Link](link.FieldID, ids))
		return collected(ctx, q, func(l *ent.Link) int { return l.ID })
	}
}

func projectsByID(ctx context.Context, c *ent.Client) func([]int) (map[int]*ent.Project, error) {
	return func(ids []int) (map[int]*ent.Project, error) {
		q := db(ctx, c).Project.Query().Where(scope.IDsIn[predicate.Project](project.FieldID, ids))
		return collected(ctx, q, func(p *ent.Project) int { return p.ID })
	}
}

// OrganizationRegions returns each organization's region.
func OrganizationRegions(ctx context.Context, c *ent.Client, objs []*ent.Organization) ([]*ent.Region, error) {
	return toOne(objs, func(o *ent.Organization) (*ent.Region, error) { return o.Edges.RegionOrErr() },
		func(o *ent.Organization) *int { return &o.RegionID }, regionsByID(ctx, c))
}

// OrganizationParents returns each organization's parent, nil for none.
func OrganizationParents(ctx context.Context, c *ent.Client, objs []*ent.Organization) ([]*ent.Organization, error) {
	return toOne(objs, func(o *ent.Organization) (*ent.Organization, error) { return o.Edges.ParentOrErr() },
		func(o *ent.Organization) *int { return o.ParentID }, organizationsByID(ctx, c))
}

// OrganizationHosts returns the organization each one is set up in, nil
// for none.
func OrganizationHosts(ctx context.Context, c *ent.Client, objs []*ent.Organization) ([]*ent.Organization, error) {
	return toOne(objs, func(o *ent.Organization) (*ent.Organization, error) { return o.Edges.HostOrErr() },
		func(o *ent.Organization) *int { return o.HostID }, organizationsByID(ctx, c))
}

// HomeRegions returns each person's home region, nil for none.
func HomeRegions(ctx context.Context, c *ent.Client, objs []*ent.Person) ([]*ent.Region, error) {
	return toOne(objs, func(p *ent.Person) (*ent.Region, error) { return p.Edges.HomeRegionOrErr() },
		func(p *ent.Person) *int { return p.HomeRegionID }, regionsByID(ctx, c))
}

// RegionParents returns each region's parent, nil for the province.
func RegionParents(ctx context.Context, c *ent.Client, objs []*ent.Region) ([]*ent.Region, error) {
	return toOne(objs, func(r *ent.Region) (*ent.Region, error) { return r.Edges.ParentOrErr() },
		func(r *ent.Region) *int { return r.ParentID }, regionsByID(ctx, c))
}

// PositionPeople returns the person holding each post.
func PositionPeople(ctx context.Context, c *ent.Client, objs []*ent.Position) ([]*ent.Person, error) {
	return toOne(objs, func(p *ent.Position) (*ent.Person, error) { return p.Edges.PersonOrErr() },
		func(p *ent.Position) *int { return &p.PersonID }, peopleByID(ctx, c))
}

// PositionOrganizations returns the organization of each post.
func PositionOrganizations(ctx context.Context, c *ent.Client, objs []*ent.Position) ([]*ent.Organization, error) {
	return toOne(objs, func(p *ent.Position) (*ent.Organization, error) { return p.Edges.OrganizationOrErr() },
		func(p *ent.Position) *int { return &p.OrganizationID }, organizationsByID(ctx, c))
}

// LinkSources returns each link's source.
func LinkSources(ctx context.Context, c *ent.Client, objs []*ent.Link) ([]*ent.Organization, error) {
	return toOne(objs, func(l *ent.Link) (*ent.Organization, error) { return l.Edges.SourceOrErr() },
		func(l *ent.Link) *int { return &l.SourceID }, organizationsByID(ctx, c))
}

// LinkTargets returns each link's target.
func LinkTargets(ctx context.Context, c *ent.Client, objs []*ent.Link) ([]*ent.Organization, error) {
	return toOne(objs, func(l *ent.Link) (*ent.Organization, error) { return l.Edges.TargetOrErr() },
		func(l *ent.Link) *int { return &l.TargetID }, organizationsByID(ctx, c))
}

// ActivityLinks returns the link each activity belongs to.
func ActivityLinks(ctx context.Context, c *ent.Client, objs []*ent.LinkActivity) ([]*ent.Link, error) {
	return toOne(objs, func(a *ent.LinkActivity) (*ent.Link, error) { return a.Edges.LinkOrErr() },
		func(a *ent.LinkActivity) *int { return &a.LinkID }, linksByID(ctx, c))
}

// ProjectRegions returns each project's region.
func ProjectRegions(ctx context.Context, c *ent.Client, objs []*ent.Project) ([]*ent.Region, error) {
	return toOne(objs, func(p *ent.Project) (*ent.Region, error) { return p.Edges.RegionOrErr() },
		func(p *ent.Project) *int { return &p.RegionID }, regionsByID(ctx, c))
}

// ProjectOrganizations returns the organization leading each project, nil
// for none.
func ProjectOrganizations(ctx context.Context, c *ent.Client, objs []*ent.Project) ([]*ent.Organization, error) {
	return toOne(objs, func(p *ent.Project) (*ent.Organization, error) { return p.Edges.OrganizationOrErr() },
		func(p *ent.Project) *int { return p.OrganizationID }, organizationsByID(ctx, c))
}

// ProjectLeaders returns the person leading each project, nil for none.
func ProjectLeaders(ctx context.Context, c *ent.Client, objs []*ent.Project) ([]*ent.Person, error) {
	return toOne(objs, func(p *ent.Project) (*ent.Person, error) { return p.Edges.LeaderOrErr() },
		func(p *ent.Project) *int { return p.LeaderID }, peopleByID(ctx, c))
}

// IncomeProjects returns the project of each income row.
func IncomeProjects(ctx context.Context, c *ent.Client, objs []*ent.ProjectIncome) ([]*ent.Project, error) {
	return toOne(objs, func(i *ent.ProjectIncome) (*ent.Project, error) { return i.Edges.ProjectOrErr() },
		func(i *ent.ProjectIncome) *int { return &i.ProjectID }, projectsByID(ctx, c))
}
