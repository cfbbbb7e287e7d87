package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/ent/schema/gqldoc"
	"grassroots/internal/access"
	"grassroots/internal/audit"
	"grassroots/internal/twinning/rule"
)

// Link is a dated relation between two organizations: joint construction,
// urban–rural twinning (source = urban unit, target = village organization),
// industrial chain or military–civilian co-building.
type Link struct{ ent.Schema }

func (Link) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Link) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values(linkKinds.Names()...).
			Comment("What the link is: a kind of joint construction, twinning or co-building.").
			Annotations(linkKinds, entgql.OrderField("KIND")),
		field.Int("source_id").
			Comment("ID of the source organization.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("target_id").
			Comment("ID of the target organization.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("status").Values(linkStatuses.Names()...).Default("ACTIVE").
			Comment("Where the link stands. Network queries count every link but a PROPOSED one, by its dates.").
			Annotations(linkStatuses, entgql.OrderField("STATUS")),
		dateField("started_on", "Date the link took effect; null when not known (network queries then count it from "+
			"the beginning).", entgql.OrderField("STARTED_ON")),
		dateField("ended_on", "Date the link ended, not before startedOn; null while it lasts. Network queries count "+
			"the link up to the day before."),
		textField("goals", "What the two sides set out to do, free text."),
		textField("notes", "Notes, free text."),
		field.String("source_reference").Optional().MaxLen(500).
			Comment("Provenance: the document or file the link comes from (at most 500 characters)."),
	}
}

func (Link) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("source", Organization.Type).Ref("outgoing_links").Field("source_id").Unique().Required().
			Comment("The organization the link starts from (for twinning, the urban unit)."),
		edge.From("target", Organization.Type).Ref("incoming_links").Field("target_id").Unique().Required().
			Comment("The organization the link goes to (for twinning, the village organization); never the source."),
		edge.To("activities", LinkActivity.Type).
			Comment("What the two sides did together. Deleting a link deletes its activities.").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
				entsql.OnDelete(entsql.Cascade)),
		edge.To("transitions", TwinningTransition.Type).
			Comment("A twinning's history: its changes of state, oldest first. Deleting a link deletes them.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
				entsql.OnDelete(entsql.Cascade)),
	}
}

func (Link) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("source_id", "kind"),
		index.Fields("target_id", "kind"),
		index.Fields("kind", "status"),
	}
}

func (Link) Hooks() []ent.Hook {
	return []ent.Hook{linkEnds, interval("started_on", "ended_on"), rule.Guard, audit.Hook}
}

func (Link) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A dated relation between two organizations: joint construction, urban–rural twinning, an " +
			"industrial chain or military–civilian co-building. It runs from source to target."),
		entgql.QueryField().Description("Links between organizations, filtered by where (inRegion: an end in a " +
			"region's subtree; involves: an organization at either end)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var linkKinds = gqldoc.Enum{
	{"VILLAGE_VILLAGE", "Village-to-village joint construction between two villages' organizations."},
	{"VILLAGE_ENTERPRISE", "Village-to-enterprise joint construction between a village and an enterprise."},
	{"VILLAGE_COMMUNITY", "Village-to-community (village-to-residence) joint construction between a village and an urban community."},
	{"URBAN_RURAL_TWINNING", "Urban–rural twinning (\"urban and rural areas hand in hand\"): an urban unit, the source, " +
		"supports a relatively backward village, the target."},
	{"INDUSTRY_CHAIN", "Party building along an industrial chain: units of one industry joined across villages."},
	{"MILITARY_CIVILIAN", "Military–civilian co-building (\"building forts with the military and police together\"): " +
		"a border or police unit and a village."},
}

var linkStatuses = gqldoc.Enum{
	{"PROPOSED", "Proposed, not agreed yet: network queries leave it out."},
	{"ACTIVE", "In force (the default)."},
	{"SUSPENDED", "Paused. Network queries still count it within its dates."},
	{"ENDED", "Ended; endedOn says when. Network queries count it on dates before endedOn."},
}

// Policy says who may read and write Link records (internal/access).
func (Link) Policy() ent.Policy { return access.Writes() }
