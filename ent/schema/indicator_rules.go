package schema

import (
	"context"
	"strings"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/commendation"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/ent/trainingattendance"
	"grassroots/internal/fault"
	"grassroots/internal/naming"
)

// The rules of the records the indicators count: training courses and their
// attendance, venues, appraisals and commendations. They are written over
// ent.Mutation, reading fields by name, so that they also serve entities the
// generated code does not know yet.

// clientOf returns the client a mutation runs on (in its transaction).
func clientOf(m ent.Mutation) *gen.Client { return m.(interface{ Client() *gen.Client }).Client() }

// writes reports whether m creates or updates one record.
func writes(m ent.Mutation) bool { return m.Op().Is(ent.OpCreate | ent.OpUpdateOne) }

// intValue is the int a field will hold after m (0, false when none).
func intValue(ctx context.Context, m ent.Mutation, name string) (int, bool, error) {
	v, err := fieldValue(ctx, m, name)
	if err != nil {
		return 0, false, err
	}
	switch n := v.(type) {
	case int:
		return n, true, nil
	case *int:
		if n != nil {
			return *n, true, nil
		}
	}
	return 0, false, nil
}

// regionLevel reads the level of region id; an unknown id is blamed on field.
func regionLevel(ctx context.Context, m ent.Mutation, field string, id int) (region.Level, error) {
	lv, err := clientOf(m).Region.Query().Where(region.ID(id)).Select(region.FieldLevel).String(ctx)
	if gen.IsNotFound(err) {
		return "", fault.Missing(field, "no region has ID %d", id)
	}
	return region.Level(lv), err
}

// courseRules: a course ends on or after its start, lasts no more days than
// its dates span and no fewer than anyone attended, and is run at its
// region's level.
func courseRules(next ent.Mutator) ent.Mutator {
	check := interval("starts_on", "ends_on")(ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		return nil, nil
	}))
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if !writes(m) {
			return next.Mutate(ctx, m)
		}
		if _, err := check.Mutate(ctx, m); err != nil {
			return nil, err
		}
		sv, err := fieldValue(ctx, m, "starts_on")
		if err != nil {
			return nil, err
		}
		ev, err := fieldValue(ctx, m, "ends_on")
		if err != nil {
			return nil, err
		}
		days, _, err := intValue(ctx, m, "days")
		if err != nil {
			return nil, err
		}
		if s, ok := asTime(sv); ok {
			if e, ok := asTime(ev); ok {
				if span := int(e.Sub(s).Hours()/24) + 1; days > span {
					return nil, fault.Invalid("days", "a course from %s to %s has at most %d days, not %d",
						s.Format("2006-01-02"), e.Format("2006-01-02"), span, days)
				}
			}
		}
		if _, set := m.Field("days"); set && m.Op().Is(ent.OpUpdateOne) {
			id, _ := m.(interface{ ID() (int, bool) }).ID()
			most, err := clientOf(m).TrainingAttendance.Query().Where(trainingattendance.CourseID(id)).
				Order(gen.Desc(trainingattendance.FieldDays)).Limit(1).Select(trainingattendance.FieldDays).Ints(ctx)
			if err != nil {
				return nil, err
			}
			if len(most) == 1 && most[0] > days {
				return nil, fault.Invalid("days", "someone attended %d days of this course; it cannot last %d", most[0], days)
			}
		}
		regionID, hasRegion, err := intValue(ctx, m, "region_id")
		if err != nil {
			return nil, err
		}
		lvv, err := fieldValue(ctx, m, "organizer_level")
		if err != nil {
			return nil, err
		}
		_, regionSet := m.Field("region_id")
		_, levelSet := m.Field("organizer_level")
		if hasRegion && (regionSet || levelSet) {
			lv, err := regionLevel(ctx, m, "regionID", regionID)
			if err != nil {
				return nil, err
			}
			switch lv {
			case region.LevelPROVINCE, region.LevelCITY, region.LevelCOUNTY, region.LevelTOWNSHIP:
			default:
				return nil, fault.Invalid("regionID", "a course is run by a township or a higher level, not by a %s", strings.ToLower(lv.String()))
			}
			if lvv != nil && strings.ToUpper(toString(lvv)) != lv.String() {
				return nil, fault.Invalid("organizerLevel", "the course's region is a %s, so the organizer level is %s",
					strings.ToLower(lv.String()), lv)
			}
		}
		return next.Mutate(ctx, m)
	})
}

