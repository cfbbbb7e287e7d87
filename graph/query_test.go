package graph_test

import (
	"fmt"
	"sort"
	"strconv"
	"testing"

	"grassroots/tooling/apitest"
)

func id(n int) string { return strconv.Itoa(n) }

type conn struct {
	TotalCount int
	Edges      []struct {
		Cursor string
		Node   struct {
			ID, Name, Code string
		}
	}
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       string
	}
}

func (c conn) names() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.Name)
	}
	return out
}

func TestSubtreeFilters(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		cases := []struct {
			name, query string
			vars        map[string]any
			want        int
		}{
			{"organizations in a county", `query($r: ID!) { c: organizations(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.yanji.ID)}, 8},
			{"organizations in a village", `query($r: ID!) { c: organizations(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.dongguang.ID)}, 4},
			{"party branches in the prefecture", `query($r: ID!) { c: organizations(where: {inRegion: $r, kind: PARTY_BRANCH}) { totalCount } }`, map[string]any{"r": id(k.city.ID)}, 4},
			{"people in a county", `query($r: ID!) { c: people(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.yanji.ID)}, 3},
			{"rich experts anywhere", `{ c: people(where: {hasBackground: RICH_EXPERT}) { totalCount } }`, nil, 2},
			{"rich experts in yanji", `query($r: ID!) { c: people(where: {inRegion: $r, hasBackground: RICH_EXPERT}) { totalCount } }`, map[string]any{"r": id(k.yanji.ID)}, 1},
			{"links touching hunchun", `query($r: ID!) { c: links(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.hunchun.ID)}, 0},
			{"links touching a village", `query($r: ID!) { c: links(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.xinxing.ID)}, 1},
			{"links involving branch1", `query($o: ID!) { c: links(where: {involves: $o}) { totalCount } }`, map[string]any{"o": id(k.branch1.ID)}, 3},
			{"regions below yanji", `query($r: ID!) { c: regions(where: {inRegion: $r}) { totalCount } }`, map[string]any{"r": id(k.yanji.ID)}, 4},
			{"posts held in 2005", `{ c: positions(where: {heldOn: "2005-06-01"}) { totalCount } }`, nil, 1},
			{"posts held in yanji today", `query($r: ID!) { c: positions(where: {inRegion: $r, heldOn: "2026-01-01"}) { totalCount } }`, map[string]any{"r": id(k.yanji.ID)}, 4},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				var out struct{ C struct{ TotalCount int } }
				api.For(t).OK(c.query, c.vars, &out)
				if out.C.TotalCount != c.want {
					t.Fatalf("totalCount = %d, want %d", out.C.TotalCount, c.want)
				}
			})
		}
		t.Run("unknown region", func(t *testing.T) {
			api.For(t).Fail(`{ organizations(where: {inRegion: "999"}) { totalCount } }`, nil, "NOT_FOUND", "inRegion")
		})
	})
}

func TestDerivedFields(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		api = api.Anonymous() // as the public sees it: personal data masked
		var out struct {
			Node struct {
				CurrentLeaders []struct {
					Role   string
					Person struct{ Name string }
				}
				MemberCount        int
				PartyOrganizations []struct{ Name string }
				Links              struct {
					TotalCount int
					Edges      []struct{ Node struct{ Kind string } }
				}
				Twinning struct{ TotalCount int }
				Region   struct {
					Ancestors []struct{ Name string }
				}
			}
			Coop struct {
				PartyOrganizations []struct{ Name string }
			}
			Person struct {
				CurrentPositions []struct{ Role string }
				IDNumber         string
			}
		}
		api.OK(`query($b: ID!, $c: ID!, $p: ID!) {
			node(id: $b) { ... on Organization {
				currentLeaders { role person { name } }
				memberCount
				partyOrganizations { name }
				links(first: 10) { totalCount edges { node { kind } } }
				twinning: links(kinds: [URBAN_RURAL_TWINNING]) { totalCount }
				region { ancestors { name } }
			} }
			coop: node(id: $c) { ... on Organization { partyOrganizations { name } } }
			person: node(id: $p) { ... on Person { currentPositions { role } idNumber } }
		}`, map[string]any{"b": id(k.branch1.ID), "c": id(k.coop.ID), "p": id(k.secretary.ID)}, &out)
		n := out.Node
		if len(n.CurrentLeaders) != 1 || n.CurrentLeaders[0].Person.Name != "金明哲" || n.CurrentLeaders[0].Role != "SECRETARY" {
			t.Errorf("currentLeaders = %+v (the 2001–2009 secretary must not count)", n.CurrentLeaders)
		}
		if n.MemberCount != 1 {
			t.Errorf("memberCount = %d, want 1", n.MemberCount)
		}
		if len(n.PartyOrganizations) != 0 || len(out.Coop.PartyOrganizations) != 1 {
			t.Errorf("partyOrganizations = %+v / coop %+v", n.PartyOrganizations, out.Coop.PartyOrganizations)
		}
		if n.Links.TotalCount != 3 || len(n.Links.Edges) != 3 || n.Twinning.TotalCount != 1 {
			t.Errorf("links = %+v, twinning = %d", n.Links, n.Twinning.TotalCount)
		}
		var anc []string
		for _, a := range n.Region.Ancestors {
			anc = append(anc, a.Name)
		}
		if fmt.Sprint(anc) != "[吉林省 延边朝鲜族自治州 延吉市 依兰镇]" {
			t.Errorf("ancestors = %v", anc)
		}
		roles := []string{}
		for _, p := range out.Person.CurrentPositions {
			roles = append(roles, p.Role)
		}
		sort.Strings(roles)
		if fmt.Sprint(roles) != "[DIRECTOR SECRETARY]" {
			t.Errorf("currentPositions = %v", roles)
		}
		if out.Person.IDNumber != "110105********002X" {
			t.Errorf("idNumber = %q, want it masked", out.Person.IDNumber)
		}
	})
}

func TestPagination(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		const q = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
			c: regions(first: $first, after: $after, last: $last, before: $before, orderBy: {field: CODE}) {
				totalCount edges { cursor node { code name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			} }`
		page := func(vars map[string]any) conn {
			var out struct{ C conn }
			api.OK(q, vars, &out)
			return out.C
		}
		all := page(map[string]any{"first": 100})
		if all.TotalCount != 9 || len(all.Edges) != 9 || all.PageInfo.HasNextPage {
			t.Fatalf("all = %d edges of %d, next %v", len(all.Edges), all.TotalCount, all.PageInfo.HasNextPage)
		}
		p1 := page(map[string]any{"first": 4})
		if len(p1.Edges) != 4 || !p1.PageInfo.HasNextPage || p1.Edges[3].Node.Code != all.Edges[3].Node.Code {
			t.Fatalf("first page = %+v", p1)
		}
		p2 := page(map[string]any{"first": 4, "after": p1.PageInfo.EndCursor})
		p3 := page(map[string]any{"first": 4, "after": p2.PageInfo.EndCursor})
		if len(p2.Edges) != 4 || len(p3.Edges) != 1 || p3.PageInfo.HasNextPage || p3.Edges[0].Node.Code != all.Edges[8].Node.Code {
			t.Fatalf("pages 2/3 = %d/%d edges, last next=%v", len(p2.Edges), len(p3.Edges), p3.PageInfo.HasNextPage)
		}
		last := page(map[string]any{"last": 2})
		if len(last.Edges) != 2 || last.Edges[1].Node.Code != all.Edges[8].Node.Code || !last.PageInfo.HasPreviousPage {
			t.Fatalf("last 2 = %+v", last)
		}
		before := page(map[string]any{"last": 3, "before": last.PageInfo.StartCursor})
		if len(before.Edges) != 3 || before.Edges[2].Node.Code != all.Edges[6].Node.Code {
			t.Fatalf("last 3 before = %+v", before)
		}
		empty := page(map[string]any{"first": 0})
		if len(empty.Edges) != 0 || empty.TotalCount != 9 {
			t.Fatalf("first 0 = %+v", empty)
		}
		t.Run("nested links pages", func(t *testing.T) {
			var out struct {
				Node struct {
					Links conn
				}
			}
			q := `query($o: ID!, $after: Cursor) { node(id: $o) { ... on Organization { links(first: 2, after: $after) {
				totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } }`
			api := api.For(t)
			api.OK(q, map[string]any{"o": id(k.branch1.ID)}, &out)
			first := out.Node.Links
			if len(first.Edges) != 2 || !first.PageInfo.HasNextPage || first.TotalCount != 3 {
				t.Fatalf("first links page = %+v", first)
			}
			api.OK(q, map[string]any{"o": id(k.branch1.ID), "after": first.PageInfo.EndCursor}, &out)
			second := out.Node.Links
			if len(second.Edges) != 1 || second.PageInfo.HasNextPage || second.Edges[0].Node.ID == first.Edges[1].Node.ID {
				t.Fatalf("second links page = %+v", second)
			}
		})
	})
}

