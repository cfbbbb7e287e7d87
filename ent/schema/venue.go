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

// Venue is a village-level organization activity venue.
type Venue struct{ ent.Schema }

func (Venue) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Venue) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Optional().MaxLen(200).
			Comment("Name of the venue, up to 200 characters; empty when it has none."),
		field.Int("region_id").
			Comment("ID of the village or urban community the venue serves.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		dateField("built_on", "Date the venue was built or taken into use; null when not known (it then counts for every year).",
			entgql.OrderField("BUILT_ON")),
		field.Float("area").Optional().Nillable().Positive().
			Comment("Floor area, square metres (more than 0); null when not recorded.").
			Annotations(entgql.OrderField("AREA")),
		field.Enum("condition").Values(venueConditions.Names()...).Default("GOOD").
			Comment("The state of the building.").
			Annotations(venueConditions),
		field.Strings("functions").Optional().
			Comment("What the venue is used for, one per entry, free text (such as party meetings, training, clinic)."),
	}
}

func (Venue) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("venues").Field("region_id").Unique().Required().
			Comment("The village or urban community the venue serves."),
	}
}

func (Venue) Indexes() []ent.Index { return []ent.Index{index.Fields("region_id")} }

func (Venue) Hooks() []ent.Hook {
	return []ent.Hook{venueInVillage, audit.Hook}
}

func (Venue) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An activity venue of a village's (or an urban community's) organizations: where the party " +
			"organization meets, trains and serves the villagers."),
		entgql.QueryField().Description("Activity venues, filtered by where (inRegion: those of a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var venueConditions = gqldoc.Enum{
	{"GOOD", "In good repair; the default."},
	{"FAIR", "Usable, needs minor repair."},
	{"POOR", "Needs major repair."},
	{"UNUSABLE", "Cannot be used; it does not count as a venue."},
}

// Policy says who may read and write Venue records (internal/access).
func (Venue) Policy() ent.Policy { return access.Writes() }
