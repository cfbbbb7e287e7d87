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
)

// Session is a signed-in browser: the hash of the token its cookie holds,
// whose user it is, and when it was last used. Kept in the database, so
// that every server process sees it.
type Session struct{ ent.Schema }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive().
			Comment("SHA-256 of the session token, hex; the token itself is only in the cookie."),
		field.Int("user_id").Immutable().
			Comment("ID of the signed-in user."),
		field.Time("created_at").Immutable().Default(time.Now).
			Comment("When the user signed in."),
		field.Time("last_seen_at").Default(time.Now).
			Comment("When the session was last used; it ends once idle for longer than the idle timeout."),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable().
			Comment("The signed-in user."),
	}
}

func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id")}
}

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A signed-in browser session."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy says who may read and write Session records (internal/access).
func (Session) Policy() ent.Policy { return access.SystemOnly() }
