package changes_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"grassroots/ent/user"
	"grassroots/tooling/apitest"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"grassroots/internal/server"
	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

// startServer serves dsn's database as `grassroots serve` does (server.Prepare
// wires the indexes and the change feed); it returns the server's URL. Two
// calls on one database are two processes sharing it.
func startServer(t *testing.T, dsn string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); st.Close() })
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	h, _, err := server.Prepare(ctx, st, log, server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	if exists, _ := st.Client.User.Query().Exist(ctx); !exists {
		bearer = apitest.Token(t, st.Client, "admin", user.RoleADMIN, nil)
	}
	return ts.URL
}

// bearer is the API token of the admin the posts act as: made by the first
// server on a database, valid on every server sharing it.
var bearer string

// gql posts an operation that must succeed and decodes its data into out.
func gql(t *testing.T, url, query string, vars map[string]any, out any) {
	t.Helper()
	if err := try(url, query, vars, out); err != nil {
		t.Fatal(err)
	}
}

// try posts an operation and decodes its data into out; an answer with
// errors is an error.
func try(url, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+bearer)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("%s: %+v", query, r.Errors)
	}
	return json.Unmarshal(r.Data, out)
}

type hit struct {
	Title string `json:"title"`
	Node  struct {
		ID string `json:"id"`
	} `json:"node"`
}

func searchFor(t *testing.T, url, q, typ string) []hit {
	t.Helper()
	var out struct {
		Search []hit `json:"search"`
	}
	gql(t, url, `query($q: String!, $t: SearchType!) { search(query: $q, types: [$t]) { title node { id } } }`,
		map[string]any{"q": q, "t": typ}, &out)
	return out.Search
}

