package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"grassroots/ent/user"
	"grassroots/tooling/apitest"
)

// TestPersonalData checks where personal data shows unmasked: for an admin
// and for a coordinator whose scope holds the person's home region; masked
// for everyone else, in people, nested edges and search alike.
func TestPersonalData(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		if _, err := api.Client().Person.UpdateOne(k.secretary).SetPhone("13912345678").SetBirthDate(apitest.Day("1949-12-31")).Save(t.Context()); err != nil {
			t.Fatal(err)
		}
		const q = `query($p: ID!, $o: ID!) {
			node(id: $p) { ... on Person { idNumber phone birthDate birthYear viewerCanEdit } }
			org: node(id: $o) { ... on Organization { currentLeaders { person { idNumber phone birthDate } } } }
		}`
		type seen struct {
			Node struct {
				IDNumber, Phone string
				BirthDate       *string
				BirthYear       int
				ViewerCanEdit   bool
			}
			Org struct {
				CurrentLeaders []struct {
					Person struct {
						IDNumber, Phone string
						BirthDate       *string
					}
				}
			}
		}
		full, masked := "11010519491231002X", "110105********002X"
		for _, c := range []struct {
			name string
			api  *apitest.API
			full bool
		}{
			{"admin", api, true},
			{"coordinator inside", api.As(user.RoleCOORDINATOR, &k.yanji.ID), true},
			{"coordinator outside", api.As(user.RoleCOORDINATOR, &k.hunchun.ID), false},
			{"analyst", api.As(user.RoleANALYST, nil), false},
			{"viewer", api.As(user.RoleVIEWER, nil), false},
			{"anonymous", api.Anonymous(), false},
		} {
			var out seen
			c.api.For(t).OK(q, map[string]any{"p": id(k.secretary.ID), "o": id(k.branch1.ID)}, &out)
			n, nested := out.Node, out.Org.CurrentLeaders[0].Person
			if c.full {
				if n.IDNumber != full || n.Phone != "13912345678" || n.BirthDate == nil || *n.BirthDate != "1949-12-31" || !n.ViewerCanEdit || nested.IDNumber != full || nested.BirthDate == nil {
					t.Errorf("%s: %+v / %+v, want it all unmasked", c.name, n, nested)
				}
			} else if n.IDNumber != masked || n.Phone != "*******5678" || n.BirthDate != nil || n.ViewerCanEdit || nested.IDNumber != masked || nested.Phone != "*******5678" || nested.BirthDate != nil {
				t.Errorf("%s: %+v / %+v, want it masked", c.name, n, nested)
			}
			if n.BirthYear != 1949 {
				t.Errorf("%s: birthYear = %d", c.name, n.BirthYear)
			}
			// The same through the network and search.
			var reached struct {
				Network struct {
					Nodes []struct {
						Organization struct {
							CurrentLeaders []struct {
								Person struct{ Name, IDNumber string }
							}
						}
					}
				}
				Search []struct {
					Node struct{ IDNumber string }
				}
			}
			c.api.For(t).OK(`query($o: ID!) {
				network(seeds: [$o], depth: 0) { nodes { organization { currentLeaders { person { name idNumber } } } } }
				search(query: "金明哲", types: [PERSON]) { node { ... on Person { idNumber } } }
			}`, map[string]any{"o": id(k.branch1.ID)}, &reached)
			want := masked
			if c.full {
				want = full
			}
			seen := 0
			for _, nd := range reached.Network.Nodes {
				for _, l := range nd.Organization.CurrentLeaders {
					if l.Person.Name == "金明哲" {
						seen++
						if l.Person.IDNumber != want {
							t.Errorf("%s: through the network idNumber = %q, want %q", c.name, l.Person.IDNumber, want)
						}
					}
				}
			}
			if seen == 0 || len(reached.Search) == 0 || reached.Search[0].Node.IDNumber != want {
				t.Errorf("%s: network saw the secretary %d times, search = %+v; want %q", c.name, seen, reached.Search, want)
			}
		}
	})
}

