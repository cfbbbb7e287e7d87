package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/internal/domain"
	"grassroots/internal/ident"
)

// Person is someone who holds or may hold a post: cadres, party members,
// activists, officers, graduates.
type Person struct{ ent.Schema }

func (Person) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Person) Fields() []ent.Field {
	return append(nameFields(),
		field.Enum("gender").Values("MALE", "FEMALE").Optional().Nillable(),
		dateField("birth_date", entgql.OrderField("BIRTH_DATE")),
		field.String("ethnicity").Optional(),
		field.Enum("education").Values("PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE").
			Optional().Nillable(),
		field.Enum("political_status").Values("MASSES", "APPLICANT", "ACTIVIST", "DEVELOPMENT_TARGET", "PROBATIONARY", "MEMBER").
			Default("MASSES"),
		dateField("joined_party_on", entgql.OrderField("JOINED_PARTY_ON")),
		field.JSON("backgrounds", []domain.Background{}).Optional().
			Annotations(entgql.Type("[PersonBackground!]")),
		field.Strings("skills").Optional().Comment("Practical skills mastered."),
		field.Int("home_region_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Bool("migrant").Default(false).Comment("Works away from home (a mobile party member when a member)."),
		field.String("current_location").Optional(),
		dateField("endowment_insured_since"),
		field.String("phone").Optional().Nillable().Sensitive().MaxLen(32).
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.String("id_number").Optional().Nillable().Unique().Sensitive().Validate(ident.ValidateResidentID).
			Comment("18-digit resident identity number (GB 11643).").
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)),
	)
}

func (Person) Edges() []ent.Edge {
	noInputs := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Edge{
		edge.From("home_region", Region.Type).Ref("residents").Field("home_region_id").Unique(),
		edge.To("positions", Position.Type).Annotations(entgql.RelayConnection(), noInputs),
		edge.To("led_projects", Project.Type).Annotations(entgql.RelayConnection(), noInputs),
	}
}

func (Person) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("home_region_id", "political_status").Annotations(countable),
		index.Fields("name"),
	}
}

func (Person) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Annotation{Table: "people"},
		entgql.QueryField("people"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