// eventually polls until found says yes, for at most a second.
func eventually(t *testing.T, what string, found func() bool) {
	t.Helper()
	end := time.Now().Add(deadline)
	for !found() {
		if time.Now().After(end) {
			t.Fatalf("%s: not within %s", what, deadline)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestServersShareWrites(t *testing.T) {
	dsn := testdb.DSN(t, store.Postgres)
	a := startServer(t, dsn)
	b := startServer(t, dsn)

	var region struct {
		CreateRegion struct {
			ID string `json:"id"`
		} `json:"createRegion"`
	}
	gql(t, a, `mutation { createRegion(input: {code: "220000000000", name: "吉林省", nameLatin: "Jilin Sheng", level: PROVINCE}) { id } }`, nil, &region)
	var org struct {
		CreateOrganization struct {
			ID      string `json:"id"`
			Version int    `json:"version"`
		} `json:"createOrganization"`
	}
	gql(t, a, `mutation($r: ID!) { createOrganization(input: {name: "共享测试合作社", kind: COOPERATIVE, regionID: $r}) { id version } }`,
		map[string]any{"r": region.CreateRegion.ID}, &org)

	// A's index has it at once (its own hook); B's within a second.
	if hs := searchFor(t, a, "共享测试", "ORGANIZATION"); len(hs) != 1 || hs[0].Node.ID != org.CreateOrganization.ID {
		t.Fatalf("A: search = %+v", hs)
	}
	eventually(t, "B finds the organization created on A", func() bool {
		hs := searchFor(t, b, "共享测试", "ORGANIZATION")
		return len(hs) == 1 && hs[0].Node.ID == org.CreateOrganization.ID && hs[0].Title == "共享测试合作社"
	})
	if hs := searchFor(t, b, "吉林", "REGION"); len(hs) != 1 || hs[0].Node.ID != region.CreateRegion.ID {
		t.Fatalf("B: region search = %+v", hs)
	}

	// A rename on B reaches A: the old name goes, the new one comes.
	var upd struct {
		UpdateOrganization struct {
			Name string `json:"name"`
		} `json:"updateOrganization"`
	}
	gql(t, b, `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: {name: "改名合作社"}) { name } }`,
		map[string]any{"id": org.CreateOrganization.ID, "v": org.CreateOrganization.Version}, &upd)
	eventually(t, "A finds the organization renamed on B", func() bool {
		return len(searchFor(t, a, "改名合作社", "ORGANIZATION")) == 1 && len(searchFor(t, a, "共享测试", "ORGANIZATION")) == 0
	})
}

// TestServersShareLinks: a link written through one server is in the other's
// network within a second, and so is its deletion.
func TestServersShareLinks(t *testing.T) {
	dsn := testdb.DSN(t, store.Postgres)
	a := startServer(t, dsn)
	b := startServer(t, dsn)

	var region struct {
		CreateRegion struct {
			ID string `json:"id"`
		} `json:"createRegion"`
	}
	gql(t, a, `mutation { createRegion(input: {code: "220000000000", name: "吉林省", level: PROVINCE}) { id } }`, nil, &region)
	orgs := make([]string, 2)
	for i, name := range []string{"甲村党支部", "乙企业"} {
		var o struct {
			CreateOrganization struct {
				ID string `json:"id"`
			} `json:"createOrganization"`
		}
		gql(t, a, `mutation($r: ID!, $n: String!) { createOrganization(input: {name: $n, kind: PARTY_BRANCH, regionID: $r}) { id } }`,
			map[string]any{"r": region.CreateRegion.ID, "n": name}, &o)
		orgs[i] = o.CreateOrganization.ID
	}
	// neighbours counts orgs[0]'s neighbours on the server at url; an error
	// means the server has not heard of orgs[0] yet.
	neighbours := func(url string) (int, error) {
		var out struct {
			Network struct {
				Nodes []struct {
					Organization struct {
						ID string `json:"id"`
					} `json:"organization"`
				} `json:"nodes"`
			} `json:"network"`
		}
		err := try(url, `query($s: ID!) { network(seeds: [$s]) { nodes { organization { id } } } }`, map[string]any{"s": orgs[0]}, &out)
		return len(out.Network.Nodes) - 1, err
	}
	var l struct {
		CreateLink struct {
			ID string `json:"id"`
		} `json:"createLink"`
	}
	gql(t, a, `mutation($s: ID!, $d: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $s, targetID: $d}) { id } }`,
		map[string]any{"s": orgs[1], "d": orgs[0]}, &l)
	if n, err := neighbours(a); err != nil || n != 1 {
		t.Fatalf("A: %d neighbours after its own write (%v)", n, err)
	}
	// B hears of the organizations and the link a moment later: until it
	// has heard of orgs[0], asking for its network is an error.
	eventually(t, "B sees the link written on A", func() bool { n, err := neighbours(b); return err == nil && n == 1 })
	var del struct {
		DeleteLink string `json:"deleteLink"`
	}
	gql(t, b, `mutation($id: ID!) { deleteLink(id: $id) }`, map[string]any{"id": l.CreateLink.ID}, &del)
	eventually(t, "A sees the link deleted on B", func() bool { n, err := neighbours(a); return err == nil && n == 0 })
}

// TestServersShareIndicators: a post written through one server changes
// the indicators the other keeps within a second.
func TestServersShareIndicators(t *testing.T) {
	dsn := testdb.DSN(t, store.Postgres)
	a := startServer(t, dsn)
	b := startServer(t, dsn)

	parent := ""
	for _, r := range []struct{ code, level string }{
		{"220000000000", "PROVINCE"}, {"220100000000", "CITY"}, {"220102000000", "COUNTY"},
		{"220102001000", "TOWNSHIP"}, {"220102001001", "VILLAGE"},
	} {
		var out struct {
			CreateRegion struct {
				ID string `json:"id"`
			} `json:"createRegion"`
		}
		vars := map[string]any{"c": r.code, "l": r.level}
		if parent != "" {
			vars["p"] = parent
		}
		gql(t, a, `mutation($c: String!, $l: RegionLevel!, $p: ID) { createRegion(input: {code: $c, name: $c, level: $l, parentID: $p}) { id } }`, vars, &out)
		parent = out.CreateRegion.ID
	}
	var org struct {
		CreateOrganization struct {
			ID string `json:"id"`
		} `json:"createOrganization"`
	}
	gql(t, a, `mutation($r: ID!) { createOrganization(input: {name: "共享指标村党支部", kind: PARTY_BRANCH, setting: VILLAGE, regionID: $r}) { id } }`,
		map[string]any{"r": parent}, &org)
	cadre := func(name string) {
		var p struct {
			CreatePerson struct {
				ID string `json:"id"`
			} `json:"createPerson"`
		}
		gql(t, a, `mutation($n: String!) { createPerson(input: {name: $n}) { id } }`, map[string]any{"n": name}, &p)
		var pos struct {
			CreatePosition struct {
				ID string `json:"id"`
			} `json:"createPosition"`
		}
		gql(t, a, `mutation($p: ID!, $o: ID!) { createPosition(input: {role: RESERVE_CADRE, personID: $p, organizationID: $o}) { id } }`,
			map[string]any{"p": p.CreatePerson.ID, "o": org.CreateOrganization.ID}, &pos)
	}
	// met counts the villages with two reserve cadres, and how many fall short,
	// on the server at url
	met := func(url string) (int, int) {
		var out struct {
			Indicator struct {
				Numerator  int `json:"numerator"`
				Shortfalls struct {
					TotalCount int `json:"totalCount"`
				} `json:"shortfalls"`
			} `json:"indicator"`
		}
		gql(t, url, `query($y: Int!) { indicator(code: RESERVE_CADRES, year: $y) { numerator shortfalls { totalCount } } }`,
			map[string]any{"y": time.Now().UTC().Year()}, &out)
		return out.Indicator.Numerator, out.Indicator.Shortfalls.TotalCount
	}
	cadre("甲")
	if n, short := met(a); n != 0 || short != 1 {
		t.Fatalf("A: %d villages met, %d short with one reserve cadre", n, short)
	}
	eventually(t, "B keeps the village short of reserve cadres", func() bool { n, short := met(b); return n == 0 && short == 1 })
	cadre("乙")
	if n, short := met(a); n != 1 || short != 0 {
		t.Fatalf("A: %d villages met, %d short right after its own write of a second reserve cadre", n, short)
	}
	eventually(t, "B counts the second reserve cadre written on A", func() bool { n, short := met(b); return n == 1 && short == 0 })
}
