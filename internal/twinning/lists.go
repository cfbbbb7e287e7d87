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

// regionPath is the path of a region (the province when 0).
func regionPath(ctx context.Context, c *ent.Client, regionID int) (string, error) {
	if regionID == 0 {
		return "", nil
	}
	return scope.RegionPath(ctx, c, "region", regionID)
}

// Pairs lists the twinnings of a region's villages (the province's when
// regionID is 0), by village code then ID, with their activities' count,
// funds and last day.
func (s *Service) Pairs(ctx context.Context, c *ent.Client, regionID int) ([]PairRow, error) {
	path, err := regionPath(ctx, c, regionID)
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
	path, err := regionPath(ctx, c, regionID)
	if err != nil {
		return nil, err
	}
	if year < 1949 || year > s.Today().Year()+1 {
		return nil, fault.Invalid("year", "year must be between 1949 and %d", s.Today().Year()+1)
	}
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	return c.LinkActivity.Query().Where(linkactivity.OnGTE(from), linkactivity.OnLT(to),
		linkactivity.HasLinkWith(link.KindEQ(rule.Kind), link.HasTargetWith(organization.HasRegionWith(scope.Regions(path))))).
		WithLink(func(q *ent.LinkQuery) {
			q.WithSource().WithTarget(func(q *ent.OrganizationQuery) { q.WithRegion() })
		}).Order(ent.Asc(linkactivity.FieldOn), ent.Asc(linkactivity.FieldID)).All(ctx)
}
