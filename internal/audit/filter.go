package audit

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	"grassroots/ent"
	"grassroots/ent/auditevent"
	"grassroots/ent/predicate"
)

// Filter picks events of the audit trail; nil conditions are left out.
type Filter struct {
	Actor      *int       // the acting user
	EntityType *string    // Organization, Person, …
	Entity     *int       // one record
	From, To   *time.Time // at or after From, before To
}

// Predicates are the filter's conditions.
func (f Filter) Predicates() []predicate.AuditEvent {
	var ps []predicate.AuditEvent
	if f.Actor != nil {
		ps = append(ps, auditevent.ActorID(*f.Actor))
	}
	if f.EntityType != nil {
		ps = append(ps, auditevent.EntityType(*f.EntityType))
	}
	if f.Entity != nil {
		ps = append(ps, auditevent.EntityID(*f.Entity))
	}
	if f.From != nil {
		ps = append(ps, auditevent.AtGTE(*f.From))
	}
	if f.To != nil {
		ps = append(ps, auditevent.AtLT(*f.To))
	}
	return ps
}

// Page is a page of the events the filter keeps, newest first, read
// through c with ctx's permissions.
func Page(ctx context.Context, c *ent.Client, f Filter, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int) (*ent.AuditEventConnection, error) {
	newest := *ent.DefaultAuditEventOrder
	newest.Direction = entgql.OrderDirectionDesc
	return c.AuditEvent.Query().Where(f.Predicates()...).
		Paginate(ctx, after, first, before, last, ent.WithAuditEventOrder(&newest))
}
