package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Project is a prosperity or industrial project led by a village cadre.
type Project struct{ ent.Schema }

func (Project) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Project) Fields() []ent.Field {
	return append(nameFields(),
		field.Int("region_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("organization_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("leader_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("kind").Values("PLANTING", "BREEDING", "PROCESSING", "TOURISM", "ECOMMERCE", "LABOR_SERVICE", "OTHER").
			Annotations(entgql.OrderField("KIND")),
		field.String("industry").Optional(),
		field.Enum("status").Values("PLANNED", "UNDERWAY", "ACCEPTED", "SUSPENDED", "FAILED").Default("PLANNED").
			Annotations(entgql.OrderField("STATUS")),
		dateField("started_on", entgql.OrderField("STARTED_ON")),
		money("investment", "Yuan.", entgql.OrderField("INVESTMENT")),
		count("households", "Households taking part."),
		dateField("responsibility_letter_on"),
		dateField("accepted_on"),
	)
}

func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("projects").Field("region_id").Unique().Required(),
		edge.From("organization", Organization.Type).Ref("projects").Field("organization_id").Unique(),
		edge.From("leader", Person.Type).Ref("led_projects").Field("leader_id").Unique(),
		edge.To("incomes", ProjectIncome.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Project) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id"), index.Fields("leader_id"), index.Fields("organization_id")}
}

func (Project) Hooks() []ent.Hook { return []ent.Hook{interval("started_on", "accepted_on")} }

func (Project) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
