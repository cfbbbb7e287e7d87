package bench

import (
	"strings"
	"testing"
)

// A schema as introspection tells it: Query.allOrganizations returns a
// non-null connection of Organization nodes.
const introspected = `{"data":{"__schema":{"queryType":{"name":"Query"},"types":[
	{"name":"Query","fields":[
		{"name":"allOrganizations","args":[{"name":"first"},{"name":"orderBy"}],"type":{"name":null,"ofType":{"name":"OrganizationsConnection","ofType":null}}},
		{"name":"organizationByRowId","args":[{"name":"rowId"}],"type":{"name":"Organization","ofType":null}}]},
	{"name":"OrganizationsConnection","fields":[
		{"name":"totalCount","args":[],"type":{"name":null,"ofType":{"name":"Int"}}},
		{"name":"edges","args":[],"type":{"name":null,"ofType":{"name":null,"ofType":{"name":null,"ofType":{"name":"OrganizationsEdge"}}}}}]},
	{"name":"OrganizationsEdge","fields":[{"name":"node","args":[],"type":{"name":"Organization"}}]},
	{"name":"Organization","fields":[
		{"name":"rowId","args":[],"type":{"name":null,"ofType":{"name":"BigInt"}}},
		{"name":"name","args":[],"type":{"name":null,"ofType":{"name":"String"}}}]},
	{"name":"Int","fields":null},{"name":"BigInt","fields":null},{"name":"String","fields":null}]}}}`

func TestSchemaCheckNamesWhatTheSchemaLacks(t *testing.T) {
	s, err := parseIntrospection([]byte(introspected))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string][]string{
		`query { allOrganizations(first: 1, orderBy: NAME_ASC) { totalCount edges { node { rowId name __typename } } } }`: nil,
		`query ($id: BigInt!) { organizationByRowId(rowId: $id) { rowId } }`:                                              nil,
		`query { allOrganizations(first: 1) { edges { node { id name } } } }`:                                             {"Organization has no field id"},
		`query { allOrganizations(first: 1, condition: {kind: "X"}) { totalCount } organizationById(id: 1) { id } }`: {
			"Query.allOrganizations has no argument condition", "Query has no field organizationById"},
	} {
		got, err := s.missing(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s:\n got %q\nwant %q", q, got, want)
		}
	}
	if _, err := s.missing(`query { allOrganizations( }`); err == nil {
		t.Error("a query that does not parse passes")
	}
	if _, err := parseIntrospection([]byte(`{"errors":[{"message":"introspection is disabled"}]}`)); err == nil || !strings.Contains(err.Error(), "disabled") {
		t.Errorf("an introspection error: %v", err)
	}
}
