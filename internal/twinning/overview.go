package twinning

import (
	"cmp"
	"context"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/predicate"
	"grassroots/ent/region"
	"grassroots/internal/scope"
	"grassroots/internal/twinning/rule"
)

// TopPartners is how many partners an overview ranks.
const TopPartners = 10

// StateCount is a number of twinnings in one state.
type StateCount struct {
	Status link.Status
	Count  int
}

// PartnerActivity is what a partner did in a year.
type PartnerActivity struct {
	Partner    *ent.Organization
	Activities int
	Funds      float64
}

// Overview is where twinning stands in a region in a year.
type Overview struct {
	Region                               *ent.Region
	Year                                 int
	Day                                  time.Time
	BackwardVillages, Covered, Uncovered int
	Coverage                             float64
	ByStatus                             []StateCount
	Stale, StaleDays, Activities         int
	Funds                                float64
	TopPartners                          []PartnerActivity
}

// DayOf is the day a year's figures are taken on, as the indicators take
// it: today in the current year, the year's last day in any other.
func DayOf(today time.Time, year int) time.Time {
	if today.Year() == year {
		return today
	}
	return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
}

// ActiveOn keeps the twinnings in force on day, as BACKWARD_VILLAGE_TWINNED
// counts them: started by the day, and active then (active and not ended,
// or ended after it).
func ActiveOn(day time.Time) predicate.Link {
	return link.And(link.KindEQ(rule.Kind), link.Or(link.StartedOnIsNil(), link.StartedOnLTE(day)),
		link.Or(link.And(link.StatusEQ(link.StatusACTIVE), link.Or(link.EndedOnIsNil(), link.EndedOnGT(day))),
			link.And(link.StatusEQ(link.StatusENDED), link.EndedOnGT(day))))
}

// TwinnedRegions keeps the regions with an organization on the village side
// of a twinning in force on day (twinned), or the others.
func TwinnedRegions(twinned bool, day time.Time) predicate.Region {
	p := region.HasOrganizationsWith(organization.HasIncomingLinksWith(ActiveOn(day)))
	if twinned {
		return p
	}
	return region.Not(p)
}

// TwinnedOrganizations keeps the organizations at an end of a twinning in
// force on day (twinned), or the others.
func TwinnedOrganizations(twinned bool, day time.Time) predicate.Organization {
	p := organization.Or(organization.HasIncomingLinksWith(ActiveOn(day)), organization.HasOutgoingLinksWith(ActiveOn(day)))
	if twinned {
		return p
	}
	return organization.Not(p)
}

// WithRoom keeps the partners (active urban units with a capacity) with a
// place left (room), or those with no place left.
func WithRoom(room bool) predicate.Organization {
	return func(s *sql.Selector) {
		l := sql.Table(link.Table).As("tw_load")
		load := sql.Select(sql.Count("*")).From(l).Where(sql.And(
			sql.ColumnsEQ(l.C(link.FieldSourceID), s.C(organization.FieldID)),
			sql.EQ(l.C(link.FieldKind), rule.Kind),
			sql.In(l.C(link.FieldStatus), link.StatusPROPOSED.String(), link.StatusACTIVE.String()),
		))
		op := "> ("
		if !room {
			op = "<= ("
		}
		kinds := make([]any, len(rule.PartnerKinds))
		for i, k := range rule.PartnerKinds {
			kinds[i] = k.String()
		}
		s.Where(sql.And(sql.In(s.C(organization.FieldKind), kinds...), sql.EQ(s.C(organization.FieldStatus), organization.StatusACTIVE),
			sql.NotNull(s.C(organization.FieldTwinningCapacity)), sql.P(func(b *sql.Builder) {
				b.Ident(s.C(organization.FieldTwinningCapacity)).WriteString(" " + op).Join(load).WriteString(")")
			})))
	}
}

// Stale keeps the active twinnings whose last activity (their start, or
// their creation, when they have none) came before the day before
// (stale), or the other links.
func Stale(stale bool, before time.Time) predicate.Link {
	return func(s *sql.Selector) {
		a := sql.Table(linkactivity.Table).As("tw_last")
		last := sql.Select(sql.Max(a.C(linkactivity.FieldOn))).From(a).
			Where(sql.ColumnsEQ(a.C(linkactivity.FieldLinkID), s.C(link.FieldID)))
		p := sql.And(sql.EQ(s.C(link.FieldKind), rule.Kind), sql.EQ(s.C(link.FieldStatus), link.StatusACTIVE),
			sql.P(func(b *sql.Builder) {
				b.WriteString("COALESCE((").Join(last).WriteString("), ").Ident(s.C(link.FieldStartedOn)).WriteString(", ").
					Ident(s.C(link.FieldCreatedAt)).WriteString(") < ").Arg(before)
			}))
		if !stale {
			p = sql.Not(p)
		}
		s.Where(p)
	}
}

