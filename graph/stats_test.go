package graph_test

import (
	"context"
	"testing"

	"grassroots/ent"
	"grassroots/ent/person"
	"grassroots/internal/scope"
	"grassroots/tooling/apitest"
)

// TestRegionStats compares every region's counts with the same counts made
// one region at a time through the subtree predicates, and checks that a list
// of regions is counted in a fixed number of statements.
func TestRegionStats(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		ctx := context.Background()
		c := api.Client()
		// One more party member, a probationary one, and a link within 依兰镇
		// counted once for the township but once for each of its villages.
		apitest.Build(t, c).Person("赵一", "Zhao Yi", k.xinxing, func(p *ent.PersonCreate) { p.SetPoliticalStatus(person.PoliticalStatusPROBATIONARY) })

		type stats struct{ Organizations, PartyMembers, Links int }
		want := func(r *ent.Region) stats {
			orgs, err := c.Organization.Query().Where(scope.Organizations(r.Path)).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			members, err := c.Person.Query().Where(scope.People(r.Path), person.PoliticalStatusIn(person.PoliticalStatusMEMBER, person.PoliticalStatusPROBATIONARY)).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			links, err := c.Link.Query().Where(scope.Links(r.Path)).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return stats{orgs, members, links}
		}
		var out struct {
			Regions struct {
				Edges []struct {
					Node struct {
						ID    string
						Name  string
						Stats stats
					}
				}
			}
		}
		api.OK(`{ regions(first: 100) { edges { node { id name stats { organizations partyMembers links } } } } }`, nil, &out)
		all, err := c.Region.Query().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Regions.Edges) != len(all) {
			t.Fatalf("%d regions answered, %d in the database", len(out.Regions.Edges), len(all))
		}
		for _, e := range out.Regions.Edges {
			var r *ent.Region
			for _, x := range all {
				if id(x.ID) == e.Node.ID {
					r = x
				}
			}
			if r == nil {
				t.Fatalf("unknown region %s", e.Node.ID)
			}
			if w := want(r); e.Node.Stats != w {
				t.Errorf("%s stats = %+v, want %+v", r.Name, e.Node.Stats, w)
			}
		}
		// Spot checks on the fixture itself, so the comparison above cannot
		// pass on counts that are all zero.
		if w := want(k.yilan); w.Organizations != 6 || w.PartyMembers != 2 || w.Links != 3 {
			t.Errorf("依兰镇 = %+v", w)
		}

		// The children of a region: the statements do not grow with their number.
		before := api.Statements()
		api.OK(`query($id: ID!) { node(id: $id) { ... on Region { children { edges { node { stats { organizations partyMembers links } } } } } } }`,
			map[string]any{"id": id(k.city.ID)}, nil)
		if spent := api.Statements() - before - api.AuthStatements(); spent > 6 {
			t.Errorf("children's stats took %d statements", spent)
		}
	})
}
