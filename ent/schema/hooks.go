package schema

import (
	"context"
	"time"

	"entgo.io/ent"

	"grassroots/internal/domain"
	"grassroots/internal/fault"
	"grassroots/internal/naming"
)

// oldFielder is implemented by every generated mutation: it loads a field's
// stored value on UpdateOne.
type oldFielder interface {
	OldField(ctx context.Context, name string) (ent.Value, error)
}

// fieldValue returns the value a field will have after the mutation: the new
// value when set, else the stored one on UpdateOne, else nil.
func fieldValue(ctx context.Context, m ent.Mutation, name string) (ent.Value, error) {
	if v, ok := m.Field(name); ok {
		return v, nil
	}
	for _, f := range m.ClearedFields() {
		if f == name {
			return nil, nil
		}
	}
	if m.Op().Is(ent.OpUpdateOne) {
		if o, ok := m.(oldFielder); ok {
			v, err := o.OldField(ctx, name)
			if err != nil {
				return nil, err
			}
			return v, nil
		}
	}
	return nil, nil
}

func asTime(v ent.Value) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t, true
	case *time.Time:
		if t != nil {
			return *t, true
		}
	}
	return time.Time{}, false
}

// interval rejects an end date before the start date, on create and on update
// (where one of the two may come from the stored row).
func interval(start, end string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
				_, startSet := m.Field(start)
				_, endSet := m.Field(end)
				if startSet || endSet {
					sv, err := fieldValue(ctx, m, start)
					if err != nil {
						return nil, err
					}
					ev, err := fieldValue(ctx, m, end)
					if err != nil {
						return nil, err
					}
					s, okS := asTime(sv)
					e, okE := asTime(ev)
					if okS && okE && e.Before(s) {
						return nil, fault.Invalid(naming.Camel(end), "%s must not be before %s", naming.Camel(end), naming.Camel(start))
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// notFuture rejects a day after today (UTC) in a date column, on create and
// on update, on the input field that sets it (mutations name fields by
// column: a field with a storage key goes by its column).
func notFuture(column, field string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field(column); ok {
				if t, ok := asTime(v); ok && t.After(domain.Today()) {
					return nil, fault.Invalid(field, "%s is in the future", t.Format(time.DateOnly))
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