// LastActivities is each link's last activity day, by link (links without
// activities left out). The days are compared in Go: SQLite returns a
// MAX of dates as text.
func LastActivities(ctx context.Context, c *ent.Client, links []int) (map[int]time.Time, error) {
	out := map[int]time.Time{}
	for part := range chunks(links) {
		as, err := c.LinkActivity.Query().Where(linkactivity.LinkIDIn(part...)).
			Select(linkactivity.FieldLinkID, linkactivity.FieldOn).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			if a.On.After(out[a.LinkID]) {
				out[a.LinkID] = a.On
			}
		}
	}
	return out, nil
}

// IsStale reports whether a twinning whose last activity was last (zero:
// none) is stale on the service's day.
func (s *Service) IsStale(l *ent.Link, last time.Time) bool {
	if l.Kind != rule.Kind || l.Status != link.StatusACTIVE {
		return false
	}
	ref := last
	if ref.IsZero() {
		ref = l.CreatedAt
		if l.StartedOn != nil {
			ref = *l.StartedOn
		}
	}
	return ref.Before(s.StaleBefore())
}

// partnerYear is a partner's twinning activities in a region in a year.
type partnerYear struct {
	SourceID int     `json:"source_id"`
	Count    int     `json:"count"`
	Funds    float64 `json:"funds"`
}

// Overview reports where twinning stands in a region (the province when
// regionID is 0) in a year (the current one when 0).
func (s *Service) Overview(ctx context.Context, c *ent.Client, regionID, year int) (*Overview, error) {
	today := s.Today()
	if year == 0 {
		year = today.Year()
	}
	if err := s.checkYear(year); err != nil {
		return nil, err
	}
	r, err := regionOf(ctx, c, "region", regionID)
	if err != nil {
		return nil, err
	}
	day := DayOf(today, year)
	o := &Overview{Region: r, Year: year, Day: day, StaleDays: s.StaleDays}
	backward := c.Region.Query().Where(scope.Regions(r.Path), region.LevelEQ(region.LevelVILLAGE), region.Backward(true))
	if o.BackwardVillages, err = backward.Clone().Count(ctx); err != nil {
		return nil, err
	}
	if o.Covered, err = backward.Where(TwinnedRegions(true, day)).Count(ctx); err != nil {
		return nil, err
	}
	o.Uncovered = o.BackwardVillages - o.Covered
	o.Coverage = 1
	if o.BackwardVillages > 0 {
		o.Coverage = float64(o.Covered) / float64(o.BackwardVillages)
	}
	inRegion := link.HasTargetWith(organization.HasRegionWith(scope.Regions(r.Path)))
	var states []struct {
		Status link.Status `json:"status"`
		Count  int         `json:"count"`
	}
	if err := c.Link.Query().Where(link.KindEQ(rule.Kind), inRegion).GroupBy(link.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &states); err != nil {
		return nil, err
	}
	for _, st := range []link.Status{link.StatusPROPOSED, link.StatusACTIVE, link.StatusSUSPENDED, link.StatusENDED} {
		n := StateCount{Status: st}
		for _, x := range states {
			if x.Status == st {
				n.Count = x.Count
			}
		}
		o.ByStatus = append(o.ByStatus, n)
	}
	if o.Stale, err = c.Link.Query().Where(inRegion, Stale(true, s.StaleBefore())).Count(ctx); err != nil {
		return nil, err
	}
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	var rows []partnerYear
	err = c.LinkActivity.Query().Where(linkactivity.OnGTE(from), linkactivity.OnLT(to),
		linkactivity.HasLinkWith(link.KindEQ(rule.Kind), inRegion)).Modify(func(q *sql.Selector) {
		l := sql.Table(link.Table).As("tw_link")
		q.Join(l).On(q.C(linkactivity.FieldLinkID), l.C(link.FieldID)).
			Select(sql.As(l.C(link.FieldSourceID), "source_id"), sql.As(sql.Count("*"), "count"),
				sql.As("COALESCE(SUM("+q.C(linkactivity.FieldAmount)+"), 0)", "funds")).
			GroupBy(l.C(link.FieldSourceID))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	for _, x := range rows {
		o.Activities += x.Count
		o.Funds += x.Funds
	}
	slices.SortFunc(rows, func(a, b partnerYear) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(b.Funds, a.Funds), cmp.Compare(a.SourceID, b.SourceID))
	})
	rows = rows[:min(TopPartners, len(rows))]
	ids := make([]int, len(rows))
	for i, x := range rows {
		ids[i] = x.SourceID
	}
	byID, err := whole(ctx, c, ids)
	if err != nil {
		return nil, err
	}
	o.TopPartners = make([]PartnerActivity, 0, len(rows))
	for _, x := range rows {
		o.TopPartners = append(o.TopPartners, PartnerActivity{Partner: byID[x.SourceID], Activities: x.Count, Funds: x.Funds})
	}
	return o, nil
}
