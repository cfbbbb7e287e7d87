package graph_test

import (
	"fmt"
	"testing"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/ent/user"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// TestPageCostDoesNotGrowWithPageSize pins the absence of N+1 queries: a page
// of 50 organizations with region, current leaders (with the person's home
// region), 10 current posts and 10 links each (with both ends' regions)
// costs as many SQL statements as a page of 5.
func TestPageCostDoesNotGrowWithPageSize(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			api := apitest.New(t, d)
			b := apitest.Build(t, api.Client())
			prov := b.Province()
			city := b.Region(prov, region.LevelCITY, "延边朝鲜族自治州", "Yanbian")
			cty := b.Region(city, region.LevelCOUNTY, "延吉市", "Yanji Shi")
			town := b.Region(cty, region.LevelTOWNSHIP, "依兰镇", "Yilan Zhen")
			partner := b.Org(cty, organization.KindENTERPRISE, "延吉食品有限公司")
			var orgs []*ent.Organization
			for i := 0; i < 60; i++ {
				v := b.Region(town, region.LevelVILLAGE, fmt.Sprintf("村%02d", i), fmt.Sprintf("Cun %02d", i))
				o := b.Org(v, organization.KindPARTY_BRANCH, fmt.Sprintf("村%02d党支部", i))
				p := b.Person(fmt.Sprintf("书记%02d", i), "", v)
				b.Post(p, o, position.RoleSECRETARY)
				b.Link(partner, o, link.KindVILLAGE_ENTERPRISE)
				if i > 0 {
					b.Link(orgs[i-1], o, link.KindVILLAGE_VILLAGE)
				}
				orgs = append(orgs, o)
			}
			const q = `query($n: Int!) { organizations(first: $n, where: {kind: PARTY_BRANCH}) { edges { node {
				id name viewerCanEdit region { name code }
				currentLeaders { role person { name idNumber phone viewerCanEdit homeRegion { name } } }
				positions(first: 10, where: {endedOnIsNil: true}) { totalCount edges { node { role person { name homeRegion { parent { name } } } } } }
				links(first: 10) { totalCount edges { node { kind viewerCanEdit source { name region { name } } target { name parent { name } } } } }
			} } } }`
			cost := func(api *apitest.API, n int) int64 {
				var out struct {
					Organizations struct {
						Edges []struct {
							Node struct {
								CurrentLeaders []struct{ Role string }
								Positions      struct{ TotalCount int }
								Links          struct{ TotalCount int }
							}
						}
					}
				}
				before := api.Statements()
				api.OK(q, map[string]any{"n": n}, &out)
				spent := api.Statements() - before - api.AuthStatements()
				if len(out.Organizations.Edges) != n {
					t.Fatalf("page of %d returned %d", n, len(out.Organizations.Edges))
				}
				for _, e := range out.Organizations.Edges {
					if len(e.Node.CurrentLeaders) != 1 || e.Node.Positions.TotalCount != 1 || e.Node.Links.TotalCount < 2 {
						t.Fatalf("incomplete node: %+v", e.Node)
					}
				}
				return spent
			}
			// Anonymous, and as a coordinator whose permission checks (which
			// rows may they edit, whose personal data may they see) read the
			// scope's regions once per request.
			coordinator := api.As(user.RoleCOORDINATOR, &cty.ID)
			var anonymous int64
			for _, who := range []struct {
				name  string
				api   *apitest.API
				extra int64
			}{{"anonymous", api.Anonymous(), 0}, {"coordinator", coordinator, 2}} {
				small, large := cost(who.api, 5), cost(who.api, 50)
				t.Logf("%s, %s: page of 5 = %d statements, page of 50 = %d", d, who.name, small, large)
				if small != large || small > 14 {
					t.Fatalf("%s: page of 5 cost %d statements, page of 50 cost %d: want equal and small", who.name, small, large)
				}
				if who.name == "anonymous" {
					anonymous = small
				} else if small > anonymous+who.extra {
					t.Fatalf("a coordinator's page costs %d statements, an anonymous one %d", small, anonymous)
				}
			}
		})
	}
}
