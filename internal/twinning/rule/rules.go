// Package rule holds the rules every twinning keeps, however it is
// written: its lifecycle, its ends, its partner's capacity.
package rule

import (
	"context"
	"slices"
	"strings"
	"time"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/hook"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/ent/twinningtransition"
	"grassroots/internal/domain"
	"grassroots/internal/fault"
	"grassroots/internal/viewer"
)

// Kind is the link kind of a twinning.
const Kind = link.KindURBAN_RURAL_TWINNING

// PartnerKinds are the kinds of organization that twin with villages: the
// urban units.
var PartnerKinds = []organization.Kind{
	organization.KindGOVERNMENT_ORGAN, organization.KindMASS_ORGANIZATION, organization.KindCOLLEGE,
	organization.KindENTERPRISE, organization.KindPUBLIC_INSTITUTION, organization.KindURBAN_COMMUNITY,
}

// PartyKinds are the kinds of a village's party organization.
var PartyKinds = []organization.Kind{
	organization.KindPARTY_COMMITTEE, organization.KindPARTY_GENERAL_BRANCH, organization.KindPARTY_BRANCH,
}

// Holds reports whether a twinning in state s holds one of its partner's
// places: proposed or active (a suspended pair gives its place back until
// it resumes).
func Holds(s State) bool { return s == Proposed || s == Active }

// HoldingStates and LiveStates are the states of Holds and Live, for queries.
var (
	HoldingStates = []link.Status{link.StatusPROPOSED, link.StatusACTIVE}
	LiveStates    = []link.Status{link.StatusPROPOSED, link.StatusACTIVE, link.StatusSUSPENDED}
)

// Names are the input fields a check reports: the twinning mutations'
// (partner, village) or the link mutations' (sourceID, targetID).
type Names struct{ Partner, Village string }

var (
	TwinningNames = Names{"partner", "village"}
	linkNames     = Names{"sourceID", "targetID"}
)

// serviceKey marks a context whose link writes the twinning mutations make:
// they check the rules themselves and keep the history.
type serviceKey struct{}

// Checked marks a context whose link writes the twinning mutations make
// (they enforce the rules themselves and keep the history): Guard lets them
// through.
func Checked(ctx context.Context) context.Context {
	return context.WithValue(ctx, serviceKey{}, true)
}

