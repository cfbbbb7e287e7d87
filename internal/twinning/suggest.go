package twinning

import (
	"context"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/internal/twinning/rule"
)

// TiesDepth is the most steps the Ties factor looks at.
const TiesDepth = 3

// RecordDays is the period of the Activity factor: the last 365 days.
const RecordDays = 365

// MaxSuggestions is the most suggestions one request gets.
const MaxSuggestions = 50

// FactorValue is one factor of a score.
type FactorValue struct {
	Factor        Factor
	Weight, Value float64
}

// Suggestion is a partner ranked for a village, with the reasons.
type Suggestion struct {
	Partner    *ent.Organization
	Score      float64
	Factors    []FactorValue
	Remaining  int
	DistanceKm *float64
	Steps      *int
	Activities int
}

// candidate is a partner with a place left.
type candidate struct {
	org                    *ent.Organization
	at                     *Point
	path                   string // the path of the partner's region
	capacity, load, active int
	activities             int
}

func (p candidate) remaining() int { return max(0, p.capacity-p.load) }

// target is a village to pair: its region and party organization.
type target struct {
	region *ent.Region
	org    int
}

func (v target) at() *Point { return pointOf(v.region) }

func pointOf(r *ent.Region) *Point {
	if r == nil || r.Latitude == nil || r.Longitude == nil {
		return nil
	}
	return &Point{*r.Latitude, *r.Longitude}
}

// Normalize fills the weights a request left out with the defaults and
// refuses negative ones or all zero.
func Normalize(w Weights) (Weights, error) {
	out := Weights{}
	var total float64
	for _, f := range Factors {
		v, ok := w[f]
		if !ok {
			v = DefaultWeights[f]
		}
		if v < 0 {
			return nil, fault.Invalid("weights", "the weight of %s is 0 or more, not %v", f, v)
		}
		out[f] = v
		total += v
	}
	if total == 0 {
		return nil, fault.Invalid("weights", "at least one weight must be above 0")
	}
	return out, nil
}

// score is a pair's score and factors; weights sum to 1 in the factors.
func (w Weights) score(v target, p candidate, steps int) (float64, []FactorValue, *float64) {
	var km *float64
	a, b := v.at(), p.at
	if a != nil && b != nil {
		d := Km(*a, *b)
		km = &d
	}
	values := map[Factor]float64{
		Capacity: Room(p.capacity, p.load),
		Distance: Nearness(a, b),
		Industry: Fit(p.org.Industry, v.region.LeadingIndustry),
		Ties:     Closeness(steps),
		Activity: Record(p.activities, p.active),
	}
	var total float64
	for _, f := range Factors {
		total += w[f]
	}
	fs := make([]FactorValue, len(Factors))
	for i, f := range Factors {
		fs[i] = FactorValue{Factor: f, Weight: w[f] / total, Value: values[f]}
	}
	return w.Score(values), fs, km
}