func TestOrderingAndNodes(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		var out struct {
			C     conn
			Nodes []*struct{ ID string }
		}
		api.OK(`query($ids: [ID!]!) {
			c: organizations(first: 3, where: {kind: PARTY_BRANCH}, orderBy: {field: NAME, direction: DESC}) { edges { node { name } } }
			nodes(ids: $ids) { id }
		}`, map[string]any{"ids": []string{id(k.yanji.ID), id(k.secretary.ID), id(k.joint.ID)}}, &out)
		names := out.C.names()
		if len(names) != 3 || !sort.SliceIsSorted(names, func(i, j int) bool { return names[i] > names[j] }) {
			t.Fatalf("ordered names = %v", names)
		}
		if len(out.Nodes) != 3 || out.Nodes[0].ID != id(k.yanji.ID) || out.Nodes[2].ID != id(k.joint.ID) {
			t.Fatalf("nodes = %+v", out.Nodes)
		}
	})
}

// TestLinkPagesReadWhatIsAsked: the batched links connection reads only the
// columns its selection needs, so two aliases with different selections must
// each get theirs, and fields of the far ends must all be filled.
func TestLinkPagesReadWhatIsAsked(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		type end struct {
			Name, NameLatin, Kind string
			Region                struct{ Name string }
			MemberCount           int
		}
		var out struct {
			Organizations struct {
				Edges []struct {
					Node struct {
						Name  string
						Plain struct {
							Edges []struct{ Node struct{ ID, Kind string } }
						}
						Full struct {
							Edges []struct {
								Node struct {
									Kind, Status, StartedOn string
									Source, Target          end
								}
							}
						}
					}
				}
			}
		}
		api.OK(`{ organizations(where: {kind: PARTY_BRANCH}, orderBy: {field: NAME}) { edges { node { name
			plain: links(first: 5) { edges { node { id kind } } }
			full: links(first: 5) { edges { node { kind status startedOn
				source { name nameLatin kind region { name } memberCount }
				target { name nameLatin kind region { name } memberCount } } } }
		} } } }`, nil, &out)
		checked := 0
		for _, e := range out.Organizations.Edges {
			if len(e.Node.Plain.Edges) != len(e.Node.Full.Edges) {
				t.Fatalf("%s: aliases disagree: %d vs %d links", e.Node.Name, len(e.Node.Plain.Edges), len(e.Node.Full.Edges))
			}
			for _, l := range e.Node.Full.Edges {
				for _, o := range []end{l.Node.Source, l.Node.Target} {
					if o.Name == "" || o.Kind == "" || o.Region.Name == "" {
						t.Fatalf("%s: a link end came back half-read: %+v", e.Node.Name, o)
					}
				}
				if l.Node.Status == "" || l.Node.StartedOn != "2010-01-01" {
					t.Fatalf("link fields missing: %+v", l.Node)
				}
				checked++
			}
		}
		if checked < 3 {
			t.Fatalf("only %d links checked", checked)
		}
	})
}

