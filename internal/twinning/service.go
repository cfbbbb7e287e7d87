package twinning

import (
	"context"
	"time"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/ent/twinningtransition"
	"grassroots/internal/domain"
	"grassroots/internal/fault"
	"grassroots/internal/twinning/rule"
)

// DefaultStaleDays is the number of days without activity after which an
// active twinning is stale, unless the server is told otherwise.
const DefaultStaleDays = 90

// Service runs the twinning mutations and queries. Each call takes the ent
// client to use: a mutation's transaction, or the root client.
type Service struct {
	// StaleDays: an active twinning with no activity in this many days
	// (counted from its start when it has none) is stale.
	StaleDays int
	// Today is the current day (UTC midnight); tests set it.
	Today func() time.Time
	// Network, when set, gives the Ties factor; without it ties count 0.
	Network Reacher
}

// Reacher finds the organizations near another in the network: the
// network index.
type Reacher interface {
	// Reach returns the organizations within depth hops of from by links
	// in force on asOf, with their hops.
	Reach(from, depth int, asOf time.Time) (map[int]int, error)
}

// New returns a service with the default settings.
func New(net Reacher) *Service {
	return &Service{StaleDays: DefaultStaleDays, Today: domain.Today, Network: net}
}

// StaleBefore is the day before which a twinning's last activity makes it
// stale.
func (s *Service) StaleBefore() time.Time { return s.Today().AddDate(0, 0, -s.StaleDays) }

// day is the day of a change: today when not given; never in the future.
func (s *Service) day(on *time.Time, field string) (time.Time, error) {
	today := s.Today()
	if on == nil {
		return today, nil
	}
	if on.After(today) {
		return time.Time{}, fault.Invalid(field, "%s is in the future", on.Format(time.DateOnly))
	}
	return *on, nil
}

// Proposal is a twinning to propose.
type Proposal struct {
	// Village is a VILLAGE region or its party organization.
	Village, Partner int
	Goals, Reason    string
	On               *time.Time
}

// Propose writes a PROPOSED twinning and the first entry of its history.
func (s *Service) Propose(ctx context.Context, c *ent.Client, p Proposal) (*ent.Link, error) {
	on, err := s.day(p.On, "on")
	if err != nil {
		return nil, err
	}
	org, err := VillageOrganization(ctx, c, p.Village, "village")
	if err != nil {
		return nil, err
	}
	if err := rule.Enforce(ctx, c, rule.Pair{Partner: p.Partner, Village: org, State: rule.Proposed}, rule.TwinningNames); err != nil {
		return nil, err
	}
	return s.create(ctx, c, p.Partner, org, on, p.Goals, p.Reason)
}

// create writes a PROPOSED twinning the rules were checked for, and its
// history's first entry.
func (s *Service) create(ctx context.Context, c *ent.Client, partner, org int, on time.Time, goals, reason string) (*ent.Link, error) {
	l, err := c.Link.Create().SetKind(rule.Kind).SetSourceID(partner).SetTargetID(org).SetStatus(link.StatusPROPOSED).
		SetGoals(goals).Save(rule.Checked(ctx))
	if err != nil {
		return nil, err
	}
	return l, rule.Record(ctx, c, l.ID, nil, rule.Proposed, on, reason)
}

