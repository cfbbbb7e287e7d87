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
)

// Position is a person's post in an organization over a period; an open end
// means the post is held now.
type Position struct{ ent.Schema }

func (Position) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Position) Fields() []ent.Field {
	return []ent.Field{
		field.Int("person_id").
			Comment("ID of the person holding the post.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("organization_id").
			Comment("ID of the organization the post is in.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("role").Values(positionRoles.Names()...).
			Comment("The post held. SECRETARY, DIRECTOR and HEAD are the leader posts (Organization.currentLeaders).").
			Annotations(positionRoles, entgql.OrderField("ROLE")),
		dateField("started_on", "Date the post began; null when not known.", entgql.OrderField("STARTED_ON")),
		dateField("ended_on", "Date the post ended, not before startedOn. Null while it is held: a post is current "+
			"when endedOn is null or later than today.", entgql.OrderField("ENDED_ON")),
		field.Enum("selection_method").Values(selectionMethods.Names()...).Optional().Nillable().
			Comment("How the person came to the post; null when not recorded.").
			Annotations(selectionMethods),
		money("basic_remuneration", "Basic remuneration, yuan per year; null when unpaid or not recorded."),
	}
}

func (Position) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("person", Person.Type).Ref("positions").Field("person_id").Unique().Required().
			Comment("The person holding the post."),
		edge.From("organization", Organization.Type).Ref("positions").Field("organization_id").Unique().Required().
			Comment("The organization the post is in."),
	}
}

func (Position) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "role", "ended_on"),
		// An organization's open-ended posts in ID order: the first page of
		// Organization.positions(where: {endedOnIsNil: true}).
		index.Fields("organization_id", "ended_on", "id"),
		index.Fields("person_id", "ended_on"),
		// The posts of a role held on a day (the indicators: secretaries,
		// reserve cadres, assistants), read from the index alone.
		index.Fields("role", "organization_id", "person_id", "started_on", "ended_on").
			Annotations(entsql.IncludeColumns("basic_remuneration")),
	}
}

func (Position) Hooks() []ent.Hook { return []ent.Hook{interval("started_on", "ended_on"), audit.Hook} }

func (Position) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A person's post in an organization over a period: secretary, director, committee member, " +
			"college-graduate assistant, first secretary, reserve cadre and so on. It is current while endedOn is " +
			"null or later than today."),
		entgql.QueryField().Description("Posts, filtered by where (inRegion: organizations of a region's subtree; " +
			"heldOn: held on a date)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var positionRoles = gqldoc.Enum{
	{"SECRETARY", "Secretary of a party organization: for a village, the village party secretary."},
	{"DEPUTY_SECRETARY", "Deputy secretary of a party organization."},
	{"COMMITTEE_MEMBER", "A seat on the leadership: member of a party organization's committee or of the villagers' committee."},
	{"MEMBER", "Ordinary member of the organization (such as a party member of a branch), with no leadership seat."},
	{"DIRECTOR", "Director (chair) of a villagers' committee, cooperative or collective economy."},
	{"DEPUTY_DIRECTOR", "Deputy director (vice chair)."},
	{"HEAD", "Head of another unit: the youth league's secretary, the women's congress's chair, the militia's " +
		"commander, or the head of a collective economy, organ or border unit."},
	{"ASSISTANT", "College-graduate village official: a graduate hired to assist a village's two committees, as " +
		"assistant to the party secretary or the villagers' committee director, for up to three years."},
	{"FIRST_SECRETARY", "First secretary: a cadre sent by a party or government organ to lead a village party " +
		"organization for a term, beside its own secretary."},
	{"PART_TIME_MEMBER", "Part-time member of a party committee from outside it, such as a border officer on a " +
		"border township's or village's committee."},
	{"RESERVE_CADRE", "Reserve village cadre: a young talent trained to take over village posts later; not in office."},
}

var selectionMethods = gqldoc.Enum{
	{"DIRECT_ELECTION", "Direct election by all the members (party members, or villagers)."},
	{"PUBLIC_RECOMMENDATION_DIRECT_ELECTION", "Public recommendation and direct election: candidates openly " +
		"recommended by party members and the public, then elected directly by the party members."},
	{"TWO_RECOMMENDATIONS_ONE_ELECTION", "Two recommendations, one election: candidates recommended by the party " +
		"members and by the villagers, then elected by the party members."},
	{"OPEN_SELECTION", "Open selection from society at large: applicants from outside the village compete."},
	{"TOWNSHIP_APPOINTMENT", "Appointed by the township party committee."},
	{"CROSS_VILLAGE", "Serving across villages: a capable cadre of one village takes the post in another."},
	{"SENT_BY_ORGAN", "Sent to the post by a county or township organ or another unit, as first secretaries and officers are."},
	{"COLLEGE_GRADUATE_HIRE", "Hired through the college-graduate village official program."},
}

// Policy says who may read and write Position records (internal/access).
func (Position) Policy() ent.Policy { return access.Writes() }
