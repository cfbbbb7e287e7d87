package graph_test

import (
	"testing"

	"grassroots/ent/organization"
	"grassroots/internal/fault"
	"grassroots/tooling/apitest"
)

// TestControlCharactersAreBadInput: a control character in any string a
// mutation writes, or in a search query, is the client's error, named by its
// field, on both databases (PostgreSQL would otherwise refuse NUL with an
// internal error); nothing is written and the server goes on serving.
func TestControlCharactersAreBadInput(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		vars := map[string]any{
			"village": id(k.dongguang.ID), "b1": id(k.branch1.ID), "b2": id(k.branch2.ID), "coop": id(k.coop.ID),
			"person": id(k.director.ID), "region": id(k.xinxing.ID), "link": id(k.joint.ID),
		}
		cases := []struct {
			name, query string
			text        any
			field       string
		}{
			{"NUL in a new organization's name", `mutation($village: ID!, $text: String!) { createOrganization(input: {name: $text, kind: COOPERATIVE, regionID: $village}) { id } }`,
				"东光村\x00合作社", "name"},
			{"NUL written as a GraphQL escape", `mutation($village: ID!) { createOrganization(input: {name: "东光\u0000村", kind: COOPERATIVE, regionID: $village}) { id } }`,
				nil, "name"},
			{"escape in a renamed organization", `mutation($b1: ID!, $text: String!) { updateOrganization(id: $b1, version: 1, input: {name: $text}) { id } }`,
				"东光村党支部\x1b[2J", "name"},
			{"vertical tab before a name that trimming would drop", `mutation($b1: ID!, $text: String!) { updateOrganization(id: $b1, version: 1, input: {name: $text}) { id } }`,
				"\v东光村党支部", "name"},
			{"DEL in a Latin name", `mutation($text: String!) { createPerson(input: {name: "张三", nameLatin: $text}) { id } }`,
				"Zhang\x7fSan", "nameLatin"},
			{"NUL in a link's goals", `mutation($b1: ID!, $coop: ID!, $text: String!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $coop, targetID: $b1, goals: $text}) { id } }`,
				"共建\x00", "goals"},
			{"bell in a link's notes", `mutation($link: ID!, $text: String!) { updateLink(id: $link, version: 1, input: {notes: $text}) { id } }`,
				"记录\a", "notes"},
			{"C1 next line in an activity's description", `mutation($link: ID!, $text: String!) { createLinkActivity(input: {linkID: $link, on: "2010-05-04", kind: VISIT, description: $text}) { id } }`,
				"走访\u0085慰问", "description"},
			{"control character in one of a person's skills", `mutation($text: [String!]) { createPerson(input: {name: "李四", skills: $text}) { id } }`,
				[]string{"水稻种植", "养殖\x01"}, "skills"},
			{"form feed in a person's current location", `mutation($person: ID!, $text: String!) { updatePerson(id: $person, version: 1, input: {currentLocation: $text}) { id } }`,
				"长春\f", "currentLocation"},
			{"NUL in a region's leading industry", `mutation($region: ID!, $text: String!) { updateRegion(id: $region, version: 1, input: {leadingIndustry: $text}) { id } }`,
				"\x00", "leadingIndustry"},
			{"NUL in a project's industry", `mutation($village: ID!, $text: String!) { createProject(input: {name: "黑木耳基地", kind: PLANTING, regionID: $village, industry: $text}) { id } }`,
				"木耳\x00", "industry"},
		}
		before := counts(t, api)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				v := map[string]any{"text": c.text}
				for key, val := range vars {
					v[key] = val
				}
				api.For(t).Fail(c.query, v, "BAD_USER_INPUT", c.field)
			})
		}
		if after := counts(t, api); after != before {
			t.Fatalf("refused mutations wrote rows: before %v, after %v", before, after)
		}
		var unchanged struct {
			Node struct {
				Name    string
				Version int
			}
		}
		api.OK(`query($b1: ID!) { node(id: $b1) { ... on Organization { name version } } }`, vars, &unchanged)
		if unchanged.Node.Name != "东光村党支部" || unchanged.Node.Version != 1 {
			t.Fatalf("a refused update changed the organization: %+v", unchanged.Node)
		}

		t.Run("NUL in a search query", func(t *testing.T) {
			api.For(t).Fail(`query($q: String!) { search(query: $q) { title } }`, map[string]any{"q": "东光\x00"}, "BAD_USER_INPUT", "query")
		})
		t.Run("escape in a search query", func(t *testing.T) {
			api.For(t).Fail(`{ search(query: "dongguang\u001b") { title } }`, nil, "BAD_USER_INPUT", "query")
		})

		t.Run("values appended to a list", func(t *testing.T) {
			_, err := api.Client().Person.UpdateOneID(k.director.ID).AppendSkills([]string{"电商\x00"}).Save(t.Context())
			if fe, ok := fault.As(err); !ok || fe.Code != fault.BadInput || fe.Field != "appendSkills" {
				t.Fatalf("appending a skill with NUL: %v, want BAD_USER_INPUT on appendSkills", err)
			}
		})

		t.Run("tab and line breaks are text", func(t *testing.T) {
			acceptsTabAndNewline(t, api.For(t), k)
		})

		// The server still answers, and searches still find.
		var found struct{ Search []struct{ Title string } }
		api.OK(`{ search(query: "东光村党支部") { title } }`, nil, &found)
		if len(found.Search) == 0 {
			t.Fatal("search finds nothing after the refused requests")
		}
	})
}

func acceptsTabAndNewline(t *testing.T, api *apitest.API, k *county) {
	goals := "一、共建活动室\n二、互派干部\r\n\t（每季度一次）"
	name := "东光村\t妇女代表大会"
	var out struct {
		CreateLink         struct{ Goals string }
		CreateOrganization struct{ Name string }
		UpdatePerson       struct{ Skills []string }
	}
	api.OK(`mutation($b1: ID!, $b2: ID!, $village: ID!, $person: ID!, $goals: String!, $name: String!, $skills: [String!]) {
		createLink(input: {kind: VILLAGE_VILLAGE, sourceID: $b2, targetID: $b1, goals: $goals}) { goals }
		createOrganization(input: {name: $name, kind: WOMENS_CONGRESS, regionID: $village}) { name }
		updatePerson(id: $person, version: 1, input: {skills: $skills}) { skills }
	}`, map[string]any{
		"b1": id(k.branch1.ID), "b2": id(k.branch2.ID), "village": id(k.dongguang.ID), "person": id(k.director.ID),
		"goals": goals, "name": name, "skills": []string{"水稻种植\n育苗"},
	}, &out)
	if out.CreateLink.Goals != goals || out.CreateOrganization.Name != name ||
		len(out.UpdatePerson.Skills) != 1 || out.UpdatePerson.Skills[0] != "水稻种植\n育苗" {
		t.Fatalf("stored text differs from what was sent: %+v", out)
	}
	// the database holds what came back
	stored, err := api.Client().Organization.Query().Where(organization.Name(name)).Exist(t.Context())
	if err != nil || !stored {
		t.Fatalf("no organization named %q in the database (%v)", name, err)
	}
}
