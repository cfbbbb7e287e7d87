package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/graph"
	"grassroots/graph/generated"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// executorCorpus is answered by both executors; every shape the schema
// allows should be here: connections and their cursors, nested lists, to-one
// edges, batch resolvers, interfaces and fragments, aliases with other
// arguments, variables with @skip and @include, introspection, the network,
// search, and errors at every depth (arguments that do not coerce, missing
// nodes, nulls bubbling up).
var executorCorpus = []struct{ name, query string }{
	{"nested page", `query($n: Int!) { organizations(first: $n, where: {kind: PARTY_BRANCH}, orderBy: {field: NAME}) { totalCount edges { cursor node { id name region { name } positions(first: 10, where: {endedOnIsNil: true}) { totalCount edges { node { role person { name } } } } links(first: 10) { totalCount edges { node { kind status source { id name } target { id name } } } } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`},
	{"flat list", `{ organizations(first: 100, orderBy: {field: NAME}) { edges { node { id name kind status } } } }`},
	{"organization fields", `query($org: ID!) { node(id: $org) { id __typename ... on Organization { name nameLatin kind setting status foundedOn dissolvedOn industry creditCode twinningCapacity createdAt updatedAt version
		region { name code level ancestors { name code } stats { organizations partyMembers links } }
		parent { name } host { name } partyOrganizations { name kind } children(first: 5) { totalCount edges { node { name } } }
		currentLeaders { role startedOn endedOn selectionMethod basicRemuneration person { name gender birthDate idNumber phone backgrounds skills } }
		memberCount projects(first: 3) { edges { node { name incomes { year income } leader { name } } } } } } }`},
	{"every organization's derived fields", `{ organizations(first: 60, where: {kind: COOPERATIVE}) { edges { node { name partyOrganizations { name parent { name } } currentLeaders { role person { name currentPositions { role organization { name } } } } memberCount } } } }`},
	{"aliases with other arguments", `query($org: ID!) { node(id: $org) { ... on Organization {
		a: links(first: 1) { totalCount edges { cursor node { id kind } } pageInfo { hasNextPage endCursor } }
		b: links(first: 3, kinds: [VILLAGE_VILLAGE, URBAN_RURAL_TWINNING]) { totalCount edges { node { id kind } } }
		c: links(last: 2) { totalCount edges { node { id } } pageInfo { hasPreviousPage startCursor } }
		d: links(first: 2, where: {status: ACTIVE}) { totalCount edges { node { id status } } } } } }`},
	{"pages of organizations in a region", `query($county: ID!) { organizations(first: 30, where: {inRegion: $county}, orderBy: {field: NAME, direction: DESC}) { totalCount edges { node { name region { name } links(first: 2) { totalCount edges { node { source { name region { ancestors { name } } } target { name } } } } } } } }`},
	{"person", `query($person: ID!) { node(id: $person) { __typename ... on Person { name nameLatin gender birthDate education politicalStatus backgrounds skills migrant idNumber phone homeRegion { name }
		currentPositions { role organization { name kind } } positions(first: 5) { totalCount edges { node { role startedOn organization { name } } } }
		ledProjects(first: 5) { edges { node { name incomes { year income } } } } } } }`},
	{"region tree", `query($county: ID!) { node(id: $county) { ... on Region { name level ancestors { name } stats { organizations partyMembers links }
		children(first: 50) { totalCount edges { node { name level stats { organizations partyMembers links } children(first: 5, orderBy: {field: CODE}) { totalCount edges { node { code name backward border } } } } } } } } }`},
	{"nodes of every type", `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ...N } } fragment N on Node { ... on Organization { name } ... on Person { name } ... on Region { code } ... on Link { kind source { name } } ... on Position { role } }`},
	{"missing node", `{ node(id: "99999999999") { id } }`},
	{"nodes with a missing one", `query($org: ID!) { nodes(ids: [$org, "99999999999"]) { id } }`},
	{"skip and include", `query($org: ID!, $yes: Boolean!, $no: Boolean!) { node(id: $org) { ... on Organization { name @include(if: $yes) kind @skip(if: $yes) status @include(if: $no) region @skip(if: $no) { name } } } }`},
	{"named fragments spread twice", `query($org: ID!) { a: node(id: $org) { ...O } b: node(id: $org) { ... on Organization { ...O region { __typename } } } } fragment O on Organization { __typename id name links(first: 2) { edges { node { __typename kind } } } }`},
	{"links with activities", `{ links(first: 20, orderBy: {field: STARTED_ON}) { totalCount edges { node { kind status startedOn endedOn goals notes sourceReference activities(first: 3) { totalCount edges { node { kind amount participants on description } } } source { name region { ancestors { code } } } target { name } } } } }`},
	{"projects", `{ projects(first: 15) { totalCount edges { node { name nameLatin kind industry status startedOn investment households responsibilityLetterOn acceptedOn incomes { year income } leader { name } organization { name } region { name } } } } }`},
	{"positions held on a day", `query($county: ID!) { positions(first: 20, where: {inRegion: $county, heldOn: "2011-06-30"}) { totalCount edges { node { role startedOn endedOn person { name } organization { name } } } } }`},
	{"people with a background", `{ people(first: 20, where: {hasBackground: RICH_EXPERT}) { totalCount edges { node { name backgrounds homeRegion { name } currentPositions { role } } } } }`},
	{"search", `{ search(query: "dong", first: 15) { type title subtitle score node { id __typename ... on Organization { kind } ... on Region { level } } } }`},
	{"network", `query($org: ID!) { network(seeds: [$org], depth: 2) { truncated nodes { depth degree hiddenNeighbors organization { name } } edges { id kind source { id } target { id } link { status } } } }`},
	{"network analysis", `query($county: ID!) { networkComponents(region: $county, first: 3) { size linkCount organizations(first: 3) { name } } networkCentrality(region: $county, measure: DEGREE, first: 3) { measure exact scope scores { score organization { name } } } }`},
	{"organization network", `query($org: ID!) { node(id: $org) { ... on Organization { network(depth: 1) { nodes { organization { name } } } } } }`},
	{"argument that does not coerce, nested", `{ organizations(first: 3, where: {kind: PARTY_BRANCH}) { edges { node { name links(first: 2, after: "not a cursor") { totalCount } } } } }`},
	{"argument that does not coerce, at the root", `{ organizations(first: 3, after: "not a cursor") { totalCount } }`},
	{"bad date", `{ network(seeds: ["1"], asOf: "2011-13-45") { truncated } }`},
	{"introspection", `{ __schema { queryType { name } mutationType { name } } __type(name: "Organization") { name kind fields { name type { name kind ofType { name } } } } }`},
	{"typename at the root", `{ __typename }`},
	{"stale update", `mutation($org: ID!) { updateOrganization(id: $org, version: 999, input: {name: "新名字"}) { id name } }`},
	{"update of a missing node", `mutation { updateOrganization(id: "99999999999", version: 1, input: {name: "新名字"}) { id } }`},
}