// TestLeadersReadWhatIsAsked: current leaders read only the person columns
// their selection needs; aliases with different selections each get theirs.
func TestLeadersReadWhatIsAsked(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		api = api.Anonymous() // as the public sees it: personal data masked
		var out struct {
			Node struct {
				A []struct{ Person struct{ Name string } }
				B []struct {
					Person struct {
						NameLatin, IDNumber, PoliticalStatus string
						Backgrounds                          []string
						HomeRegion                           struct{ Name string }
					}
				}
			}
		}
		api.OK(`query($o: ID!) { node(id: $o) { ... on Organization {
			a: currentLeaders { person { name } }
			b: currentLeaders { person { nameLatin idNumber politicalStatus backgrounds homeRegion { name } } }
		} } }`, map[string]any{"o": id(k.branch1.ID)}, &out)
		if len(out.Node.A) != 1 || out.Node.A[0].Person.Name != "金明哲" {
			t.Fatalf("a = %+v", out.Node.A)
		}
		if len(out.Node.B) != 1 {
			t.Fatalf("b = %+v", out.Node.B)
		}
		p := out.Node.B[0].Person
		if p.NameLatin != "Jin Mingzhe" || p.IDNumber != "110105********002X" || p.PoliticalStatus != "MEMBER" ||
			len(p.Backgrounds) != 2 || p.HomeRegion.Name != "东光村" {
			t.Fatalf("b person = %+v", p)
		}
	})
}
