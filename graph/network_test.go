package graph_test

import (
	"sort"
	"testing"

	"grassroots/tooling/apitest"
)

type netAnswer struct {
	Nodes []struct {
		Organization                   struct{ ID, Name string }
		Depth, Degree, HiddenNeighbors int
	}
	Edges []struct {
		ID, Kind       string
		Source, Target struct{ ID string }
		Link           *struct{ ID string }
	}
	Truncated bool
}

func (n netAnswer) names() []string {
	var out []string
	for _, x := range n.Nodes {
		out = append(out, x.Organization.Name)
	}
	sort.Strings(out)
	return out
}

const netQuery = `query($seeds: [ID!]!, $depth: Int, $h: Boolean, $asOf: Date, $kinds: [LinkKind!]) {
	network(seeds: $seeds, depth: $depth, includeHierarchy: $h, asOf: $asOf, kinds: $kinds) {
		nodes { organization { id name } depth degree hiddenNeighbors }
		edges { id kind source { id } target { id } link { id } }
		truncated
	} }`

func TestNetworkQueries(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		net := func(vars map[string]any) netAnswer {
			var out struct{ Network netAnswer }
			api.OK(netQuery, vars, &out)
			return out.Network
		}
		seed := []string{id(k.branch1.ID)}
		now := net(map[string]any{"seeds": seed})
		if got := now.names(); len(got) != 3 || got[0] != "东光村党支部" {
			t.Fatalf("today's neighbours = %v (the enterprise link ended in 2011)", got)
		}
		for _, e := range now.Edges {
			if e.Link == nil || e.ID != "link:"+e.Link.ID {
				t.Fatalf("link edge without its link: %+v", e)
			}
		}
		if then := net(map[string]any{"seeds": seed, "asOf": "2011-01-01"}); len(then.Nodes) != 4 {
			t.Fatalf("neighbours on 2011-01-01 = %v", then.names())
		}
		if twin := net(map[string]any{"seeds": seed, "kinds": []string{"URBAN_RURAL_TWINNING"}}); len(twin.Nodes) != 2 {
			t.Fatalf("twinning neighbours = %v", twin.names())
		}
		withParty := net(map[string]any{"seeds": seed, "h": true, "depth": 2})
		names := withParty.names()
		if !contains(names, "中共依兰镇委员会") || !contains(names, "东光村水稻专业合作社党支部") {
			t.Fatalf("with hierarchy, depth 2 = %v", names)
		}

		var sp struct {
			ShortestPath *struct {
				Length        int
				Organizations []struct{ Name string }
				Edges         []struct{ Kind string }
			}
			None  *struct{ Length int }
			Paths []struct{ Length int }
		}
		api.OK(`query($a: ID!, $b: ID!, $c: ID!) {
			shortestPath(from: $a, to: $b) { length organizations { name } edges { kind } }
			none: shortestPath(from: $a, to: $c) { length }
			paths(from: $a, to: $b, first: 3, includeHierarchy: true) { length }
		}`, map[string]any{"a": id(k.organ.ID), "b": id(k.branch2.ID), "c": id(k.branch3.ID)}, &sp)
		if sp.ShortestPath == nil || sp.ShortestPath.Length != 2 || sp.ShortestPath.Organizations[1].Name != "东光村党支部" {
			t.Fatalf("shortestPath = %+v", sp.ShortestPath)
		}
		if sp.None != nil {
			t.Fatalf("a path to an unconnected organization: %+v", sp.None)
		}
		if len(sp.Paths) < 2 || sp.Paths[0].Length != 2 || sp.Paths[1].Length < 2 {
			t.Fatalf("paths = %+v", sp.Paths)
		}

		var an struct {
			NetworkComponents []struct {
				Size, LinkCount int
				Organizations   []struct{ Name string }
			}
			NetworkCentrality struct {
				Exact  bool
				Scope  int
				Scores []struct {
					Organization struct{ Name string }
					Score        float64
				}
			}
		}
		api.OK(`query($r: ID!) {
			networkComponents(region: $r) { size linkCount organizations(first: 2) { name } }
			networkCentrality(region: $r, measure: DEGREE, first: 3) { exact scope scores { organization { name } score } }
		}`, map[string]any{"r": id(k.yanji.ID)}, &an)
		if len(an.NetworkComponents) != 1 || an.NetworkComponents[0].Size != 3 || an.NetworkComponents[0].LinkCount != 2 ||
			len(an.NetworkComponents[0].Organizations) != 2 || an.NetworkComponents[0].Organizations[0].Name != "东光村党支部" {
			t.Fatalf("components = %+v", an.NetworkComponents)
		}
		c := an.NetworkCentrality
		if !c.Exact || c.Scope != 8 || len(c.Scores) == 0 || c.Scores[0].Organization.Name != "东光村党支部" || c.Scores[0].Score != 2 {
			t.Fatalf("centrality = %+v", c)
		}

		// A link written through the API is in the network as soon as it commits.
		api.OK(`mutation($a: ID!, $b: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $a, targetID: $b, startedOn: "2020-01-01"}) { id } }`,
			map[string]any{"a": id(k.enterprise.ID), "b": id(k.branch2.ID)}, nil)
		var conv struct {
			Node struct{ Network netAnswer }
		}
		api.OK(`query($o: ID!) { node(id: $o) { ... on Organization { network { nodes { organization { name } } } } } }`,
			map[string]any{"o": id(k.branch2.ID)}, &conv)
		if got := conv.Node.Network.names(); len(got) != 3 || !contains(got, "延吉食品有限公司") {
			t.Fatalf("after createLink, branch2's network = %v", got)
		}
	})
}

