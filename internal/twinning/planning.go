package twinning

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/internal/scope"
	"grassroots/internal/twinning/rule"
)

// Method names how a plan is computed.
const Method = "MIN_COST_FLOW"

// Reason is why a plan left a village without a partner.
type Reason string

// The reasons.
const (
	// NoPartyOrganization: the village has no active party organization.
	NoPartyOrganization Reason = "NO_PARTY_ORGANIZATION"
	// NoPartner: no partner in the province has a place left.
	NoPartner Reason = "NO_PARTNER"
	// OverCapacity: the places went to other villages.
	OverCapacity Reason = "CAPACITY"
)

// PlanRow is a village and the partner a plan gives it.
type PlanRow struct {
	Village      *ent.Region
	Organization *ent.Organization
	Partner      *ent.Organization
	Remaining    int
	Score        float64
	Factors      []FactorValue
}

// Unassigned is a village a plan left without a partner.
type Unassigned struct {
	Village *ent.Region
	Reason  Reason
}

// Plan pairs a region's uncovered backward villages with partners.
type Plan struct {
	Region                  *ent.Region
	Method                  string
	Weights                 []FactorValue
	Villages, Partners      int
	Rows                    []PlanRow
	Unassigned              []Unassigned
	TotalScore, GreedyScore float64
	GreedyAssigned          int
}

// Plan pairs the backward villages of a region's subtree that have no live
// twinning with the partners that have places left in the region
// partnerIn's subtree (the province when 0): as many villages as the places
// allow, with the largest total score (Optimal), beside the greedy baseline.
func (s *Service) Plan(ctx context.Context, c *ent.Client, regionID, partnerIn int, w Weights) (*Plan, error) {
	w, err := Normalize(w)
	if err != nil {
		return nil, err
	}
	r, err := regionOf(ctx, c, "region", regionID)
	if err != nil {
		return nil, err
	}
	villages, err := c.Region.Query().Where(scope.Regions(r.Path), region.LevelEQ(region.LevelVILLAGE), region.Backward(true),
		region.Not(region.HasOrganizationsWith(organization.HasIncomingLinksWith(link.KindEQ(rule.Kind), link.StatusIn(rule.LiveStates...))))).
		Order(ent.Asc(region.FieldCode)).All(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]int, len(villages))
	for i, v := range villages {
		ids[i] = v.ID
	}
	party, err := partyOrganizations(ctx, c, ids)
	if err != nil {
		return nil, err
	}
	within, err := pathOf(ctx, c, "partnerRegion", partnerIn)
	if err != nil {
		return nil, err
	}
	cands, err := s.candidates(ctx, c, within)
	if err != nil {
		return nil, err
	}
	p := &Plan{Region: r, Method: Method, Villages: len(villages), Partners: len(cands), Rows: []PlanRow{}, Unassigned: []Unassigned{}}
	for _, f := range Factors {
		p.Weights = append(p.Weights, FactorValue{Factor: f, Weight: w[f]})
	}
	var targets []target
	for _, v := range villages {
		if org, ok := party[v.ID]; ok {
			targets = append(targets, target{region: v, org: org})
		} else {
			p.Unassigned = append(p.Unassigned, Unassigned{Village: v, Reason: NoPartyOrganization})
		}
	}
	capacity := make([]int, len(cands))
	for i, cd := range cands {
		capacity[i] = cd.remaining()
	}
	pr, steps := newGrid(w, cands, capacity, len(targets)).problem(targets, s.reach)
	greedy := Greedy(pr)
	best := Optimal(pr)
	var paired []int
	for v, i := range best.Partner {
		if i >= 0 {
			paired = append(paired, targets[v].org, cands[i].org.ID)
		}
	}
	orgs, err := whole(ctx, c, paired)
	if err != nil {
		return nil, err
	}
	p.GreedyAssigned, p.GreedyScore = greedy.Assigned, greedy.Total
	for v, i := range best.Partner {
		t := targets[v]
		if i < 0 {
			reason := OverCapacity
			if len(cands) == 0 {
				reason = NoPartner
			}
			p.Unassigned = append(p.Unassigned, Unassigned{Village: t.region, Reason: reason})
			continue
		}
		cd := cands[i]
		score, fs, _ := w.score(t, cd, steps[v][cd.org.ID])
		p.Rows = append(p.Rows, PlanRow{Village: t.region, Organization: orgs[t.org], Partner: orgs[cd.org.ID],
			Remaining: cd.remaining(), Score: score, Factors: fs})
		p.TotalScore += score
	}
	slices.SortFunc(p.Unassigned, func(a, b Unassigned) int { return strings.Compare(a.Village.Code, b.Village.Code) })
	return p, nil
}

// PlanRowInput is a row of a reviewed plan to apply.
type PlanRowInput struct {
	// Village is a VILLAGE region or its party organization.
	Village, Partner int
	// Remaining is the partner's places left when the plan was made.
	Remaining int
}

