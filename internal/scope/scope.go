// Package scope turns "inside this region" and other cross-entity filters into
// ent predicates. A region's subtree is every region whose materialized path
// starts with the region's own path, so a subtree filter is one indexed prefix
// match on any database.
package scope

import (
	"context"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/commendation"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/predicate"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/venue"
	"grassroots/internal/domain"
)

// Regions keeps regions inside the subtree at path.
func Regions(path string) predicate.Region {
	return predicate.Region(func(s *sql.Selector) {
		s.Where(PathPrefix(s.Dialect(), s.C(region.FieldPath), path))
	})
}

// PathPrefix matches the paths that start with prefix so that the index on
// regions.path serves it: LIKE 'prefix%' on PostgreSQL (the index has the
// text_pattern_ops operator class), a range on SQLite (whose LIKE ignores
// case and so cannot use an ordinary index). Paths hold only digits and '/'.
func PathPrefix(d, col, prefix string) *sql.Predicate {
	if d == dialect.Postgres || prefix == "" || prefix[len(prefix)-1] == 0xff {
		return sql.HasPrefix(col, prefix)
	}
	upper := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
	return sql.And(sql.GTE(col, prefix), sql.LT(col, upper))
}

// inSubtree keeps the rows whose column col names a region inside the
// subtree at path.
//
// The subtree's regions are found first, through the path index, and the
// rows then through the index on col. The plain correlated form (EXISTS a
// region with this id and path) lets the planner walk the whole table in ID
// order to fill a page of the first 50, checking each row's region, which
// for a county late in the ID order reads nearly every organization (30 ms
// and more at province scale). For the root of the tree, where every row
// matches, that walk is the best plan, and the correlated form is kept.
func inSubtree(col, path string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		r := sql.Table(region.Table)
		if strings.Count(strings.Trim(path, "/"), "/") == 0 {
			sub := sql.Dialect(s.Dialect()).Select(r.C(region.FieldID)).From(r).
				Where(sql.And(sql.ColumnsEQ(r.C(region.FieldID), s.C(col)), PathPrefix(s.Dialect(), r.C(region.FieldPath), path)))
			s.Where(sql.Exists(sub))
			return
		}
		sub := sql.Dialect(s.Dialect()).Select(r.C(region.FieldID)).From(r).
			Where(PathPrefix(s.Dialect(), r.C(region.FieldPath), path))
		if s.Dialect() == dialect.Postgres {
			// an array computed once: with IN (subquery) PostgreSQL plans
			// the same walk in ID order as for EXISTS
			s.Where(sql.P(func(b *sql.Builder) {
				b.Ident(s.C(col)).WriteString(" = ANY(ARRAY(").Join(sub).WriteString("))")
			}))
			return
		}
		s.Where(sql.In(s.C(col), sub))
	}
}

// Organizations keeps organizations whose region is inside the subtree at path.
func Organizations(path string) predicate.Organization {
	return predicate.Organization(inSubtree(organization.FieldRegionID, path))
}

// People keeps people whose home region is inside the subtree at path.
func People(path string) predicate.Person {
	return predicate.Person(inSubtree(person.FieldHomeRegionID, path))
}

// Projects keeps projects whose region is inside the subtree at path.
func Projects(path string) predicate.Project {
	return predicate.Project(inSubtree(project.FieldRegionID, path))
}

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

// RegionSet returns a membership test for the regions of the subtree at
// path, read in one statement (the organization network filters by it in
// memory).
func RegionSet(ctx context.Context, c *ent.Client, path string) (func(regionID int) bool, error) {
	ids, err := c.Region.Query().Where(Regions(path)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	set := make(map[int]struct{}, len(ids))
	for _, id := range ids {
		set[id] = struct{}{}
	}
	return func(id int) bool { _, ok := set[id]; return ok }, nil
}

// TrainingCourses keeps courses run by a region inside the subtree at path.
func TrainingCourses(path string) predicate.TrainingCourse {
	return predicate.TrainingCourse(inSubtree(trainingcourse.FieldRegionID, path))
}

// Venues keeps venues of regions inside the subtree at path.
func Venues(path string) predicate.Venue {
	return predicate.Venue(inSubtree(venue.FieldRegionID, path))
}

// Appraisals keeps appraisals of organizations, or of people whose home
// region is, inside the subtree at path.
func Appraisals(path string) predicate.Appraisal {
	return appraisal.Or(appraisal.HasOrganizationWith(Organizations(path)), appraisal.HasPersonWith(People(path)))
}

// Commendations keeps commendations of organizations, or of people whose
// home region is, inside the subtree at path.
func Commendations(path string) predicate.Commendation {
	return commendation.Or(commendation.HasOrganizationWith(Organizations(path)), commendation.HasPersonWith(People(path)))
}