func TestNetworkBadInput(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		b1, b2 := id(k.branch1.ID), id(k.branch2.ID)
		cases := []struct {
			name, query, code, field string
			vars                     map[string]any
		}{
			{"depth above 3", `query($s: ID!) { network(seeds: [$s], depth: 4) { truncated } }`, "BAD_USER_INPUT", "depth", map[string]any{"s": b1}},
			{"maxNodes above 5000", `query($s: ID!) { network(seeds: [$s], maxNodes: 5001) { truncated } }`, "BAD_USER_INPUT", "maxNodes", map[string]any{"s": b1}},
			{"no seeds", `{ network(seeds: []) { truncated } }`, "BAD_USER_INPUT", "seeds", nil},
			{"unknown seed", `{ network(seeds: ["8589999999"]) { truncated } }`, "NOT_FOUND", "seeds", nil},
			{"a region is no organization", `query($s: ID!) { network(seeds: [$s]) { truncated } }`, "NOT_FOUND", "seeds", map[string]any{"s": id(k.yanji.ID)}},
			{"from equals to", `query($a: ID!) { shortestPath(from: $a, to: $a) { length } }`, "BAD_USER_INPUT", "to", map[string]any{"a": b1}},
			{"too many paths", `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 11) { length } }`, "BAD_USER_INPUT", "first", map[string]any{"a": b1, "b": b2}},
			{"maxLength 0", `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 0) { length } }`, "BAD_USER_INPUT", "maxLength", map[string]any{"a": b1, "b": b2}},
			{"unknown region", `{ networkComponents(region: "999") { size } }`, "NOT_FOUND", "region", nil},
			{"bad date", `query($s: ID!) { network(seeds: [$s], asOf: "2011-13-01") { truncated } }`, "BAD_USER_INPUT", "", map[string]any{"s": b1}},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				api.For(t).Fail(c.query, c.vars, c.code, c.field)
			})
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestNetworkIDsOnlyCostsNoSQL: an answer that asks only for IDs comes from
// the index alone, and agrees with the full answer.
func TestNetworkIDsOnlyCostsNoSQL(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		vars := map[string]any{"seeds": []string{id(k.branch1.ID)}, "h": true, "depth": 2}
		var full struct{ Network netAnswer }
		api.OK(netQuery, vars, &full)
		var lean struct {
			Network struct {
				Nodes []struct{ Organization struct{ ID string } }
				Edges []struct {
					ID             string
					Source, Target struct{ ID string }
				}
			}
		}
		before := api.Statements()
		api.OK(`query($seeds: [ID!]!, $depth: Int, $h: Boolean) { network(seeds: $seeds, depth: $depth, includeHierarchy: $h) {
			nodes { organization { id } } edges { id source { id } target { id } } } }`, vars, &lean)
		if n := api.Statements() - before - api.AuthStatements(); n != 0 {
			t.Fatalf("an IDs-only network cost %d SQL statements", n)
		}
		if len(lean.Network.Nodes) != len(full.Network.Nodes) || len(lean.Network.Edges) != len(full.Network.Edges) {
			t.Fatalf("lean answer %d nodes/%d edges, full %d/%d", len(lean.Network.Nodes), len(lean.Network.Edges), len(full.Network.Nodes), len(full.Network.Edges))
		}
		for i, n := range lean.Network.Nodes {
			if n.Organization.ID != full.Network.Nodes[i].Organization.ID {
				t.Fatalf("node %d: %s vs %s", i, n.Organization.ID, full.Network.Nodes[i].Organization.ID)
			}
		}
		for i, e := range lean.Network.Edges {
			f := full.Network.Edges[i]
			if e.ID != f.ID || e.Source.ID != f.Source.ID || e.Target.ID != f.Target.ID {
				t.Fatalf("edge %d: %+v vs %+v", i, e, f)
			}
		}
	})
}