// Apply turns a reviewed plan's rows into PROPOSED twinnings, on the
// client's transaction: all or none. The plan is stale (fault.Stale) when a
// row's partner has a number of places left other than the plan's, or its
// village got a live twinning since.
func (s *Service) Apply(ctx context.Context, c *ent.Client, rows []PlanRowInput, reason string) ([]*ent.Link, error) {
	if len(rows) == 0 {
		return nil, fault.Invalid("rows", "give at least one row")
	}
	on := s.Today()
	orgs := make([]int, len(rows))
	seen := map[int]int{}
	for i, row := range rows {
		field := fmt.Sprintf("rows[%d].village", i)
		org, err := VillageOrganization(ctx, c, row.Village, field)
		if err != nil {
			return nil, err
		}
		if j, ok := seen[org]; ok {
			return nil, fault.Invalid(field, "the village is in rows %d and %d; a plan gives a village one partner", j, i)
		}
		seen[org], orgs[i] = i, org
	}
	partners := make([]int, 0, len(rows))
	for _, row := range rows {
		partners = append(partners, row.Partner)
	}
	slices.Sort(partners)
	partners = slices.Compact(partners)
	// Lock the partners in ID order (concurrent plans wait for one
	// another, never deadlock), then compare their places left with the plan's.
	locked := map[int]*ent.Organization{}
	for part := range chunks(partners) {
		os, err := c.Organization.Query().Where(organization.IDIn(part...)).Order(ent.Asc(organization.FieldID)).
			Modify(rule.ForUpdate).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			locked[o.ID] = o
		}
	}
	load, err := loads(ctx, c, partners)
	if err != nil {
		return nil, err
	}
	for i, row := range rows {
		o, ok := locked[row.Partner]
		if !ok {
			return nil, fault.Missing(fmt.Sprintf("rows[%d].partner", i), "no organization has ID %d", row.Partner)
		}
		left := 0
		if o.TwinningCapacity != nil {
			left = max(0, *o.TwinningCapacity-load[o.ID])
		}
		if left != row.Remaining {
			return nil, errStale(fmt.Sprintf("rows[%d].remaining", i), "%s has %d places left, not %d as the plan assumed: "+
				"make the plan again", o.Name, left, row.Remaining)
		}
	}
	taken, err := c.Link.Query().Where(link.KindEQ(rule.Kind), link.StatusIn(rule.LiveStates...), link.TargetIDIn(orgs...)).
		Select(link.FieldTargetID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	if len(taken) > 0 {
		i := seen[taken[0]]
		return nil, errStale(fmt.Sprintf("rows[%d].village", i), "the village got a live twinning since the plan was made: "+
			"make the plan again")
	}
	out := make([]*ent.Link, len(rows))
	for i, row := range rows {
		n := rule.Names{Partner: fmt.Sprintf("rows[%d].partner", i), Village: fmt.Sprintf("rows[%d].village", i)}
		if err := rule.Enforce(ctx, c, rule.Pair{Partner: row.Partner, Village: orgs[i], State: rule.Proposed}, n); err != nil {
			return nil, err
		}
		if out[i], err = s.create(ctx, c, row.Partner, orgs[i], on, "", reason); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loads counts each partner's active and proposed twinnings.
func loads(ctx context.Context, c *ent.Client, partners []int) (map[int]int, error) {
	out := map[int]int{}
	for part := range chunks(partners) {
		var rows []struct {
			SourceID int `json:"source_id"`
			Count    int `json:"count"`
		}
		err := c.Link.Query().Where(link.KindEQ(rule.Kind), link.StatusIn(rule.HoldingStates...), link.SourceIDIn(part...)).
			GroupBy(link.FieldSourceID).Aggregate(ent.Count()).Scan(ctx, &rows)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out[r.SourceID] = r.Count
		}
	}
	return out, nil
}

// Loads is each organization's twinning load (active and proposed
// twinnings it is the partner of), in the order given.
func Loads(ctx context.Context, c *ent.Client, orgs []int) ([]int, error) {
	m, err := loads(ctx, c, orgs)
	out := make([]int, len(orgs))
	for i, o := range orgs {
		out[i] = m[o]
	}
	return out, err
}

// Remaining is the places an organization has left given its load: nil
// unless it is an urban unit with a twinning capacity.
func Remaining(o *ent.Organization, load int) *int {
	if o.TwinningCapacity == nil || !slices.Contains(rule.PartnerKinds, o.Kind) {
		return nil
	}
	left := max(0, *o.TwinningCapacity-load)
	return &left
}

// errStale reports a plan whose assumptions no longer hold.
func errStale(field, format string, args ...any) error {
	return &fault.Error{Code: fault.Stale, Field: field, Message: fmt.Sprintf(format, args...)}
}
