package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Position is a person's post in an organization over a period; an open end
// means the post is held now.
type Position struct{ ent.Schema }

func (Position) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Position) Fields() []ent.Field {
	return []ent.Field{
		field.Int("person_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("organization_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("role").Values("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "MEMBER", "DIRECTOR",
			"DEPUTY_DIRECTOR", "HEAD", "ASSISTANT", "FIRST_SECRETARY", "PART_TIME_MEMBER", "RESERVE_CADRE").
			Annotations(entgql.OrderField("ROLE")),
		dateField("started_on", entgql.OrderField("STARTED_ON")),
		dateField("ended_on", entgql.OrderField("ENDED_ON")),
		field.Enum("selection_method").Values("DIRECT_ELECTION", "PUBLIC_RECOMMENDATION_DIRECT_ELECTION",
			"TWO_RECOMMENDATIONS_ONE_ELECTION", "OPEN_SELECTION", "TOWNSHIP_APPOINTMENT", "CROSS_VILLAGE",
			"SENT_BY_ORGAN", "COLLEGE_GRADUATE_HIRE").Optional().Nillable(),
		money("basic_remuneration", "Basic remuneration, yuan per year."),
	}
}

func (Position) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("person", Person.Type).Ref("positions").Field("person_id").Unique().Required(),
		edge.From("organization", Organization.Type).Ref("positions").Field("organization_id").Unique().Required(),
	}
}

func (Position) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "role", "ended_on"),
		index.Fields("person_id", "ended_on"),
	}
}

func (Position) Hooks() []ent.Hook { return []ent.Hook{interval("started_on", "ended_on")} }

func (Position) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
