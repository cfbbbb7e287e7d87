package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/access"
	"grassroots/internal/audit/change"
)

// AuditEvent is one change made through the API: who made it, when, in
// which request, and each changed field's value before and after (personal
// data masked). It is written in the transaction of the change itself.
type AuditEvent struct{ ent.Schema }

func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").Immutable().Default(time.Now).
			Comment("When the change was made."),
		field.Int("actor_id").Optional().Nillable().Immutable().
			Comment("ID of the user who made the change."),
		field.String("actor_name").Immutable().MaxLen(200).
			Comment("The user's username when the change was made, with the API token's name when it came with one."),
		field.Int("token_id").Optional().Nillable().Immutable().
			Comment("ID of the API token the change came with; null for a signed-in session.").
			Annotations(entgql.Type("ID")),
		field.Enum("operation").Values("CREATE", "UPDATE", "DELETE").Immutable().
			Comment("What was done: CREATE, UPDATE or DELETE."),
		field.String("entity_type").Immutable().MaxLen(64).
			Comment("The GraphQL type of the changed record: Organization, Person, Link, …"),
		field.Int("entity_id").Immutable().
			Comment("ID of the changed record (it may since have been deleted).").
			Annotations(entgql.Type("ID")),
		field.JSON("changes", []change.Change{}).Immutable().
			Comment("Each field that changed, with its value before and after; personal data is masked.").
			Annotations(entgql.Type("[AuditChange!]")),
		field.String("request_id").Immutable().MaxLen(64).Default("").
			Comment("The request the change was made in (X-Request-ID)."),
	}
}

func (AuditEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable().
			Comment("The user who made the change."),
	}
}

func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("entity_id"),
		index.Fields("actor_id"),
		index.Fields("at"),
	}
}

func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One change made through the API, kept for the audit trail."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipOrderField),
	}
}

// Policy says who may read and write AuditEvent records (internal/access).
func (AuditEvent) Policy() ent.Policy { return access.AdminReads() }
