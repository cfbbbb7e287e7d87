package schema

import (
	"context"
	"fmt"
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
	return []ent.Hook{plainText, bumpVersion, trimNames}
}

// bumpVersion increments the version of every updated row.
func bumpVersion(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
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
