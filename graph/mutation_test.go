package graph_test

import (
	"strings"
	"testing"

	"grassroots/tooling/apitest"
)

func TestValidationErrors(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		vars := map[string]any{
			"village": id(k.dongguang.ID), "town": id(k.yilan.ID), "county": id(k.yanji.ID),
			"newVillage": k.yilan.Code[:9] + "077",
			"b1":         id(k.branch1.ID), "coop": id(k.coop.ID), "person": id(k.director.ID),
		}
		cases := []struct {
			name, query, code, field string
		}{
			{"blank name", `mutation($village: ID!) { createOrganization(input: {name: "   ", kind: COOPERATIVE, regionID: $village}) { id } }`, "BAD_USER_INPUT", "name"},
			{"empty person name", `mutation { createPerson(input: {name: ""}) { id } }`, "BAD_USER_INPUT", "name"},
			{"background named twice", `mutation { createPerson(input: {name: "张三", backgrounds: [VETERAN, RICH_EXPERT, VETERAN]}) { id } }`, "BAD_USER_INPUT", "backgrounds"},
			{"bad resident ID checksum", `mutation { createPerson(input: {name: "张三", idNumber: "110105194912310021"}) { id } }`, "BAD_USER_INPUT", "idNumber"},
			{"short resident ID", `mutation { createPerson(input: {name: "张三", idNumber: "1101051949"}) { id } }`, "BAD_USER_INPUT", "idNumber"},
			{"bad credit code", `mutation($village: ID!) { createOrganization(input: {name: "某合作社", kind: COOPERATIVE, regionID: $village, creditCode: "91220101MA0Y2K1X3A"}) { id } }`, "BAD_USER_INPUT", "creditCode"},
			{"region code not 12 digits", `mutation($village: ID!) { createRegion(input: {code: "22240100100", name: "村", level: VILLAGE, parentID: $village}) { id } }`, "BAD_USER_INPUT", "code"},
			{"region code not under parent", `mutation($town: ID!) { createRegion(input: {code: "220102001009", name: "错村", level: VILLAGE, parentID: $town}) { id } }`, "BAD_USER_INPUT", "code"},
			{"region level skips", `mutation($county: ID!) { createRegion(input: {code: "222401001000", name: "错村", level: VILLAGE, parentID: $county}) { id } }`, "BAD_USER_INPUT", "level"},
			{"region without parent", `mutation { createRegion(input: {code: "222402000000", name: "图们市", level: COUNTY}) { id } }`, "BAD_USER_INPUT", "parentID"},
			{"duplicate region code", `mutation { createRegion(input: {code: "220000000000", name: "吉林", level: PROVINCE}) { id } }`, "CONFLICT", "code"},
			{"link to itself", `mutation($b1: ID!) { createLink(input: {kind: VILLAGE_VILLAGE, sourceID: $b1, targetID: $b1}) { id } }`, "BAD_USER_INPUT", "targetID"},
			{"link ends before it starts", `mutation($b1: ID!, $coop: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $coop, targetID: $b1, startedOn: "2011-01-01", endedOn: "2010-01-01"}) { id } }`, "BAD_USER_INPUT", "endedOn"},
			{"post ends before it starts", `mutation($b1: ID!, $person: ID!) { createPosition(input: {role: MEMBER, personID: $person, organizationID: $b1, startedOn: "2011-01-01", endedOn: "2010-12-31"}) { id } }`, "BAD_USER_INPUT", "endedOn"},
			{"unknown organization", `mutation($person: ID!) { createPosition(input: {role: MEMBER, personID: $person, organizationID: "8589999999"}) { id } }`, "BAD_USER_INPUT", ""},
			{"setting on a cooperative", `mutation($village: ID!) { createOrganization(input: {name: "合作社", kind: COOPERATIVE, setting: VILLAGE, regionID: $village}) { id } }`, "BAD_USER_INPUT", "setting"},
			{"party parent not a party org", `mutation($village: ID!, $coop: ID!) { createOrganization(input: {name: "支部", kind: PARTY_BRANCH, regionID: $village, parentID: $coop}) { id } }`, "BAD_USER_INPUT", "parentID"},
			{"wrong enum", `mutation($village: ID!) { createOrganization(input: {name: "x", kind: FACTORY, regionID: $village}) { id } }`, "BAD_USER_INPUT", ""},
			{"invalid date", `mutation($b1: ID!, $coop: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $coop, targetID: $b1, startedOn: "2011-02-30"}) { id } }`, "BAD_USER_INPUT", "startedOn"},
			{"negative income", `mutation { createProjectIncome(input: {year: 2010, income: -5, projectID: "21474836481"}) { id } }`, "BAD_USER_INPUT", "income"},
			{"latitude out of range", `mutation($town: ID!, $newVillage: String!) { createRegion(input: {code: $newVillage, name: "北村", level: VILLAGE, parentID: $town, latitude: 123}) { id } }`, "BAD_USER_INPUT", "latitude"},
			{"update unknown id", `mutation { updateOrganization(id: "8589999999", version: 1, input: {name: "x"}) { id } }`, "NOT_FOUND", ""},
			{"delete unknown link", `mutation { deleteLink(id: "999999") }`, "NOT_FOUND", ""},
		}
		before := counts(t, api)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				api.For(t).Fail(c.query, vars, c.code, c.field)
			})
		}
		if after := counts(t, api); after != before {
			t.Fatalf("failed mutations wrote rows: before %v, after %v", before, after)
		}
		// The server still answers.
		api.OK(`{ regions(first: 1) { totalCount } }`, nil, nil)
	})
}

