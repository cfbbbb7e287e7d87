package graph_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/user"
	"grassroots/ent/venue"
	"grassroots/tooling/apitest"
)

// The records the indicators count: training courses and their attendance,
// venues, appraisals, commendations and the provincial rural income.

// gone checks that node(id) no longer finds the record.
func gone(t *testing.T, api *apitest.API, recordID string) {
	t.Helper()
	api.For(t).Fail(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": recordID}, "NOT_FOUND", "")
}

// missingID is the last ID of the range of existing's entity: an ID no
// record of that entity has.
func missingID(existing int) string { return id(existing&^(1<<32-1) | (1<<32 - 1)) }

func TestTrainingCourseAndAttendance(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		type course struct {
			ID, Title, OrganizerLevel, Kind, StartsOn, EndsOn string
			Days, Version                                     int
			Capacity                                          *int
			Region                                            struct{ Name string }
		}
		var created struct{ CreateTrainingCourse course }
		api.OK(`mutation($r: ID!) { createTrainingCourse(input: {title: "2020年延吉市村干部轮训班", organizerLevel: COUNTY, kind: ROTATION,
			startsOn: "2020-03-02", endsOn: "2020-03-06", days: 5, capacity: 60, regionID: $r}) {
			id title organizerLevel kind startsOn endsOn days capacity version region { name } } }`, map[string]any{"r": id(k.yanji.ID)}, &created)
		c := created.CreateTrainingCourse
		if c.Title != "2020年延吉市村干部轮训班" || c.OrganizerLevel != "COUNTY" || c.Kind != "ROTATION" || c.StartsOn != "2020-03-02" || c.EndsOn != "2020-03-06" ||
			c.Days != 5 || c.Capacity == nil || *c.Capacity != 60 || c.Version != 1 || c.Region.Name != "延吉市" {
			t.Fatalf("created = %+v", c)
		}
		courseVars := map[string]any{"id": c.ID}

		// A versioned update: one day shorter, ending a day earlier.
		var updated struct{ UpdateTrainingCourse course }
		api.OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 1, input: {endsOn: "2020-03-05", days: 4}) { endsOn days version title } }`, courseVars, &updated)
		if u := updated.UpdateTrainingCourse; u.EndsOn != "2020-03-05" || u.Days != 4 || u.Version != 2 || u.Title != c.Title {
			t.Fatalf("updated = %+v", u)
		}
		e := api.Fail(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 1, input: {title: "别的名字"}) { id } }`, courseVars, "CONFLICT", "version")
		if !strings.Contains(e.Message, "you sent version 1, it is now at version 2") {
			t.Errorf("conflict message = %q", e.Message)
		}
		api.OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 2, input: {clearCapacity: true, kind: PRACTICAL_TECHNICAL}) { capacity kind version } }`, courseVars, &updated)
		if u := updated.UpdateTrainingCourse; u.Capacity != nil || u.Kind != "PRACTICAL_TECHNICAL" || u.Version != 3 {
			t.Fatalf("after clearing the capacity: %+v", u)
		}

		// Attendance.
		type attendance struct {
			ID                 string
			Days, Version      int
			Completed          bool
			Course             struct{ Title string }
			Person             struct{ Name string }
			CourseID, PersonID string
		}
		var att struct{ CreateTrainingAttendance attendance }
		api.OK(`mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 4, completed: true}) {
			id days completed version courseID personID course { title } person { name } } }`, map[string]any{"c": c.ID, "p": id(k.secretary.ID)}, &att)
		sec := att.CreateTrainingAttendance
		if sec.Days != 4 || !sec.Completed || sec.Version != 1 || sec.CourseID != c.ID || sec.PersonID != id(k.secretary.ID) || sec.Course.Title != c.Title || sec.Person.Name != "金明哲" {
			t.Fatalf("attendance = %+v", sec)
		}
		api.OK(`mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 2}) { id days completed version } }`,
			map[string]any{"c": c.ID, "p": id(k.director.ID)}, &att)
		dir := att.CreateTrainingAttendance
		if dir.Days != 2 || dir.Completed || dir.Version != 1 {
			t.Fatalf("attendance without completed = %+v", dir)
		}
		var upd struct{ UpdateTrainingAttendance attendance }
		api.OK(`mutation($id: ID!) { updateTrainingAttendance(id: $id, version: 1, input: {days: 3, completed: true}) { days completed version } }`, map[string]any{"id": dir.ID}, &upd)
		if u := upd.UpdateTrainingAttendance; u.Days != 3 || !u.Completed || u.Version != 2 {
			t.Fatalf("updated attendance = %+v", u)
		}
		api.Fail(`mutation($id: ID!) { updateTrainingAttendance(id: $id, version: 1, input: {days: 1}) { id } }`, map[string]any{"id": dir.ID}, "CONFLICT", "version")

		// The course lists its attendance; the person theirs.
		var lists struct {
			Course struct {
				Attendances struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Days   int
							Person struct{ Name string }
						}
					}
				}
			}
			Person struct {
				Attendances struct {
					TotalCount int
					Edges      []struct {
						Node struct{ Course struct{ Title string } }
					}
				}
			}
		}
		readLists := func() {
			api.OK(`query($c: ID!, $p: ID!) {
				course: node(id: $c) { ... on TrainingCourse { attendances(orderBy: {field: DAYS, direction: DESC}) { totalCount edges { node { days person { name } } } } } }
				person: node(id: $p) { ... on Person { attendances { totalCount edges { node { course { title } } } } } }
			}`, map[string]any{"c": c.ID, "p": id(k.secretary.ID)}, &lists)
		}
		readLists()
		var got []string
		for _, e := range lists.Course.Attendances.Edges {
			got = append(got, fmt.Sprintf("%s %d", e.Node.Person.Name, e.Node.Days))
		}
		if lists.Course.Attendances.TotalCount != 2 || !slices.Equal(got, []string{"金明哲 4", "李春花 3"}) {
			t.Errorf("course attendances = %d %v, want 2 [金明哲 4 李春花 3]", lists.Course.Attendances.TotalCount, got)
		}
		if lists.Person.Attendances.TotalCount != 1 || lists.Person.Attendances.Edges[0].Node.Course.Title != c.Title {
			t.Errorf("person attendances = %+v", lists.Person.Attendances)
		}

		// A course may be shortened to the most days anyone attended.
		api.OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 3, input: {endsOn: "2020-03-06", days: 5}) { id } }`, courseVars, nil)
		api.OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 4, input: {days: 4}) { days } }`, courseVars, &updated)
		if updated.UpdateTrainingCourse.Days != 4 {
			t.Errorf("days = %d, want 4", updated.UpdateTrainingCourse.Days)
		}

		// Deleting an attendance; then the course with the rest.
		var del map[string]string
		api.OK(`mutation($id: ID!) { deleteTrainingAttendance(id: $id) }`, map[string]any{"id": dir.ID}, &del)
		if del["deleteTrainingAttendance"] != dir.ID {
			t.Errorf("deleteTrainingAttendance = %v, want %s", del, dir.ID)
		}
		gone(t, api, dir.ID)
		readLists()
		if lists.Course.Attendances.TotalCount != 1 {
			t.Errorf("after the delete the course has %d attendances, want 1", lists.Course.Attendances.TotalCount)
		}
		api.OK(`mutation($id: ID!) { deleteTrainingCourse(id: $id) }`, courseVars, &del)
		if del["deleteTrainingCourse"] != c.ID {
			t.Errorf("deleteTrainingCourse = %v, want %s", del, c.ID)
		}
		gone(t, api, c.ID)
		gone(t, api, sec.ID) // deleting a course deletes its attendance
		if n := api.Client().TrainingAttendance.Query().CountX(t.Context()); n != 0 {
			t.Errorf("%d attendances left after their course was deleted", n)
		}
		api.Fail(`mutation($id: ID!) { deleteTrainingCourse(id: $id) }`, courseVars, "NOT_FOUND", "")
		api.Fail(`mutation($id: ID!) { deleteTrainingAttendance(id: $id) }`, map[string]any{"id": dir.ID}, "NOT_FOUND", "")
	})
}

func TestVenues(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		type venueOut struct {
			ID, Name, Condition string
			BuiltOn             *string
			Area                *float64
			Functions           []string
			Version             int
			Region              struct{ Name string }
		}
		var created struct{ CreateVenue venueOut }
		api.OK(`mutation($r: ID!) { createVenue(input: {name: "东光村党群服务中心", builtOn: "2012-06-30", area: 320.5, condition: FAIR, functions: ["党员活动", "培训", "卫生室"], regionID: $r}) {
			id name builtOn area condition functions version region { name } } }`, map[string]any{"r": id(k.dongguang.ID)}, &created)
		v := created.CreateVenue
		if v.Name != "东光村党群服务中心" || v.BuiltOn == nil || *v.BuiltOn != "2012-06-30" || v.Area == nil || *v.Area != 320.5 || v.Condition != "FAIR" ||
			!slices.Equal(v.Functions, []string{"党员活动", "培训", "卫生室"}) || v.Version != 1 || v.Region.Name != "东光村" {
			t.Fatalf("created = %+v", v)
		}
		// The condition defaults to GOOD; a venue may serve an urban community.
		community := apitest.Build(t, api.Client()).Region(k.yilan, region.LevelCOMMUNITY, "依兰社区", "Yilan Shequ", func(rc *ent.RegionCreate) {
			rc.SetCode(k.yilan.Code[:9] + "201")
		})
		var plain struct{ CreateVenue venueOut }
		api.OK(`mutation($r: ID!) { createVenue(input: {regionID: $r}) { id name condition area functions region { name } } }`, map[string]any{"r": id(community.ID)}, &plain)
		if p := plain.CreateVenue; p.Condition != "GOOD" || p.Area != nil || p.Name != "" || len(p.Functions) != 0 || p.Region.Name != "依兰社区" {
			t.Errorf("a venue with defaults = %+v", p)
		}

		var updated struct{ UpdateVenue venueOut }
		api.OK(`mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {area: 400, condition: GOOD}) { area condition version name } }`, map[string]any{"id": v.ID}, &updated)
		if u := updated.UpdateVenue; u.Area == nil || *u.Area != 400 || u.Condition != "GOOD" || u.Version != 2 || u.Name != v.Name {
			t.Fatalf("updated = %+v", u)
		}
		api.Fail(`mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {area: 1}) { id } }`, map[string]any{"id": v.ID}, "CONFLICT", "version")
		api.OK(`mutation($id: ID!) { updateVenue(id: $id, version: 2, input: {clearArea: true, clearFunctions: true, clearBuiltOn: true}) { area functions builtOn version } }`, map[string]any{"id": v.ID}, &updated)
		if u := updated.UpdateVenue; u.Area != nil || len(u.Functions) != 0 || u.BuiltOn != nil || u.Version != 3 {
			t.Fatalf("after clearing = %+v", u)
		}
		// Moving it to another village.
		api.OK(`mutation($id: ID!, $r: ID!) { updateVenue(id: $id, version: 3, input: {regionID: $r}) { region { name } version } }`, map[string]any{"id": v.ID, "r": id(k.xinxing.ID)}, &updated)
		if u := updated.UpdateVenue; u.Region.Name != "新兴村" || u.Version != 4 {
			t.Fatalf("after moving = %+v", u)
		}

		var del map[string]string
		api.OK(`mutation($id: ID!) { deleteVenue(id: $id) }`, map[string]any{"id": v.ID}, &del)
		if del["deleteVenue"] != v.ID {
			t.Errorf("deleteVenue = %v", del)
		}
		gone(t, api, v.ID)
		api.Fail(`mutation($id: ID!) { deleteVenue(id: $id) }`, map[string]any{"id": v.ID}, "NOT_FOUND", "")
		var all struct{ Venues struct{ TotalCount int } }
		api.OK(`{ venues { totalCount } }`, nil, &all)
		if all.Venues.TotalCount != 1 {
			t.Errorf("venues = %d after the delete, want 1", all.Venues.TotalCount)
		}
	})
}

func TestAppraisalsAndCommendations(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		b := apitest.Build(t, api.Client())
		coop := b.Org(k.dongguang, organization.KindCOOPERATIVE, "东光村木耳专业合作社", func(o *ent.OrganizationCreate) {
			o.SetFoundedOn(apitest.Day("2009-03-08")).SetDissolvedOn(apitest.Day("2018-06-30"))
		})
		type appraisalOut struct {
			ID                   string
			Year, Version        int
			Kind, Rating         string
			Note                 *string
			OrganizationID       *string
			PersonID             *string
			Organization, Person *struct{ Name string }
		}
		// The years an organization existed are both included: founded in
		// 2009, dissolved in 2018.
		var first, last struct{ CreateAppraisal appraisalOut }
		q := `mutation($o: ID!, $y: Int!) { createAppraisal(input: {year: $y, kind: DEMOCRATIC_APPRAISAL, rating: EXCELLENT, note: "群众满意", organizationID: $o}) {
			id year kind rating note version organizationID personID organization { name } person { name } } }`
		api.OK(q, map[string]any{"o": id(coop.ID), "y": 2009}, &first)
		api.OK(q, map[string]any{"o": id(coop.ID), "y": 2018}, &last)
		a := first.CreateAppraisal
		if a.Year != 2009 || a.Kind != "DEMOCRATIC_APPRAISAL" || a.Rating != "EXCELLENT" || a.Note == nil || *a.Note != "群众满意" || a.Version != 1 ||
			a.OrganizationID == nil || *a.OrganizationID != id(coop.ID) || a.PersonID != nil || a.Organization == nil || a.Organization.Name != coop.Name || a.Person != nil {
			t.Fatalf("created appraisal = %+v", a)
		}
		if last.CreateAppraisal.Year != 2018 {
			t.Fatalf("appraisal in the year of dissolution = %+v", last.CreateAppraisal)
		}

		var upd struct{ UpdateAppraisal appraisalOut }
		api.OK(`mutation($id: ID!) { updateAppraisal(id: $id, version: 1, input: {rating: FAIR, clearNote: true}) { rating note version } }`, map[string]any{"id": a.ID}, &upd)
		if u := upd.UpdateAppraisal; u.Rating != "FAIR" || (u.Note != nil && *u.Note != "") || u.Version != 2 {
			t.Fatalf("updated appraisal = %+v", u)
		}
		api.Fail(`mutation($id: ID!) { updateAppraisal(id: $id, version: 1, input: {rating: POOR}) { id } }`, map[string]any{"id": a.ID}, "CONFLICT", "version")
		// The subject changes from the organization to a person in one update.
		api.OK(`mutation($id: ID!, $p: ID!) { updateAppraisal(id: $id, version: 2, input: {clearOrganization: true, personID: $p, kind: MEMBER_APPRAISAL}) {
			organizationID personID organization { name } person { name } kind version } }`, map[string]any{"id": a.ID, "p": id(k.secretary.ID)}, &upd)
		if u := upd.UpdateAppraisal; u.OrganizationID != nil || u.Organization != nil || u.PersonID == nil || *u.PersonID != id(k.secretary.ID) ||
			u.Person == nil || u.Person.Name != "金明哲" || u.Kind != "MEMBER_APPRAISAL" || u.Version != 3 {
			t.Fatalf("appraisal moved to a person = %+v", u)
		}
		var subjects struct {
			Org struct {
				Appraisals []struct{ Year int }
			}
			Person struct {
				Appraisals    []struct{ Rating string }
				Commendations []struct{ Title string }
			}
		}
		readSubjects := func() {
			api.OK(`query($o: ID!, $p: ID!) {
				org: node(id: $o) { ... on Organization { appraisals { year } } }
				person: node(id: $p) { ... on Person { appraisals { rating } commendations { title } } }
			}`, map[string]any{"o": id(coop.ID), "p": id(k.secretary.ID)}, &subjects)
		}
		readSubjects()
		if len(subjects.Org.Appraisals) != 1 || subjects.Org.Appraisals[0].Year != 2018 || len(subjects.Person.Appraisals) != 1 || subjects.Person.Appraisals[0].Rating != "FAIR" {
			t.Errorf("appraisals by subject = %+v", subjects)
		}

		// Commendations.
		type commendationOut struct {
			ID, Title                string
			AwardedBy                *string
			Bonus                    *float64
			Year, Version            int
			OrganizationID, PersonID *string
			Organization, Person     *struct{ Name string }
		}
		var cm struct{ CreateCommendation commendationOut }
		api.OK(`mutation($p: ID!) { createCommendation(input: {year: 2016, title: "双十佳村党组织书记", awardedBy: "中共延边州委", bonus: 10000, personID: $p}) {
			id title awardedBy bonus year version organizationID personID person { name } organization { name } } }`, map[string]any{"p": id(k.secretary.ID)}, &cm)
		c := cm.CreateCommendation
		if c.Title != "双十佳村党组织书记" || c.AwardedBy == nil || *c.AwardedBy != "中共延边州委" || c.Bonus == nil || *c.Bonus != 10000 || c.Year != 2016 || c.Version != 1 ||
			c.PersonID == nil || *c.PersonID != id(k.secretary.ID) || c.OrganizationID != nil || c.Person == nil || c.Person.Name != "金明哲" || c.Organization != nil {
			t.Fatalf("created commendation = %+v", c)
		}
		var cu struct{ UpdateCommendation commendationOut }
		api.OK(`mutation($id: ID!) { updateCommendation(id: $id, version: 1, input: {clearBonus: true, year: 2017}) { bonus year version title } }`, map[string]any{"id": c.ID}, &cu)
		if u := cu.UpdateCommendation; u.Bonus != nil || u.Year != 2017 || u.Version != 2 || u.Title != c.Title {
			t.Fatalf("updated commendation = %+v", u)
		}
		api.Fail(`mutation($id: ID!) { updateCommendation(id: $id, version: 1, input: {title: "别的"}) { id } }`, map[string]any{"id": c.ID}, "CONFLICT", "version")
		readSubjects()
		if len(subjects.Person.Commendations) != 1 || subjects.Person.Commendations[0].Title != "双十佳村党组织书记" {
			t.Errorf("the person's commendations = %+v", subjects.Person.Commendations)
		}
		// To an organization, in a year it existed.
		api.OK(`mutation($id: ID!, $o: ID!) { updateCommendation(id: $id, version: 2, input: {clearPerson: true, organizationID: $o, title: "五个好村党组织"}) {
			organizationID personID organization { name } version } }`, map[string]any{"id": c.ID, "o": id(k.branch1.ID)}, &cu)
		if u := cu.UpdateCommendation; u.PersonID != nil || u.OrganizationID == nil || *u.OrganizationID != id(k.branch1.ID) || u.Organization == nil || u.Organization.Name != "东光村党支部" || u.Version != 3 {
			t.Fatalf("commendation moved to an organization = %+v", u)
		}

		var del map[string]string
		api.OK(`mutation($a: ID!, $c: ID!) { deleteAppraisal(id: $a) deleteCommendation(id: $c) }`, map[string]any{"a": a.ID, "c": c.ID}, &del)
		if del["deleteAppraisal"] != a.ID || del["deleteCommendation"] != c.ID {
			t.Errorf("deletes = %v", del)
		}
		gone(t, api, a.ID)
		gone(t, api, c.ID)
		readSubjects()
		if len(subjects.Person.Appraisals) != 0 || len(subjects.Person.Commendations) != 0 || len(subjects.Org.Appraisals) != 1 {
			t.Errorf("after the deletes = %+v", subjects)
		}
		api.Fail(`mutation($id: ID!) { deleteAppraisal(id: $id) }`, map[string]any{"id": a.ID}, "NOT_FOUND", "")
		api.Fail(`mutation($id: ID!) { deleteCommendation(id: $id) }`, map[string]any{"id": c.ID}, "NOT_FOUND", "")
	})
}

func TestRuralIncomes(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		type income struct {
			ID            string
			Year, Version int
			IncomePerHead float64
			Source        *string
		}
		ids := map[int]string{}
		for _, y := range []int{2019, 2018, 2020} {
			var out struct{ CreateRuralIncome income }
			api.OK(`mutation($y: Int!, $i: Float!) { createRuralIncome(input: {year: $y, incomePerHead: $i, source: "吉林统计年鉴"}) { id year incomePerHead source version } }`,
				map[string]any{"y": y, "i": float64(y-2000) * 1000.5}, &out)
			r := out.CreateRuralIncome
			if r.Year != y || r.IncomePerHead != float64(y-2000)*1000.5 || r.Source == nil || *r.Source != "吉林统计年鉴" || r.Version != 1 {
				t.Fatalf("created = %+v", r)
			}
			ids[y] = r.ID
		}
		var upd struct{ UpdateRuralIncome income }
		api.OK(`mutation($id: ID!) { updateRuralIncome(id: $id, version: 1, input: {incomePerHead: 16000, clearSource: true}) { incomePerHead source version year } }`, map[string]any{"id": ids[2019]}, &upd)
		if u := upd.UpdateRuralIncome; u.IncomePerHead != 16000 || (u.Source != nil && *u.Source != "") || u.Version != 2 || u.Year != 2019 {
			t.Fatalf("updated = %+v", u)
		}
		api.Fail(`mutation($id: ID!) { updateRuralIncome(id: $id, version: 1, input: {incomePerHead: 1}) { id } }`, map[string]any{"id": ids[2019]}, "CONFLICT", "version")

		type page struct {
			TotalCount int
			PageInfo   struct{ HasNextPage bool }
			Edges      []struct {
				Node struct {
					Year          int
					IncomePerHead float64
				}
			}
		}
		years := func(p page) (out []int) {
			for _, e := range p.Edges {
				out = append(out, e.Node.Year)
			}
			return out
		}
		var out struct{ All, Recent, First page }
		read := func() {
			api.Anonymous().OK(`{
				all: ruralIncomes(orderBy: {field: YEAR, direction: DESC}) { totalCount edges { node { year incomePerHead } } }
				recent: ruralIncomes(where: {yearGTE: 2019}, orderBy: {field: YEAR}) { totalCount edges { node { year } } }
				first: ruralIncomes(first: 1, orderBy: {field: YEAR}) { totalCount pageInfo { hasNextPage } edges { node { year } } }
			}`, nil, &out)
		}
		read()
		if out.All.TotalCount != 3 || !slices.Equal(years(out.All), []int{2020, 2019, 2018}) || out.All.Edges[1].Node.IncomePerHead != 16000 {
			t.Errorf("all = %+v", out.All)
		}
		if out.Recent.TotalCount != 2 || !slices.Equal(years(out.Recent), []int{2019, 2020}) {
			t.Errorf("from 2019 = %+v", out.Recent)
		}
		if out.First.TotalCount != 3 || !out.First.PageInfo.HasNextPage || !slices.Equal(years(out.First), []int{2018}) {
			t.Errorf("first page = %+v", out.First)
		}

		var del map[string]string
		api.OK(`mutation($id: ID!) { deleteRuralIncome(id: $id) }`, map[string]any{"id": ids[2018]}, &del)
		if del["deleteRuralIncome"] != ids[2018] {
			t.Errorf("deleteRuralIncome = %v", del)
		}
		gone(t, api, ids[2018])
		read()
		if out.All.TotalCount != 2 || !slices.Equal(years(out.All), []int{2020, 2019}) {
			t.Errorf("after the delete = %+v", out.All)
		}
		// The deleted year can be recorded again.
		api.OK(`mutation { createRuralIncome(input: {year: 2018, incomePerHead: 13748}) { id } }`, nil, nil)
	})
}

// recordFixture places records in every part of the county network, made
// through the ent client (as the system: they leave no audit events).
type recordFixture struct {
	provinceCourse, cityCourse, yanjiCourse, yilanCourse, hunchunCourse, hcTownCourse *ent.TrainingCourse
	attendance                                                                        *ent.TrainingAttendance
	dongguangVenue, xinxingVenue, hcVenue                                             *ent.Venue
	founded, young                                                                    *ent.Organization
	branchAppraisal, assistantAppraisal, enterpriseAppraisal                          *ent.Appraisal
	hcBranchAppraisal, expertAppraisal, foundedAppraisal                              *ent.Appraisal
	secretaryCommendation, branch2Commendation                                        *ent.Commendation
	hcBranchCommendation, expertCommendation                                          *ent.Commendation
	income2019, income2020                                                            *ent.RuralIncome
}

func buildRecords(t *testing.T, c *ent.Client, k *county) *recordFixture {
	t.Helper()
	ctx := t.Context()
	f := &recordFixture{}
	course := func(r *ent.Region, lv trainingcourse.OrganizerLevel, title, start string) *ent.TrainingCourse {
		s := apitest.Day(start)
		return c.TrainingCourse.Create().SetTitle(title).SetRegion(r).SetOrganizerLevel(lv).SetKind(trainingcourse.KindROTATION).
			SetStartsOn(s).SetEndsOn(s.AddDate(0, 0, 4)).SetDays(5).SaveX(ctx)
	}
	f.provinceCourse = course(k.province, trainingcourse.OrganizerLevelPROVINCE, "省级示范培训班", "2020-01-06")
	f.cityCourse = course(k.city, trainingcourse.OrganizerLevelCITY, "州级培训班", "2020-02-03")
	f.yanjiCourse = course(k.yanji, trainingcourse.OrganizerLevelCOUNTY, "延吉市轮训班", "2020-03-02")
	f.yilanCourse = course(k.yilan, trainingcourse.OrganizerLevelTOWNSHIP, "依兰镇轮训班", "2020-04-06")
	f.hunchunCourse = course(k.hunchun, trainingcourse.OrganizerLevelCOUNTY, "珲春市轮训班", "2020-05-04")
	f.hcTownCourse = course(k.hcTown, trainingcourse.OrganizerLevelTOWNSHIP, "英安镇轮训班", "2020-06-01")
	f.attendance = c.TrainingAttendance.Create().SetCourse(f.yanjiCourse).SetPerson(k.secretary).SetDays(4).SetCompleted(true).SaveX(ctx)

	f.dongguangVenue = c.Venue.Create().SetName("东光村活动室").SetRegion(k.dongguang).SetArea(300).SaveX(ctx)
	f.xinxingVenue = c.Venue.Create().SetName("新兴村活动室").SetRegion(k.xinxing).SetArea(150).SetCondition(venue.ConditionPOOR).SaveX(ctx)
	f.hcVenue = c.Venue.Create().SetName("英安镇东光村活动室").SetRegion(k.hcDongguang).SetArea(200).SaveX(ctx)

	b := apitest.Build(t, c)
	f.founded = b.Org(k.dongguang, organization.KindCOOPERATIVE, "东光村木耳专业合作社", func(o *ent.OrganizationCreate) {
		o.SetFoundedOn(apitest.Day("2009-03-08")).SetDissolvedOn(apitest.Day("2018-06-30"))
	})
	f.young = b.Org(k.xinxing, organization.KindCOOPERATIVE, "新兴村养牛专业合作社", func(o *ent.OrganizationCreate) {
		o.SetFoundedOn(apitest.Day("2017-05-01"))
	})
	app := func(year int, rating appraisal.Rating, set func(*ent.AppraisalCreate)) *ent.Appraisal {
		a := c.Appraisal.Create().SetYear(year).SetKind(appraisal.KindDEMOCRATIC_APPRAISAL).SetRating(rating)
		set(a)
		return a.SaveX(ctx)
	}
	f.branchAppraisal = app(2015, appraisal.RatingEXCELLENT, func(a *ent.AppraisalCreate) { a.SetOrganization(k.branch1) })
	f.assistantAppraisal = app(2016, appraisal.RatingGOOD, func(a *ent.AppraisalCreate) { a.SetPerson(k.assistant).SetKind(appraisal.KindMEMBER_APPRAISAL) })
	f.enterpriseAppraisal = app(2013, appraisal.RatingFAIR, func(a *ent.AppraisalCreate) { a.SetOrganization(k.enterprise) })
	f.hcBranchAppraisal = app(2014, appraisal.RatingGOOD, func(a *ent.AppraisalCreate) { a.SetOrganization(k.branch3) })
	f.expertAppraisal = app(2017, appraisal.RatingPOOR, func(a *ent.AppraisalCreate) { a.SetPerson(k.expert).SetKind(appraisal.KindPERFORMANCE_REVIEW) })
	f.foundedAppraisal = app(2012, appraisal.RatingGOOD, func(a *ent.AppraisalCreate) { a.SetOrganization(f.founded) })

	com := func(year int, title string, bonus float64, set func(*ent.CommendationCreate)) *ent.Commendation {
		cm := c.Commendation.Create().SetYear(year).SetTitle(title).SetBonus(bonus)
		set(cm)
		return cm.SaveX(ctx)
	}
	f.secretaryCommendation = com(2016, "双十佳村党组织书记", 10000, func(cm *ent.CommendationCreate) { cm.SetPerson(k.secretary) })
	f.branch2Commendation = com(2015, "五个好村党组织", 3000, func(cm *ent.CommendationCreate) { cm.SetOrganization(k.branch2) })
	f.hcBranchCommendation = com(2017, "先进基层党组织", 5000, func(cm *ent.CommendationCreate) { cm.SetOrganization(k.branch3) })
	f.expertCommendation = com(2018, "致富带头人", 2000, func(cm *ent.CommendationCreate) { cm.SetPerson(k.expert) })

	f.income2019 = c.RuralIncome.Create().SetYear(2019).SetIncomePerHead(14936).SaveX(ctx)
	f.income2020 = c.RuralIncome.Create().SetYear(2020).SetIncomePerHead(16067).SaveX(ctx)
	return f
}

// TestRecordSubtreeFilters: each connection with inRegion returns exactly
// the records of the subtree, in the order asked, with the right totalCount.
func TestRecordSubtreeFilters(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		buildRecords(t, api.Client(), k)
		cases := []struct {
			name, query string
			region      *ent.Region
			want        []string // the names, titles or years in order
		}{
			{"courses in the province", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}, orderBy: {field: STARTS_ON}) { totalCount edges { node { label: title } } } }`,
				k.province, []string{"省级示范培训班", "州级培训班", "延吉市轮训班", "依兰镇轮训班", "珲春市轮训班", "英安镇轮训班"}},
			{"courses in the prefecture", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}, orderBy: {field: STARTS_ON, direction: DESC}) { totalCount edges { node { label: title } } } }`,
				k.city, []string{"英安镇轮训班", "珲春市轮训班", "依兰镇轮训班", "延吉市轮训班", "州级培训班"}},
			{"courses in yanji", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}, orderBy: {field: STARTS_ON}) { totalCount edges { node { label: title } } } }`,
				k.yanji, []string{"延吉市轮训班", "依兰镇轮训班"}},
			{"courses in a township", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}) { totalCount edges { node { label: title } } } }`,
				k.yilan, []string{"依兰镇轮训班"}},
			{"courses in hunchun", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}, orderBy: {field: STARTS_ON, direction: DESC}) { totalCount edges { node { label: title } } } }`,
				k.hunchun, []string{"英安镇轮训班", "珲春市轮训班"}},
			{"courses in a village", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r}) { totalCount edges { node { label: title } } } }`,
				k.dongguang, nil},
			{"county courses in the prefecture", `query($r: ID!) { c: trainingCourses(where: {inRegion: $r, organizerLevel: COUNTY}, orderBy: {field: TITLE}) { totalCount edges { node { label: title } } } }`,
				k.city, []string{"延吉市轮训班", "珲春市轮训班"}},

			{"venues in the province by area", `query($r: ID!) { c: venues(where: {inRegion: $r}, orderBy: {field: AREA}) { totalCount edges { node { label: name } } } }`,
				k.province, []string{"新兴村活动室", "英安镇东光村活动室", "东光村活动室"}},
			{"venues in yanji by area", `query($r: ID!) { c: venues(where: {inRegion: $r}, orderBy: {field: AREA, direction: DESC}) { totalCount edges { node { label: name } } } }`,
				k.yanji, []string{"东光村活动室", "新兴村活动室"}},
			{"venues in a village", `query($r: ID!) { c: venues(where: {inRegion: $r}) { totalCount edges { node { label: name } } } }`,
				k.dongguang, []string{"东光村活动室"}},
			{"venues in hunchun", `query($r: ID!) { c: venues(where: {inRegion: $r}) { totalCount edges { node { label: name } } } }`,
				k.hunchun, []string{"英安镇东光村活动室"}},
			{"usable venues in yanji", `query($r: ID!) { c: venues(where: {inRegion: $r, conditionNEQ: POOR}) { totalCount edges { node { label: name } } } }`,
				k.yanji, []string{"东光村活动室"}},

			{"appraisals in yanji", `query($r: ID!) { c: appraisals(where: {inRegion: $r}, orderBy: {field: YEAR}) { totalCount edges { node { label: year } } } }`,
				k.yanji, []string{"2012", "2013", "2015", "2016"}},
			{"appraisals in a township", `query($r: ID!) { c: appraisals(where: {inRegion: $r}, orderBy: {field: YEAR, direction: DESC}) { totalCount edges { node { label: year } } } }`,
				k.yilan, []string{"2016", "2015", "2012"}},
			{"appraisals in a village", `query($r: ID!) { c: appraisals(where: {inRegion: $r}, orderBy: {field: YEAR}) { totalCount edges { node { label: year } } } }`,
				k.xinxing, []string{"2016"}},
			{"appraisals in hunchun", `query($r: ID!) { c: appraisals(where: {inRegion: $r}, orderBy: {field: YEAR}) { totalCount edges { node { label: year } } } }`,
				k.hunchun, []string{"2014", "2017"}},
			{"appraisals in the prefecture by rating", `query($r: ID!) { c: appraisals(where: {inRegion: $r}, orderBy: {field: RATING}) { totalCount edges { node { label: rating } } } }`,
				k.city, []string{"EXCELLENT", "FAIR", "GOOD", "GOOD", "GOOD", "POOR"}},

			{"commendations in the province by bonus", `query($r: ID!) { c: commendations(where: {inRegion: $r}, orderBy: {field: BONUS, direction: DESC}) { totalCount edges { node { label: title } } } }`,
				k.province, []string{"双十佳村党组织书记", "先进基层党组织", "五个好村党组织", "致富带头人"}},
			{"commendations in yanji", `query($r: ID!) { c: commendations(where: {inRegion: $r}, orderBy: {field: YEAR}) { totalCount edges { node { label: title } } } }`,
				k.yanji, []string{"五个好村党组织", "双十佳村党组织书记"}},
			{"commendations in a village", `query($r: ID!) { c: commendations(where: {inRegion: $r}) { totalCount edges { node { label: title } } } }`,
				k.dongguang, []string{"双十佳村党组织书记"}},
			{"commendations in hunchun", `query($r: ID!) { c: commendations(where: {inRegion: $r}, orderBy: {field: TITLE}) { totalCount edges { node { label: title } } } }`,
				k.hunchun, []string{"先进基层党组织", "致富带头人"}},
			{"commendations of people in hunchun", `query($r: ID!) { c: commendations(where: {inRegion: $r, hasPerson: true}) { totalCount edges { node { label: title } } } }`,
				k.hunchun, []string{"致富带头人"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				var out struct {
					C struct {
						TotalCount int
						Edges      []struct{ Node struct{ Label any } }
					}
				}
				api.For(t).OK(tc.query, map[string]any{"r": id(tc.region.ID)}, &out)
				var got []string
				for _, e := range out.C.Edges {
					got = append(got, fmt.Sprint(e.Node.Label))
				}
				if out.C.TotalCount != len(tc.want) || !slices.Equal(got, tc.want) {
					t.Errorf("got %d %v, want %d %v", out.C.TotalCount, got, len(tc.want), tc.want)
				}
			})
		}
		t.Run("pages", func(t *testing.T) {
			var out struct {
				C struct {
					TotalCount int
					PageInfo   struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct{ Node struct{ Title string } }
				}
			}
			q := `query($r: ID!, $after: Cursor) { c: trainingCourses(where: {inRegion: $r}, orderBy: {field: STARTS_ON}, first: 1, after: $after) {
				totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`
			api.For(t).OK(q, map[string]any{"r": id(k.yanji.ID)}, &out)
			if out.C.TotalCount != 2 || !out.C.PageInfo.HasNextPage || len(out.C.Edges) != 1 || out.C.Edges[0].Node.Title != "延吉市轮训班" {
				t.Fatalf("first page = %+v", out.C)
			}
			api.For(t).OK(q, map[string]any{"r": id(k.yanji.ID), "after": out.C.PageInfo.EndCursor}, &out)
			if out.C.TotalCount != 2 || out.C.PageInfo.HasNextPage || len(out.C.Edges) != 1 || out.C.Edges[0].Node.Title != "依兰镇轮训班" {
				t.Fatalf("second page = %+v", out.C)
			}
		})
		t.Run("region lists", func(t *testing.T) {
			var out struct {
				Yanji struct {
					TrainingCourses struct {
						TotalCount int
						Edges      []struct{ Node struct{ Title string } }
					}
				}
				Dongguang struct {
					Venues []struct{ Name string }
				}
			}
			api.For(t).OK(`query($y: ID!, $d: ID!) {
				yanji: node(id: $y) { ... on Region { trainingCourses { totalCount edges { node { title } } } } }
				dongguang: node(id: $d) { ... on Region { venues { name } } }
			}`, map[string]any{"y": id(k.yanji.ID), "d": id(k.dongguang.ID)}, &out)
			// Region.trainingCourses is the region's own courses, not its subtree's.
			if out.Yanji.TrainingCourses.TotalCount != 1 || out.Yanji.TrainingCourses.Edges[0].Node.Title != "延吉市轮训班" {
				t.Errorf("yanji's own courses = %+v", out.Yanji.TrainingCourses)
			}
			if len(out.Dongguang.Venues) != 1 || out.Dongguang.Venues[0].Name != "东光村活动室" {
				t.Errorf("dongguang's venues = %+v", out.Dongguang.Venues)
			}
		})
		t.Run("unknown region", func(t *testing.T) {
			for _, conn := range []string{"trainingCourses", "venues", "appraisals", "commendations"} {
				api.For(t).Fail(fmt.Sprintf(`{ %s(where: {inRegion: "999"}) { totalCount } }`, conn), nil, "NOT_FOUND", "inRegion")
			}
		})
	})
}

// TestRecordValidationErrors: each bad write of a new record is refused
// with its code and the field to blame, and writes nothing (no row, no
// version, no audit event).
func TestRecordValidationErrors(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		c := api.Client()
		f := buildRecords(t, c, k)
		missingPerson := missingID(k.director.ID)
		vars := map[string]any{
			"course": id(f.yanjiCourse.ID), "att": id(f.attendance.ID), "venue": id(f.dongguangVenue.ID),
			"yanji": id(k.yanji.ID), "yilan": id(k.yilan.ID), "village": id(k.dongguang.ID),
			"secretary": id(k.secretary.ID), "director": id(k.director.ID), "branch": id(k.branch1.ID),
			"founded": id(f.founded.ID), "young": id(f.young.ID),
			"orgAppraisal": id(f.branchAppraisal.ID), "foundedAppraisal": id(f.foundedAppraisal.ID),
			"personCommendation": id(f.secretaryCommendation.ID), "income2020": id(f.income2020.ID),
			"missingRegion": missingID(k.yanji.ID), "missingPerson": missingPerson, "missingOrg": missingID(k.branch1.ID),
			"missingCourse": missingID(f.yanjiCourse.ID),
		}
		const course = `title: "培训班", kind: ROTATION, startsOn: "2020-03-02", endsOn: "2020-03-06"`
		cases := []struct {
			name, query, code, field string
		}{
			// Training courses and attendance.
			{"attendance longer than the course", `mutation($course: ID!, $director: ID!) { createTrainingAttendance(input: {courseID: $course, personID: $director, days: 6}) { id } }`, "BAD_USER_INPUT", "days"},
			{"attendance raised above the course", `mutation($att: ID!) { updateTrainingAttendance(id: $att, version: 1, input: {days: 6}) { id } }`, "BAD_USER_INPUT", "days"},
			{"negative attendance", `mutation($course: ID!, $director: ID!) { createTrainingAttendance(input: {courseID: $course, personID: $director, days: -1}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course longer than its dates", `mutation($yanji: ID!) { createTrainingCourse(input: {` + course + `, days: 6, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "days"},
			{"one-day course of two days", `mutation($yanji: ID!) { createTrainingCourse(input: {title: "培训班", kind: ROTATION, startsOn: "2020-03-02", endsOn: "2020-03-02", days: 2, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course lengthened beyond its dates", `mutation($course: ID!) { updateTrainingCourse(id: $course, version: 1, input: {days: 6}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course dates shortened below its days", `mutation($course: ID!) { updateTrainingCourse(id: $course, version: 1, input: {endsOn: "2020-03-05"}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course ends before it starts", `mutation($yanji: ID!) { createTrainingCourse(input: {title: "培训班", kind: ROTATION, startsOn: "2020-03-02", endsOn: "2020-03-01", days: 1, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "endsOn"},
			{"course start moved after its end", `mutation($course: ID!) { updateTrainingCourse(id: $course, version: 1, input: {startsOn: "2020-03-07"}) { id } }`, "BAD_USER_INPUT", "endsOn"},
			{"course shorter than attended", `mutation($course: ID!) { updateTrainingCourse(id: $course, version: 1, input: {days: 3}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course of no days", `mutation($yanji: ID!) { createTrainingCourse(input: {` + course + `, days: 0, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "days"},
			{"course of no places", `mutation($yanji: ID!) { createTrainingCourse(input: {` + course + `, days: 5, capacity: 0, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "capacity"},
			{"course without a title", `mutation($yanji: ID!) { createTrainingCourse(input: {title: "", kind: ROTATION, startsOn: "2020-03-02", endsOn: "2020-03-06", days: 5, organizerLevel: COUNTY, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "title"},
			{"organizer level not the region's", `mutation($yanji: ID!) { createTrainingCourse(input: {` + course + `, days: 5, organizerLevel: TOWNSHIP, regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "organizerLevel"},
			{"organizer level changed alone", `mutation($course: ID!) { updateTrainingCourse(id: $course, version: 1, input: {organizerLevel: CITY}) { id } }`, "BAD_USER_INPUT", "organizerLevel"},
			{"course moved to a region of another level", `mutation($course: ID!, $yilan: ID!) { updateTrainingCourse(id: $course, version: 1, input: {regionID: $yilan}) { id } }`, "BAD_USER_INPUT", "organizerLevel"},
			{"course run by a village", `mutation($village: ID!) { createTrainingCourse(input: {` + course + `, days: 5, organizerLevel: TOWNSHIP, regionID: $village}) { id } }`, "BAD_USER_INPUT", "regionID"},
			{"course moved to a village", `mutation($course: ID!, $village: ID!) { updateTrainingCourse(id: $course, version: 1, input: {regionID: $village, organizerLevel: TOWNSHIP}) { id } }`, "BAD_USER_INPUT", "regionID"},
			{"course of an unknown region", `mutation($missingRegion: ID!) { createTrainingCourse(input: {` + course + `, days: 5, organizerLevel: COUNTY, regionID: $missingRegion}) { id } }`, "NOT_FOUND", "regionID"},
			{"course of a person's ID", `mutation($secretary: ID!) { createTrainingCourse(input: {` + course + `, days: 5, organizerLevel: COUNTY, regionID: $secretary}) { id } }`, "NOT_FOUND", "regionID"},
			{"attendance at an unknown course", `mutation($missingCourse: ID!, $director: ID!) { createTrainingAttendance(input: {courseID: $missingCourse, personID: $director, days: 1}) { id } }`, "NOT_FOUND", "courseID"},
			{"attendance of an unknown person", `mutation($course: ID!, $missingPerson: ID!) { createTrainingAttendance(input: {courseID: $course, personID: $missingPerson, days: 1}) { id } }`, "BAD_USER_INPUT", "personID"},
			{"the same person twice at a course", `mutation($course: ID!, $secretary: ID!) { createTrainingAttendance(input: {courseID: $course, personID: $secretary, days: 1}) { id } }`, "CONFLICT", "courseID"},

			// Venues.
			{"venue in a township", `mutation($yilan: ID!) { createVenue(input: {name: "镇活动中心", regionID: $yilan}) { id } }`, "BAD_USER_INPUT", "regionID"},
			{"venue moved to a county", `mutation($venue: ID!, $yanji: ID!) { updateVenue(id: $venue, version: 1, input: {regionID: $yanji}) { id } }`, "BAD_USER_INPUT", "regionID"},
			{"venue of an unknown region", `mutation($missingRegion: ID!) { createVenue(input: {regionID: $missingRegion}) { id } }`, "NOT_FOUND", "regionID"},
			{"venue of no area", `mutation($village: ID!) { createVenue(input: {area: 0, regionID: $village}) { id } }`, "BAD_USER_INPUT", "area"},
			{"venue area made negative", `mutation($venue: ID!) { updateVenue(id: $venue, version: 1, input: {area: -10}) { id } }`, "BAD_USER_INPUT", "area"},

			// Appraisals and commendations.
			{"appraisal of an organization and a person", `mutation($branch: ID!, $secretary: ID!) { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $branch, personID: $secretary}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"appraisal of nobody", `mutation { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"commendation of an organization and a person", `mutation($branch: ID!, $secretary: ID!) { createCommendation(input: {year: 2015, title: "奖", organizationID: $branch, personID: $secretary}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"commendation of nobody", `mutation { createCommendation(input: {year: 2015, title: "奖"}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"appraisal given a second subject", `mutation($orgAppraisal: ID!, $secretary: ID!) { updateAppraisal(id: $orgAppraisal, version: 1, input: {personID: $secretary}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"appraisal left without a subject", `mutation($orgAppraisal: ID!) { updateAppraisal(id: $orgAppraisal, version: 1, input: {clearOrganization: true}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"commendation left without a subject", `mutation($personCommendation: ID!) { updateCommendation(id: $personCommendation, version: 1, input: {clearPerson: true}) { id } }`, "BAD_USER_INPUT", "organizationID"},
			{"commendation before the organization was founded", `mutation($founded: ID!) { createCommendation(input: {year: 2008, title: "奖", organizationID: $founded}) { id } }`, "BAD_USER_INPUT", "year"},
			{"commendation after the organization was dissolved", `mutation($founded: ID!) { createCommendation(input: {year: 2019, title: "奖", organizationID: $founded}) { id } }`, "BAD_USER_INPUT", "year"},
			{"appraisal before the organization was founded", `mutation($founded: ID!) { createAppraisal(input: {year: 2008, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $founded}) { id } }`, "BAD_USER_INPUT", "year"},
			{"appraisal after the organization was dissolved", `mutation($founded: ID!) { createAppraisal(input: {year: 2019, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $founded}) { id } }`, "BAD_USER_INPUT", "year"},
			{"appraisal moved past the dissolution", `mutation($foundedAppraisal: ID!) { updateAppraisal(id: $foundedAppraisal, version: 1, input: {year: 2020}) { id } }`, "BAD_USER_INPUT", "year"},
			{"appraisal moved to an organization not yet founded", `mutation($orgAppraisal: ID!, $young: ID!) { updateAppraisal(id: $orgAppraisal, version: 1, input: {organizationID: $young}) { id } }`, "BAD_USER_INPUT", "year"},
			{"commendation moved to an organization not yet founded", `mutation($personCommendation: ID!, $young: ID!) { updateCommendation(id: $personCommendation, version: 1, input: {clearPerson: true, organizationID: $young}) { id } }`, "BAD_USER_INPUT", "year"},
			{"appraisal of an unknown organization", `mutation($missingOrg: ID!) { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $missingOrg}) { id } }`, "NOT_FOUND", "organizationID"},
			{"commendation of an unknown organization", `mutation($missingOrg: ID!) { createCommendation(input: {year: 2015, title: "奖", organizationID: $missingOrg}) { id } }`, "NOT_FOUND", "organizationID"},
			{"appraisal of an unknown person", `mutation($missingPerson: ID!) { createAppraisal(input: {year: 2015, kind: MEMBER_APPRAISAL, rating: GOOD, personID: $missingPerson}) { id } }`, "BAD_USER_INPUT", "personID"},
			{"commendation of an unknown person", `mutation($missingPerson: ID!) { createCommendation(input: {year: 2015, title: "奖", personID: $missingPerson}) { id } }`, "BAD_USER_INPUT", "personID"},
			{"appraisal before 1949", `mutation($secretary: ID!) { createAppraisal(input: {year: 1948, kind: MEMBER_APPRAISAL, rating: GOOD, personID: $secretary}) { id } }`, "BAD_USER_INPUT", "year"},
			{"commendation without a title", `mutation($secretary: ID!) { createCommendation(input: {year: 2015, title: "", personID: $secretary}) { id } }`, "BAD_USER_INPUT", "title"},
			{"negative bonus", `mutation($secretary: ID!) { createCommendation(input: {year: 2015, title: "奖", bonus: -1, personID: $secretary}) { id } }`, "BAD_USER_INPUT", "bonus"},

			// The rural income.
			{"a second figure for a year", `mutation { createRuralIncome(input: {year: 2019, incomePerHead: 15000}) { id } }`, "CONFLICT", "year"},
			{"a figure moved onto a recorded year", `mutation($income2020: ID!) { updateRuralIncome(id: $income2020, version: 1, input: {year: 2019}) { id } }`, "CONFLICT", "year"},
			{"zero income", `mutation { createRuralIncome(input: {year: 2021, incomePerHead: 0}) { id } }`, "BAD_USER_INPUT", "incomePerHead"},
			{"negative income", `mutation { createRuralIncome(input: {year: 2021, incomePerHead: -16000}) { id } }`, "BAD_USER_INPUT", "incomePerHead"},
			{"income lowered to zero", `mutation($income2020: ID!) { updateRuralIncome(id: $income2020, version: 1, input: {incomePerHead: 0}) { id } }`, "BAD_USER_INPUT", "incomePerHead"},
			{"income year out of range", `mutation { createRuralIncome(input: {year: 2101, incomePerHead: 15000}) { id } }`, "BAD_USER_INPUT", "year"},

			// Unknown records.
			{"update an unknown course", `mutation($missingCourse: ID!) { updateTrainingCourse(id: $missingCourse, version: 1, input: {title: "x"}) { id } }`, "NOT_FOUND", "id"},
			{"update an unknown attendance", fmt.Sprintf(`mutation { updateTrainingAttendance(id: "%s", version: 1, input: {days: 1}) { id } }`, missingID(f.attendance.ID)), "NOT_FOUND", "id"},
			{"update an unknown venue", fmt.Sprintf(`mutation { updateVenue(id: "%s", version: 1, input: {area: 1}) { id } }`, missingID(f.dongguangVenue.ID)), "NOT_FOUND", "id"},
			{"update an unknown appraisal", fmt.Sprintf(`mutation { updateAppraisal(id: "%s", version: 1, input: {rating: GOOD}) { id } }`, missingID(f.branchAppraisal.ID)), "NOT_FOUND", "id"},
			{"update an unknown commendation", fmt.Sprintf(`mutation { updateCommendation(id: "%s", version: 1, input: {title: "x"}) { id } }`, missingID(f.secretaryCommendation.ID)), "NOT_FOUND", "id"},
			{"update an unknown income", fmt.Sprintf(`mutation { updateRuralIncome(id: "%s", version: 1, input: {incomePerHead: 1}) { id } }`, missingID(f.income2019.ID)), "NOT_FOUND", "id"},
			{"delete an unknown course", `mutation($missingCourse: ID!) { deleteTrainingCourse(id: $missingCourse) }`, "NOT_FOUND", ""},
			{"delete an unknown attendance", fmt.Sprintf(`mutation { deleteTrainingAttendance(id: "%s") }`, missingID(f.attendance.ID)), "NOT_FOUND", ""},
			{"delete an unknown venue", fmt.Sprintf(`mutation { deleteVenue(id: "%s") }`, missingID(f.dongguangVenue.ID)), "NOT_FOUND", ""},
			{"delete an unknown appraisal", fmt.Sprintf(`mutation { deleteAppraisal(id: "%s") }`, missingID(f.branchAppraisal.ID)), "NOT_FOUND", ""},
			{"delete an unknown commendation", fmt.Sprintf(`mutation { deleteCommendation(id: "%s") }`, missingID(f.secretaryCommendation.ID)), "NOT_FOUND", ""},
			{"delete an unknown income", fmt.Sprintf(`mutation { deleteRuralIncome(id: "%s") }`, missingID(f.income2019.ID)), "NOT_FOUND", ""},
			{"delete a course through another entity's mutation", `mutation($course: ID!) { deleteVenue(id: $course) }`, "NOT_FOUND", ""},
		}
		start := fingerprint(t, c)
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				before := fingerprint(t, c)
				used := map[string]any{}
				for name, v := range vars {
					if strings.Contains(tc.query, "$"+name+":") {
						used[name] = v
					}
				}
				api.For(t).Fail(tc.query, used, tc.code, tc.field)
				if after := fingerprint(t, c); after != before {
					t.Fatalf("a refused write changed the data:\n before %s\n after  %s", before, after)
				}
			})
		}
		if end := fingerprint(t, c); end != start {
			t.Errorf("the refused writes changed the data:\n before %s\n after  %s", start, end)
		}
		// The stored records are as they were.
		if got := c.TrainingCourse.GetX(t.Context(), f.yanjiCourse.ID); got.Days != 5 || got.Version != 1 || got.OrganizerLevel != trainingcourse.OrganizerLevelCOUNTY || !got.EndsOn.Equal(apitest.Day("2020-03-06")) {
			t.Errorf("the course is now %+v", got)
		}
		if got := c.Appraisal.GetX(t.Context(), f.branchAppraisal.ID); got.OrganizationID == nil || *got.OrganizationID != k.branch1.ID || got.PersonID != nil {
			t.Errorf("the appraisal is now %+v", got)
		}
		// The server still answers.
		api.OK(`{ trainingCourses(first: 1) { totalCount } }`, nil, nil)
	})
}

// TestRecordVersionedUpdates: every update of a new record applies only at
// the version read and bumps it; a stale version is CONFLICT on version
// naming the entity and changes nothing.
func TestRecordVersionedUpdates(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		f := buildRecords(t, api.Client(), k)
		for _, tc := range []struct {
			mutation, entity string
			id               int
			input, field     string // field is read back to see that a stale update changed nothing
		}{
			{"updateTrainingCourse", "training course", f.hunchunCourse.ID, `{title: "%s"}`, "title"},
			{"updateTrainingAttendance", "training attendance", f.attendance.ID, `{days: %s}`, "days"},
			{"updateVenue", "venue", f.xinxingVenue.ID, `{area: %s}`, "area"},
			{"updateAppraisal", "appraisal", f.expertAppraisal.ID, `{note: "%s"}`, "note"},
			{"updateCommendation", "commendation", f.expertCommendation.ID, `{bonus: %s}`, "bonus"},
			{"updateRuralIncome", "rural income", f.income2019.ID, `{incomePerHead: %s}`, "incomePerHead"},
		} {
			t.Run(tc.mutation, func(t *testing.T) {
				api := api.For(t)
				update := func(version int, value string) string {
					return fmt.Sprintf(`mutation { %s(id: "%d", version: %d, input: %s) { version %s } }`, tc.mutation, tc.id, version, fmt.Sprintf(tc.input, value), tc.field)
				}
				var first map[string]map[string]any
				api.OK(update(1, "3"), nil, &first)
				if v := first[tc.mutation]["version"]; v != float64(2) {
					t.Fatalf("version after the first update = %v, want 2", v)
				}
				e := api.Fail(update(1, "4"), nil, "CONFLICT", "version")
				want := fmt.Sprintf("%s %d was changed by someone else: you sent version 1, it is now at version 2", tc.entity, tc.id)
				if !strings.Contains(e.Message, want) {
					t.Errorf("conflict message = %q, want it to contain %q", e.Message, want)
				}
				var now map[string]map[string]any
				api.OK(fmt.Sprintf(`{ node(id: "%d") { ... on %s { version %s } } }`, tc.id, typeName(tc.mutation), tc.field), nil, &now)
				if now["node"]["version"] != float64(2) || fmt.Sprint(now["node"][tc.field]) != "3" {
					t.Errorf("after the stale update the row is %v, want version 2 and %s 3", now["node"], tc.field)
				}
				missing := missingID(tc.id)
				e = api.Fail(fmt.Sprintf(`mutation { %s(id: "%s", version: 1, input: %s) { version } }`, tc.mutation, missing, fmt.Sprintf(tc.input, "5")), nil, "NOT_FOUND", "id")
				if want := fmt.Sprintf("id: no %s has ID %s", tc.entity, missing); e.Message != want {
					t.Errorf("not-found message = %q, want %q", e.Message, want)
				}
			})
		}
	})
}

// auditEvent is an audit event as the API shows it.
type auditEvent struct {
	ActorName, Operation, EntityType, EntityID string
	Changes                                    []struct {
		Field         string
		Before, After any
	}
}

// changes maps each changed field to its before and after values.
func (e auditEvent) changes() map[string][2]any {
	out := map[string][2]any{}
	for _, c := range e.Changes {
		out[c.Field] = [2]any{c.Before, c.After}
	}
	return out
}

// norm spells a value of an event or of a test's expectation alike: whole
// numbers without an exponent (IDs are JSON numbers), the rest as fmt does.
func norm(v any) string {
	if f, ok := v.(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// eventsOf reads the audit events of a record, newest first.
func eventsOf(t *testing.T, api *apitest.API, recordID string) []auditEvent {
	t.Helper()
	var out struct {
		AuditEvents struct {
			Edges []struct{ Node auditEvent }
		}
	}
	api.For(t).OK(`query($e: ID!) { auditEvents(where: {entity: $e}) { edges { node { actorName operation entityType entityID changes { field before after } } } } }`,
		map[string]any{"e": recordID}, &out)
	var events []auditEvent
	for _, e := range out.AuditEvents.Edges {
		events = append(events, e.Node)
	}
	return events
}

// TestRecordAuditTrail: every allowed write of a new record leaves an
// event naming the actor, the operation, the entity type and ID, and the
// fields changed with their values before and after.
func TestRecordAuditTrail(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		coord := api.As(user.RoleCOORDINATOR, &k.yanji.ID)
		created := func(api *apitest.API, query string, vars map[string]any) string {
			t.Helper()
			var out map[string]struct{ ID string }
			api.OK(query, vars, &out)
			for _, v := range out {
				return v.ID
			}
			t.Fatalf("%s returned nothing", query)
			return ""
		}
		expect := func(t *testing.T, events []auditEvent, op, entityType, recordID, actor string, want map[string][2]any) {
			t.Helper()
			if len(events) == 0 {
				t.Fatalf("no event for %s %s", entityType, recordID)
			}
			e := events[0]
			if e.Operation != op || e.EntityType != entityType || e.EntityID != recordID || !strings.HasPrefix(e.ActorName, actor) {
				t.Errorf("event = %s %s %s by %s, want %s %s %s by %s…", e.Operation, e.EntityType, e.EntityID, e.ActorName, op, entityType, recordID, actor)
			}
			got := e.changes()
			for f, w := range want {
				if g, ok := got[f]; !ok || norm(g[0]) != norm(w[0]) || norm(g[1]) != norm(w[1]) {
					t.Errorf("%s %s: change of %s = [%s %s], want [%s %s] (all: %v)", op, entityType, f, norm(g[0]), norm(g[1]), norm(w[0]), norm(w[1]), got)
				}
			}
			if op == "UPDATE" && len(got) != len(want) {
				t.Errorf("%s %s changed %v, want only %v", op, entityType, got, want)
			}
		}
		yanji, village := id(k.yanji.ID), id(k.dongguang.ID)

		t.Run("training course", func(t *testing.T) {
			cid := created(coord, `mutation($r: ID!) { createTrainingCourse(input: {title: "延吉市轮训班", organizerLevel: COUNTY, kind: ROTATION, startsOn: "2020-03-02", endsOn: "2020-03-06", days: 5, regionID: $r}) { id } }`, map[string]any{"r": yanji})
			expect(t, eventsOf(t, api, cid), "CREATE", "TrainingCourse", cid, "coordinator", map[string][2]any{
				"title": {nil, "延吉市轮训班"}, "days": {nil, 5}, "organizerLevel": {nil, "COUNTY"}, "kind": {nil, "ROTATION"},
				"startsOn": {nil, "2020-03-02"}, "endsOn": {nil, "2020-03-06"}, "regionID": {nil, k.yanji.ID},
			})
			coord.OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 1, input: {days: 4, title: "延吉市轮训班"}) { id } }`, map[string]any{"id": cid}, nil)
			expect(t, eventsOf(t, api, cid), "UPDATE", "TrainingCourse", cid, "coordinator", map[string][2]any{"days": {5, 4}})

			aid := created(coord, `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 3}) { id } }`, map[string]any{"c": cid, "p": id(k.director.ID)})
			expect(t, eventsOf(t, api, aid), "CREATE", "TrainingAttendance", aid, "coordinator", map[string][2]any{
				"days": {nil, 3}, "courseID": {nil, cid}, "personID": {nil, k.director.ID},
			})
			coord.OK(`mutation($id: ID!) { updateTrainingAttendance(id: $id, version: 1, input: {completed: true}) { id } }`, map[string]any{"id": aid}, nil)
			expect(t, eventsOf(t, api, aid), "UPDATE", "TrainingAttendance", aid, "coordinator", map[string][2]any{"completed": {false, true}})
			coord.OK(`mutation($id: ID!) { deleteTrainingAttendance(id: $id) }`, map[string]any{"id": aid}, nil)
			events := eventsOf(t, api, aid)
			expect(t, events, "DELETE", "TrainingAttendance", aid, "coordinator", map[string][2]any{"days": {3, nil}, "completed": {true, nil}, "personID": {k.director.ID, nil}})
			if len(events) != 3 {
				t.Errorf("the attendance has %d events, want 3 (create, update, delete)", len(events))
			}
			coord.OK(`mutation($id: ID!) { deleteTrainingCourse(id: $id) }`, map[string]any{"id": cid}, nil)
			expect(t, eventsOf(t, api, cid), "DELETE", "TrainingCourse", cid, "coordinator", map[string][2]any{"title": {"延吉市轮训班", nil}, "days": {4, nil}})
		})
		t.Run("venue", func(t *testing.T) {
			vid := created(coord, `mutation($r: ID!) { createVenue(input: {name: "东光村活动室", area: 120, functions: ["党员活动"], regionID: $r}) { id } }`, map[string]any{"r": village})
			expect(t, eventsOf(t, api, vid), "CREATE", "Venue", vid, "coordinator", map[string][2]any{
				"name": {nil, "东光村活动室"}, "area": {nil, 120}, "regionID": {nil, k.dongguang.ID}, "functions": {nil, []any{"党员活动"}},
			})
			coord.OK(`mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {condition: POOR, area: 120}) { id } }`, map[string]any{"id": vid}, nil)
			expect(t, eventsOf(t, api, vid), "UPDATE", "Venue", vid, "coordinator", map[string][2]any{"condition": {"GOOD", "POOR"}})
		})
		t.Run("appraisal", func(t *testing.T) {
			aid := created(coord, `mutation($o: ID!) { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $o}) { id } }`, map[string]any{"o": id(k.branch1.ID)})
			expect(t, eventsOf(t, api, aid), "CREATE", "Appraisal", aid, "coordinator", map[string][2]any{
				"year": {nil, 2015}, "rating": {nil, "GOOD"}, "organizationID": {nil, k.branch1.ID},
			})
			coord.OK(`mutation($id: ID!) { updateAppraisal(id: $id, version: 1, input: {rating: FAIR, note: "整改"}) { id } }`, map[string]any{"id": aid}, nil)
			expect(t, eventsOf(t, api, aid), "UPDATE", "Appraisal", aid, "coordinator", map[string][2]any{"rating": {"GOOD", "FAIR"}, "note": {"", "整改"}})
			coord.OK(`mutation($id: ID!) { deleteAppraisal(id: $id) }`, map[string]any{"id": aid}, nil)
			expect(t, eventsOf(t, api, aid), "DELETE", "Appraisal", aid, "coordinator", map[string][2]any{"year": {2015, nil}, "kind": {"DEMOCRATIC_APPRAISAL", nil}, "organizationID": {k.branch1.ID, nil}})
		})
		t.Run("commendation", func(t *testing.T) {
			cid := created(coord, `mutation($p: ID!) { createCommendation(input: {year: 2016, title: "优秀共产党员", bonus: 800, personID: $p}) { id } }`, map[string]any{"p": id(k.secretary.ID)})
			expect(t, eventsOf(t, api, cid), "CREATE", "Commendation", cid, "coordinator", map[string][2]any{
				"year": {nil, 2016}, "title": {nil, "优秀共产党员"}, "bonus": {nil, 800}, "personID": {nil, k.secretary.ID},
			})
			coord.OK(`mutation($id: ID!) { updateCommendation(id: $id, version: 1, input: {bonus: 1000}) { id } }`, map[string]any{"id": cid}, nil)
			expect(t, eventsOf(t, api, cid), "UPDATE", "Commendation", cid, "coordinator", map[string][2]any{"bonus": {800, 1000}})
		})
		t.Run("rural income", func(t *testing.T) {
			rid := created(api, `mutation { createRuralIncome(input: {year: 2019, incomePerHead: 14936, source: "统计年鉴"}) { id } }`, nil)
			expect(t, eventsOf(t, api, rid), "CREATE", "RuralIncome", rid, "admin", map[string][2]any{
				"year": {nil, 2019}, "incomePerHead": {nil, 14936}, "source": {nil, "统计年鉴"},
			})
			api.OK(`mutation($id: ID!) { updateRuralIncome(id: $id, version: 1, input: {incomePerHead: 15000}) { id } }`, map[string]any{"id": rid}, nil)
			expect(t, eventsOf(t, api, rid), "UPDATE", "RuralIncome", rid, "admin", map[string][2]any{"incomePerHead": {14936, 15000}})
			api.OK(`mutation($id: ID!) { deleteRuralIncome(id: $id) }`, map[string]any{"id": rid}, nil)
			expect(t, eventsOf(t, api, rid), "DELETE", "RuralIncome", rid, "admin", map[string][2]any{"year": {2019, nil}, "incomePerHead": {15000, nil}})
		})
		t.Run("by entity type", func(t *testing.T) {
			var out struct {
				Courses, Venues, Incomes struct{ TotalCount int }
			}
			api.For(t).OK(`{
				courses: auditEvents(where: {entityType: "TrainingCourse"}) { totalCount }
				venues: auditEvents(where: {entityType: "Venue"}) { totalCount }
				incomes: auditEvents(where: {entityType: "RuralIncome"}) { totalCount }
			}`, nil, &out)
			if out.Courses.TotalCount != 3 || out.Venues.TotalCount != 2 || out.Incomes.TotalCount != 3 {
				t.Errorf("events by type = %+v, want 3 courses, 2 venues, 3 incomes", out)
			}
		})
		t.Run("a cleared field is null after", func(t *testing.T) {
			vid := created(coord, `mutation($r: ID!) { createVenue(input: {area: 90, regionID: $r}) { id } }`, map[string]any{"r": village})
			coord.OK(`mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {clearArea: true}) { id } }`, map[string]any{"id": vid}, nil)
			expect(t, eventsOf(t, api, vid), "UPDATE", "Venue", vid, "coordinator", map[string][2]any{"area": {90, nil}})
			aid := created(coord, `mutation($o: ID!) { createAppraisal(input: {year: 2016, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $o}) { id } }`, map[string]any{"o": id(k.branch2.ID)})
			coord.OK(`mutation($id: ID!, $p: ID!) { updateAppraisal(id: $id, version: 1, input: {clearOrganization: true, personID: $p}) { id } }`, map[string]any{"id": aid, "p": id(k.assistant.ID)}, nil)
			expect(t, eventsOf(t, api, aid), "UPDATE", "Appraisal", aid, "coordinator", map[string][2]any{
				"organizationID": {k.branch2.ID, nil}, "personID": {nil, k.assistant.ID},
			})
		})
		t.Run("an unchanged update leaves none", func(t *testing.T) {
			vid := created(api, `mutation($r: ID!) { createVenue(input: {name: "新兴村活动室", regionID: $r}) { id } }`, map[string]any{"r": id(k.xinxing.ID)})
			var out struct{ UpdateVenue struct{ Version int } }
			api.For(t).OK(`mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {name: "新兴村活动室", condition: GOOD}) { version } }`, map[string]any{"id": vid}, &out)
			if events := eventsOf(t, api, vid); out.UpdateVenue.Version != 1 || len(events) != 1 {
				t.Errorf("an unchanged update gave version %d and %d events, want 1 and 1", out.UpdateVenue.Version, len(events))
			}
		})
	})
}

// TestRecordWriteScope: a coordinator writes courses and venues by their
// region, attendance by the person's home region, appraisals and
// commendations by their organization or person; an update must leave the
// record in the scope; the rural income is for admins whatever the scope.
func TestRecordWriteScope(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		c := api.Client()
		f := buildRecords(t, c, k)
		coord := api.As(user.RoleCOORDINATOR, &k.yanji.ID)
		everywhere := api.As(user.RoleCOORDINATOR, nil)
		for _, tc := range []struct {
			name, query string
			vars        map[string]any
			code, field string // "" allows the write
		}{
			{"attendance of a person inside at a course outside", `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 2}) { id } }`,
				map[string]any{"c": id(f.hunchunCourse.ID), "p": id(k.assistant.ID)}, "", ""},
			{"attendance of a person outside at a course inside", `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 2}) { id } }`,
				map[string]any{"c": id(f.yanjiCourse.ID), "p": id(k.expert.ID)}, "FORBIDDEN", ""},
			{"course of the scope's township", `mutation($r: ID!) { createTrainingCourse(input: {title: "镇培训班", organizerLevel: TOWNSHIP, kind: ACADEMIC, startsOn: "2021-01-04", endsOn: "2021-01-04", days: 1, regionID: $r}) { id } }`,
				map[string]any{"r": id(k.yilan.ID)}, "", ""},
			{"course of the prefecture above the scope", `mutation($r: ID!) { createTrainingCourse(input: {title: "州培训班", organizerLevel: CITY, kind: ACADEMIC, startsOn: "2021-01-04", endsOn: "2021-01-04", days: 1, regionID: $r}) { id } }`,
				map[string]any{"r": id(k.city.ID)}, "FORBIDDEN", ""},
			{"course moved out of the scope", `mutation($id: ID!, $r: ID!) { updateTrainingCourse(id: $id, version: 1, input: {regionID: $r}) { id } }`,
				map[string]any{"id": id(f.yanjiCourse.ID), "r": id(k.hunchun.ID)}, "FORBIDDEN", ""},
			{"course moved into the scope", `mutation($id: ID!, $r: ID!) { updateTrainingCourse(id: $id, version: 1, input: {regionID: $r}) { id } }`,
				map[string]any{"id": id(f.hunchunCourse.ID), "r": id(k.yanji.ID)}, "FORBIDDEN", ""},
			{"venue moved out of the scope", `mutation($id: ID!, $r: ID!) { updateVenue(id: $id, version: 1, input: {regionID: $r}) { id } }`,
				map[string]any{"id": id(f.dongguangVenue.ID), "r": id(k.hcDongguang.ID)}, "FORBIDDEN", ""},
			{"venue moved within the scope", `mutation($id: ID!, $r: ID!) { updateVenue(id: $id, version: 1, input: {regionID: $r}) { id } }`,
				map[string]any{"id": id(f.xinxingVenue.ID), "r": id(k.dongguang.ID)}, "", ""},
			{"appraisal moved to a person outside", `mutation($id: ID!, $p: ID!) { updateAppraisal(id: $id, version: 1, input: {clearOrganization: true, personID: $p}) { id } }`,
				map[string]any{"id": id(f.branchAppraisal.ID), "p": id(k.expert.ID)}, "FORBIDDEN", ""},
			{"appraisal moved to a person inside", `mutation($id: ID!, $p: ID!) { updateAppraisal(id: $id, version: 1, input: {clearOrganization: true, personID: $p}) { id } }`,
				map[string]any{"id": id(f.enterpriseAppraisal.ID), "p": id(k.director.ID)}, "", ""},
			{"appraisal of an organization outside", `mutation($id: ID!) { updateAppraisal(id: $id, version: 1, input: {rating: EXCELLENT}) { id } }`,
				map[string]any{"id": id(f.hcBranchAppraisal.ID)}, "FORBIDDEN", ""},
			{"commendation of a person outside", `mutation($id: ID!) { deleteCommendation(id: $id) }`,
				map[string]any{"id": id(f.expertCommendation.ID)}, "FORBIDDEN", ""},
			{"commendation of an organization inside", `mutation($id: ID!) { deleteCommendation(id: $id) }`,
				map[string]any{"id": id(f.branch2Commendation.ID)}, "", ""},
			{"course of an unknown region", `mutation($r: ID!) { createTrainingCourse(input: {title: "x", organizerLevel: COUNTY, kind: ACADEMIC, startsOn: "2021-01-04", endsOn: "2021-01-04", days: 1, regionID: $r}) { id } }`,
				map[string]any{"r": missingID(k.yanji.ID)}, "NOT_FOUND", "regionID"},
			{"venue of an unknown region", `mutation($r: ID!) { createVenue(input: {regionID: $r}) { id } }`,
				map[string]any{"r": missingID(k.yanji.ID)}, "NOT_FOUND", "regionID"},
			{"attendance of an unknown person", `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 1}) { id } }`,
				map[string]any{"c": id(f.yanjiCourse.ID), "p": missingID(k.director.ID)}, "BAD_USER_INPUT", "personID"},
			{"attendance at an unknown course", `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 1}) { id } }`,
				map[string]any{"c": missingID(f.yanjiCourse.ID), "p": id(k.director.ID)}, "NOT_FOUND", "courseID"},
			{"appraisal of an unknown organization", `mutation($o: ID!) { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $o}) { id } }`,
				map[string]any{"o": missingID(k.branch1.ID)}, "NOT_FOUND", "organizationID"},
			{"commendation of an unknown person", `mutation($p: ID!) { createCommendation(input: {year: 2015, title: "奖", personID: $p}) { id } }`,
				map[string]any{"p": missingID(k.director.ID)}, "BAD_USER_INPUT", "personID"},
			{"rural income", `mutation { createRuralIncome(input: {year: 2021, incomePerHead: 17000}) { id } }`, nil, "FORBIDDEN", ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				before := fingerprint(t, c)
				if tc.code == "" {
					coord.For(t).OK(tc.query, tc.vars, nil)
					if fingerprint(t, c) == before {
						t.Errorf("an allowed write changed nothing")
					}
					return
				}
				coord.For(t).Fail(tc.query, tc.vars, tc.code, tc.field)
				if after := fingerprint(t, c); after != before {
					t.Errorf("a refused write changed the data:\n before %s\n after  %s", before, after)
				}
			})
		}
		t.Run("province-wide coordinator", func(t *testing.T) {
			everywhere.For(t).OK(`mutation($id: ID!) { updateTrainingCourse(id: $id, version: 1, input: {title: "省级示范班"}) { id } }`, map[string]any{"id": id(f.provinceCourse.ID)}, nil)
			everywhere.For(t).Fail(`mutation { createRuralIncome(input: {year: 2021, incomePerHead: 17000}) { id } }`, nil, "FORBIDDEN", "")
			everywhere.For(t).Fail(`mutation($id: ID!) { updateRuralIncome(id: $id, version: 1, input: {incomePerHead: 1}) { id } }`, map[string]any{"id": id(f.income2019.ID)}, "FORBIDDEN", "")
			everywhere.For(t).Fail(`mutation($id: ID!) { deleteRuralIncome(id: $id) }`, map[string]any{"id": id(f.income2019.ID)}, "FORBIDDEN", "")
			if n := c.RuralIncome.Query().CountX(t.Context()); n != 2 {
				t.Errorf("%d rural incomes, want 2", n)
			}
		})
		t.Run("readers", func(t *testing.T) {
			// Anyone may read the records.
			var out struct {
				C, V, A, Cm, R struct{ TotalCount int }
			}
			api.Anonymous().For(t).OK(`{ c: trainingCourses { totalCount } v: venues { totalCount } a: appraisals { totalCount } cm: commendations { totalCount } r: ruralIncomes { totalCount } }`, nil, &out)
			// six courses and one the coordinator added, four commendations less one deleted
			if out.C.TotalCount != 7 || out.V.TotalCount != 3 || out.A.TotalCount != 6 || out.Cm.TotalCount != 3 || out.R.TotalCount != 2 {
				t.Errorf("anonymous reads %+v", out)
			}
		})
	})
}
