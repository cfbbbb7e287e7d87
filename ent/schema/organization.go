package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/ident"
)

// Organization is a party organization or one of the units around it.
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Organization) Fields() []ent.Field {
	return append(nameFields(),
		field.Enum("kind").Values(
			"PARTY_COMMITTEE", "PARTY_GENERAL_BRANCH", "PARTY_BRANCH", "VILLAGERS_COMMITTEE",
			"COLLECTIVE_ECONOMY", "COOPERATIVE", "ENTERPRISE", "YOUTH_LEAGUE", "WOMENS_CONGRESS",
			"MILITIA", "URBAN_COMMUNITY", "GOVERNMENT_ORGAN", "MASS_ORGANIZATION", "COLLEGE",
			"PUBLIC_INSTITUTION", "BORDER_UNIT").
			Annotations(entgql.OrderField("KIND")),
		field.Enum("setting").Values("VILLAGE", "COMMUNITY", "COOPERATIVE", "ENTERPRISE", "INDUSTRY_CHAIN", "MIGRANT", "JOINT").
			Optional().Nillable().
			Comment("Where a party organization is set up; only party organizations have one."),
		field.Int("region_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("parent_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("host_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("industry").Optional(),
		field.String("credit_code").Optional().Nillable().Unique().Validate(ident.ValidateCreditCode).
			Comment("Unified social credit code (GB 32100)."),
		dateField("founded_on", entgql.OrderField("FOUNDED_ON")),
		dateField("dissolved_on"),
		field.Enum("status").Values("ACTIVE", "DISSOLVED").Default("ACTIVE"),
		field.Int("twinning_capacity").Optional().Nillable().NonNegative().
			Comment("For urban units: how many villages it can twin with."),
	)
}

func (Organization) Edges() []ent.Edge {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("organizations").Field("region_id").Unique().Required(),
		edge.To("children", Organization.Type).
			Annotations(entgql.RelayConnection(), noInputs).
			From("parent").Field("parent_id").Unique().
			Comment("The next-higher party organization (village branch → township committee)."),
		edge.To("hosted", Organization.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			From("host").Field("host_id").Unique().
			Comment("The organization a party organization is set up in, such as a cooperative."),
		edge.To("positions", Position.Type).Annotations(entgql.RelayConnection(), noInputs),
		edge.To("outgoing_links", Link.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("incoming_links", Link.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("projects", Project.Type).Annotations(entgql.RelayConnection(), noInputs),
	}
}

func (Organization) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("region_id", "kind").Annotations(countable),
		index.Fields("kind").Annotations(countable),
		index.Fields("parent_id"),
		index.Fields("host_id"),
		index.Fields("name"),
	}
}

func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{organizationRules, interval("founded_on", "dissolved_on")}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