// TestExecutorMatchesGqlgen runs the corpus through the level-by-level
// executor and through gqlgen's own executor, on the county demo, and wants
// the same answers: the same data, and the same errors (message, path,
// code, field), and never more SQL statements.
func TestExecutorMatchesGqlgen(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			level := apitest.County(t, d)
			plain := level.WithSchema(gqlgenSchema(level))

			var ids struct {
				Orgs struct {
					Edges []struct {
						Node struct {
							ID    string
							Links struct{ TotalCount int }
						}
					}
				} `json:"organizations"`
				People struct {
					Edges []struct{ Node struct{ ID string } }
				} `json:"people"`
				Regions struct {
					Edges []struct{ Node struct{ ID string } }
				} `json:"regions"`
				Links struct {
					Edges []struct{ Node struct{ ID string } }
				} `json:"links"`
				Positions struct {
					Edges []struct{ Node struct{ ID string } }
				} `json:"positions"`
			}
			level.OK(`{ organizations(first: 100, where: {kind: PARTY_BRANCH}) { edges { node { id links(first: 1) { totalCount } } } }
				people(first: 1, where: {hasBackground: VILLAGE_CADRE}) { edges { node { id } } }
				regions(first: 1, where: {level: COUNTY}) { edges { node { id } } }
				links(first: 1) { edges { node { id } } } positions(first: 1) { edges { node { id } } } }`, nil, &ids)
			org := ""
			best := 0
			for _, e := range ids.Orgs.Edges {
				if e.Node.Links.TotalCount > best {
					org, best = e.Node.ID, e.Node.Links.TotalCount
				}
			}
			if best < 3 || len(ids.People.Edges) == 0 || len(ids.Regions.Edges) == 0 || len(ids.Links.Edges) == 0 || len(ids.Positions.Edges) == 0 {
				t.Fatalf("the county demo lacks the data the corpus needs: %+v", ids)
			}
			county := ids.Regions.Edges[0].Node.ID
			vars := map[string]any{
				"n": 50, "org": org, "person": ids.People.Edges[0].Node.ID, "county": county, "yes": true, "no": false,
				"ids": []string{org, ids.People.Edges[0].Node.ID, county, ids.Links.Edges[0].Node.ID, ids.Positions.Edges[0].Node.ID},
			}
			for _, c := range executorCorpus {
				t.Run(c.name, func(t *testing.T) {
					used := usedVars(c.query, vars)
					s0 := level.Statements()
					got := level.For(t).Do(c.query, used)
					s1 := level.Statements()
					want := plain.For(t).Do(c.query, used)
					s2 := level.Statements()
					if got.Status != want.Status {
						t.Errorf("status %d, gqlgen's executor %d", got.Status, want.Status)
					}
					if !sameJSON(got.Data, want.Data) {
						t.Errorf("data differs\n level: %s\ngqlgen: %s", got.Data, want.Data)
					}
					if g, w := errorSet(got.Errors), errorSet(want.Errors); !reflect.DeepEqual(g, w) {
						t.Errorf("errors differ\n level: %q\ngqlgen: %q", g, w)
					}
					if len(got.Data) > 4 && len(got.Errors) == 0 && bytes.Equal(got.Data, []byte("null")) {
						t.Errorf("no data and no errors")
					}
					if s1-s0 > s2-s1 {
						t.Errorf("%d SQL statements, gqlgen's executor %d", s1-s0, s2-s1)
					}
				})
			}
		})
	}
}

// gqlgenSchema is the same schema and resolvers run by gqlgen's own
// executor.
func gqlgenSchema(a *apitest.API) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{Client: a.Client(), Search: a.Search, Network: a.Network}})
}

// usedVars keeps the variables the query declares.
func usedVars(query string, vars map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range vars {
		if bytes.Contains([]byte(query), []byte("$"+k+":")) {
			out[k] = v
		}
	}
	return out
}

func sameJSON(a, b []byte) bool {
	var x, y any
	if (len(a) == 0) != (len(b) == 0) {
		return false
	}
	if len(a) == 0 {
		return true
	}
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

var requestID = regexp.MustCompile(`request id [0-9a-f]+`)

// errorSet is the errors as sorted strings: gqlgen's executor reports them
// in no set order.
func errorSet(es []apitest.Error) []string {
	out := make([]string, len(es))
	for i, e := range es {
		msg := requestID.ReplaceAllString(e.Message, "request id …")
		out[i] = fmt.Sprintf("%s | %v | %s | %s", msg, e.Path, e.Code(), e.Field())
	}
	sort.Strings(out)
	return out
}