// TestAuditTrail checks the events a change leaves: the actor, the
// operation, the changed fields before and after with personal data
// masked, the request id; history on the record, the audit connection for
// admins only.
func TestAuditTrail(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		coord := api.As(user.RoleCOORDINATOR, &k.yanji.ID)
		coord.OK(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "东光村党总支"}) { id } }`, map[string]any{"id": id(k.branch1.ID)}, nil)
		coord.OK(`mutation($id: ID!) { updatePerson(id: $id, version: 1, input: {phone: "13912345678", birthDate: "1960-05-01"}) { id } }`, map[string]any{"id": id(k.director.ID)}, nil)

		type event struct {
			ActorName, Operation, EntityType, EntityID, RequestID string
			Changes                                               []struct {
				Field         string
				Before, After any
			}
		}
		var h struct {
			Node struct {
				History struct{ Edges []struct{ Node event } }
			}
		}
		api.Anonymous().OK(`query($id: ID!) { node(id: $id) { ... on Organization { history(first: 5) { edges { node { actorName operation entityType entityID requestID changes { field before after } } } } } } }`,
			map[string]any{"id": id(k.branch1.ID)}, &h)
		if len(h.Node.History.Edges) != 1 {
			t.Fatalf("history = %+v", h)
		}
		e := h.Node.History.Edges[0].Node
		if !strings.HasPrefix(e.ActorName, "coordinator") || e.Operation != "UPDATE" || e.EntityType != "Organization" || e.EntityID != id(k.branch1.ID) || e.RequestID == "" ||
			len(e.Changes) != 1 || e.Changes[0].Field != "name" || e.Changes[0].Before != "东光村党支部" || e.Changes[0].After != "东光村党总支" {
			t.Errorf("event = %+v", e)
		}

		var p struct {
			Node struct {
				History struct{ Edges []struct{ Node event } }
			}
		}
		api.OK(`query($id: ID!) { node(id: $id) { ... on Person { history { edges { node { changes { field before after } } } } } } }`, map[string]any{"id": id(k.director.ID)}, &p)
		raw, _ := json.Marshal(p)
		if strings.Contains(string(raw), "13912345678") || strings.Contains(string(raw), "1960-05-01") || !strings.Contains(string(raw), "*******5678") || !strings.Contains(string(raw), `"1960"`) {
			t.Errorf("the stored diff shows personal data: %s", raw)
		}

		// The whole trail: admins only, filterable.
		var all struct {
			AuditEvents struct{ TotalCount int }
		}
		api.OK(`query($e: ID!) { auditEvents(where: {entity: $e, entityType: "Organization"}) { totalCount } }`, map[string]any{"e": id(k.branch1.ID)}, &all)
		if all.AuditEvents.TotalCount != 1 {
			t.Errorf("auditEvents(entity) = %d", all.AuditEvents.TotalCount)
		}
		// A new phone number that masks like the old one is still a change.
		var dir struct {
			Node struct{ Version int }
		}
		api.OK(`query($id: ID!) { node(id: $id) { ... on Person { version } } }`, map[string]any{"id": id(k.director.ID)}, &dir)
		coord.OK(`mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, input: {phone: "13812345678"}) { id } }`, map[string]any{"id": id(k.director.ID), "v": dir.Node.Version}, nil)
		var ph struct {
			Node struct{ History struct{ TotalCount int } }
		}
		api.OK(`query($id: ID!) { node(id: $id) { ... on Person { history { totalCount } } } }`, map[string]any{"id": id(k.director.ID)}, &ph)
		if ph.Node.History.TotalCount != 2 {
			t.Errorf("a phone change that masks alike left %d events in all, want 2", ph.Node.History.TotalCount)
		}

		// A delete keeps every field of the record as it was.
		coord.OK(`mutation($id: ID!) { deleteLink(id: $id) }`, map[string]any{"id": id(k.joint.ID)}, nil)
		var del struct {
			AuditEvents struct {
				Edges []struct {
					Node struct {
						Operation string
						Changes   []struct {
							Field         string
							Before, After any
						}
					}
				}
			}
		}
		api.OK(`query($e: ID!) { auditEvents(where: {entity: $e}) { edges { node { operation changes { field before after } } } } }`, map[string]any{"e": id(k.joint.ID)}, &del)
		if len(del.AuditEvents.Edges) != 1 || del.AuditEvents.Edges[0].Node.Operation != "DELETE" {
			t.Fatalf("deleteLink's events = %+v", del)
		}
		fields := map[string]any{}
		for _, c := range del.AuditEvents.Edges[0].Node.Changes {
			fields[c.Field] = c.Before
			if c.After != nil {
				t.Errorf("a delete's %s has an after value %v", c.Field, c.After)
			}
		}
		if fields["kind"] != "VILLAGE_VILLAGE" || fields["sourceID"] == nil || fields["targetID"] == nil || fields["status"] == nil {
			t.Errorf("a delete recorded %v, want every field before", fields)
		}
		coord.Fail(`{ auditEvents { totalCount } }`, nil, "FORBIDDEN", "")
		api.Anonymous().Fail(`{ auditEvents { totalCount } }`, nil, "UNAUTHENTICATED", "")
	})
}

// TestAccountsAreNotReadableByOthers tries to reach other users' accounts,
// tokens and audit events through node, nodes and the connections.
func TestAccountsAreNotReadableByOthers(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		ana := api.As(user.RoleANALYST, nil)
		var ids struct {
			Users struct {
				Edges []struct{ Node struct{ ID, Username string } }
			}
			AuditEvents struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		api.OK(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: {name: "x党支部"}) { id } }`, map[string]any{"id": id(k.branch2.ID)}, nil)
		api.OK(`{ users(first: 50) { edges { node { id username } } } auditEvents(first: 1) { edges { node { id } } } }`, nil, &ids)
		if len(ids.Users.Edges) < 2 || len(ids.AuditEvents.Edges) != 1 {
			t.Fatalf("admin sees %+v", ids)
		}
		var own struct {
			Users struct {
				Edges []struct{ Node struct{ Username string } }
			}
		}
		ana.OK(`{ users { edges { node { username } } } }`, nil, &own)
		if len(own.Users.Edges) != 1 || !strings.HasPrefix(own.Users.Edges[0].Node.Username, "analyst") {
			t.Errorf("an analyst's users = %+v, want only their own", own)
		}
		admin := ids.Users.Edges[0].Node.ID
		// Another user reads as a user that does not exist.
		ana.Fail(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": admin}, "NOT_FOUND", "")
		ana.Fail(`query($id: ID!) { nodes(ids: [$id]) { id } }`, map[string]any{"id": admin}, "NOT_FOUND", "")
		ana.Fail(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ids.AuditEvents.Edges[0].Node.ID}, "FORBIDDEN", "")
		api.Anonymous().Fail(`{ users { totalCount } }`, nil, "UNAUTHENTICATED", "")
		// Search and the network know nothing of accounts.
		var hits struct{ Search []struct{ Title string } }
		ana.OK(`{ search(query: "admin") { title } }`, nil, &hits)
		if len(hits.Search) != 0 {
			t.Errorf("search(admin) = %+v", hits.Search)
		}
		if r := ana.Do(`query($id: ID!) { network(seeds: [$id]) { nodes { id } } }`, map[string]any{"id": admin}); len(r.Errors) == 0 || strings.Contains(string(r.Data), "admin") {
			t.Errorf("network from a user's ID = %s %+v, want an error", r.Data, r.Errors)
		}
		// Nested: a token's owner, an event's actor.
		var tok struct {
			APITokens []struct{ Owner struct{ Username string } } `json:"apiTokens"`
		}
		ana.OK(`{ apiTokens { owner { username } } }`, nil, &tok)
		if len(tok.APITokens) != 1 || !strings.HasPrefix(tok.APITokens[0].Owner.Username, "analyst") {
			t.Errorf("apiTokens = %+v", tok)
		}
	})
}

