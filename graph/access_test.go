package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/region"
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
					if mc.name == "createRegion" || mc.name == "updateRegion" {
						if role.name == "coordinator" {
							want = "FORBIDDEN" // regions are for admins
						}
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
	}{c.Region.Query(), c.Organization.Query(), c.Link.Query(), c.LinkActivity.Query(), c.Person.Query(), c.Position.Query(), c.Project.Query(), c.ProjectIncome.Query(), c.AuditEvent.Query()} {
		n, err := q.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s += fmt.Sprintf("%d ", n)
	}
	for _, table := range []string{"regions", "organizations", "links", "link_activities", "people", "positions", "projects", "project_incomes"} {
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
