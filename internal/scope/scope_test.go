package scope_test

import (
	"context"
	"grassroots/tooling/viewtest"
	"strings"
	"testing"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/internal/scope"
	"grassroots/tooling/testdb"
)

// TestSubtreeFilters checks the subtree predicates against the paths read
// into memory, on the county demo data, for a region of every level: the
// root (which takes the correlated form) and the others (which list the
// subtree first).
func TestSubtreeFilters(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			st := testdb.County(t, d)
			c := st.Client
			regions, err := c.Region.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			pathOf := map[int]string{}
			byLevel := map[string]*ent.Region{}
			for _, r := range regions {
				pathOf[r.ID] = r.Path
				if _, ok := byLevel[string(r.Level)]; !ok || r.ID%7 == 0 {
					byLevel[string(r.Level)] = r
				}
			}
			orgs, err := c.Organization.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			people, err := c.Person.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			projects, err := c.Project.Query().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			in := func(id *int, path string) bool { return id != nil && strings.HasPrefix(pathOf[*id], path) }
			for level, r := range byLevel {
				p, err := scope.RegionPath(ctx, c, "inRegion", r.ID)
				if err != nil || p != r.Path {
					t.Fatalf("RegionPath(%d) = %q, %v; want %q", r.ID, p, err, r.Path)
				}
				var wantRegions, wantOrgs, wantBranches, wantPeople, wantProjects int
				for _, x := range regions {
					if strings.HasPrefix(x.Path, p) {
						wantRegions++
					}
				}
				for _, o := range orgs {
					if in(&o.RegionID, p) {
						wantOrgs++
						if o.Kind == organization.KindPARTY_BRANCH {
							wantBranches++
						}
					}
				}
				for _, x := range people {
					if in(x.HomeRegionID, p) {
						wantPeople++
					}
				}
				for _, x := range projects {
					if in(&x.RegionID, p) {
						wantProjects++
					}
				}
				count := func(what string, n int, err error, want int) {
					t.Helper()
					if err != nil {
						t.Fatalf("%s in %s %s: %v", what, level, p, err)
					}
					if n != want {
						t.Errorf("%s in %s %s: %d, want %d", what, level, p, n, want)
					}
				}
				n, err := c.Region.Query().Where(scope.Regions(p)).Count(ctx)
				count("regions", n, err, wantRegions)
				n, err = c.Organization.Query().Where(scope.Organizations(p)).Count(ctx)
				count("organizations", n, err, wantOrgs)
				page, err := c.Organization.Query().Where(scope.Organizations(p), organization.KindEQ(organization.KindPARTY_BRANCH)).
					Order(organization.ByID()).Limit(51).All(ctx)
				count("a page of party branches", len(page), err, min(51, wantBranches))
				n, err = c.Person.Query().Where(scope.People(p)).Count(ctx)
				count("people", n, err, wantPeople)
				n, err = c.Project.Query().Where(scope.Projects(p)).Count(ctx)
				count("projects", n, err, wantProjects)
				if wantOrgs == 0 || wantRegions == 0 {
					t.Errorf("%s %s: empty subtree proves nothing", level, p)
				}
			}
			if len(byLevel) < 4 {
				t.Fatalf("only levels %v", byLevel)
			}
		})
	}
}

// TestRegionPathIsRemembered: with a PathView following the client, a path
// read once is served from memory, inside a transaction the database is read
// again, and a committed change of a region's code is seen at once.
func TestRegionPathIsRemembered(t *testing.T) {
	ctx := context.Background()
	st := testdb.Open(t, "sqlite")
	c := st.Client
	viewtest.Open(t, c, scope.NewPathView(c))
	root, err := c.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel("PROVINCE").Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	city, err := c.Region.Create().SetCode("220100000000").SetName("长春市").SetLevel("CITY").SetParent(root).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := st.Statements()
	for range 3 {
		if p, err := scope.RegionPath(ctx, c, "inRegion", city.ID); err != nil || p != city.Path {
			t.Fatalf("RegionPath = %q, %v", p, err)
		}
	}
	if n := st.Statements() - before; n != 1 {
		t.Fatalf("3 reads cost %d statements, want 1", n)
	}
	other := testdb.Open(t, "sqlite") // no view follows its writes: nothing is remembered
	lone, err := other.Client.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel("PROVINCE").Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before = other.Statements()
	for range 2 {
		if p, err := scope.RegionPath(ctx, other.Client, "inRegion", lone.ID); err != nil || p != lone.Path {
			t.Fatalf("RegionPath without a view = %q, %v", p, err)
		}
	}
	if n := other.Statements() - before; n != 2 {
		t.Fatalf("2 reads without a view cost %d statements, want 2", n)
	}
	if _, err := scope.RegionPath(ctx, c, "inRegion", root.ID+1000); !strings.Contains(errString(err), "no region") {
		t.Fatalf("unknown region: %v", err)
	}
	tx, err := c.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before = st.Statements()
	if _, err := scope.RegionPath(ent.NewTxContext(ctx, tx), tx.Client(), "inRegion", city.ID); err != nil {
		t.Fatal(err)
	}
	if n := st.Statements() - before; n != 1 {
		t.Fatalf("a read inside a transaction cost %d statements, want 1 (not from memory)", n)
	}
	if _, err := tx.Region.UpdateOneID(city.ID).SetCode("220200000000").Save(ctx); err != nil {
		t.Fatal(err)
	}
	if p, _ := scope.RegionPath(ctx, c, "inRegion", city.ID); p != city.Path {
		t.Fatalf("before commit the old path should still be served, got %q", p)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if p, err := scope.RegionPath(ctx, c, "inRegion", city.ID); err != nil || p != "220000000000/220200000000/" {
		t.Fatalf("after the code change RegionPath = %q, %v", p, err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