// TestUserManagement: admins create, change and disable accounts; a change
// of privilege ends the user's sessions; the last admin stays.
func TestUserManagement(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		var made struct {
			CreateUser struct {
				ID      string
				Version int
			}
		}
		api.OK(`mutation($r: ID!) { createUser(input: {username: "wang", role: COORDINATOR, scopeRegionID: $r, password: "a long password"}) { id version } }`,
			map[string]any{"r": id(k.yanji.ID)}, &made)
		api.Fail(`mutation { createUser(input: {username: "wang", role: VIEWER, password: "a long password"}) { id } }`, nil, "CONFLICT", "username")
		var trail struct {
			AuditEvents struct {
				Edges []struct {
					Node struct {
						Operation string
						Changes   []struct{ Field string }
					}
				}
			}
		}
		api.OK(`{ auditEvents(where: {entityType: "User"}) { edges { node { operation changes { field } } } } }`, nil, &trail)
		if len(trail.AuditEvents.Edges) != 1 || trail.AuditEvents.Edges[0].Node.Operation != "CREATE" {
			t.Fatalf("createUser's audit events = %+v", trail)
		}
		for _, c := range trail.AuditEvents.Edges[0].Node.Changes {
			if strings.Contains(strings.ToLower(c.Field), "password") {
				t.Errorf("the audit trail records %s", c.Field)
			}
		}
		api.Fail(`mutation { createUser(input: {username: "lisi", role: VIEWER, password: "short"}) { id } }`, nil, "BAD_USER_INPUT", "password")
		api.Fail(`mutation { createUser(input: {username: "Li Si", role: VIEWER, password: "a long password"}) { id } }`, nil, "BAD_USER_INPUT", "username")
		api.As(user.RoleCOORDINATOR, nil).Fail(`mutation { createUser(input: {username: "zhao", role: ADMIN, password: "a long password"}) { id } }`, nil, "FORBIDDEN", "")

		wang := api.Anonymous().WithSession(api.Login("wang", "a long password"))
		var v struct{ Viewer struct{ Role string } }
		wang.OK(`{ viewer { role } }`, nil, &v)
		if v.Viewer.Role != "COORDINATOR" {
			t.Fatalf("viewer = %+v", v)
		}
		// Demoting wang ends the session.
		api.OK(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: {role: VIEWER}) { role } }`,
			map[string]any{"id": made.CreateUser.ID, "v": made.CreateUser.Version}, nil)
		if r := wang.Do(`{ viewer { role } }`, nil); r.Status != 401 {
			t.Errorf("session after demotion: status %d, want 401", r.Status)
		}
		api.Fail(`mutation($id: ID!) { updateUser(id: $id, version: 1, input: {displayName: "王"}) { role } }`, map[string]any{"id": made.CreateUser.ID}, "CONFLICT", "version")
		api.OK(`mutation($id: ID!) { disableUser(id: $id) { disabled } }`, map[string]any{"id": made.CreateUser.ID}, nil)
		r := api.Anonymous().Do(`mutation { login(username: "wang", password: "a long password") { role } }`, nil)
		if len(r.Errors) == 0 || r.Errors[0].Code() != "UNAUTHENTICATED" {
			t.Errorf("a disabled user signed in: %+v", r)
		}

		// The admin of the API is the only one: it cannot be demoted.
		var me struct {
			Viewer struct {
				User struct {
					ID      string
					Version int
				}
			}
		}
		api.OK(`{ viewer { user { id version } } }`, nil, &me)
		api.Fail(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: {role: ANALYST}) { role } }`,
			map[string]any{"id": me.Viewer.User.ID, "v": me.Viewer.User.Version}, "CONFLICT", "role")
	})
}

func TestUserInputErrorsNameTheirField(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		api.Fail(`mutation { createUser(input: {username: "zhou", role: COORDINATOR, scopeRegionID: "30064799999", password: "a long password"}) { id } }`, nil, "NOT_FOUND", "scopeRegionID")
		var me struct {
			Viewer struct{ User struct{ ID string } }
		}
		api.OK(`{ viewer { user { id } } }`, nil, &me)
		api.Fail(`mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": me.Viewer.User.ID}, "CONFLICT", "disabled")
	})
}
