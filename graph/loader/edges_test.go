package loader_test

import (
	"context"
	"reflect"
	"testing"

	"grassroots/ent"
	"grassroots/graph/loader"
	"grassroots/tooling/testdb"
)

// TestToOneEdges checks each batched to-one edge against the entity's own
// foreign key, on the county demo data: for objects read bare (the ends read
// by key), for objects whose ends were loaded with them, and for nullable
// edges that are null.
func TestToOneEdges(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			c := testdb.County(t, d).Client
			orgs, err := c.Organization.Query().All(ctx)
			fail(t, err)
			loadedOrgs, err := c.Organization.Query().WithParent().WithRegion().All(ctx)
			fail(t, err)
			people, err := c.Person.Query().All(ctx)
			fail(t, err)
			regions, err := c.Region.Query().All(ctx)
			fail(t, err)
			posts, err := c.Position.Query().All(ctx)
			fail(t, err)
			links, err := c.Link.Query().All(ctx)
			fail(t, err)
			acts, err := c.LinkActivity.Query().All(ctx)
			fail(t, err)
			projects, err := c.Project.Query().All(ctx)
			fail(t, err)
			incomes, err := c.ProjectIncome.Query().All(ctx)
			fail(t, err)
			for name, n := range map[string]int{"activities": len(acts), "projects": len(projects), "incomes": len(incomes)} {
				if n == 0 {
					t.Fatalf("the county demo has no %s", name)
				}
			}
			id := func(e any) int { // the ID of any entity, 0 for none
				v := reflect.ValueOf(e)
				if v.IsNil() {
					return 0
				}
				return int(v.Elem().FieldByName("ID").Int())
			}
			key := func(p *int) int {
				if p == nil {
					return 0
				}
				return *p
			}
			check(t, c, "organization region", orgs, loader.OrganizationRegions, func(o *ent.Organization) int { return o.RegionID }, id)
			check(t, c, "organization parent", orgs, loader.OrganizationParents, func(o *ent.Organization) int { return key(o.ParentID) }, id)
			check(t, c, "loaded parent", loadedOrgs, loader.OrganizationParents, func(o *ent.Organization) int { return key(o.ParentID) }, id)
			check(t, c, "loaded region", loadedOrgs, loader.OrganizationRegions, func(o *ent.Organization) int { return o.RegionID }, id)
			check(t, c, "organization host", orgs, loader.OrganizationHosts, func(o *ent.Organization) int { return key(o.HostID) }, id)
			check(t, c, "home region", people, loader.HomeRegions, func(p *ent.Person) int { return key(p.HomeRegionID) }, id)
			check(t, c, "region parent", regions, loader.RegionParents, func(r *ent.Region) int { return key(r.ParentID) }, id)
			check(t, c, "post person", posts, loader.PositionPeople, func(p *ent.Position) int { return p.PersonID }, id)
			check(t, c, "post organization", posts, loader.PositionOrganizations, func(p *ent.Position) int { return p.OrganizationID }, id)
			check(t, c, "link source", links, loader.LinkSources, func(l *ent.Link) int { return l.SourceID }, id)
			check(t, c, "link target", links, loader.LinkTargets, func(l *ent.Link) int { return l.TargetID }, id)
			check(t, c, "activity link", acts, loader.ActivityLinks, func(a *ent.LinkActivity) int { return a.LinkID }, id)
			check(t, c, "project region", projects, loader.ProjectRegions, func(p *ent.Project) int { return p.RegionID }, id)
			check(t, c, "project organization", projects, loader.ProjectOrganizations, func(p *ent.Project) int { return key(p.OrganizationID) }, id)
			check(t, c, "project leader", projects, loader.ProjectLeaders, func(p *ent.Project) int { return key(p.LeaderID) }, id)
			check(t, c, "income project", incomes, loader.IncomeProjects, func(i *ent.ProjectIncome) int { return i.ProjectID }, id)
		})
	}
}

// check runs one to-one loader over objs and compares each end's ID with
// the object's key (0 for none).
func check[O, T any](t *testing.T, c *ent.Client, name string, objs []O,
	load func(context.Context, *ent.Client, []O) ([]T, error), key func(O) int, id func(any) int) {
	t.Helper()
	got, err := load(context.Background(), c, objs)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(got) != len(objs) {
		t.Fatalf("%s: %d ends for %d objects", name, len(got), len(objs))
	}
	some := false
	for i, o := range objs {
		want, end := key(o), id(got[i])
		if end != want {
			t.Fatalf("%s: object %d: end %d, want %d", name, i, end, want)
		}
		some = some || want != 0
	}
	if !some {
		t.Fatalf("%s: no object has an end", name)
	}
}

func fail(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
