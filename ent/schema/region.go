package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/ident"
)

// Region is an administrative division, from the province down to villages and
// urban communities.
type Region struct{ ent.Schema }

func (Region) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Region) Fields() []ent.Field {
	return append([]ent.Field{
		field.String("code").Unique().Validate(ident.ValidateDivisionCode).
			Comment("12-digit statistical division code.").
			Annotations(entgql.OrderField("CODE")),
	}, append(nameFields(),
		field.Enum("level").Values("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE", "COMMUNITY").
			Annotations(entgql.OrderField("LEVEL")),
		field.Int("parent_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.String("path").Default("").
			Comment("Codes of the region and its ancestors, root first, each followed by '/': a subtree is a path prefix.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput, entgql.SkipType)),
		field.Bool("border").Default(false).Comment("Lies on the national border."),
		field.Bool("backward").Default(false).Comment("Designated a relatively backward village for urban–rural twinning."),
		field.Bool("difficult").Default(false).Comment("Designated a difficult village."),
		count("households", ""),
		count("population", "", entgql.OrderField("POPULATION")),
		money("collective_income", "Village collective income, yuan per year.", entgql.OrderField("COLLECTIVE_INCOME")),
		field.String("leading_industry").Optional(),
		field.Float("latitude").Optional().Nillable().Range(-90, 90),
		field.Float("longitude").Optional().Nillable().Range(-180, 180),
	)...)
}

func (Region) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Region.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").Field("parent_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
		edge.To("organizations", Organization.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("residents", Person.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("projects", Project.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Region) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("path").Annotations(entsql.OpClass("text_pattern_ops")),
		index.Fields("level").Annotations(countable),
	}
}

func (Region) Hooks() []ent.Hook { return []ent.Hook{regionHierarchy} }

func (Region) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
