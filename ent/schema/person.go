package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "grassroots/ent"
	"grassroots/ent/hook"
	"grassroots/ent/schema/gqldoc"
	"grassroots/internal/access"
	"grassroots/internal/audit"
	"grassroots/internal/domain"
	"grassroots/internal/fault"
	"grassroots/internal/ident"
)

// Person is someone who holds or may hold a post: cadres, party members,
// activists, officers, graduates.
type Person struct{ ent.Schema }

func (Person) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Person) Fields() []ent.Field {
	return append(nameFields(),
		field.Enum("gender").Values(genders.Names()...).Optional().Nillable().
			Comment("Gender; null when not recorded.").
			Annotations(genders),
		dateField("birth_date", "Date of birth; null when not recorded, and for whoever may not see personal data (birthYear then tells the year).", entgql.OrderField("BIRTH_DATE"), entgql.Skip(entgql.SkipWhereInput)),
		field.String("ethnicity").Optional().
			Comment("Ethnic group, free text (such as Han or Korean); empty when not recorded."),
		field.Enum("education").Values(educations.Names()...).
			Optional().Nillable().
			Comment("Highest education completed; null when not recorded.").
			Annotations(educations),
		field.Enum("political_status").Values(politicalStatuses.Names()...).
			Default("MASSES").
			Comment("Standing towards the Party, from the masses through the steps of admission to full membership.").
			Annotations(politicalStatuses),
		dateField("joined_party_on", "Date admitted to the Party; null for those not admitted or when not recorded.",
			entgql.OrderField("JOINED_PARTY_ON")),
		field.JSON("backgrounds", []domain.Background{}).Optional().
			Comment("Where the person comes from: the pools village cadres are selected from. A person can have several.").
			Annotations(entgql.Type("[PersonBackground!]")),
		field.Strings("skills").Optional().
			Comment("Practical skills mastered, one per entry, free text (such as greenhouse vegetables)."),
		field.Int("home_region_id").Optional().Nillable().
			Comment("ID of the home region; null when not recorded.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Bool("migrant").Default(false).
			Comment("Works away from home (a mobile party member when a member); currentLocation says where."),
		field.String("current_location").Optional().
			Comment("Where a migrant works now, free text; empty when not recorded."),
		dateField("endowment_insured_since", "Date enrolled in endowment (old-age) insurance; null when not insured "+
			"or not recorded."),
		field.String("phone").Optional().Nillable().Sensitive().MaxLen(32).
			Comment("Phone number, at most 32 characters; null when not recorded. Stored as given, shown only masked.").
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.String("id_number").Optional().Nillable().Unique().Sensitive().Validate(ident.ValidateResidentID).
			Comment("Resident identity number (GB 11643), 18 characters: the 6-digit code of the region of "+
				"registration, the 8-digit birth date, a 3-digit sequence number and a check character (a digit or X) "+
				"that must match. Unique; null when not recorded. Stored as given, shown only masked.").
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)),
	)
}

func (Person) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("home_region", Region.Type).Ref("residents").Field("home_region_id").Unique().
			Comment("The region the person lives in; null when not recorded."),
		edge.To("positions", Position.Type).
			Comment("Posts the person holds or held (see currentPositions for those held now).").
			Annotations(entgql.RelayConnection(), noInputs),
		edge.To("led_projects", Project.Type).
			Comment("Projects the person leads.").
			Annotations(entgql.RelayConnection(), noInputs),
		edge.To("attendances", TrainingAttendance.Type).
			Comment("Training courses the person attended.").
			Annotations(entgql.RelayConnection(), noInputs),
		edge.To("appraisals", Appraisal.Type).
			Comment("Appraisals of the person.").
			Annotations(noInputs),
		edge.To("commendations", Commendation.Type).
			Comment("Awards the person received.").
			Annotations(noInputs),
	}
}

func (Person) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("home_region_id", "political_status").Annotations(countable),
		index.Fields("name"),
		// People of a political status across a region (activists), and
		// those who joined the Party in a year (the indicators).
		index.Fields("political_status", "home_region_id").Annotations(entsql.IncludeColumns("birth_date", "joined_party_on")),
		index.Fields("joined_party_on"),
	}
}

func (Person) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Annotation{Table: "people"},
		schema.Comment("Someone who holds or may hold a post: cadres, party members, activists, officers, " +
			"college graduates. Phone and resident ID number are shown masked."),
		entgql.QueryField("people").Description("People, filtered by where (inRegion: home region in a region's " +
			"subtree; hasBackground: one background)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var genders = gqldoc.Enum{
	{"MALE", "Male."},
	{"FEMALE", "Female."},
}

var educations = gqldoc.Enum{
	{"PRIMARY", "Primary school."},
	{"JUNIOR_HIGH", "Junior middle school."},
	{"SENIOR_HIGH", "Senior high school, or secondary vocational school."},
	{"JUNIOR_COLLEGE", "Junior college: a three-year tertiary diploma (dazhuan)."},
	{"BACHELOR", "Bachelor's degree."},
	{"POSTGRADUATE", "Master's degree or doctorate."},
}

var politicalStatuses = gqldoc.Enum{
	{"MASSES", "Not a party member and not applying (\"the masses\"); the default."},
	{"APPLICANT", "Has applied to join the Party."},
	{"ACTIVIST", "Activist applying to join the Party: an applicant the party organization has taken on as an activist."},
	{"DEVELOPMENT_TARGET", "Development target: an activist chosen for admission, the step before probationary membership."},
	{"PROBATIONARY", "Probationary party member, admitted but not yet full."},
	{"MEMBER", "Full party member."},
}

func (Person) Hooks() []ent.Hook { return []ent.Hook{distinctBackgrounds, audit.Hook} }

// distinctBackgrounds refuses a list of backgrounds that names one twice
// (the GraphQL enum already refuses unknown ones; other writers may not).
func distinctBackgrounds(next ent.Mutator) ent.Mutator {
	return hook.PersonFunc(func(ctx context.Context, m *gen.PersonMutation) (ent.Value, error) {
		if bs, ok := m.Backgrounds(); ok {
			if err := domain.ValidateBackgrounds(bs); err != nil {
				return nil, fault.Invalid("backgrounds", "%v", err)
			}
		}
		return next.Mutate(ctx, m)
	})
}

// Policy says who may read and write Person records (internal/access).
func (Person) Policy() ent.Policy { return access.Writes() }
