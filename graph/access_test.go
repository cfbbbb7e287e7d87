package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/auditevent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/ent/ruralincome"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/user"
	"grassroots/tooling/apitest"
)

// place is where a case's records live: a village and its county.
type place struct {
	village, county *ent.Region
}

// mutationCase is one mutation, run against records it makes fresh in a
// place (so that every role meets the same records).
type mutationCase struct {
	name  string
	query string
	vars  func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any
}

var mutationCases = []mutationCase{
	{"createRegion", `mutation($parent: ID!, $code: String!) { createRegion(input: {code: $code, name: "新村", level: VILLAGE, parentID: $parent}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"parent": p.village.ParentID, "code": fmt.Sprintf("%s%03d", p.village.Code[:9], 500+n)}
		}},
	{"updateRegion", `mutation($id: ID!) { updateRegion(id: $id, version: 1, input: {nameLatin: "Renamed"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			r := b.Region(townOf(t, c, p), region.LevelVILLAGE, fmt.Sprintf("村%d", n), "Cun", func(rc *ent.RegionCreate) {
				rc.SetCode(fmt.Sprintf("%s%03d", p.village.Code[:9], 700+n))
			})
			return map[string]any{"id": r.ID}
		}},
	{"createOrganization", `mutation($r: ID!) { createOrganization(input: {name: "合作社", kind: COOPERATIVE, regionID: $r}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"r": p.village.ID}
		}},
	{"updateOrganization", `mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "新名字"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": b.Org(p.village, organization.KindCOOPERATIVE, fmt.Sprintf("社%d", n)).ID}
		}},
	{"createLink", `mutation($a: ID!, $b: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $a, targetID: $b}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"a": b.Org(p.county, organization.KindENTERPRISE, fmt.Sprintf("企%d", n)).ID, "b": b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)).ID}
		}},
	{"updateLink", `mutation($id: ID!) { updateLink(id: $id, version: 1, input: {notes: "改"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshLink(b, p, n).ID}
		}},
	{"deleteLink", `mutation($id: ID!) { deleteLink(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshLink(b, p, n).ID}
		}},
	{"createLinkActivity", `mutation($l: ID!) { createLinkActivity(input: {linkID: $l, on: "2010-05-04", kind: VISIT}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"l": freshLink(b, p, n).ID}
		}},
	{"updateLinkActivity", `mutation($id: ID!) { updateLinkActivity(id: $id, version: 1, input: {participants: 3}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshActivity(t, b, c, p, n).ID}
		}},
	{"deleteLinkActivity", `mutation($id: ID!) { deleteLinkActivity(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshActivity(t, b, c, p, n).ID}
		}},
	{"createPerson", `mutation($r: ID!) { createPerson(input: {name: "张三", homeRegionID: $r}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"r": p.village.ID}
		}},
	{"updatePerson", `mutation($id: ID!) { updatePerson(id: $id, version: 1, input: {phone: "13800000000"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": b.Person(fmt.Sprintf("人%d", n), "", p.village).ID}
		}},
	{"createPosition", `mutation($p: ID!, $o: ID!) { createPosition(input: {role: MEMBER, personID: $p, organizationID: $o}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"p": b.Person(fmt.Sprintf("人%d", n), "", p.village).ID, "o": b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)).ID}
		}},
	{"updatePosition", `mutation($id: ID!) { updatePosition(id: $id, version: 1, input: {endedOn: "2020-01-01"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshPost(b, p, n).ID}
		}},
	{"deletePosition", `mutation($id: ID!) { deletePosition(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshPost(b, p, n).ID}
		}},
	{"createProject", `mutation($r: ID!) { createProject(input: {name: "养牛场", kind: BREEDING, regionID: $r}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"r": p.village.ID}
		}},
	{"updateProject", `mutation($id: ID!) { updateProject(id: $id, version: 1, input: {name: "新名字"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshProject(t, c, p, n).ID}
		}},
	{"createProjectIncome", `mutation($p: ID!) { createProjectIncome(input: {projectID: $p, year: 2010, income: 5}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"p": freshProject(t, c, p, n).ID}
		}},
	{"updateProjectIncome", `mutation($id: ID!) { updateProjectIncome(id: $id, version: 1, input: {income: 7}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshIncome(t, c, p, n).ID}
		}},
	{"deleteProjectIncome", `mutation($id: ID!) { deleteProjectIncome(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshIncome(t, c, p, n).ID}
		}},
	{"createTrainingCourse", `mutation($r: ID!) { createTrainingCourse(input: {title: "村干部轮训班", organizerLevel: COUNTY, kind: ROTATION, startsOn: "2020-03-01", endsOn: "2020-03-05", days: 5, regionID: $r}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"r": p.county.ID}
		}},
	{"updateTrainingCourse", `mutation($id: ID!) { updateTrainingCourse(id: $id, version: 1, input: {title: "改"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshCourse(t, c, p, n).ID}
		}},
	{"deleteTrainingCourse", `mutation($id: ID!) { deleteTrainingCourse(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshCourse(t, c, p, n).ID}
		}},
	{"createTrainingAttendance", `mutation($c: ID!, $p: ID!) { createTrainingAttendance(input: {courseID: $c, personID: $p, days: 3}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"c": freshCourse(t, c, p, n).ID, "p": b.Person(fmt.Sprintf("人%d", n), "", p.village).ID}
		}},
	{"updateTrainingAttendance", `mutation($id: ID!) { updateTrainingAttendance(id: $id, version: 1, input: {days: 2, completed: true}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshAttendance(t, b, c, p, n).ID}
		}},
	{"deleteTrainingAttendance", `mutation($id: ID!) { deleteTrainingAttendance(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshAttendance(t, b, c, p, n).ID}
		}},
	{"createVenue", `mutation($r: ID!) { createVenue(input: {name: "村级活动场所", area: 200, regionID: $r}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"r": p.village.ID}
		}},
	{"updateVenue", `mutation($id: ID!) { updateVenue(id: $id, version: 1, input: {area: 120}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshVenue(t, c, p, n).ID}
		}},
	{"deleteVenue", `mutation($id: ID!) { deleteVenue(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshVenue(t, c, p, n).ID}
		}},
	{"createAppraisal", `mutation($o: ID!) { createAppraisal(input: {year: 2015, kind: DEMOCRATIC_APPRAISAL, rating: GOOD, organizationID: $o}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"o": b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)).ID}
		}},
	{"createAppraisalOfPerson", `mutation($p: ID!) { createAppraisal(input: {year: 2015, kind: MEMBER_APPRAISAL, rating: EXCELLENT, personID: $p}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"p": b.Person(fmt.Sprintf("人%d", n), "", p.village).ID}
		}},
	{"updateAppraisal", `mutation($id: ID!) { updateAppraisal(id: $id, version: 1, input: {rating: FAIR}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshAppraisal(t, b, c, p, n).ID}
		}},
	{"deleteAppraisal", `mutation($id: ID!) { deleteAppraisal(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshAppraisal(t, b, c, p, n).ID}
		}},
	{"createCommendation", `mutation($p: ID!) { createCommendation(input: {year: 2015, title: "优秀共产党员", personID: $p}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"p": b.Person(fmt.Sprintf("人%d", n), "", p.village).ID}
		}},
	{"createCommendationOfOrganization", `mutation($o: ID!) { createCommendation(input: {year: 2015, title: "先进基层党组织", bonus: 5000, organizationID: $o}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"o": b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)).ID}
		}},
	{"updateCommendation", `mutation($id: ID!) { updateCommendation(id: $id, version: 1, input: {title: "改"}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshCommendation(t, b, c, p, n).ID}
		}},
	{"deleteCommendation", `mutation($id: ID!) { deleteCommendation(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshCommendation(t, b, c, p, n).ID}
		}},
	{"createRuralIncome", `mutation($y: Int!) { createRuralIncome(input: {year: $y, incomePerHead: 12000}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"y": nextIncomeYear(t, c)}
		}},
	{"updateRuralIncome", `mutation($id: ID!) { updateRuralIncome(id: $id, version: 1, input: {incomePerHead: 13000}) { id } }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshRuralIncome(t, c).ID}
		}},
	{"deleteRuralIncome", `mutation($id: ID!) { deleteRuralIncome(id: $id) }`,
		func(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) map[string]any {
			return map[string]any{"id": freshRuralIncome(t, c).ID}
		}},
}

// adminOnly are the mutations of records only an admin changes, wherever
// they lie: regions and the provincial rural income.
func adminOnly(mutation string) bool {
	return mutation == "createRegion" || mutation == "updateRegion" || strings.HasSuffix(mutation, "RuralIncome")
}

// entityOf is the entity a mutation case writes: createAppraisalOfPerson →
// Appraisal.
func entityOf(mutation string) string {
	for _, op := range []string{"create", "update", "delete"} {
		if e, ok := strings.CutPrefix(mutation, op); ok {
			e, _, _ = strings.Cut(e, "Of")
			return e
		}
	}
	return mutation
}

// TestMutationPermissions runs every mutation as every role, inside and
// outside a coordinator's scope: an admin may do all; the coordinator only
// inside the scope; analysts and viewers nothing (FORBIDDEN); nobody
// signed in nothing (UNAUTHENTICATED). A refused mutation writes nothing,
// and an allowed one writes one audit event per record.
func TestMutationPermissions(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		c := api.Client()
		b := apitest.Build(t, c)
		inside, outside := place{k.dongguang, k.yanji}, place{k.hcDongguang, k.hunchun}
		roles := []struct {
			name string
			api  *apitest.API
			// the code for a write inside and outside the scope; "" allows it
			in, out string
		}{
			{"admin", api, "", ""},
			{"coordinator", api.As(user.RoleCOORDINATOR, &k.yanji.ID), "", "FORBIDDEN"},
			{"analyst", api.As(user.RoleANALYST, nil), "FORBIDDEN", "FORBIDDEN"},
			{"viewer", api.As(user.RoleVIEWER, nil), "FORBIDDEN", "FORBIDDEN"},
			{"anonymous", api.Anonymous(), "UNAUTHENTICATED", "UNAUTHENTICATED"},
		}
		n := 0
		for _, mc := range mutationCases {
			for _, where := range []struct {
				name string
				p    place
			}{{"inside", inside}, {"outside", outside}} {
				for _, role := range roles {
					n++
					want := role.in
					if where.name == "outside" {
						want = role.out
					}
					if adminOnly(mc.name) && role.name == "coordinator" {
						want = "FORBIDDEN" // regions and the rural income are for admins
					}
					t.Run(mc.name+"/"+where.name+"/"+role.name, func(t *testing.T) {
						vars := mc.vars(t, b, c, where.p, n)
						before := fingerprint(t, c)
						events := auditCount(t, c)
						if want == "" {
							role.api.For(t).OK(mc.query, vars, nil)
							if got := auditCount(t, c) - events; got < 1 {
								t.Errorf("an allowed %s left %d audit events", mc.name, got)
							}
							if e := lastEvent(t, c); e.EntityType != entityOf(mc.name) {
								t.Errorf("an allowed %s left an event of a %s, want %s", mc.name, e.EntityType, entityOf(mc.name))
							}
							return
						}
						role.api.For(t).Fail(mc.query, vars, want, "")
						if after := fingerprint(t, c); after != before {
							t.Errorf("a refused %s changed the data:\n before %s\n after  %s", mc.name, before, after)
						}
					})
				}
			}
		}
	})
}

// fingerprint sums up every table a mutation can write: row counts and
// versions.
func fingerprint(t *testing.T, c *ent.Client) string {
	t.Helper()
	ctx := context.Background()
	var s string
	for _, q := range []interface {
		Count(context.Context) (int, error)
	}{c.Region.Query(), c.Organization.Query(), c.Link.Query(), c.LinkActivity.Query(), c.Person.Query(), c.Position.Query(), c.Project.Query(), c.ProjectIncome.Query(),
		c.TrainingCourse.Query(), c.TrainingAttendance.Query(), c.Venue.Query(), c.Appraisal.Query(), c.Commendation.Query(), c.RuralIncome.Query(), c.AuditEvent.Query()} {
		n, err := q.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s += fmt.Sprintf("%d ", n)
	}
	for _, table := range []string{"regions", "organizations", "links", "link_activities", "people", "positions", "projects", "project_incomes",
		"training_courses", "training_attendances", "venues", "appraisals", "commendations", "rural_incomes"} {
		rows, err := c.QueryContext(ctx, "SELECT COALESCE(SUM(version), 0) FROM "+table)
		if err != nil {
			t.Fatal(err)
		}
		var sum int64
		for rows.Next() {
			if err := rows.Scan(&sum); err != nil {
				t.Fatal(err)
			}
		}
		rows.Close()
		s += fmt.Sprintf("v%d ", sum)
	}
	return s
}

func auditCount(t *testing.T, c *ent.Client) int {
	t.Helper()
	n, err := c.AuditEvent.Query().Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// lastEvent is the newest audit event.
func lastEvent(t *testing.T, c *ent.Client) *ent.AuditEvent {
	t.Helper()
	e, err := c.AuditEvent.Query().Order(ent.Desc(auditevent.FieldID)).First(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func townOf(t *testing.T, c *ent.Client, p place) *ent.Region {
	t.Helper()
	r, err := c.Region.Get(context.Background(), *p.village.ParentID)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func freshLink(b *apitest.Builder, p place, n int) *ent.Link {
	return b.Link(b.Org(p.county, organization.KindENTERPRISE, fmt.Sprintf("企%d", n)), b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)), link.KindVILLAGE_ENTERPRISE)
}

func freshPost(b *apitest.Builder, p place, n int) *ent.Position {
	return b.Post(b.Person(fmt.Sprintf("人%d", n), "", p.village), b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n)), position.RoleMEMBER)
}

func freshActivity(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) *ent.LinkActivity {
	t.Helper()
	a, err := c.LinkActivity.Create().SetLink(freshLink(b, p, n)).SetOn(apitest.Day("2010-01-01")).SetKind(linkactivity.KindVISIT).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func freshProject(t *testing.T, c *ent.Client, p place, n int) *ent.Project {
	t.Helper()
	pr, err := c.Project.Create().SetName(fmt.Sprintf("项目%d", n)).SetKind(project.KindBREEDING).SetRegion(p.village).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

func freshIncome(t *testing.T, c *ent.Client, p place, n int) *ent.ProjectIncome {
	t.Helper()
	i, err := c.ProjectIncome.Create().SetProject(freshProject(t, c, p, n)).SetYear(2010).SetIncome(3).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return i
}

// freshCourse is a five-day county course in p's county.
func freshCourse(t *testing.T, c *ent.Client, p place, n int) *ent.TrainingCourse {
	t.Helper()
	tc, err := c.TrainingCourse.Create().SetTitle(fmt.Sprintf("培训班%d", n)).SetRegion(p.county).
		SetOrganizerLevel(trainingcourse.OrganizerLevelCOUNTY).SetKind(trainingcourse.KindROTATION).
		SetStartsOn(apitest.Day("2020-03-01")).SetEndsOn(apitest.Day("2020-03-05")).SetDays(5).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tc
}

// freshAttendance is a person of p's village at a course in p's county.
func freshAttendance(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) *ent.TrainingAttendance {
	t.Helper()
	a, err := c.TrainingAttendance.Create().SetCourse(freshCourse(t, c, p, n)).SetPerson(b.Person(fmt.Sprintf("人%d", n), "", p.village)).SetDays(3).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func freshVenue(t *testing.T, c *ent.Client, p place, n int) *ent.Venue {
	t.Helper()
	v, err := c.Venue.Create().SetName(fmt.Sprintf("活动室%d", n)).SetRegion(p.village).SetArea(80).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// freshAppraisal is the 2015 appraisal of a new party branch in p's village.
func freshAppraisal(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) *ent.Appraisal {
	t.Helper()
	a, err := c.Appraisal.Create().SetYear(2015).SetKind(appraisal.KindDEMOCRATIC_APPRAISAL).SetRating(appraisal.RatingGOOD).
		SetOrganization(b.Org(p.village, organization.KindPARTY_BRANCH, fmt.Sprintf("支%d", n))).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// freshCommendation is a 2015 award to a new person of p's village.
func freshCommendation(t *testing.T, b *apitest.Builder, c *ent.Client, p place, n int) *ent.Commendation {
	t.Helper()
	cm, err := c.Commendation.Create().SetYear(2015).SetTitle(fmt.Sprintf("奖%d", n)).
		SetPerson(b.Person(fmt.Sprintf("人%d", n), "", p.village)).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cm
}

// nextIncomeYear is the year after the last one with a rural income (2000
// when there is none).
func nextIncomeYear(t *testing.T, c *ent.Client) int {
	t.Helper()
	last, err := c.RuralIncome.Query().Order(ent.Desc(ruralincome.FieldYear)).First(context.Background())
	switch {
	case ent.IsNotFound(err):
		return 2000
	case err != nil:
		t.Fatal(err)
	}
	return last.Year + 1
}

func freshRuralIncome(t *testing.T, c *ent.Client) *ent.RuralIncome {
	t.Helper()
	ri, err := c.RuralIncome.Create().SetYear(nextIncomeYear(t, c)).SetIncomePerHead(10000).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ri
}

// TestAccountMutationPermissions runs the account mutations as every role:
// users are managed by admins alone; tokens are held by admins,
// coordinators and analysts; nobody signed in may do either.
func TestAccountMutationPermissions(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		c := api.Client()
		roles := []struct {
			name string
			api  *apitest.API
		}{
			{"admin", api.SignedIn(user.RoleADMIN, nil)},
			{"coordinator", api.SignedIn(user.RoleCOORDINATOR, &k.yanji.ID)},
			{"analyst", api.SignedIn(user.RoleANALYST, nil)},
			{"viewer", api.SignedIn(user.RoleVIEWER, nil)},
			{"anonymous", api.Anonymous()},
		}
		n := 0
		target := func(t *testing.T) map[string]any {
			n++
			u, err := c.User.Create().SetUsername(fmt.Sprintf("target%d", n)).SetDisplayName("t").SetRole(user.RoleVIEWER).SetPasswordHash("!").Save(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			return map[string]any{"id": u.ID, "name": fmt.Sprintf("new%d", n)}
		}
		cases := []struct {
			name, query string
			allowed     []string // roles allowed; the others FORBIDDEN, anonymous UNAUTHENTICATED
		}{
			{"createUser", `mutation($name: String!) { createUser(input: {username: $name, role: VIEWER, password: "a long password"}) { id } }`, []string{"admin"}},
			{"updateUser", `mutation($id: ID!) { updateUser(id: $id, version: 1, input: {displayName: "改"}) { id } }`, []string{"admin"}},
			{"disableUser", `mutation($id: ID!) { disableUser(id: $id) { id } }`, []string{"admin"}},
			{"createApiToken", `mutation($name: String!) { createApiToken(name: $name) { secret } }`, []string{"admin", "coordinator", "analyst"}},
		}
		for _, tc := range cases {
			for _, role := range roles {
				t.Run(tc.name+"/"+role.name, func(t *testing.T) {
					vars := target(t)
					if !strings.Contains(tc.query, "$id") {
						delete(vars, "id")
					}
					if !strings.Contains(tc.query, "$name") {
						delete(vars, "name")
					}
					before := fingerprint(t, c)
					users, _ := c.User.Query().Count(t.Context())
					switch {
					case slices.Contains(tc.allowed, role.name):
						role.api.For(t).OK(tc.query, vars, nil)
					case role.name == "anonymous":
						role.api.For(t).Fail(tc.query, vars, "UNAUTHENTICATED", "")
					default:
						role.api.For(t).Fail(tc.query, vars, "FORBIDDEN", "")
					}
					if !slices.Contains(tc.allowed, role.name) {
						if after, n := fingerprint(t, c), countUsers(t, c); after != before || n != users {
							t.Errorf("a refused %s wrote something", tc.name)
						}
					}
				})
			}
		}
	})
}

func countUsers(t *testing.T, c *ent.Client) int {
	t.Helper()
	n, err := c.User.Query().Count(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// An unknown record named by a coordinator's write is reported as unknown,
// not as outside the scope.
func TestUnknownAnchorsAreNotForbidden(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		coord := api.As(user.RoleCOORDINATOR, &k.yanji.ID)
		for _, q := range []string{
			`mutation { createProjectIncome(input: {projectID: "21474999999", year: 2010, income: 5}) { id } }`,
			`mutation { createLinkActivity(input: {linkID: "999999", on: "2010-01-01", kind: VISIT}) { id } }`,
			`mutation { createOrganization(input: {name: "社", kind: COOPERATIVE, regionID: "30064999999"}) { id } }`,
		} {
			r := coord.Do(q, nil)
			if len(r.Errors) == 0 || r.Errors[0].Code() == "FORBIDDEN" || r.Errors[0].Code() == "INTERNAL" {
				t.Errorf("%s: %+v, want the unknown ID reported", q, r.Errors)
			}
		}
		api.Fail(`mutation($r: ID!) { createProject(input: {name: "养牛场", kind: BREEDING, regionID: $r}) { id } }`, map[string]any{"r": id(k.yilan.ID)}, "BAD_USER_INPUT", "regionID")
	})
}