// Suggestions ranks the partners with a place left for a backward village
// (a VILLAGE region or its party organization), best first: those of the
// region partnerIn's subtree, or of the province when it is 0.
func (s *Service) Suggestions(ctx context.Context, c *ent.Client, village, partnerIn, first int, w Weights) ([]*Suggestion, error) {
	if first < 1 || first > MaxSuggestions {
		return nil, fault.Invalid("first", "first must be between 1 and %d", MaxSuggestions)
	}
	w, err := Normalize(w)
	if err != nil {
		return nil, err
	}
	org, err := VillageOrganization(ctx, c, village, "village")
	if err != nil {
		return nil, err
	}
	o, err := rule.Village(ctx, c, org, "village")
	if err != nil {
		return nil, err
	}
	v := target{region: o.Edges.Region, org: org}
	within, err := pathOf(ctx, c, "partnerRegion", partnerIn)
	if err != nil {
		return nil, err
	}
	cands, err := s.candidates(ctx, c, within)
	if err != nil {
		return nil, err
	}
	taken, err := c.Link.Query().Where(link.KindEQ(rule.Kind), link.TargetID(org), link.StatusIn(rule.LiveStates...)).
		Select(link.FieldSourceID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	steps := s.reach(org)
	capacity := make([]int, len(cands))
	for i, p := range cands {
		if !slices.Contains(taken, p.org.ID) {
			capacity[i] = p.remaining()
		}
	}
	var b buffers
	best := newGrid(w, cands, capacity, 0).scores(v, steps, &b)
	slices.SortFunc(best, bestFirst)
	out := make([]*Suggestion, 0, first)
	for _, o := range best[:min(first, len(best))] {
		p := cands[o.Partner]
		st := steps[p.org.ID]
		score, fs, km := w.score(v, p, st)
		sg := &Suggestion{Partner: p.org, Score: score, Factors: fs, Remaining: p.remaining(), DistanceKm: km, Activities: p.activities}
		if st > 0 {
			sg.Steps = &st
		}
		out = append(out, sg)
	}
	ids := make([]int, len(out))
	for i, sg := range out {
		ids[i] = sg.Partner.ID
	}
	orgs, err := whole(ctx, c, ids)
	for _, sg := range out {
		sg.Partner = orgs[sg.Partner.ID]
	}
	return out, err
}

// whole reads organizations with all their columns, by ID.
func whole(ctx context.Context, c *ent.Client, ids []int) (map[int]*ent.Organization, error) {
	out := make(map[int]*ent.Organization, len(ids))
	for part := range chunks(ids) {
		os, err := c.Organization.Query().Where(organization.IDIn(part...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			out[o.ID] = o
		}
	}
	return out, nil
}

// reach is the number of steps from an organization to those within
// TiesDepth of it by links (of any kind, in force today); empty without
// the network index or while it loads.
func (s *Service) reach(org int) map[int]int {
	if s.Network == nil {
		return nil
	}
	m, err := s.Network.Reach(org, TiesDepth, s.Today())
	if err != nil {
		return nil
	}
	return m
}

// candidates are the active urban units with a place left in the subtree at
// the path within ("": the province), with their load, record and
// coordinates. Their organizations hold only the columns a score reads
// (whole returns them whole).
func (s *Service) candidates(ctx context.Context, c *ent.Client, within string) ([]candidate, error) {
	orgs, err := c.Organization.Query().Where(organization.KindIn(rule.PartnerKinds...),
		organization.StatusEQ(organization.StatusACTIVE), organization.TwinningCapacityGT(0)).
		Order(ent.Asc(organization.FieldID)).Select(organization.FieldID, organization.FieldRegionID,
		organization.FieldIndustry, organization.FieldTwinningCapacity).All(ctx)
	if err != nil {
		return nil, err
	}
	var counts []struct {
		SourceID int         `json:"source_id"`
		Status   link.Status `json:"status"`
		Count    int         `json:"count"`
	}
	err = c.Link.Query().Where(link.KindEQ(rule.Kind), link.StatusIn(rule.LiveStates...)).
		GroupBy(link.FieldSourceID, link.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &counts)
	if err != nil {
		return nil, err
	}
	load, active := map[int]int{}, map[int]int{}
	for _, n := range counts {
		if rule.Holds(rule.State(n.Status)) {
			load[n.SourceID] += n.Count
		}
		if n.Status != link.StatusPROPOSED {
			active[n.SourceID] += n.Count
		}
	}
	done, err := s.activities(ctx, c)
	if err != nil {
		return nil, err
	}
	regions := map[int]*ent.Region{}
	var ids []int
	for _, o := range orgs {
		if _, ok := regions[o.RegionID]; !ok {
			regions[o.RegionID] = nil
			ids = append(ids, o.RegionID)
		}
	}
	for part := range chunks(ids) {
		rs, err := c.Region.Query().Where(region.IDIn(part...)).
			Select(region.FieldID, region.FieldPath, region.FieldLatitude, region.FieldLongitude).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			regions[r.ID] = r
		}
	}
	out := make([]candidate, 0, len(orgs))
	for _, o := range orgs {
		if regions[o.RegionID] == nil || !strings.HasPrefix(regions[o.RegionID].Path, within) {
			continue
		}
		p := candidate{org: o, at: pointOf(regions[o.RegionID]), path: regions[o.RegionID].Path, capacity: *o.TwinningCapacity, load: load[o.ID],
			active: active[o.ID], activities: done[o.ID]}
		if p.remaining() > 0 {
			out = append(out, p)
		}
	}
	return out, nil
}

// activities counts each partner's twinning activities of the last
// RecordDays days.
func (s *Service) activities(ctx context.Context, c *ent.Client) (map[int]int, error) {
	var rows []struct {
		SourceID int `json:"source_id"`
		Count    int `json:"count"`
	}
	since := s.Today().AddDate(0, 0, -RecordDays)
	err := c.LinkActivity.Query().Where(linkactivity.OnGT(since)).Modify(func(q *sql.Selector) {
		l := sql.Table(link.Table).As("l")
		q.Join(l).On(q.C(linkactivity.FieldLinkID), l.C(link.FieldID)).
			Where(sql.EQ(l.C(link.FieldKind), rule.Kind)).
			Select(sql.As(l.C(link.FieldSourceID), "source_id"), sql.As(sql.Count("*"), "count")).
			GroupBy(l.C(link.FieldSourceID))
	}).Scan(ctx, &rows)
	out := make(map[int]int, len(rows))
	for _, r := range rows {
		out[r.SourceID] = r.Count
	}
	return out, err
}
