package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"grassroots/ent/linkactivity"
	"grassroots/ent/project"
	"grassroots/tooling/apitest"
)

// TestVersionedUpdates: every update* mutation applies only at the version
// the client read and bumps it; a stale version is CONFLICT on version and
// changes nothing; an unknown ID is NOT_FOUND on id.
func TestVersionedUpdates(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		c := api.Client()
		act := c.LinkActivity.Create().SetLink(k.joint).SetOn(apitest.Day("2010-05-04")).SetKind(linkactivity.KindVISIT).SaveX(t.Context())
		proj := c.Project.Create().SetName("黑木耳基地").SetKind(project.KindPLANTING).SetRegion(k.dongguang).SaveX(t.Context())
		income := c.ProjectIncome.Create().SetProject(proj).SetYear(2010).SetIncome(60000).SaveX(t.Context())
		post := c.Position.Query().FirstX(t.Context())

		for _, tc := range []struct {
			mutation, entity string
			id               int
			input, field     string // field is read back to see that a stale update changed nothing
		}{
			{"updateRegion", "region", k.xinxing.ID, `{leadingIndustry: "%s"}`, "leadingIndustry"},
			{"updateOrganization", "organization", k.coop.ID, `{industry: "%s"}`, "industry"},
			{"updateLink", "link", k.joint.ID, `{notes: "%s"}`, "notes"},
			{"updateLinkActivity", "link activity", act.ID, `{description: "%s"}`, "description"},
			{"updatePerson", "person", k.assistant.ID, `{currentLocation: "%s"}`, "currentLocation"},
			{"updatePosition", "position", post.ID, `{basicRemuneration: %s}`, "basicRemuneration"},
			{"updateProject", "project", proj.ID, `{industry: "%s"}`, "industry"},
			{"updateProjectIncome", "project income", income.ID, `{income: %s}`, "income"},
		} {
			t.Run(tc.mutation, func(t *testing.T) {
				api := api.For(t)
				update := func(id, version int, value string) string {
					return fmt.Sprintf(`mutation { %s(id: "%d", version: %d, input: %s) { version %s } }`,
						tc.mutation, id, version, fmt.Sprintf(tc.input, value), tc.field)
				}
				var first map[string]map[string]any
				api.OK(update(tc.id, 1, "1000"), nil, &first)
				if v := first[tc.mutation]["version"]; v != float64(2) {
					t.Fatalf("version after the first update = %v, want 2", v)
				}

				e := api.Fail(update(tc.id, 1, "2000"), nil, "CONFLICT", "version")
				want := fmt.Sprintf("%s %d was changed by someone else: you sent version 1, it is now at version 2", tc.entity, tc.id)
				if !strings.Contains(e.Message, want) {
					t.Errorf("conflict message = %q, want it to contain %q", e.Message, want)
				}
				var now map[string]map[string]any
				api.OK(fmt.Sprintf(`{ node(id: "%d") { ... on %s { version %s } } }`, tc.id, typeName(tc.mutation), tc.field), nil, &now)
				if now["node"]["version"] != float64(2) || fmt.Sprint(now["node"][tc.field]) != "1000" {
					t.Errorf("after the stale update the row is %v, want version 2 and %s 1000", now["node"], tc.field)
				}

				missing := tc.id&^(1<<32-1) | (1<<32 - 1) // the last ID of the entity's range
				e = api.Fail(update(missing, 1, "3000"), nil, "NOT_FOUND", "id")
				if want := fmt.Sprintf("no %s has ID %d", tc.entity, missing); e.Message != "id: "+want {
					t.Errorf("not-found message = %q, want %q", e.Message, "id: "+want)
				}
			})
		}
	})
}

// typeName is the GraphQL type an update mutation returns: updateLinkActivity → LinkActivity.
func typeName(mutation string) string { return strings.TrimPrefix(mutation, "update") }
