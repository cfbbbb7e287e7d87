package search_test

import (
	"bytes"
	"context"
	"encoding/json"
	"grassroots/ent/user"
	"grassroots/tooling/apitest"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"grassroots/internal/server"
	"grassroots/tooling/testdb"
)

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string `json:"message"`
		Extensions struct {
			Code  string `json:"code"`
			Field string `json:"field"`
		} `json:"extensions"`
	} `json:"errors"`
}

type gqlHit struct {
	Type     string   `json:"type"`
	Title    string   `json:"title"`
	Subtitle *string  `json:"subtitle"`
	Score    float64  `json:"score"`
	Node     struct { // the fields of the three node types that the test reads
		Typename string `json:"__typename"`
		ID       string `json:"id"`
		Code     string `json:"code"`
	} `json:"node"`
}

// bearer is the API token the posts carry; the mutations need an admin's.
var bearer string

func post(t *testing.T, url, q string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

const searchQuery = `query($q: String!, $types: [SearchType!], $first: Int) {
  search(query: $q, types: $types, first: $first) {
    type title subtitle score
    node { __typename id ... on Region { code } }
  }
}`

func searchGQL(t *testing.T, url, q string, vars map[string]any) []gqlHit {
	t.Helper()
	if vars == nil {
		vars = map[string]any{}
	}
	vars["q"] = q
	r := post(t, url, searchQuery, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("search(%q): %+v", q, r.Errors)
	}
	var data struct{ Search []gqlHit }
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	return data.Search
}

func TestSearchThroughGraphQL(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := testdb.Open(t, d)
			buildWorld(builder{t, ctx, st.Client})
			idx := followed(t, st)
			h, err := server.New(server.Config{Store: st, Search: idx, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(h)
			t.Cleanup(ts.Close)

			hits := searchGQL(t, ts.URL, "yj", nil)
			if len(hits) == 0 || hits[0].Type != "REGION" || hits[0].Title != "延吉市" || hits[0].Node.Typename != "Region" ||
				hits[0].Node.Code != "222401000000" || hits[0].Score != 1 || hits[0].Subtitle == nil || *hits[0].Subtitle != "吉林省 / 延边朝鲜族自治州" {
				t.Fatalf("search(yj) = %+v", hits)
			}

			hits = searchGQL(t, ts.URL, "东光村", map[string]any{"types": []string{"REGION"}, "first": 1})
			if len(hits) != 1 || hits[0].Node.Typename != "Region" || hits[0].Title != "东光村" {
				t.Fatalf("search(东光村, REGION, first 1) = %+v", hits)
			}
			village := hits[0].Node.ID

			hits = searchGQL(t, ts.URL, "吉林省", nil)
			if len(hits) == 0 || hits[0].Subtitle != nil {
				t.Errorf("a province has no subtitle: %+v", hits)
			}

			for _, tc := range []struct {
				vars  map[string]any
				field string
			}{
				{map[string]any{"q": " "}, "query"},
				{map[string]any{"q": "yj", "first": 0}, "first"},
				{map[string]any{"q": "yj", "first": 101}, "first"},
			} {
				r := post(t, ts.URL, searchQuery, tc.vars)
				if len(r.Errors) != 1 || r.Errors[0].Extensions.Code != "BAD_USER_INPUT" || r.Errors[0].Extensions.Field != tc.field {
					t.Errorf("search(%v) errors = %+v, want BAD_USER_INPUT on %s", tc.vars, r.Errors, tc.field)
				}
			}

			// A mutation commits its transaction; the new person is found after it.
			bearer = apitest.Token(t, st.Client, "admin", user.RoleADMIN, nil)
			t.Cleanup(func() { bearer = "" })
			r := post(t, ts.URL, `mutation($home: ID!) { createPerson(input: {name: "金顺姬", nameLatin: "Jin Shunji", homeRegionID: $home}) { id } }`,
				map[string]any{"home": village})
			if len(r.Errors) > 0 {
				t.Fatalf("createPerson: %+v", r.Errors)
			}
			hits = searchGQL(t, ts.URL, "jsj", map[string]any{"types": []string{"PERSON"}})
			if len(hits) != 1 || hits[0].Title != "金顺姬" || hits[0].Node.Typename != "Person" ||
				hits[0].Subtitle == nil || *hits[0].Subtitle != "吉林省 / 延边朝鲜族自治州 / 延吉市 / 依兰镇 / 东光村" {
				t.Errorf("search(jsj) after createPerson = %+v", hits)
			}
		})
	}
}