// Move makes a change of state: the day (today when nil) is neither in the
// future nor before the twinning's last change. Activating starts the
// twinning on the day (unless it has a start already), ending ends it on
// the day (a proposal ended also starts on it), resuming needs a place left.
func (s *Service) Move(ctx context.Context, c *ent.Client, id int, a rule.Action, on *time.Time, reason string) (*ent.Link, error) {
	day, err := s.day(on, "on")
	if err != nil {
		return nil, err
	}
	l, err := twinningOf(ctx, c, id, true)
	if err != nil {
		return nil, err
	}
	from := rule.State(l.Status)
	to, err := rule.Next(from, a)
	if err != nil {
		return nil, err
	}
	last, err := c.TwinningTransition.Query().Where(twinningtransition.LinkID(id)).
		Order(ent.Desc(twinningtransition.FieldOn)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if last != nil && day.Before(last.On) {
		return nil, fault.Invalid("on", "the twinning last changed on %s; a change cannot come before it", last.On.Format(time.DateOnly))
	}
	if l.StartedOn != nil && a == rule.End && day.Before(*l.StartedOn) {
		return nil, fault.Invalid("on", "the twinning started on %s; it cannot end before", l.StartedOn.Format(time.DateOnly))
	}
	if a == rule.Resume {
		partner, err := rule.LockPartner(ctx, c, l.SourceID, "twinning")
		if err != nil {
			return nil, err
		}
		if err := rule.Place(ctx, c, partner, id, "twinning"); err != nil {
			return nil, err
		}
	}
	u := c.Link.UpdateOneID(id).SetStatus(link.Status(to))
	switch {
	case a == rule.Activate && l.StartedOn == nil:
		u.SetStartedOn(day)
	case a == rule.End && from == rule.Proposed:
		// A proposal not taken up starts and ends on the day: no day
		// counts it as in force (BACKWARD_VILLAGE_TWINNED, the network).
		u.SetStartedOn(day).SetEndedOn(day)
	case a == rule.End:
		u.SetEndedOn(day)
	}
	l, err = u.Save(rule.Checked(ctx))
	if err != nil {
		return nil, err
	}
	return l, rule.Record(ctx, c, id, &from, to, day, reason)
}

// twinningOf reads the twinning id (locked FOR UPDATE when lock is set),
// refusing an unknown link or one of another kind on the field twinning.
func twinningOf(ctx context.Context, c *ent.Client, id int, lock bool) (*ent.Link, error) {
	q := c.Link.Query().Where(link.ID(id))
	var l *ent.Link
	var err error
	if lock {
		l, err = q.Modify(rule.ForUpdate).Only(ctx)
	} else {
		l, err = q.Only(ctx)
	}
	if ent.IsNotFound(err) {
		return nil, fault.Missing("twinning", "no link has ID %d", id)
	}
	if err != nil {
		return nil, err
	}
	if l.Kind != rule.Kind {
		return nil, fault.Invalid("twinning", "link %d is a %s link, not a twinning", id, l.Kind)
	}
	return l, nil
}

// ActivityInput is an activity to record.
type ActivityInput struct {
	Twinning     int
	On           time.Time
	Kind         linkactivity.Kind
	Amount       *float64
	Participants *int
	Description  string
}

// Record writes an activity of a twinning that has started: active,
// suspended, or ended after the activity's day; never before the
// twinning's start (the model refuses a day in the future and negative
// figures).
func (s *Service) Record(ctx context.Context, c *ent.Client, a ActivityInput) (*ent.LinkActivity, error) {
	l, err := twinningOf(ctx, c, a.Twinning, false)
	if err != nil {
		return nil, err
	}
	if err := rule.Within(l, a.On, "twinning"); err != nil {
		return nil, err
	}
	return c.LinkActivity.Create().SetLinkID(l.ID).SetOn(a.On).SetKind(a.Kind).SetNillableAmount(a.Amount).
		SetNillableParticipants(a.Participants).SetDescription(a.Description).Save(rule.Checked(ctx)) // Within is checked
}

// VillageOrganization resolves a village, given as a VILLAGE region or an
// organization, to the organization a twinning links: the village's party
// organization (the highest ranked, then the oldest).
func VillageOrganization(ctx context.Context, c *ent.Client, id int, field string) (int, error) {
	o, err := c.Organization.Query().Where(organization.ID(id)).Only(ctx)
	if err == nil {
		return o.ID, nil
	}
	if !ent.IsNotFound(err) {
		return 0, err
	}
	r, err := c.Region.Query().Where(region.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return 0, fault.Missing(field, "no village or organization has ID %d", id)
	}
	if err != nil {
		return 0, err
	}
	if r.Level != region.LevelVILLAGE {
		return 0, fault.Invalid(field, "%s is a %s, not a village", r.Name, r.Level)
	}
	orgs, err := partyOrganizations(ctx, c, []int{r.ID})
	if err != nil {
		return 0, err
	}
	if org, ok := orgs[r.ID]; ok {
		return org, nil
	}
	return 0, fault.Invalid(field, "%s has no active party organization to twin", r.Name)
}

// partyOrganizations returns each village's party organization, by region.
func partyOrganizations(ctx context.Context, c *ent.Client, villages []int) (map[int]int, error) {
	out := map[int]int{}
	rank := map[organization.Kind]int{organization.KindPARTY_COMMITTEE: 3, organization.KindPARTY_GENERAL_BRANCH: 2, organization.KindPARTY_BRANCH: 1}
	best := map[int]organization.Kind{}
	for ids := range chunks(villages) {
		os, err := c.Organization.Query().Where(organization.RegionIDIn(ids...), organization.KindIn(rule.PartyKinds...),
			organization.SettingEQ(organization.SettingVILLAGE), organization.StatusEQ(organization.StatusACTIVE)).
			Order(ent.Asc(organization.FieldID)).Select(organization.FieldID, organization.FieldRegionID, organization.FieldKind).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			if _, ok := out[o.RegionID]; !ok || rank[o.Kind] > rank[best[o.RegionID]] {
				out[o.RegionID], best[o.RegionID] = o.ID, o.Kind
			}
		}
	}
	return out, nil
}

// chunks splits IDs into slices a statement's parameters can hold.
func chunks(ids []int) func(yield func([]int) bool) {
	const size = 5000
	return func(yield func([]int) bool) {
		for len(ids) > 0 {
			n := min(size, len(ids))
			if !yield(ids[:n]) {
				return
			}
			ids = ids[n:]
		}
	}
}
