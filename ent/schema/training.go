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

// TrainingCourse is a training course run for village cadres.
type TrainingCourse struct{ ent.Schema }

func (TrainingCourse) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (TrainingCourse) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Comment("Title of the course, 1 to 200 characters.").
			Annotations(entgql.OrderField("TITLE")),
		field.Int("region_id").
			Comment("ID of the region whose party committee runs the course.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("organizer_level").Values(organizerLevels.Names()...).
			Comment("The level of the party committee that runs the course; it is the level of the course's region.").
			Annotations(organizerLevels),
		field.Enum("kind").Values(courseKinds.Names()...).
			Comment("What the course trains.").
			Annotations(courseKinds, entgql.OrderField("KIND")),
		field.Time("starts_on").
			Comment("First day of the course.").
			Annotations(entgql.Type("Date"), entgql.OrderField("STARTS_ON")),
		field.Time("ends_on").
			Comment("Last day of the course, not before startsOn.").
			Annotations(entgql.Type("Date")),
		field.Int("days").Range(1, 366).
			Comment("Length of the course in training days, 1 to 366, at most the days from startsOn to endsOn."),
		field.Int("capacity").Optional().Nillable().Positive().
			Comment("Places on the course; null when not limited."),
	}
}

func (TrainingCourse) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("training_courses").Field("region_id").Unique().Required().
			Comment("The region whose party committee runs the course."),
		edge.To("attendances", TrainingAttendance.Type).
			Comment("Who attended the course. Deleting a course deletes its attendance.").
			Annotations(entgql.RelayConnection(), noInputs, entsql.OnDelete(entsql.Cascade)),
	}
}

func (TrainingCourse) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id"), index.Fields("starts_on")}
}

func (TrainingCourse) Hooks() []ent.Hook {
	return []ent.Hook{courseRules, audit.Hook}
}

func (TrainingCourse) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A training course for village cadres: rotation training of post ability, practical technique, " +
			"practical exercise, academic study or entrepreneurship, run by a party committee for a number of days."),
		entgql.QueryField().Description("Training courses, filtered by where (inRegion: run by a region of a region's subtree)."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var organizerLevels = gqldoc.Enum{
	{"PROVINCE", "The provincial party committee."},
	{"CITY", "A city (prefecture) party committee."},
	{"COUNTY", "A county (city, district) party committee."},
	{"TOWNSHIP", "A township party committee."},
}

var courseKinds = gqldoc.Enum{
	{"ROTATION", "The yearly rotation training of post ability for all village cadres."},
	{"PRACTICAL_TECHNICAL", "Practical techniques for getting rich (growing, breeding, processing)."},
	{"PRACTICAL_EXERCISE", "Practical exercise: cadres placed in a post to learn by doing."},
	{"ACADEMIC", "Academic education, such as a college diploma course."},
	{"ENTREPRENEURSHIP", "Starting and running a business."},
}

// Policy says who may read and write TrainingCourse records (internal/access).
func (TrainingCourse) Policy() ent.Policy { return access.Writes() }

// TrainingAttendance is one person's attendance of a training course.
type TrainingAttendance struct{ ent.Schema }

func (TrainingAttendance) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (TrainingAttendance) Fields() []ent.Field {
	return []ent.Field{
		field.Int("course_id").
			Comment("ID of the course.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("person_id").
			Comment("ID of the person who attended.").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("days").NonNegative().
			Comment("Days the person attended, 0 to the course's length.").
			Annotations(entgql.OrderField("DAYS")),
		field.Bool("completed").Default(false).
			Comment("Whether the person completed the course."),
	}
}

func (TrainingAttendance) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("course", TrainingCourse.Type).Ref("attendances").Field("course_id").Unique().Required().
			Comment("The course.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
		edge.From("person", Person.Type).Ref("attendances").Field("person_id").Unique().Required().
			Comment("The person who attended.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)),
	}
}

func (TrainingAttendance) Indexes() []ent.Index {
	return []ent.Index{
		// the attendance of a year's courses is read from the index alone
		index.Fields("course_id", "person_id").Unique().Annotations(entsql.IncludeColumns("days", "completed")),
		index.Fields("person_id"),
	}
}

func (TrainingAttendance) Hooks() []ent.Hook {
	return []ent.Hook{attendanceDays, audit.Hook}
}

func (TrainingAttendance) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A person's attendance of a training course: the days attended and whether the course was completed; " +
			"a person attends a course at most once."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy says who may read and write TrainingAttendance records (internal/access).
func (TrainingAttendance) Policy() ent.Policy { return access.Writes() }
