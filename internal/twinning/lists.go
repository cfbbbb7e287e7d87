package twinning

import (
	"context"
	"slices"
	"strings"
	"time"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/internal/scope"
	"grassroots/internal/twinning/rule"
)

// PairRow is a twinning with its ends and what it did.
type PairRow struct {
	Link       *ent.Link // with its source, and its target with its region
	Last       time.Time // zero: no activity
	Stale      bool
	Activities int
	Funds      float64
}

// pathOf is the path of a region given in field: "" (the province) for 0.
func pathOf(ctx context.Context, c *ent.Client, field string, regionID int) (string, error) {
	if regionID == 0 {
		return "", nil
	}
	return scope.RegionPath(ctx, c, field, regionID)
}

// regionOf reads a region given in field: the province's root for 0.
func regionOf(ctx context.Context, c *ent.Client, field string, regionID int) (*ent.Region, error) {
	if regionID == 0 {
		return c.Region.Query().Where(region.ParentIDIsNil()).Order(ent.Asc(region.FieldID)).First(ctx)
	}
	r, err := c.Region.Get(ctx, regionID)
	if ent.IsNotFound(err) {
		return nil, fault.Missing(field, "no region has ID %d", regionID)
	}
	return r, err
}

// checkYear refuses a year outside 1949 to next year.
func (s *Service) checkYear(year int) error {
	if last := s.Today().Year() + 1; year < 1949 || year > last {
		return fault.Invalid("year", "year must be between 1949 and %d", last)
	}
	return nil
}

// Pairs lists the twinnings of a region's villages (the province's when
// regionID is 0), by village code then ID, with their activities' count,
// funds and last day.
func (s *Service) Pairs(ctx context.Context, c *ent.Client, regionID int) ([]PairRow, error) {
	path, err := pathOf(ctx, c, "region", regionID)
	if err != nil {
		return nil, err
	}
	ls, err := c.Link.Query().Where(link.KindEQ(rule.Kind), link.HasTargetWith(organization.HasRegionWith(scope.Regions(path)))).
		WithSource().WithTarget(func(q *ent.OrganizationQuery) { q.WithRegion() }).
		WithActivities(func(q *ent.LinkActivityQuery) {
			q.Select(linkactivity.FieldLinkID, linkactivity.FieldOn, linkactivity.FieldAmount)
		}).Order(ent.Asc(link.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]PairRow, len(ls))
	for i, l := range ls {
		r := PairRow{Link: l, Activities: len(l.Edges.Activities)}
		for _, a := range l.Edges.Activities {
			if a.On.After(r.Last) {
				r.Last = a.On
			}
			if a.Amount != nil {
				r.Funds += *a.Amount
			}
		}
		r.Stale = s.IsStale(l, r.Last)
		out[i] = r
	}
	slices.SortStableFunc(out, func(a, b PairRow) int {
		return strings.Compare(a.Link.Edges.Target.Edges.Region.Code, b.Link.Edges.Target.Edges.Region.Code)
	})
	return out, nil
}

// Activities lists the activities of the twinnings of a region's villages
// (the province's when regionID is 0) in a year, by day then ID, each with
// its twinning, the twinning's source, and its target with its region.
func (s *Service) Activities(ctx context.Context, c *ent.Client, regionID, year int) ([]*ent.LinkActivity, error) {
	path, err := pathOf(ctx, c, "region", regionID)
	if err != nil {
		return nil, err
	}
	if err := s.checkYear(year); err != nil {
		return nil, err
	}
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	return c.LinkActivity.Query().Where(linkactivity.OnGTE(from), linkactivity.OnLT(to),
		linkactivity.HasLinkWith(link.KindEQ(rule.Kind), link.HasTargetWith(organization.HasRegionWith(scope.Regions(path))))).
		WithLink(func(q *ent.LinkQuery) {
			q.WithSource().WithTarget(func(q *ent.OrganizationQuery) { q.WithRegion() })
		}).Order(ent.Asc(linkactivity.FieldOn), ent.Asc(linkactivity.FieldID)).All(ctx)
}
