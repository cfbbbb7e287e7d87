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
	"grassroots/internal/audit"
)

// ApiToken lets a program act for its owner: sent as
// "Authorization: Bearer SECRET". Only the secret's hash is kept; the
// secret is shown once, when the token is made.
type ApiToken struct{ ent.Schema }

func (ApiToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(64).
			Comment("What the owner calls the token, 1 to 64 characters."),
		field.String("secret_hash").NotEmpty().Unique().Immutable().Sensitive().
			Comment("SHA-256 of the secret, hex."),
		field.Int("owner_id").Immutable().
			Comment("ID of the user the token acts for."),
		field.Enum("role").Values("ADMIN", "COORDINATOR", "ANALYST", "VIEWER").Immutable().
			Comment("The role the token acts with (ADMIN, COORDINATOR, ANALYST or VIEWER): its owner's when it was made, or a lesser one; never more than the owner's current role."),
		field.Int("scope_region_id").Optional().Nillable().Immutable().
			Comment("ID of the region whose subtree a COORDINATOR token writes in; null for the whole province."),
		field.Time("created_at").Immutable().Default(time.Now).
			Comment("When the token was made."),
		field.Time("expires_on").Optional().Nillable().Immutable().
			Comment("The first day the token no longer works; null when it does not expire.").
			Annotations(entgql.Type("Date")),
		field.Time("revoked_at").Optional().Nillable().
			Comment("When the token was revoked; null while it works."),
		field.Time("last_used_at").Optional().Nillable().
			Comment("When the token was last used (to the minute); null when never."),
	}
}

func (ApiToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", User.Type).Field("owner_id").Unique().Required().Immutable().
			Comment("The user the token acts for."),
		edge.To("scope_region", Region.Type).Field("scope_region_id").Unique().Immutable().
			Comment("The region whose subtree a COORDINATOR token writes in."),
	}
}

func (ApiToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("owner_id")}
}

func (ApiToken) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An API token: lets a program act for its owner, with the owner's role and scope or less."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipOrderField),
	}
}

// Hooks record every change in the audit trail.
func (ApiToken) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy says who may read and write ApiToken records (internal/access).
func (ApiToken) Policy() ent.Policy { return access.Tokens() }