// Guard is the Link hook that keeps every twinning within the rules, however
// it is written: its partner urban, its village backward, no partner over
// capacity, no second live twinning of a pair. A twinning's state changes
// only through the twinning mutations, which keep its history.
func Guard(next entgo.Mutator) entgo.Mutator {
	return hook.LinkFunc(func(ctx context.Context, m *ent.LinkMutation) (ent.Value, error) {
		if ctx.Value(serviceKey{}) != nil || !m.Op().Is(entgo.OpCreate|entgo.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		if err := guard(ctx, m); err != nil {
			return nil, err
		}
		v, err := next.Mutate(ctx, m)
		if l, ok := v.(*ent.Link); ok && err == nil && m.Op().Is(entgo.OpCreate) && l.Kind == Kind {
			// A twinning written as a link starts its history too.
			on := domain.Today()
			if l.StartedOn != nil && l.StartedOn.Before(on) {
				on = *l.StartedOn
			}
			err = Record(ctx, m.Client(), l.ID, nil, State(l.Status), on, "")
		}
		return v, err
	})
}

// Record writes a change of a twinning's state in its history, with the
// signed-in user as its actor.
func Record(ctx context.Context, c *ent.Client, id int, from *State, to State, on time.Time, reason string) error {
	t := c.TwinningTransition.Create().SetLinkID(id).SetTo(twinningtransition.To(to)).SetOn(on).SetReason(reason)
	if from != nil {
		t.SetFrom(twinningtransition.From(*from))
	}
	if v, ok := viewer.FromContext(ctx); ok && v.UserID != 0 {
		t.SetActorID(v.UserID).SetActorName(v.Username)
	}
	return t.Exec(ctx)
}

// guard checks one link write made through the link mutations. On an
// update the stored values come from the mutation's old record, read once
// and shared with the access policy and the other hooks.
func guard(ctx context.Context, m *ent.LinkMutation) error {
	kind, kindSet := m.Kind()
	src, srcSet := m.SourceID()
	dst, dstSet := m.TargetID()
	status, statusSet := m.Status()
	if !m.Op().Is(entgo.OpUpdateOne) {
		if !statusSet {
			status = link.DefaultStatus
		}
		if kind != Kind {
			return nil
		}
		return Enforce(ctx, m.Client(), Pair{Partner: src, Village: dst, State: State(status)}, linkNames)
	}
	oldKind, err := m.OldKind(ctx)
	if err != nil {
		return err
	}
	if !kindSet {
		kind = oldKind
	}
	if (oldKind == Kind) != (kind == Kind) {
		return fault.Conflicting("kind", "a link cannot become a twinning nor stop being one: "+
			"end the twinning (endTwinning) and create the other link")
	}
	if kind != Kind {
		return nil
	}
	oldStatus, err := m.OldStatus(ctx)
	if err != nil {
		return err
	}
	if statusSet && status != oldStatus {
		return fault.Conflicting("status", "a twinning's state changes through activateTwinning, suspendTwinning, "+
			"resumeTwinning and endTwinning, which keep its history")
	}
	if _, set := m.EndedOn(); oldStatus != link.StatusENDED && (set || m.EndedOnCleared()) {
		return fault.Conflicting("endedOn", "a twinning that has not ended gets its end through endTwinning")
	}
	oldSrc, err := m.OldSourceID(ctx)
	if err != nil {
		return err
	}
	oldDst, err := m.OldTargetID(ctx)
	if err != nil {
		return err
	}
	if !srcSet {
		src = oldSrc
	}
	if !dstSet {
		dst = oldDst
	}
	if src == oldSrc && dst == oldDst {
		return nil // dates, goals or notes
	}
	id, _ := m.ID()
	return Enforce(ctx, m.Client(), Pair{Partner: src, Village: dst, State: State(oldStatus), Except: id}, linkNames)
}

// Pair is a twinning about to be written: its two ends and its state, and
// the ID of the stored twinning it replaces (0 for a new one).
type Pair struct {
	Partner, Village int
	State            State
	Except           int
}

// Enforce enforces the rules on a pair: its partner is an active urban unit,
// its village organization a backward village's active party organization;
// a live pair is the only live one of its two ends, and a pair holding a
// place finds one left. The partner's row is locked first (PostgreSQL), so
// that concurrent writers count places one after the other.
func Enforce(ctx context.Context, c *ent.Client, p Pair, n Names) error {
	partner, err := LockPartner(ctx, c, p.Partner, n.Partner)
	if err != nil {
		return err
	}
	if err := Urban(partner, n.Partner); err != nil {
		return err
	}
	if _, err := Village(ctx, c, p.Village, n.Village); err != nil {
		return err
	}
	if !Live(p.State) {
		return nil
	}
	dup, err := c.Link.Query().Where(link.KindEQ(Kind), link.SourceID(p.Partner), link.IDNEQ(p.Except),
		link.TargetID(p.Village), link.StatusIn(LiveStates...)).Exist(ctx)
	if err != nil {
		return err
	}
	if dup {
		return fault.Conflicting(n.Village, "organization %d already has a live twinning (proposed, active or suspended) "+
			"with organization %d", p.Village, p.Partner)
	}
	if !Holds(p.State) {
		return nil
	}
	return Place(ctx, c, partner, p.Except, n.Partner)
}

// Place refuses a partner (read by LockPartner) without a place left for
// one more twinning besides its twinning except (0: none).
func Place(ctx context.Context, c *ent.Client, partner *ent.Organization, except int, field string) error {
	load, err := c.Link.Query().Where(link.KindEQ(Kind), link.SourceID(partner.ID), link.IDNEQ(except),
		link.StatusIn(HoldingStates...)).Count(ctx)
	if err != nil {
		return err
	}
	return Room(partner, load, field)
}

// LockPartner reads the partner, locking its row FOR UPDATE on PostgreSQL
// (SQLite's writers already run one at a time).
func LockPartner(ctx context.Context, c *ent.Client, id int, field string) (*ent.Organization, error) {
	o, err := c.Organization.Query().Where(organization.ID(id)).Modify(ForUpdate).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.Missing(field, "no organization has ID %d", id)
	}
	return o, err
}

