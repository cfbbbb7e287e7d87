// Package audit keeps the audit trail: every create, update and delete made
// for a signed-in viewer writes an AuditEvent in the transaction of the
// change itself (Hook, installed by ent/schema on every audited record), so
// that a change and its event are kept or lost together. Changes made by
// the system (the command line, the demo loader) are not recorded.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	entgo "entgo.io/ent"

	"grassroots/ent"
	"grassroots/ent/auditevent"
	"grassroots/internal/access"
	"grassroots/internal/audit/change"
	"grassroots/internal/ident"
	"grassroots/internal/naming"
	"grassroots/internal/record"
	"grassroots/internal/viewer"
)

// unrecorded are fields no event shows: bookkeeping, values derived from
// others, and secrets.
var unrecorded = []string{"created_at", "updated_at", "version", "path", "password_hash", "secret_hash", "token_hash", "last_used_at"}

// masked turns personal data into what an event may keep.
var masked = map[string]func(any) any{
	"phone":      maskString(ident.MaskPhone),
	"id_number":  maskString(ident.MaskResidentID),
	"birth_date": birthYear,
}

// mutation is what the hook reads of every generated mutation.
type mutation interface {
	entgo.Mutation
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
	Client() *ent.Client
}

// Hook records the changes of the records of one type.
func Hook(next entgo.Mutator) entgo.Mutator {
	return entgo.MutateFunc(func(ctx context.Context, em entgo.Mutation) (entgo.Value, error) {
		v, ok := viewer.FromContext(ctx)
		m, isMutation := em.(mutation)
		if !ok || v.Anonymous() || !isMutation {
			return next.Mutate(ctx, em)
		}
		op, before, ids, err := prepare(ctx, m)
		if err != nil {
			return nil, err
		}
		value, err := next.Mutate(ctx, m)
		if err != nil {
			return value, err
		}
		if op == auditevent.OperationCREATE {
			id, _ := m.ID()
			ids = []int{id}
		}
		after := afterValues(m)
		events := make([]*ent.AuditEventCreate, 0, len(ids))
		for _, id := range ids {
			changes := diff(before[id], after, op)
			if op == auditevent.OperationUPDATE && len(changes) == 0 {
				continue // nothing changed
			}
			e := m.Client().AuditEvent.Create().
				SetActorName(actorName(v)).SetOperation(op).
				SetEntityType(m.Type()).SetEntityID(id).
				SetChanges(changes).SetRequestID(v.RequestID)
			if v.UserID != 0 {
				e.SetActorID(v.UserID)
			}
			if v.TokenID != 0 {
				e.SetTokenID(v.TokenID)
			}
			events = append(events, e)
		}
		if len(events) > 0 {
			if err := m.Client().AuditEvent.CreateBulk(events...).Exec(access.System(ctx)); err != nil {
				return nil, fmt.Errorf("audit: %w", err)
			}
		}
		return value, nil
	})
}

func actorName(v *viewer.Viewer) string {
	if v.TokenName != "" {
		return v.Username + " (token " + v.TokenName + ")"
	}
	return v.Username
}

// prepare reads, before the change, which records it touches and their
// stored values of the fields it changes (all fields for a delete).
func prepare(ctx context.Context, m mutation) (auditevent.Operation, map[int]map[string]any, []int, error) {
	switch {
	case m.Op().Is(entgo.OpCreate):
		return auditevent.OperationCREATE, nil, nil, nil
	case m.Op().Is(entgo.OpUpdateOne):
		id, _ := m.ID()
		old := map[string]any{}
		for _, f := range changedFields(m) {
			v, err := m.OldField(ctx, f)
			if ent.IsNotFound(err) {
				return auditevent.OperationUPDATE, nil, nil, nil // the update reports the unknown ID
			}
			if err != nil {
				return "", nil, nil, err
			}
			old[f] = v
		}
		return auditevent.OperationUPDATE, map[int]map[string]any{id: old}, []int{id}, nil
	}
	ids, err := m.IDs(access.System(ctx))
	if err != nil {
		return "", nil, nil, err
	}
	if m.Op().Is(entgo.OpUpdate) {
		return auditevent.OperationUPDATE, nil, ids, nil
	}
	before := make(map[int]map[string]any, len(ids))
	for _, id := range ids {
		row, err := record.Load(access.System(ctx), m.Client(), m.Type(), id)
		if err != nil {
			return "", nil, nil, err
		}
		delete(row, "id")
		before[id] = row
	}
	return auditevent.OperationDELETE, before, ids, nil
}

// changedFields are the recorded fields the mutation sets or clears.
func changedFields(m mutation) []string {
	fs := append(m.Fields(), m.ClearedFields()...)
	return slices.DeleteFunc(fs, func(f string) bool { return slices.Contains(unrecorded, f) })
}

func afterValues(m mutation) map[string]any {
	if m.Op().Is(entgo.OpDelete | entgo.OpDeleteOne) {
		return nil
	}
	after := map[string]any{}
	for _, f := range changedFields(m) {
		if v, ok := m.Field(f); ok { // a cleared field has no value: it stays nil
			after[f] = v
		} else {
			after[f] = nil
		}
	}
	return after
}

// diff lists the changed fields in name order, values as the API spells
// them and personal data masked.
func diff(before, after map[string]any, op auditevent.Operation) []change.Change {
	names := make([]string, 0, len(before)+len(after))
	for f := range before {
		if !slices.Contains(unrecorded, f) {
			names = append(names, f)
		}
	}
	for f := range after {
		if _, seen := before[f]; !seen {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	out := make([]change.Change, 0, len(names))
	for _, f := range names {
		// Compared before masking: a new phone number with the same last
		// four digits is a change, though both mask alike.
		if op == auditevent.OperationUPDATE && fmt.Sprint(plain(before[f])) == fmt.Sprint(plain(after[f])) {
			continue
		}
		out = append(out, change.Change{Field: naming.Camel(f), Before: shown(f, before[f]), After: shown(f, after[f])})
	}
	return out
}

// shown is a value as an event keeps it.
func shown(field string, v any) any {
	v = plain(v)
	if v == nil {
		return nil
	}
	if mask, ok := masked[field]; ok {
		return mask(v)
	}
	return v
}

// plain dereferences pointers and writes times as the API does: a date
// (midnight UTC) as YYYY-MM-DD, another time in RFC 3339.
func plain(v any) any {
	switch t := v.(type) {
	case nil:
		return nil
	case *time.Time:
		if t == nil {
			return nil
		}
		return plain(*t)
	case time.Time:
		u := t.UTC()
		if u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
			return u.Format(time.DateOnly)
		}
		return u.Format(time.RFC3339)
	case string:
		if tm, err := time.Parse(time.RFC3339Nano, t); err == nil {
			return plain(tm)
		}
		return t
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	var out any
	if json.Unmarshal(raw, &out) != nil {
		return fmt.Sprint(v)
	}
	return out
}

func maskString(f func(string) string) func(any) any {
	return func(v any) any {
		if s, ok := v.(string); ok {
			return f(s)
		}
		return nil
	}
}

// birthYear keeps the year of a date only.
func birthYear(v any) any {
	if s, ok := v.(string); ok && len(s) >= 4 {
		if y, err := strconv.Atoi(s[:4]); err == nil {
			return strconv.Itoa(y)
		}
	}
	return nil
}
