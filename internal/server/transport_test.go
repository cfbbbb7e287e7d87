package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"grassroots/internal/server"
	"grassroots/tooling/testdb"
)

// TestGraphQLOverHTTP pins the media types and status codes of the GraphQL
// over HTTP specification: application/graphql-response+json when the
// client accepts it, 400 there for requests that cannot be executed (and no
// data entry), 200 for them under application/json, and 405 for a mutation
// sent with GET.
func TestGraphQLOverHTTP(t *testing.T) {
	e := newEnv(t, testdb.Dialects[0], server.Limits{})
	cases := []struct {
		name, method, accept, body string
		status                     int
		media                      string
		data, errs                 bool
	}{
		{"query, legacy client", "POST", "", `{"query":"{ __typename }"}`, 200, "application/json", true, false},
		{"query, new client", "POST", "application/graphql-response+json, application/json;q=0.9", `{"query":"{ __typename }"}`, 200, "application/graphql-response+json", true, false},
		{"refused new media type falls back", "POST", "application/graphql-response+json;q=0, application/json", `{"query":"{ __typename }"}`, 200, "application/json", true, false},
		{"parse error, legacy client", "POST", "application/json", `{"query":"{ __typename"}`, 200, "application/json", false, true},
		{"parse error, new client", "POST", "application/graphql-response+json", `{"query":"{ __typename"}`, 400, "application/graphql-response+json", false, true},
		{"validation error, new client", "POST", "application/graphql-response+json", `{"query":"{ nope }"}`, 400, "application/graphql-response+json", false, true},
		{"variables that do not coerce, new client", "POST", "application/graphql-response+json", `{"query":"query($n: Int!) { organizations(first: $n) { totalCount } }","variables":{"n":"x"}}`, 400, "application/graphql-response+json", false, true},
		{"execution error keeps data", "POST", "application/graphql-response+json", `{"query":"{ node(id: \"99999999999\") { id } }"}`, 200, "application/graphql-response+json", true, true},
		{"body that is not JSON", "POST", "", `{"query":`, 400, "application/json", false, true},
		{"mutation with GET", "GET", "", `mutation { createRegion(input: {code: "220000000000", name: "吉林省", level: PROVINCE}) { id } }`, 405, "application/json", false, true},
		{"variables with GET that are not JSON", "GET", "", `{ __typename }|{`, 400, "application/json", false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var req *http.Request
			var err error
			if c.method == "GET" {
				q, vars, _ := strings.Cut(c.body, "|")
				v := "query=" + url.QueryEscape(q)
				if vars != "" {
					v += "&variables=" + url.QueryEscape(vars)
				}
				req, err = http.NewRequest(http.MethodGet, e.url+"/graphql?"+v, nil)
			} else {
				req, err = http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader([]byte(c.body)))
				req.Header.Set("Content-Type", "application/json")
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.accept != "" {
				req.Header.Set("Accept", c.accept)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			if res.StatusCode != c.status {
				t.Errorf("status %d, want %d: %s", res.StatusCode, c.status, raw)
			}
			if mt := res.Header.Get("Content-Type"); !strings.HasPrefix(mt, c.media) {
				t.Errorf("Content-Type %q, want %s", mt, c.media)
			}
			var body map[string]json.RawMessage
			if err := json.Unmarshal(raw, &body); err != nil {
				t.Fatalf("not JSON: %s", raw)
			}
			if _, ok := body["data"]; ok != c.data {
				t.Errorf("data entry present: %v, want %v: %s", ok, c.data, raw)
			}
			if _, ok := body["errors"]; ok != c.errs {
				t.Errorf("errors entry present: %v, want %v: %s", ok, c.errs, raw)
			}
		})
	}
	if n, err := e.store.Client.Region.Query().Count(t.Context()); err != nil || n != 0 {
		t.Errorf("a refused request wrote %d regions (%v)", n, err)
	}
}