// ForUpdate locks the rows a query reads, on PostgreSQL (SQLite's writers
// already run one at a time).
func ForUpdate(s *sql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// Urban refuses a partner that is not an active urban unit.
func Urban(o *ent.Organization, field string) error {
	if !slices.Contains(PartnerKinds, o.Kind) {
		return fault.Invalid(field, "a twinning partner is an urban unit (%s), not a %s", kindList(PartnerKinds), o.Kind)
	}
	if o.Status != organization.StatusACTIVE {
		return fault.Invalid(field, "%s is dissolved", o.Name)
	}
	return nil
}

// Room refuses a partner without a place left, given its load.
func Room(o *ent.Organization, load int, field string) error {
	if o.TwinningCapacity == nil {
		return fault.Invalid(field, "%s has no twinning capacity set", o.Name)
	}
	if load >= *o.TwinningCapacity {
		return fault.Conflicting(field, "%s is at capacity: %d places, %d held by active and proposed twinnings",
			o.Name, *o.TwinningCapacity, load)
	}
	return nil
}

// Village reads a village organization with its region, refusing one that
// is not an active party organization of a backward village.
func Village(ctx context.Context, c *ent.Client, id int, field string) (*ent.Organization, error) {
	o, err := c.Organization.Query().Where(organization.ID(id)).WithRegion().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.Missing(field, "no organization has ID %d", id)
	}
	if err != nil {
		return nil, err
	}
	switch r := o.Edges.Region; {
	case !slices.Contains(PartyKinds, o.Kind) || o.Setting == nil || *o.Setting != organization.SettingVILLAGE || r.Level != region.LevelVILLAGE:
		return nil, fault.Invalid(field, "a twinning's village side is a village's party organization, not %s", o.Name)
	case !r.Backward:
		return nil, fault.Invalid(field, "%s is not a backward village: only backward villages are twinned", r.Name)
	case o.Status != organization.StatusACTIVE:
		return nil, fault.Invalid(field, "%s is dissolved", o.Name)
	}
	return o, nil
}

func kindList(ks []organization.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// ActivityGuard is the LinkActivity hook that keeps a twinning's
// activities within its life, however they are written: none for a
// proposal, none before its start or from its end on.
func ActivityGuard(next entgo.Mutator) entgo.Mutator {
	return hook.LinkActivityFunc(func(ctx context.Context, m *ent.LinkActivityMutation) (ent.Value, error) {
		if ctx.Value(serviceKey{}) == nil && m.Op().Is(entgo.OpCreate|entgo.OpUpdateOne) {
			if err := activityGuard(ctx, m); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

func activityGuard(ctx context.Context, m *ent.LinkActivityMutation) error {
	id, idSet := m.LinkID()
	on, onSet := m.On()
	if !idSet || !onSet {
		if !m.Op().Is(entgo.OpUpdateOne) {
			return nil // the create reports the missing field
		}
		var err error
		if !idSet {
			if id, err = m.OldLinkID(ctx); err != nil {
				return err
			}
		}
		if !onSet {
			if on, err = m.OldOn(ctx); err != nil {
				return err
			}
		}
	}
	l, err := m.Client().Link.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil // the write reports the unknown link
	}
	if err != nil {
		return err
	}
	return Within(l, on, "linkID")
}

// Within refuses an activity on day on of twinning l outside its life (a
// link of another kind takes any day): field names the twinning.
func Within(l *ent.Link, on time.Time, field string) error {
	switch {
	case l.Kind != Kind:
		return nil
	case l.Status == link.StatusPROPOSED:
		return fault.Conflicting(field, "a proposed twinning has no activities yet: activate it first")
	case l.StartedOn != nil && on.Before(*l.StartedOn):
		return fault.Invalid("on", "the twinning started on %s", l.StartedOn.Format(time.DateOnly))
	case l.Status == link.StatusENDED && l.EndedOn != nil && !on.Before(*l.EndedOn):
		return fault.Invalid("on", "the twinning ended on %s", l.EndedOn.Format(time.DateOnly))
	}
	return nil
}
