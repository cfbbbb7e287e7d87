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
	"grassroots/internal/twinning/rule"
)

// LinkActivity is something the two sides of a link did together.
type LinkActivity struct{ ent.Schema }

func (LinkActivity) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (LinkActivity) Fields() []ent.Field {
	return []ent.Field{
		field.Int("link_id").
			Comment("ID of the link.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("on").StorageKey("occurred_on").
			Comment("The day it took place.").
			Annotations(entgql.Type("Date"), entgql.OrderField("ON")),
		field.Enum("kind").Values(activityKinds.Names()...).
			Comment("What was done.").
			Annotations(activityKinds),
		money("amount", "Money involved, yuan; null when none or not recorded.", entgql.OrderField("AMOUNT")),
		count("participants", "Number of people who took part; null when not recorded."),
		textField("description", "What was done, free text."),
	}
}

func (LinkActivity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("link", Link.Type).Ref("activities").Field("link_id").Unique().Required().
			Comment("The link whose two sides did it.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
	}
}

// Indexes: a link's activities by day (its last activity; a period's).
func (LinkActivity) Indexes() []ent.Index {
	return []ent.Index{index.Fields("link_id", "on")}
}

func (LinkActivity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("Something the two sides of a link did together on one day: a visit, funding, training, " +
			"work on a project or a donation."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var activityKinds = gqldoc.Enum{
	{"VISIT", "A visit or exchange."},
	{"FUNDING", "Funds provided; amount says how much."},
	{"TRAINING", "Training given."},
	{"PROJECT", "Work on a joint project."},
	{"DONATION", "A donation of money or goods."},
	{"OTHER", "Anything else."},
}

// Hooks keep activities out of the future and within their twinning's
// life, and record every change in the audit trail.
func (LinkActivity) Hooks() []ent.Hook {
	return []ent.Hook{notFuture("occurred_on", "on"), rule.ActivityGuard, audit.Hook}
}

// Policy says who may read and write LinkActivity records (internal/access).
func (LinkActivity) Policy() ent.Policy { return access.Writes() }