type rowCounts struct{ Regions, Organizations, People, Links, Positions int }

func counts(t *testing.T, api *apitest.API) rowCounts {
	var out struct {
		R, O, P, L, Pos struct{ TotalCount int }
	}
	api.OK(`{ r: regions { totalCount } o: organizations { totalCount } p: people { totalCount } l: links { totalCount } pos: positions { totalCount } }`, nil, &out)
	return rowCounts{out.R.TotalCount, out.O.TotalCount, out.P.TotalCount, out.L.TotalCount, out.Pos.TotalCount}
}

func TestCreateUpdateDelete(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		var created struct {
			CreateOrganization struct {
				ID, Name string
				Version  int
				Region   struct{ Name string }
			}
		}
		api.OK(`mutation($v: ID!) { createOrganization(input: {name: " 东光村妇女代表大会 ", nameLatin: "Dongguang Cun Funü Daibiao Dahui", kind: WOMENS_CONGRESS, regionID: $v, foundedOn: "2009-03-08"}) {
			id name version region { name } } }`, map[string]any{"v": id(k.dongguang.ID)}, &created)
		o := created.CreateOrganization
		if o.Name != "东光村妇女代表大会" || o.Version != 1 || o.Region.Name != "东光村" {
			t.Fatalf("created = %+v (name must be trimmed)", o)
		}
		var updated struct {
			UpdateOrganization struct {
				Name      string
				Version   int
				FoundedOn string
			}
		}
		api.OK(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "东光村妇联"}) { name version foundedOn } }`, map[string]any{"id": o.ID}, &updated)
		if u := updated.UpdateOrganization; u.Name != "东光村妇联" || u.Version != 2 || u.FoundedOn != "2009-03-08" {
			t.Fatalf("updated = %+v", u)
		}
		// A second writer still holding version 1 is refused, and nothing changes.
		e := api.Fail(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "别的名字"}) { name } }`, map[string]any{"id": o.ID}, "CONFLICT", "version")
		if !strings.Contains(e.Message, "version 2") {
			t.Errorf("conflict message should name the current version: %s", e.Message)
		}
		var now struct{ Node struct{ Name string } }
		api.OK(`query($id: ID!) { node(id: $id) { ... on Organization { name } } }`, map[string]any{"id": o.ID}, &now)
		if now.Node.Name != "东光村妇联" {
			t.Fatalf("stale update changed the row: %q", now.Node.Name)
		}

		// Deleting a link deletes its activities.
		var act struct{ CreateLinkActivity struct{ ID string } }
		api.OK(`mutation($l: ID!) { createLinkActivity(input: {linkID: $l, on: "2010-05-04", kind: VISIT, participants: 12}) { id } }`, map[string]any{"l": id(k.joint.ID)}, &act)
		var del struct{ DeleteLink string }
		api.OK(`mutation($l: ID!) { deleteLink(id: $l) }`, map[string]any{"l": id(k.joint.ID)}, &del)
		if del.DeleteLink != id(k.joint.ID) {
			t.Fatalf("deleteLink = %q", del.DeleteLink)
		}
		api.Fail(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": act.CreateLinkActivity.ID}, "NOT_FOUND", "")
	})
}

