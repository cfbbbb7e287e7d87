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

// subjectFields are the year and the subject (an organization or a person)
// of an appraisal or a commendation.
func subjectFields(what string) []ent.Field {
	return []ent.Field{
		field.Int("year").Range(1949, 2100).
			Comment("Calendar year of the " + what + ", 1949 to 2100.").
			Annotations(entgql.OrderField("YEAR")),
		field.Int("organization_id").Optional().Nillable().
			Comment("ID of the organization " + what + " concerns; null when it concerns a person.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("person_id").Optional().Nillable().
			Comment("ID of the person " + what + " concerns; null when it concerns an organization.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Appraisal is a democratic appraisal of an organization or a person in a year.
type Appraisal struct{ ent.Schema }

func (Appraisal) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Appraisal) Fields() []ent.Field {
	return append(subjectFields("the appraisal"),
		field.Enum("kind").Values(appraisalKinds.Names()...).
			Comment("What kind of appraisal.").
			Annotations(appraisalKinds, entgql.OrderField("KIND")),
		field.Enum("rating").Values(appraisalRatings.Names()...).
			Comment("The rating given.").
			Annotations(appraisalRatings, entgql.OrderField("RATING")),
		textField("note", "Remarks, free text."),
	)
}

func (Appraisal) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("appraisals").Field("organization_id").Unique().
			Comment("The organization appraised; null when a person was."),
		edge.From("person", Person.Type).Ref("appraisals").Field("person_id").Unique().
			Comment("The person appraised; null when an organization was."),
	}
}

func (Appraisal) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "year"), index.Fields("person_id", "year")}
}

func (Appraisal) Hooks() []ent.Hook {
	return []ent.Hook{oneSubject, subjectExisted, audit.Hook}
}

func (Appraisal) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A democratic appraisal in one year: of a party organization by its members and the masses, " +
			"of a party member, or of a cadre's performance; its subject is an organization or a person."),
		entgql.QueryField().Description("Appraisals, filtered by where (inRegion: of organizations or people of a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var appraisalKinds = gqldoc.Enum{
	{"DEMOCRATIC_APPRAISAL", "The yearly democratic appraisal of a party organization by its members and the masses."},
	{"MEMBER_APPRAISAL", "The democratic appraisal of a party member."},
	{"PERFORMANCE_REVIEW", "A review of a cadre's performance in the post."},
	{"DEMOCRATIC_SUPERVISION", "Democratic supervision of village affairs by the villagers."},
}

var appraisalRatings = gqldoc.Enum{
	{"EXCELLENT", "Excellent."},
	{"GOOD", "Good."},
	{"FAIR", "Fair (basically competent)."},
	{"POOR", "Poor (not competent)."},
}

// Policy says who may read and write Appraisal records (internal/access).
func (Appraisal) Policy() ent.Policy { return access.Writes() }

// Commendation is an award to an organization or a person in a year.
type Commendation struct{ ent.Schema }

func (Commendation) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Commendation) Fields() []ent.Field {
	return append(subjectFields("the commendation"),
		field.String("title").NotEmpty().MaxLen(200).
			Comment("Title of the award, 1 to 200 characters (such as \"Double Top Ten\" village secretary).").
			Annotations(entgql.OrderField("TITLE")),
		field.String("awarded_by").Optional().MaxLen(200).
			Comment("The body that gave the award, up to 200 characters; empty when not recorded."),
		money("bonus", "Bonus paid with the award, yuan; null when none.", entgql.OrderField("BONUS")),
	)
}

func (Commendation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("commendations").Field("organization_id").Unique().
			Comment("The organization commended; null when a person was."),
		edge.From("person", Person.Type).Ref("commendations").Field("person_id").Unique().
			Comment("The person commended; null when an organization was."),
	}
}

func (Commendation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "year"), index.Fields("person_id", "year")}
}

func (Commendation) Hooks() []ent.Hook {
	return []ent.Hook{oneSubject, subjectExisted, audit.Hook}
}

func (Commendation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An award in one year, to an organization (such as a \"three innovations, two constructions\" " +
			"model village) or a person (such as a \"Double Top Ten\" secretary)."),
		entgql.QueryField().Description("Commendations, filtered by where (inRegion: of organizations or people of a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy says who may read and write Commendation records (internal/access).
func (Commendation) Policy() ent.Policy { return access.Writes() }
