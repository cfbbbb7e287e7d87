// Package scope turns "inside this region" and other cross-entity filters into
// ent predicates. A region's subtree is every region whose materialized path
// starts with the region's own path, so a subtree filter is one indexed prefix
// match on any database.
package scope

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/predicate"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/internal/domain"
	"grassroots/internal/fault"
)

// RegionPath returns the materialized path of region id. An unknown id is a
// NOT_FOUND error blamed on field.
func RegionPath(ctx context.Context, c *ent.Client, field string, id int) (string, error) {
	p, err := c.Region.Query().Where(region.ID(id)).Select(region.FieldPath).String(ctx)
	if ent.IsNotFound(err) {
		return "", fault.Missing(field, "no region has ID %d", id)
	}
	return p, err
}

// Regions keeps regions inside the subtree at path.
func Regions(path string) predicate.Region { return region.PathHasPrefix(path) }

// Organizations keeps organizations whose region is inside the subtree at path.
func Organizations(path string) predicate.Organization {
	return organization.HasRegionWith(Regions(path))
}

// People keeps people whose home region is inside the subtree at path.
func People(path string) predicate.Person { return person.HasHomeRegionWith(Regions(path)) }

// Projects keeps projects whose region is inside the subtree at path.
func Projects(path string) predicate.Project { return project.HasRegionWith(Regions(path)) }

// Links keeps links with at least one end inside the subtree at path.
func Links(path string) predicate.Link {
	return link.Or(link.HasSourceWith(Organizations(path)), link.HasTargetWith(Organizations(path)))
}

// Positions keeps posts in organizations inside the subtree at path.
func Positions(path string) predicate.Position {
	return position.HasOrganizationWith(Organizations(path))
}

// LinksInvolving keeps links with organization id at either end.
func LinksInvolving(id int) predicate.Link { return link.Or(link.SourceID(id), link.TargetID(id)) }

// HeldOn keeps posts held on day: started on or before it (or with no start)
// and not ended by it.
func HeldOn(day time.Time) predicate.Position {
	return position.And(
		position.Or(position.StartedOnIsNil(), position.StartedOnLTE(day)),
		position.Or(position.EndedOnIsNil(), position.EndedOnGT(day)),
	)
}

// WithBackground keeps people whose backgrounds include b.
func WithBackground(b domain.Background) predicate.Person {
	return predicate.Person(func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(s.C(person.FieldBackgrounds), string(b)))
	})
}
