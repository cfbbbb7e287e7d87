package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"grassroots/internal/access"
	"grassroots/internal/audit"
)

// ProjectIncome is a project's income in one calendar year.
type ProjectIncome struct{ ent.Schema }

func (ProjectIncome) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (ProjectIncome) Fields() []ent.Field {
	return []ent.Field{
		field.Int("project_id").
			Comment("ID of the project.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("year").Range(1949, 2100).
			Comment("Calendar year, 1949 to 2100; a project has at most one income per year.").
			Annotations(entgql.OrderField("YEAR")),
		field.Float("income").Min(0).Comment("Income in the year, yuan (0 or more).").Annotations(entgql.OrderField("INCOME")),
	}
}

func (ProjectIncome) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("incomes").Field("project_id").Unique().Required().
			Comment("The project.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
	}
}

func (ProjectIncome) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "year").Unique()}
}

func (ProjectIncome) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A project's income in one calendar year."),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks record every change in the audit trail.
func (ProjectIncome) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy says who may read and write ProjectIncome records (internal/access).
func (ProjectIncome) Policy() ent.Policy { return access.Writes() }