// TestMutationIsAtomic: an operation whose second mutation fails leaves no
// trace of the first.
func TestMutationIsAtomic(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		before := counts(t, api)
		r := api.Do(`mutation($v: ID!) {
			a: createOrganization(input: {name: "东光村民兵连", kind: MILITIA, regionID: $v}) { id }
			b: createOrganization(input: {name: "", kind: YOUTH_LEAGUE, regionID: $v}) { id }
		}`, map[string]any{"v": id(k.dongguang.ID)})
		if len(r.Errors) == 0 {
			t.Fatal("expected the second mutation to fail")
		}
		if after := counts(t, api); after != before {
			t.Fatalf("a failed operation left rows behind: before %v, after %v", before, after)
		}
	})
}

// An update that changes nothing (an empty input, or the values already
// stored) keeps the version and leaves no audit event; a stale version is
// still refused.
func TestUnchangedUpdate(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		var out struct {
			UpdateOrganization struct {
				Version int
				Name    string
			}
		}
		for _, input := range []string{`{}`, `{name: "东光村党支部", status: ACTIVE}`} {
			api.OK(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: `+input+`) { version name } }`, map[string]any{"id": id(k.branch1.ID)}, &out)
			if out.UpdateOrganization.Version != 1 || out.UpdateOrganization.Name != "东光村党支部" {
				t.Errorf("unchanged update %s gave %+v", input, out)
			}
		}
		api.Fail(`mutation($id: ID!) { updateOrganization(id: $id, version: 7, input: {}) { version } }`, map[string]any{"id": id(k.branch1.ID)}, "CONFLICT", "version")
		var h struct {
			Node struct{ History struct{ TotalCount int } }
		}
		api.OK(`query($id: ID!) { node(id: $id) { ... on Organization { history { totalCount } } } }`, map[string]any{"id": id(k.branch1.ID)}, &h)
		if h.Node.History.TotalCount != 0 {
			t.Errorf("unchanged updates left %d events", h.Node.History.TotalCount)
		}
		api.OK(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "东光村党总支", status: ACTIVE}) { version name } }`, map[string]any{"id": id(k.branch1.ID)}, &out)
		if out.UpdateOrganization.Version != 2 {
			t.Errorf("a real change gave version %d", out.UpdateOrganization.Version)
		}
	})
}

// A reference to nothing is blamed on its field on both databases.
func TestUnknownReferenceNamesItsField(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		api.Fail(`mutation($o: ID!) { createPosition(input: {role: MEMBER, personID: "12884999999", organizationID: $o}) { id } }`,
			map[string]any{"o": id(k.branch1.ID)}, "BAD_USER_INPUT", "personID")
		api.Fail(`mutation($o: ID!) { createLink(input: {kind: VILLAGE_VILLAGE, sourceID: $o, targetID: "8589999999"}) { id } }`,
			map[string]any{"o": id(k.branch1.ID)}, "BAD_USER_INPUT", "targetID")
	})
}
