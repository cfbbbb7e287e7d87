package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/access"
	"grassroots/internal/audit"
)

// TwinningTransition is one change of a twinning's state: the pair's
// history. It is written by the twinning mutations (internal/twinning),
// never by a client directly.
type TwinningTransition struct{ ent.Schema }

func (TwinningTransition) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (TwinningTransition) Fields() []ent.Field {
	return []ent.Field{
		field.Int("link_id").Immutable().
			Comment("ID of the twinning (a link of kind URBAN_RURAL_TWINNING).").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("from").Values(linkStatuses.Names()...).Optional().Nillable().Immutable().StorageKey("from_status").
			Comment("The state before the change; null when the change created the twinning.").
			Annotations(linkStatuses),
		field.Enum("to").Values(linkStatuses.Names()...).Immutable().StorageKey("to_status").
			Comment("The state after the change.").
			Annotations(linkStatuses),
		field.Time("on").Immutable().StorageKey("occurred_on").
			Comment("The day the change took effect.").
			Annotations(entgql.Type("Date"), entgql.OrderField("ON")),
		field.Text("reason").Optional().Immutable().
			Comment("Why the change was made, free text."),
		field.Int("actor_id").Optional().Nillable().Immutable().
			Comment("ID of the user who made the change; null when the system did (a demo load).").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("actor_name").Immutable().MaxLen(200).Default("").
			Comment("Who made the change, as they signed in; empty when the system did."),
	}
}

func (TwinningTransition) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("link", Link.Type).Ref("transitions").Field("link_id").Unique().Required().Immutable().
			Comment("The twinning whose state changed."),
	}
}

func (TwinningTransition) Indexes() []ent.Index {
	return []ent.Index{index.Fields("link_id", "on")}
}

func (TwinningTransition) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One change of a twinning's state, with its day, reason and actor: the pair's history."),
		entsql.Annotation{Table: "twinning_transitions"},
	}
}

// Hooks record every change in the audit trail.
func (TwinningTransition) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy says who may read and write TwinningTransition records (internal/access).
func (TwinningTransition) Policy() ent.Policy { return access.Writes() }
