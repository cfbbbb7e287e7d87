package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/ent/schema/gqldoc"
	"grassroots/internal/access"
	"grassroots/internal/audit"
)

// Project is a prosperity or industrial project led by a village cadre.
type Project struct{ ent.Schema }

func (Project) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Project) Fields() []ent.Field {
	return append(nameFields(),
		field.Int("region_id").
			Comment("ID of the region (a village) the project is in.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("organization_id").Optional().Nillable().
			Comment("ID of the organization that runs the project; null when none.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("leader_id").Optional().Nillable().
			Comment("ID of the person leading the project; null when none.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("kind").Values(projectKinds.Names()...).
			Comment("What the project does.").
			Annotations(projectKinds, entgql.OrderField("KIND")),
		field.String("industry").Optional().
			Comment("Industry, free text (such as ginseng or black fungus); empty when not recorded."),
		field.Enum("status").Values(projectStatuses.Names()...).Default("PLANNED").
			Comment("Where the project stands.").
			Annotations(projectStatuses, entgql.OrderField("STATUS")),
		dateField("started_on", "Date work started; null when not started or not known.", entgql.OrderField("STARTED_ON")),
		money("investment", "Money invested, yuan; null when not recorded.", entgql.OrderField("INVESTMENT")),
		count("households", "Households taking part; null when not recorded."),
		dateField("responsibility_letter_on", "Date the leader signed the project's responsibility letter; null when none."),
		dateField("accepted_on", "Date the project passed acceptance, not before startedOn; null until then."),
	)
}

func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("projects").Field("region_id").Unique().Required().
			Comment("The region (a village) the project is in."),
		edge.From("organization", Organization.Type).Ref("projects").Field("organization_id").Unique().
			Comment("The organization that runs the project; null when none."),
		edge.From("leader", Person.Type).Ref("led_projects").Field("leader_id").Unique().
			Comment("The person leading the project, often the village party secretary; null when none."),
		edge.To("incomes", ProjectIncome.Type).
			Comment("The project's income, one record per calendar year.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Project) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id"), index.Fields("leader_id"), index.Fields("organization_id")}
}

func (Project) Hooks() []ent.Hook {
	return []ent.Hook{projectInVillage, interval("started_on", "accepted_on"), audit.Hook}
}

func (Project) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A prosperity (\"getting rich\") or industrial project in a village, run by an organization and " +
			"led by a person, often the village party secretary, with its income year by year."),
		entgql.QueryField().Description("Projects, filtered by where (inRegion: those in a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var projectKinds = gqldoc.Enum{
	{"PLANTING", "Crop growing: grain, vegetables, fruit, herbs, ginseng."},
	{"BREEDING", "Livestock, poultry or fish farming."},
	{"PROCESSING", "Processing of farm products."},
	{"TOURISM", "Rural tourism."},
	{"ECOMMERCE", "Selling online."},
	{"LABOR_SERVICE", "Organized labour services: training villagers and placing them in work."},
	{"OTHER", "Anything else."},
}

var projectStatuses = gqldoc.Enum{
	{"PLANNED", "Planned, not started; the default."},
	{"UNDERWAY", "Under way."},
	{"ACCEPTED", "Completed and accepted; acceptedOn says when."},
	{"SUSPENDED", "Paused."},
	{"FAILED", "Abandoned or failed."},
}

// Policy says who may read and write Project records (internal/access).
func (Project) Policy() ent.Policy { return access.Writes() }
