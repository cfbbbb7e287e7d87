package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"grassroots/internal/access"
	"grassroots/internal/audit"
)

// User is an account: who signs in, with which role, over which part of
// the province.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").NotEmpty().MaxLen(32).Unique().Immutable().Annotations(entgql.OrderField("USERNAME")).
			Comment("The name the user signs in with: 3 to 32 lower-case letters, digits, '.', '_' or '-'."),
		field.String("display_name").NotEmpty().MaxLen(100).
			Comment("The name shown for the user."),
		field.Enum("role").Values("ADMIN", "COORDINATOR", "ANALYST", "VIEWER").
			Comment("ADMIN may do everything; COORDINATOR writes inside the scope region's subtree; ANALYST reads and holds API tokens; VIEWER reads public data."),
		field.Int("scope_region_id").Optional().Nillable().
			Comment("ID of the region whose subtree a COORDINATOR writes in; null for the whole province."),
		field.Bool("disabled").Default(false).
			Comment("A disabled user cannot sign in, and its sessions and tokens no longer work."),
		field.String("password_hash").Sensitive().
			Comment("The password's argon2id hash, in the PHC string format."),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("scope_region", Region.Type).Field("scope_region_id").Unique().
			Comment("The region whose subtree a COORDINATOR writes in."),
	}
}

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An account: who signs in, with which role, over which part of the province."),
		entgql.RelayConnection(),
		entgql.QueryField("users").Description("Every user account, for admins (others see only their own)."),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// Hooks record every change in the audit trail.
func (User) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy says who may read and write User records (internal/access).
func (User) Policy() ent.Policy { return access.Users() }
