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
	"grassroots/internal/ident"
)

// Region is an administrative division, from the province down to villages and
// urban communities.
type Region struct{ ent.Schema }

func (Region) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Region) Fields() []ent.Field {
	return append([]ent.Field{
		field.String("code").Unique().Validate(ident.ValidateDivisionCode).
			Comment("12-digit statistical division code, unique (222401000000 is Yanji city): 2 digits for the province, " +
				"2 city, 2 county, 3 township, 3 village. The digits below the region's level are zeros, and a " +
				"region's code extends its parent's. A region with child regions cannot change its code.").
			Annotations(entgql.OrderField("CODE")),
	}, append(nameFields(),
		field.Enum("level").Values(regionLevels.Names()...).
			Comment("Administrative level. Each region sits directly under a region of the level above "+
				"(villages and communities both under a township).").
			Annotations(regionLevels, entgql.OrderField("LEVEL")),
		field.Int("parent_id").Optional().Nillable().
			Comment("ID of the region directly above; null for the province.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.String("path").Default("").
			Comment("Codes of the region and its ancestors, root first, each followed by '/': a subtree is a path prefix.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput, entgql.SkipType)),
		field.Bool("border").Default(false).
			Comment("Lies on the national border (a border county, township or village)."),
		field.Bool("backward").Default(false).
			Comment("Designated a relatively backward village, to be twinned with an urban unit (urban–rural twinning)."),
		field.Bool("difficult").Default(false).Comment("Designated a difficult village."),
		count("households", "Number of households; null when not recorded."),
		count("population", "Population, people; null when not recorded.", entgql.OrderField("POPULATION")),
		money("collective_income", "Village collective income, yuan per year; null when not recorded.",
			entgql.OrderField("COLLECTIVE_INCOME")),
		field.String("leading_industry").Optional().
			Comment("Leading industry, free text (such as rice or ginseng); empty when not recorded."),
		field.Float("latitude").Optional().Nillable().Range(-90, 90).
			Comment("Latitude in decimal degrees, -90 to 90; null when not recorded."),
		field.Float("longitude").Optional().Nillable().Range(-180, 180).
			Comment("Longitude in decimal degrees, -180 to 180; null when not recorded."),
	)...)
}

func (Region) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Region.Type).
			Comment("The regions directly under this one.").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").Field("parent_id").Unique().
			Comment("The region directly above; null for the province. Fixed once the region has child regions.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
		edge.To("organizations", Organization.Type).
			Comment("Organizations of this region itself; for its whole subtree use Query.organizations(where: {inRegion: …}).").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("residents", Person.Type).
			Comment("People whose home region is this region itself; for its subtree use Query.people(where: {inRegion: …}).").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("projects", Project.Type).
			Comment("Projects in this region itself; for its subtree use Query.projects(where: {inRegion: …}).").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("venues", Venue.Type).
			Comment("Activity venues of this region itself (a village or an urban community).").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("training_courses", TrainingCourse.Type).
			Comment("Training courses run by this region's party committee; for its subtree use Query.trainingCourses(where: {inRegion: …}).").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Region) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("path").Annotations(entsql.OpClass("text_pattern_ops")),
		index.Fields("level").Annotations(countable),
	}
}

func (Region) Hooks() []ent.Hook { return []ent.Hook{regionHierarchy, audit.Hook} }

func (Region) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An administrative division: the province, its cities, counties, townships, and villages and " +
			"urban communities. Regions form a tree; a region's subtree is the region and every region under it."),
		entgql.QueryField().Description("Regions, filtered by where (inRegion: a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var regionLevels = gqldoc.Enum{
	{"PROVINCE", "Province: the root of the tree."},
	{"CITY", "Prefecture-level city or autonomous prefecture."},
	{"COUNTY", "County, county-level city or city district."},
	{"TOWNSHIP", "Township, town or subdistrict."},
	{"VILLAGE", "Administrative village: the rural grass-roots unit."},
	{"COMMUNITY", "Urban community (residents' committee), on the same level as a village."},
}

// Policy says who may read and write Region records (internal/access).
func (Region) Policy() ent.Policy { return access.AdminWrites() }
