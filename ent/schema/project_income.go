package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ProjectIncome is a project's income in one calendar year.
type ProjectIncome struct{ ent.Schema }

func (ProjectIncome) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (ProjectIncome) Fields() []ent.Field {
	return []ent.Field{
		field.Int("project_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("year").Range(1949, 2100).Annotations(entgql.OrderField("YEAR")),
		field.Float("income").Min(0).Comment("Yuan.").Annotations(entgql.OrderField("INCOME")),
	}
}

func (ProjectIncome) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("incomes").Field("project_id").Unique().Required().
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
	}
}

func (ProjectIncome) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "year").Unique()}
}

func (ProjectIncome) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
