package network

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"grassroots/internal/fault"
)

const testRegion = 7

// graph builds an index from edges between small IDs (1-based), as links of
// one kind, either in the overlay or compacted into the CSR.
func graph(t *testing.T, n int, edges [][2]int, compact bool) *Index {
	t.Helper()
	x := New()
	for i := 1; i <= n; i++ {
		x.ApplyOrg(OrgRow{ID: i, RegionID: testRegion})
	}
	for i, e := range edges {
		x.ApplyLink(LinkRow{ID: 1000 + i, Kind: "VILLAGE_VILLAGE", Status: "ACTIVE", SourceID: e[0], TargetID: e[1]})
	}
	if compact {
		x.compact()
	}
	return x
}

func both(t *testing.T, f func(t *testing.T, compact bool)) {
	t.Run("overlay", func(t *testing.T) { f(t, false) })
	t.Run("csr", func(t *testing.T) { f(t, true) })
}

func all(int) bool { return true }

func TestStarTruncation(t *testing.T) {
	both(t, func(t *testing.T, compact bool) {
		// Hub 1 with 300 leaves; leaves 2..11 have an extra leaf each, so they
		// have degree 2 and must be chosen first.
		var edges [][2]int
		for i := 2; i <= 301; i++ {
			edges = append(edges, [2]int{1, i})
		}
		for i := 2; i <= 11; i++ {
			edges = append(edges, [2]int{i, 400 + i})
		}
		x := graph(t, 420, edges, compact)
		e, err := x.Ego([]int{1}, 1, Filter{}, 21)
		if err != nil {
			t.Fatal(err)
		}
		if !e.Truncated || len(e.Nodes) != 21 {
			t.Fatalf("truncated=%v nodes=%d", e.Truncated, len(e.Nodes))
		}
		hub := e.Nodes[0]
		if hub.ID != 1 || hub.Depth != 0 || hub.Degree != 300 || hub.Hidden != 280 {
			t.Fatalf("hub = %+v", hub)
		}
		for i, n := range e.Nodes[1:] {
			want := 2 + i
			if n.ID != want || n.Depth != 1 {
				t.Fatalf("node %d = %+v, want ID %d", i+1, n, want)
			}
			if n.Hidden != 0 { // at the depth limit: outer neighbours are not hidden by maxNodes
				t.Fatalf("leaf hidden = %d", n.Hidden)
			}
			if wantDeg := 1 + b2i(want <= 11); n.Degree != wantDeg {
				t.Fatalf("leaf %d degree %d want %d", n.ID, n.Degree, wantDeg)
			}
		}
		if len(e.Edges) != 20 {
			t.Fatalf("edges = %d", len(e.Edges))
		}
		// Depth 2, room for everything at depth 1 but not beyond.
		e, err = x.Ego([]int{1}, 2, Filter{}, 305)
		if err != nil {
			t.Fatal(err)
		}
		if !e.Truncated || len(e.Nodes) != 305 || e.Nodes[0].Hidden != 0 {
			t.Fatalf("depth 2: truncated=%v nodes=%d hub=%+v", e.Truncated, len(e.Nodes), e.Nodes[0])
		}
		hidden := 0
		for _, n := range e.Nodes {
			hidden += n.Hidden
		}
		if hidden != 6 {
			t.Fatalf("hidden total %d want 6", hidden)
		}
		e, err = x.Ego([]int{1}, 2, Filter{}, 5000)
		if err != nil {
			t.Fatal(err)
		}
		if e.Truncated || len(e.Nodes) != 311 {
			t.Fatalf("untruncated: %v %d", e.Truncated, len(e.Nodes))
		}
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestKPaths(t *testing.T) {
	both(t, func(t *testing.T, compact bool) {
		//   1 - 2 - 5
		//   1 - 3 - 5
		//   1 - 4 - 6 - 5
		//   2 - 3
		x := graph(t, 6, [][2]int{{1, 2}, {2, 5}, {1, 3}, {3, 5}, {1, 4}, {4, 6}, {6, 5}, {2, 3}}, compact)
		ps, err := x.Paths(1, 5, Filter{}, 8, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got [][]int
		for _, p := range ps {
			got = append(got, p.Nodes)
			if len(p.Edges) != len(p.Nodes)-1 {
				t.Fatalf("path %v has %d edges", p.Nodes, len(p.Edges))
			}
			for i, e := range p.Edges {
				a, b := p.Nodes[i], p.Nodes[i+1]
				if !(e.Source == a && e.Target == b || e.Source == b && e.Target == a) {
					t.Fatalf("edge %+v does not join %d and %d", e, a, b)
				}
			}
		}
		want := map[string]int{"[1 2 5]": 2, "[1 3 5]": 2, "[1 2 3 5]": 3, "[1 3 2 5]": 3, "[1 4 6 5]": 3}
		if len(got) != len(want) {
			t.Fatalf("paths %v", got)
		}
		for i, p := range got {
			if l, ok := want[fmtInts(p)]; !ok || l != len(p)-1 {
				t.Fatalf("unexpected path %v", p)
			}
			if i > 0 && len(p) < len(got[i-1]) {
				t.Fatalf("not shortest first: %v", got)
			}
		}
		ps, err = x.Paths(1, 5, Filter{}, 2, 10)
		if err != nil || len(ps) != 2 {
			t.Fatalf("maxLength 2: %v %v", len(ps), err)
		}
		sp, err := x.ShortestPath(4, 2, Filter{}, 8)
		if err != nil || sp == nil || len(sp.Edges) != 2 {
			t.Fatalf("shortest 4→2: %+v %v", sp, err)
		}
		if sp, err := x.ShortestPath(4, 2, Filter{}, 1); sp != nil || err != nil {
			t.Fatalf("maxLength 1: %+v %v", sp, err)
		}
	})
}

func fmtInts(p []int) string {
	s := "["
	for i, v := range p {
		if i > 0 {
			s += " "
		}
		s += itoa(v)
	}
	return s + "]"
}

func itoa(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

func scores(t *testing.T, x *Index, measure string) map[int]float64 {
	t.Helper()
	c, err := x.Centrality(context.Background(), all, Filter{}, measure, 0)
	if err != nil {
		t.Fatal(err)
	}
	m := map[int]float64{}
	for _, s := range c.Scores {
		m[s.ID] = s.Score
	}
	if !c.Exact || c.ErrorBound != 0 {
		t.Fatalf("exact=%v bound=%v", c.Exact, c.ErrorBound)
	}
	return m
}

func TestBetweenness(t *testing.T) {
	both(t, func(t *testing.T, compact bool) {
		// Path 1-2-3-4-5: node i lies between (i-1)(5-i) pairs.
		x := graph(t, 5, [][2]int{{1, 2}, {2, 3}, {3, 4}, {4, 5}}, compact)
		got := scores(t, x, "BETWEENNESS")
		for i := 1; i <= 5; i++ {
			if want := float64((i - 1) * (5 - i)); math.Abs(got[i]-want) > 1e-9 {
				t.Fatalf("path: node %d = %v want %v", i, got[i], want)
			}
		}
		// Star: hub 1 with 6 leaves lies between 15 pairs; a parallel edge changes nothing.
		var edges [][2]int
		for i := 2; i <= 7; i++ {
			edges = append(edges, [2]int{1, i})
		}
		edges = append(edges, [2]int{2, 1})
		x = graph(t, 7, edges, compact)
		got = scores(t, x, "BETWEENNESS")
		if got[1] != 15 || got[2] != 0 {
			t.Fatalf("star: %v", got)
		}
		// Square 1-2-3-4-1: each node is between its two neighbours on one of two paths.
		x = graph(t, 4, [][2]int{{1, 2}, {2, 3}, {3, 4}, {4, 1}}, compact)
		got = scores(t, x, "BETWEENNESS")
		for i := 1; i <= 4; i++ {
			if math.Abs(got[i]-0.5) > 1e-9 {
				t.Fatalf("square: %v", got)
			}
		}
		deg := scores(t, x, "DEGREE")
		if deg[1] != 2 {
			t.Fatalf("degree %v", deg)
		}
	})
}

func TestPageRank(t *testing.T) {
	both(t, func(t *testing.T, compact bool) {
		var edges [][2]int
		for i := 2; i <= 9; i++ {
			edges = append(edges, [2]int{1, i})
		}
		edges = append(edges, [2]int{9, 10}, [2]int{10, 11})
		x := graph(t, 13, edges, compact) // 12 and 13 isolated
		got := scores(t, x, "PAGERANK")
		sum := 0.0
		for _, v := range got {
			sum += v
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Fatalf("sum = %v", sum)
		}
		for id, v := range got {
			if id != 1 && v >= got[1] {
				t.Fatalf("hub %v not above %d: %v", got[1], id, v)
			}
		}
		if math.Abs(got[12]-got[13]) > 1e-12 || got[2] <= got[12] {
			t.Fatalf("isolated %v %v leaf %v", got[12], got[13], got[2])
		}
	})
}

func TestSampledBetweenness(t *testing.T) {
	// A path long enough to be sampled: the estimate stays within the bound.
	n := ExactBetweenness + 100
	g := &local{nodes: make([]int32, n), off: make([]int32, n+1)}
	for i := range n {
		if i > 0 {
			g.nbr = append(g.nbr, int32(i-1))
		}
		if i < n-1 {
			g.nbr = append(g.nbr, int32(i+1))
		}
		g.off[i+1] = int32(len(g.nbr))
	}
	if testing.Short() {
		t.Log("short mode still runs the sampled computation")
	}
	sc, exact, bound := g.betweenness(context.Background(), newRand())
	if exact || bound <= 0 {
		t.Fatalf("exact=%v bound=%v", exact, bound)
	}
	mid := n / 2
	want := float64(mid) * float64(n-1-mid)
	if math.Abs(sc[mid]-want) > bound {
		t.Fatalf("middle %v want %v ± %v", sc[mid], want, bound)
	}
}

func TestCentralityStopsWithItsContext(t *testing.T) {
	// A path of 2,000 organizations: exact betweenness runs 2,000 searches.
	var edges [][2]int
	for i := 1; i < 2000; i++ {
		edges = append(edges, [2]int{i, i + 1})
	}
	x := graph(t, 2000, edges, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, m := range []string{"BETWEENNESS", "PAGERANK"} {
		if _, err := x.Centrality(ctx, all, Filter{}, m, 10); !errors.Is(err, context.Canceled) {
			t.Fatalf("%s with a cancelled context: %v", m, err)
		}
		if c, err := x.Centrality(context.Background(), all, Filter{}, m, 10); err != nil || len(c.Scores) != 10 {
			t.Fatalf("%s: %v", m, err)
		}
	}
}

func TestValidation(t *testing.T) {
	x := graph(t, 3, [][2]int{{1, 2}}, false)
	check := func(err error, code fault.Code, field string) {
		t.Helper()
		fe, ok := fault.As(err)
		if !ok || fe.Code != code || fe.Field != field {
			t.Fatalf("got %v, want %s on %s", err, code, field)
		}
	}
	_, err := x.Ego(nil, 1, Filter{}, 10)
	check(err, fault.BadInput, "seeds")
	_, err = x.Ego([]int{99}, 1, Filter{}, 10)
	check(err, fault.NotFound, "seeds")
	_, err = x.Ego([]int{1}, 4, Filter{}, 10)
	check(err, fault.BadInput, "depth")
	_, err = x.Ego([]int{1}, -1, Filter{}, 10)
	check(err, fault.BadInput, "depth")
	_, err = x.Ego([]int{1}, 1, Filter{}, 0)
	check(err, fault.BadInput, "maxNodes")
	_, err = x.Ego([]int{1}, 1, Filter{}, 5001)
	check(err, fault.BadInput, "maxNodes")
	_, err = x.Ego([]int{1}, 1, Filter{Kinds: []string{"NOPE"}}, 10)
	check(err, fault.BadInput, "kinds")
	_, err = x.ShortestPath(1, 1, Filter{}, 8)
	check(err, fault.BadInput, "to")
	_, err = x.ShortestPath(99, 1, Filter{}, 8)
	check(err, fault.NotFound, "from")
	_, err = x.ShortestPath(1, 99, Filter{}, 8)
	check(err, fault.NotFound, "to")
	_, err = x.ShortestPath(1, 2, Filter{}, 21)
	check(err, fault.BadInput, "maxLength")
	_, err = x.Paths(1, 2, Filter{}, 8, 11)
	check(err, fault.BadInput, "first")
	_, err = x.Paths(1, 2, Filter{}, 8, 0)
	check(err, fault.BadInput, "first")
	_, err = x.Centrality(context.Background(), all, Filter{}, "CLOSENESS", 10)
	check(err, fault.BadInput, "measure")
	_, err = x.Components(all, Filter{}, -1, 10)
	check(err, fault.BadInput, "minSize")
	x.RemoveOrg(3)
	_, err = x.Ego([]int{3}, 1, Filter{}, 10)
	check(err, fault.NotFound, "seeds")
	if x.Has(3) || !x.Has(1) {
		t.Fatal("Has")
	}
	var fe *fault.Error
	if !errors.As(err, &fe) {
		t.Fatal("not a fault")
	}
}

func TestAsOfAndStatus(t *testing.T) {
	day := func(s string) *time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return &d
	}
	x := New()
	for i := 1; i <= 4; i++ {
		x.ApplyOrg(OrgRow{ID: i, RegionID: testRegion})
	}
	x.ApplyOrg(OrgRow{ID: 5, RegionID: testRegion, ParentID: 1, HostID: 4})
	x.ApplyLink(LinkRow{ID: 10, Kind: "INDUSTRY_CHAIN", Status: "ACTIVE", SourceID: 1, TargetID: 2, StartedOn: day("2020-01-01"), EndedOn: day("2021-01-01")})
	x.ApplyLink(LinkRow{ID: 11, Kind: "VILLAGE_VILLAGE", Status: "PROPOSED", SourceID: 2, TargetID: 3})
	x.ApplyLink(LinkRow{ID: 12, Kind: "VILLAGE_VILLAGE", Status: "ENDED", SourceID: 3, TargetID: 4, EndedOn: day("2022-06-01")})
	at := func(s string, hier bool, kinds ...string) []int {
		e, err := x.Ego([]int{1, 2, 3, 4, 5}, 0, Filter{AsOf: *day(s), Hierarchy: hier, Kinds: kinds}, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ls []int
		for _, e := range e.Edges {
			ls = append(ls, e.LinkID)
		}
		slices.Sort(ls)
		return ls
	}
	for _, c := range []struct {
		on    string
		hier  bool
		kinds []string
		want  []int
	}{
		{"2019-12-31", false, nil, []int{12}},
		{"2020-01-01", false, nil, []int{10, 12}},
		{"2020-12-31", false, []string{"INDUSTRY_CHAIN"}, []int{10}},
		{"2021-01-01", false, nil, []int{12}},
		{"2022-06-01", false, nil, nil},
		{"2022-06-01", true, nil, []int{0, 0}},
		{"2022-06-01", false, []string{"HOST"}, []int{0}},
	} {
		if got := at(c.on, c.hier, c.kinds...); !slices.Equal(got, c.want) {
			t.Errorf("%s hier=%v kinds=%v: %v want %v", c.on, c.hier, c.kinds, got, c.want)
		}
	}
	p, err := x.ShortestPath(1, 4, Filter{Hierarchy: true, AsOf: *day("2022-01-01")}, 8)
	if err != nil || p == nil {
		t.Fatal(p, err)
	}
	ids := []string{p.Edges[0].ID, p.Edges[1].ID}
	if !slices.Equal(ids, []string{"parent:5", "host:5"}) && len(p.Edges) != 2 {
		t.Fatalf("path %+v", p)
	}
	if e := p.Edges[0]; e.Source != 1 || e.Target != 5 || e.Kind != "PARENT" {
		t.Fatalf("parent edge %+v", e)
	}
	if e := p.Edges[1]; e.Source != 4 || e.Target != 5 || e.Kind != "HOST" || e.ID != "host:5" {
		t.Fatalf("host edge %+v", e)
	}
}

func newRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }

// Sizes the tests ask for, as a client would by default.
const (
	testMaxNodes  = 500
	testMaxLength = 8
)
