package schema

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// RecordMixin gives every entity its bookkeeping fields: creation and update
// times and a version number that optimistic-concurrency updates compare.
type RecordMixin struct{ mixin.Schema }

func (RecordMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Default(time.Now).
			Comment("When the record was created.").
			Annotations(entgql.OrderField("CREATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).
			Comment("When the record last changed.").
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("version").Default(1).
			Comment("Starts at 1 and goes up by one with every update; an update must name the version it read.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

func (RecordMixin) Hooks() []ent.Hook {
	return []ent.Hook{nameMissingReference, plainText, trimNames, dropUnchanged, bumpVersion}
}

// bookkeeping are the fields the mixin keeps itself.
var bookkeeping = []string{"created_at", "updated_at", "version"}

// dropUnchanged leaves out of an update the fields it sets to the value they
// already have; an update left with nothing to change then keeps its
// version and updated_at, so that saving an unchanged form neither makes
// another editor's version stale nor fills the history.
func dropUnchanged(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		o, ok := m.(oldFielder)
		if !ok {
			return next.Mutate(ctx, m)
		}
		changed := len(m.ClearedFields()) > 0
		for _, f := range m.Fields() {
			if slices.Contains(bookkeeping, f) {
				continue
			}
			v, _ := m.Field(f)
			old, err := o.OldField(ctx, f)
			if err != nil {
				return next.Mutate(ctx, m) // an unknown ID: the update reports it
			}
			if sameValue(v, old) {
				if err := m.ResetField(f); err != nil {
					return nil, err
				}
				continue
			}
			changed = true
		}
		if !changed {
			// Nothing to write but the row's own version: the update still
			// runs, so that the version the client named is checked.
			_ = m.ResetField("updated_at")
			version, err := o.OldField(ctx, "version")
			if err != nil {
				return nil, err
			}
			if err := m.SetField("version", version); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

// sameValue compares a value a mutation sets with the stored one, which
// may be behind a pointer (nillable fields).
func sameValue(a, b any) bool {
	a, b = deref(a), deref(b)
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		return ok && ta.Equal(tb)
	}
	return reflect.DeepEqual(a, b)
}

func deref(v any) any {
	r := reflect.ValueOf(v)
	for r.Kind() == reflect.Pointer {
		if r.IsNil() {
			return nil
		}
		r = r.Elem()
	}
	if !r.IsValid() {
		return nil
	}
	return r.Interface()
}

// bumpVersion increments the version of every row an update changes.
func bumpVersion(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
			if m.Op().Is(ent.OpUpdateOne) && len(m.ClearedFields()) == 0 && !slices.ContainsFunc(m.Fields(), func(f string) bool { return !slices.Contains(bookkeeping, f) }) {
				return next.Mutate(ctx, m) // nothing changes
			}
			if err := m.AddField("version", 1); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

// trimmedFields are the free-text identity fields stored without surrounding
// white space; a value that is empty once trimmed is then rejected by the
// field's NotEmpty validator.
var trimmedFields = []string{"name", "name_latin", "title", "code", "credit_code", "id_number"}

func trimNames(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		for _, f := range trimmedFields {
			if v, ok := m.Field(f); ok {
				if s, ok := v.(string); ok && s != strings.TrimSpace(s) {
					if err := m.SetField(f, strings.TrimSpace(s)); err != nil {
						return nil, fmt.Errorf("trim %s: %w", f, err)
					}
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}
