package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"grassroots/ent/region"
)

// seedProvince stores a province with n cities below it.
func seedProvince(t *testing.T, e *env, n int) {
	t.Helper()
	ctx := t.Context()
	c := e.store.Client
	p, err := c.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel(region.LevelPROVINCE).Save(ctx)
	if err != nil {
		t.Fatalf("create province: %v", err)
	}
	for i := 1; i <= n; i++ {
		_, err := c.Region.Create().
			SetCode(fmt.Sprintf("22%02d00000000", i)).SetName(fmt.Sprintf("市%02d", i)).
			SetLevel(region.LevelCITY).SetParentID(p.ID).Save(ctx)
		if err != nil {
			t.Fatalf("create city %d: %v", i, err)
		}
	}
}

type page struct {
	TotalCount int
	Edges      []struct {
		Node struct {
			ID       string
			Children *page
		}
	}
}

func TestDefaultPageSize(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		seedProvince(t, e, 25) // 26 regions, 25 of them children of the first

		cases := []struct {
			name  string
			query string
			vars  map[string]any
			edges int
		}{
			{"neither first nor last", `{ regions { totalCount edges { node { id } } } }`, nil, 20},
			{"same text again, from the query cache", `{ regions { totalCount edges { node { id } } } }`, nil, 20},
			{"first null in a variable", `query Q($n: Int) { regions(first: $n) { totalCount edges { node { id } } } }`, map[string]any{"n": nil}, 20},
			{"same text, first given", `query Q($n: Int) { regions(first: $n) { totalCount edges { node { id } } } }`, map[string]any{"n": 3}, 3},
			{"last given", `{ regions(last: 5) { totalCount edges { node { id } } } }`, nil, 5},
			{"first: 100", `{ regions(first: 100) { totalCount edges { node { id } } } }`, nil, 26},
			{"inside a fragment", `query F { ...R } fragment R on Query { regions { totalCount edges { node { id } } } }`, nil, 20},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				var d struct{ Regions page }
				e.query(t, c.query, c.vars).ok(t, &d)
				if d.Regions.TotalCount != 26 {
					t.Errorf("totalCount = %d, want 26", d.Regions.TotalCount)
				}
				if len(d.Regions.Edges) != c.edges {
					t.Errorf("%d edges, want %d", len(d.Regions.Edges), c.edges)
				}
			})
		}

		// One document text, cached once, with and without first at the same
		// time: the default must not leak from one request into another.
		t.Run("concurrent requests sharing the cached document", func(t *testing.T) {
			const q = `query Shared($n: Int) { regions(first: $n) { edges { node { id } } } }`
			type outcome struct {
				want int
				body []byte
				err  error
			}
			results := make(chan outcome, 40)
			for i := range 40 {
				n, want := "null", 20
				if i%2 == 1 {
					n, want = "3", 3
				}
				go func() {
					body := `{"query": "` + q + `", "variables": {"n": ` + n + `}}`
					res, err := http.Post(e.url+"/graphql", "application/json", strings.NewReader(body))
					if err != nil {
						results <- outcome{want: want, err: err}
						return
					}
					defer res.Body.Close()
					b, err := io.ReadAll(res.Body)
					results <- outcome{want, b, err}
				}()
			}
			for range 40 {
				r := waitFor(t, results, "a concurrent reply")
				var d struct {
					Data   struct{ Regions page }
					Errors []any
				}
				if r.err != nil || json.Unmarshal(r.body, &d) != nil || len(d.Errors) > 0 {
					t.Errorf("reply %s (%v)", r.body, r.err)
				} else if got := len(d.Data.Regions.Edges); got != r.want {
					t.Errorf("got %d edges, want %d", got, r.want)
				}
			}
		})

		t.Run("nested connection, eager-loaded", func(t *testing.T) {
			var d struct{ Regions page }
			q := `{ regions(first: 1, where: { level: PROVINCE }) { edges { node { id
				children { totalCount edges { node { id } } } } } } }`
			e.query(t, q, nil).ok(t, &d)
			if len(d.Regions.Edges) != 1 || d.Regions.Edges[0].Node.Children == nil {
				t.Fatalf("want the province with its children, got %+v", d.Regions)
			}
			ch := d.Regions.Edges[0].Node.Children
			if ch.TotalCount != 25 || len(ch.Edges) != 20 {
				t.Errorf("children: totalCount %d, %d edges; want 25 and 20", ch.TotalCount, len(ch.Edges))
			}
		})
	})
}
