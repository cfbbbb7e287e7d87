package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// LinkActivity is something the two sides of a link did together.
type LinkActivity struct{ ent.Schema }

func (LinkActivity) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (LinkActivity) Fields() []ent.Field {
	return []ent.Field{
		field.Int("link_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("on").StorageKey("occurred_on").
			Annotations(entgql.Type("Date"), entgql.OrderField("ON")),
		field.Enum("kind").Values("VISIT", "FUNDING", "TRAINING", "PROJECT", "DONATION", "OTHER"),
		money("amount", "Yuan.", entgql.OrderField("AMOUNT")),
		count("participants", ""),
		textField("description"),
	}
}

func (LinkActivity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("link", Link.Type).Ref("activities").Field("link_id").Unique().Required().
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
	}
}

func (LinkActivity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