// toString is an enum value's name.
func toString(v ent.Value) string {
	if s, ok := v.(interface{ String() string }); ok {
		return s.String()
	}
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// attendanceDays: nobody attends more days than the course lasts, and a
// course takes no more people than its places.
func attendanceDays(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		_, daysSet := m.Field("days")
		_, courseSet := m.Field("course_id")
		if !writes(m) || !(daysSet || courseSet) {
			return next.Mutate(ctx, m)
		}
		days, _, err := intValue(ctx, m, "days")
		if err != nil {
			return nil, err
		}
		courseID, ok, err := intValue(ctx, m, "course_id")
		if err != nil || !ok {
			return next.Mutate(ctx, m)
		}
		c, err := clientOf(m).TrainingCourse.Get(ctx, courseID)
		if gen.IsNotFound(err) {
			return nil, fault.Missing("courseID", "no training course has ID %d", courseID)
		}
		if err != nil {
			return nil, err
		}
		if days > c.Days {
			return nil, fault.Invalid("days", "the course lasts %d days; nobody attends %d", c.Days, days)
		}
		if _, moved := m.Field("course_id"); moved && c.Capacity != nil {
			n, err := clientOf(m).TrainingAttendance.Query().Where(trainingattendance.CourseID(courseID)).Count(ctx)
			if err != nil {
				return nil, err
			}
			if n >= *c.Capacity {
				return nil, fault.Invalid("courseID", "the course is full: its %d places are taken", *c.Capacity)
			}
		}
		return next.Mutate(ctx, m)
	})
}

// venueInVillage keeps venues in villages and urban communities.
func venueInVillage(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if id, ok := fieldInt(m, "region_id"); ok && writes(m) {
			lv, err := regionLevel(ctx, m, "regionID", id)
			if err != nil {
				return nil, err
			}
			if lv != region.LevelVILLAGE && lv != region.LevelCOMMUNITY {
				return nil, fault.Invalid("regionID", "a venue serves a village or an urban community, not a %s", strings.ToLower(lv.String()))
			}
		}
		return next.Mutate(ctx, m)
	})
}

// oneSubject: an appraisal or a commendation concerns an organization or a
// person, exactly one of them.
func oneSubject(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if writes(m) {
			_, org, err := intValue(ctx, m, "organization_id")
			if err != nil {
				return nil, err
			}
			_, person, err := intValue(ctx, m, "person_id")
			if err != nil {
				return nil, err
			}
			if org == person {
				return nil, fault.Invalid("organizationID", "name an organization or a person (personID), exactly one of them")
			}
		}
		return next.Mutate(ctx, m)
	})
}

// subjectExisted: an organization is appraised or commended only in a year
// it existed (from the year it was founded to the year it was dissolved).
func subjectExisted(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		_, yearSet := m.Field("year")
		_, orgSet := m.Field("organization_id")
		if !writes(m) || !(yearSet || orgSet) {
			return next.Mutate(ctx, m)
		}
		id, ok, err := intValue(ctx, m, "organization_id")
		if err != nil || !ok {
			return next.Mutate(ctx, m)
		}
		year, _, err := intValue(ctx, m, "year")
		if err != nil {
			return nil, err
		}
		o, err := clientOf(m).Organization.Query().Where(organization.ID(id)).
			Select(organization.FieldFoundedOn, organization.FieldDissolvedOn).Only(ctx)
		if gen.IsNotFound(err) {
			return nil, fault.Missing("organizationID", "no organization has ID %d", id)
		}
		if err != nil {
			return nil, err
		}
		const field = "year"
		if o.FoundedOn != nil && o.FoundedOn.Year() > year {
			return nil, fault.Invalid(field, "the organization was founded in %d; it did not exist in %d", o.FoundedOn.Year(), year)
		}
		if o.DissolvedOn != nil && o.DissolvedOn.Year() < year {
			return nil, fault.Invalid(field, "the organization was dissolved in %d; it did not exist in %d", o.DissolvedOn.Year(), year)
		}
		return next.Mutate(ctx, m)
	})
}

// organizationYearsKept keeps an organization's appraisals and
// commendations inside the years it existed when its founding or
// dissolution date changes.
func organizationYearsKept(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		_, founded := m.Field("founded_on")
		_, dissolved := m.Field("dissolved_on")
		if !m.Op().Is(ent.OpUpdateOne) || !founded && !dissolved {
			return next.Mutate(ctx, m)
		}
		id, _ := m.(interface{ ID() (int, bool) }).ID()
		c := clientOf(m)
		for _, bound := range []struct {
			field, word string
			before      bool
		}{{"founded_on", "founded", true}, {"dissolved_on", "dissolved", false}} {
			v, err := fieldValue(ctx, m, bound.field)
			if err != nil {
				return nil, err
			}
			t, ok := asTime(v)
			if !ok {
				continue
			}
			pa, pc := appraisal.YearGT(t.Year()), commendation.YearGT(t.Year())
			if bound.before {
				pa, pc = appraisal.YearLT(t.Year()), commendation.YearLT(t.Year())
			}
			na, err := c.Appraisal.Query().Where(appraisal.OrganizationID(id), pa).Count(ctx)
			if err != nil {
				return nil, err
			}
			nc, err := c.Commendation.Query().Where(commendation.OrganizationID(id), pc).Count(ctx)
			if err != nil {
				return nil, err
			}
			if na+nc > 0 {
				side := "after"
				if bound.before {
					side = "before"
				}
				return nil, fault.Invalid(naming.Camel(bound.field), "the organization has appraisals or commendations %s %d; it cannot have been %s in %d",
					side, t.Year(), bound.word, t.Year())
			}
		}
		return next.Mutate(ctx, m)
	})
}
