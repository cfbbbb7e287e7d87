package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/access"
)

// LoginFailure is one refused login, counted against an account and a
// client address for the login throttle. Kept in the database, so that
// every server process sees it; failures older than the throttle's window
// are deleted.
type LoginFailure struct{ ent.Schema }

func (LoginFailure) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().MaxLen(200).Immutable().
			Comment(`What the failure counts against: "user:" and the username, or "addr:" and the client address.`),
		field.Time("at").Immutable().Default(time.Now).
			Comment("When the login was refused."),
	}
}

func (LoginFailure) Indexes() []ent.Index {
	return []ent.Index{index.Fields("key", "at"), index.Fields("at")}
}

func (LoginFailure) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A refused login, for the login throttle."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy says who may read and write LoginFailure records (internal/access).
func (LoginFailure) Policy() ent.Policy { return access.SystemOnly() }
