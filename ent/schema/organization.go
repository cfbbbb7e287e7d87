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

// Organization is a party organization or one of the units around it.
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Organization) Fields() []ent.Field {
	return append(nameFields(),
		field.Enum("kind").Values(organizationKinds.Names()...).
			Comment("What the organization is. The three PARTY_ kinds are party organizations; the others are the units around them.").
			Annotations(organizationKinds, entgql.OrderField("KIND")),
		field.Enum("setting").Values(organizationSettings.Names()...).
			Optional().Nillable().
			Comment("Where a party organization is set up; only party organizations have one, and it is null for the others.").
			Annotations(organizationSettings),
		field.Int("region_id").
			Comment("ID of the organization's region.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("parent_id").Optional().Nillable().
			Comment("ID of the next-higher party organization; null at the top of the hierarchy and for units that are not party organizations.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("host_id").Optional().Nillable().
			Comment("ID of the organization this party organization is set up in; null when none.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("industry").Optional().
			Comment("Industry, free text (for enterprises and cooperatives); empty when not recorded."),
		field.String("credit_code").Optional().Nillable().Unique().Validate(ident.ValidateCreditCode).
			Comment("Unified social credit code (GB 32100): 18 characters, the last a check character that must match; "+
				"unique; null when not recorded."),
		dateField("founded_on", "Date founded; null when not known.", entgql.OrderField("FOUNDED_ON")),
		dateField("dissolved_on", "Date dissolved, not before foundedOn; null while the organization exists."),
		field.Enum("status").Values(organizationStatuses.Names()...).Default("ACTIVE").
			Comment("Whether the organization still exists.").
			Annotations(organizationStatuses),
		field.Int("twinning_capacity").Optional().Nillable().NonNegative().
			Comment("For urban units: how many villages it can twin with; null when not set."),
	)
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("organizations").Field("region_id").Unique().Required().
			Comment("The region the organization belongs to (for a village's organizations, the village)."),
		edge.To("children", Organization.Type).
			Comment("The party organizations directly under this one in the party hierarchy.").
			Annotations(entgql.RelayConnection(), noInputs).
			From("parent").Field("parent_id").Unique().
			Comment("The next-higher party organization (village branch → township committee); null at the top " +
				"and for units that are not party organizations. Only a party organization can be a parent, " +
				"and the hierarchy has no cycles."),
		edge.To("hosted", Organization.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			From("host").Field("host_id").Unique().
			Comment("The organization a party organization is set up in, such as a cooperative; null when none."),
		// Unbound: the pages are read for all the organizations of a level at
		// once by graph/loader (Positions), not eager-loaded with them.
		edge.To("positions", Position.Type).
			Comment("Posts in this organization, past and current (see currentLeaders for those held now).").
			Annotations(entgql.RelayConnection(), entgql.Unbind(), noInputs),
		edge.To("outgoing_links", Link.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("incoming_links", Link.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("projects", Project.Type).
			Comment("Projects this organization runs.").
			Annotations(entgql.RelayConnection(), noInputs),
		edge.To("appraisals", Appraisal.Type).
			Comment("Appraisals of the organization.").
			Annotations(noInputs),
		edge.To("commendations", Commendation.Type).
			Comment("Awards the organization received.").
			Annotations(noInputs),
	}
}

func (Organization) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("region_id", "kind").Annotations(countable),
		// Pages of one kind ordered by name read the page, not the kind.
		index.Fields("kind", "name").Annotations(countable),
		index.Fields("parent_id"),
		index.Fields("host_id"),
		index.Fields("name"),
		// The twinning partners, read whole by suggestions and plans.
		index.Fields("twinning_capacity").Annotations(entsql.IndexWhere("twinning_capacity > 0"),
			entsql.IncludeColumns("id", "kind", "status", "region_id", "industry")),
	}
}

func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{organizationRules, interval("founded_on", "dissolved_on"), organizationYearsKept, audit.Hook}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A party organization (committee, general branch or branch) or one of the units around it: " +
			"villagers' committee, collective economy, cooperative, enterprise, league, women's congress, militia, " +
			"urban community, organ, college, institution or border unit."),
		entgql.QueryField().Description("Organizations, filtered by where (inRegion: those of a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var organizationKinds = gqldoc.Enum{
	{"PARTY_COMMITTEE", "Party committee: a township's, or a large village's or unit's, party organization."},
	{"PARTY_GENERAL_BRANCH", "Party general branch: a party organization with branches under it."},
	{"PARTY_BRANCH", "Party branch, the basic party organization (such as a village party branch)."},
	{"VILLAGERS_COMMITTEE", "Villagers' committee: the village's self-governing body; with the village party " +
		"organization it forms the village \"two committees\"."},
	{"COLLECTIVE_ECONOMY", "Village collective economic organization."},
	{"COOPERATIVE", "Farmers' specialized cooperative."},
	{"ENTERPRISE", "Enterprise."},
	{"YOUTH_LEAGUE", "Communist Youth League organization."},
	{"WOMENS_CONGRESS", "Women's congress: the village-level women's organization."},
	{"MILITIA", "Militia company or unit."},
	{"URBAN_COMMUNITY", "Urban community: a partner of villages in village–community joint construction."},
	{"GOVERNMENT_ORGAN", "Party or government organ (a department or bureau): an urban unit that can twin with villages."},
	{"MASS_ORGANIZATION", "Another mass organization, such as an association or federation."},
	{"COLLEGE", "College or university."},
	{"PUBLIC_INSTITUTION", "Public institution, such as a school, hospital or research institute."},
	{"BORDER_UNIT", "Army, armed-police or border-police unit: the partner in military–civilian co-building."},
}

var organizationSettings = gqldoc.Enum{
	{"VILLAGE", "In a village: the village party organization."},
	{"COMMUNITY", "In an urban community."},
	{"COOPERATIVE", "In a cooperative, which is then its host."},
	{"ENTERPRISE", "In an enterprise, which is then its host."},
	{"INDUSTRY_CHAIN", "Along an industrial chain: joins the party members of one industry across villages and units."},
	{"MIGRANT", "Of mobile party members: members working away from home, organized where they work."},
	{"JOINT", "Joint: one party organization for several small units or villages."},
}

var organizationStatuses = gqldoc.Enum{
	{"ACTIVE", "Exists."},
	{"DISSOLVED", "Dissolved. It stays in the network, where its links drop out by their own dates and status."},
}

// Policy says who may read and write Organization records (internal/access).
func (Organization) Policy() ent.Policy { return access.Writes() }
