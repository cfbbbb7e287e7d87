package network

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"grassroots/internal/fault"
)

// scope lists the live organizations whose region passes inScope, asking
// inScope once per region.
func (s *snap) scope(inScope func(regionID int) bool) []int32 {
	b := s.b
	var out []int32
	for r := int32(0); r < s.nr; r++ {
		if !inScope(int(s.regionID(r))) {
			continue
		}
		if int(r) < len(b.rids) {
			for _, v := range b.rOrgs[b.rOff[r]:b.rOff[r+1]] {
				if !b.dirty.get(v) {
					out = append(out, v)
				} else if o := s.org(v); o.alive && o.region == r {
					out = append(out, v)
				}
			}
		}
		for _, v := range s.regAdd[r] {
			if o := s.org(v); o.alive && o.region == r {
				out = append(out, v)
			}
		}
	}
	return out
}

// local is the filtered graph induced on a scope, with local indices.
type local struct {
	nodes []int32 // local → node
	off   []int32
	nbr   []int32 // local neighbour indices, one per edge end (parallel edges repeat)
}

func (s *snap) induce(nodes []int32, f *flt) *local {
	idx := newIMap(len(nodes))
	for i, v := range nodes {
		idx.add(v, int32(i))
	}
	g := &local{nodes: nodes, off: make([]int32, len(nodes)+1)}
	var buf []half
	for i, v := range nodes {
		buf = s.neighbors(v, f, buf[:0])
		for _, h := range buf {
			if j, ok := idx.get(h.nbr); ok {
				g.nbr = append(g.nbr, j)
			}
		}
		g.off[i+1] = int32(len(g.nbr))
	}
	return g
}

func (g *local) deg(i int32) int { return int(g.off[i+1] - g.off[i]) }

func checkScope(inScope func(int) bool) error {
	if inScope == nil {
		return fault.Invalid("scope", "a scope is required")
	}
	return nil
}

// Components returns the connected clusters of the organizations in scope,
// using only edges between them: at least minSize members (0 = 2), largest
// first, at most first of them (0 = all).
func (x *Index) Components(inScope func(regionID int) bool, f Filter, minSize, first int) ([]Component, error) {
	if err := checkScope(inScope); err != nil {
		return nil, err
	}
	if minSize < 0 {
		return nil, fault.Invalid("minSize", "minSize must not be negative")
	}
	if minSize == 0 {
		minSize = 2
	}
	if first < 0 {
		return nil, fault.Invalid("first", "first must not be negative")
	}
	fl, err := compile(f)
	if err != nil {
		return nil, err
	}
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	g := s.induce(s.scope(inScope), &fl)
	n := len(g.nodes)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range int32(n) {
		for _, j := range g.nbr[g.off[i]:g.off[i+1]] {
			if a, b := find(i), find(j); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	type comp struct {
		members []int32
		ends    int
	}
	byRoot := map[int32]*comp{}
	var comps []*comp
	for i := range int32(n) {
		r := find(i)
		c := byRoot[r]
		if c == nil {
			c = &comp{}
			byRoot[r] = c
			comps = append(comps, c)
		}
		c.members = append(c.members, i)
		c.ends += g.deg(i)
	}
	ids := make([]int64, n)
	for i, v := range g.nodes {
		ids[i] = s.id(v)
	}
	byDegree := func(a, b int32) int {
		if c := cmp.Compare(g.deg(b), g.deg(a)); c != 0 {
			return c
		}
		return cmp.Compare(ids[a], ids[b])
	}
	var out []Component
	for _, c := range comps {
		if len(c.members) < minSize {
			continue
		}
		slices.SortFunc(c.members, byDegree)
		m := make([]int, len(c.members))
		for i, v := range c.members {
			m[i] = int(ids[v])
		}
		out = append(out, Component{Size: len(m), LinkCount: c.ends / 2, Members: m})
	}
	slices.SortFunc(out, func(a, b Component) int {
		if c := cmp.Compare(b.Size, a.Size); c != 0 {
			return c
		}
		if c := cmp.Compare(b.LinkCount, a.LinkCount); c != 0 {
			return c
		}
		return cmp.Compare(a.Members[0], b.Members[0])
	})
	if first > 0 && len(out) > first {
		out = out[:first]
	}
	return out, nil
}

// ExactBetweenness is the largest scope whose betweenness is computed exactly.
const ExactBetweenness = 50000

// betweennessSamples is the number of sources sampled above it.
const betweennessSamples = 512

// Centrality ranks the organizations in scope (edges between them only):
// DEGREE counts edges; BETWEENNESS counts, for each organization, the pairs
// of others whose shortest paths run through it (each unordered pair once,
// split among equally short paths; exact by Brandes' algorithm up to 50,000
// organizations, estimated from sampled sources above); PAGERANK uses damping
// 0.85 and sums to 1. first = 0 returns every organization. Betweenness and
// PageRank stop with ctx's error when it is done.
func (x *Index) Centrality(ctx context.Context, inScope func(regionID int) bool, f Filter, measure string, first int) (*Centrality, error) {
	if err := checkScope(inScope); err != nil {
		return nil, err
	}
	if measure != "DEGREE" && measure != "BETWEENNESS" && measure != "PAGERANK" {
		return nil, fault.Invalid("measure", "unknown measure %q (DEGREE, BETWEENNESS or PAGERANK)", measure)
	}
	if first < 0 {
		return nil, fault.Invalid("first", "first must not be negative")
	}
	fl, err := compile(f)
	if err != nil {
		return nil, err
	}
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	g := s.induce(s.scope(inScope), &fl)
	n := len(g.nodes)
	out := &Centrality{Exact: true, Scope: n}
	var score []float64
	switch measure {
	case "DEGREE":
		score = make([]float64, n)
		for i := range int32(n) {
			score[i] = float64(g.deg(i))
		}
	case "BETWEENNESS":
		score, out.Exact, out.ErrorBound = g.betweenness(ctx, rand.New(rand.NewPCG(uint64(n), 1)))
	case "PAGERANK":
		score = g.pagerank(ctx)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out.Scores = make([]Score, n)
	for i, v := range g.nodes {
		out.Scores[i] = Score{ID: int(s.id(v)), Score: score[i]}
	}
	slices.SortFunc(out.Scores, func(a, b Score) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if first > 0 && len(out.Scores) > first {
		out.Scores = out.Scores[:first]
	}
	return out, nil
}

// simple returns the graph without parallel edges.
func (g *local) simple() *local {
	h := &local{nodes: g.nodes, off: make([]int32, len(g.nodes)+1)}
	for i := range len(g.nodes) {
		ns := slices.Clone(g.nbr[g.off[i]:g.off[i+1]])
		slices.Sort(ns)
		ns = slices.Compact(ns)
		h.nbr = append(h.nbr, ns...)
		h.off[i+1] = int32(len(h.nbr))
	}
	return h
}

// betweenness runs Brandes' algorithm from every source (or from sampled
// sources, scaled, above ExactBetweenness), in parallel.
func (g *local) betweenness(ctx context.Context, rng *rand.Rand) ([]float64, bool, float64) {
	g = g.simple()
	n := len(g.nodes)
	sources := make([]int32, 0, n)
	exact := n <= ExactBetweenness
	if exact {
		for i := range int32(n) {
			sources = append(sources, i)
		}
	} else {
		for _, i := range rng.Perm(n)[:betweennessSamples] {
			sources = append(sources, int32(i))
		}
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(sources)/16))
	parts := make([][]float64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cb := make([]float64, n)
			sigma := make([]float64, n)
			delta := make([]float64, n)
			dist := make([]int32, n)
			for i := range dist {
				dist[i] = -1
			}
			order := make([]int32, 0, n)
			for k := w; k < len(sources) && ctx.Err() == nil; k += workers {
				src := sources[k]
				order = order[:0]
				sigma[src], dist[src] = 1, 0
				order = append(order, src)
				for q := 0; q < len(order); q++ {
					v := order[q]
					for _, u := range g.nbr[g.off[v]:g.off[v+1]] {
						if dist[u] < 0 {
							dist[u] = dist[v] + 1
							order = append(order, u)
						}
						if dist[u] == dist[v]+1 {
							sigma[u] += sigma[v]
						}
					}
				}
				for q := len(order) - 1; q >= 0; q-- {
					u := order[q]
					for _, v := range g.nbr[g.off[u]:g.off[u+1]] {
						if dist[v] == dist[u]-1 {
							delta[v] += sigma[v] / sigma[u] * (1 + delta[u])
						}
					}
					if u != src {
						cb[u] += delta[u]
					}
				}
				for _, v := range order {
					sigma[v], delta[v], dist[v] = 0, 0, -1
				}
			}
			parts[w] = cb
		}()
	}
	wg.Wait()
	score := make([]float64, n)
	for _, p := range parts {
		for i, v := range p {
			score[i] += v
		}
	}
	// Each unordered pair was counted from both ends.
	scale := 0.5
	bound := 0.0
	if !exact {
		k := float64(len(sources))
		scale *= float64(n) / k
		// Hoeffding: each source contributes at most n-2 to a node's
		// dependency; with k uniform sources the scaled estimate is within
		// n(n-2)/2 · sqrt(ln(2/0.05)/(2k)) of the exact score with 95%
		// probability, per organization.
		bound = float64(n) * float64(n-2) / 2 * math.Sqrt(math.Log(2/0.05)/(2*k))
	}
	for i := range score {
		score[i] *= scale
	}
	return score, exact, bound
}

// pagerank iterates to convergence with damping 0.85; isolated organizations
// spread their rank evenly.
func (g *local) pagerank(ctx context.Context) []float64 {
	n := len(g.nodes)
	if n == 0 {
		return nil
	}
	const d = 0.85
	pr := make([]float64, n)
	next := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	for iter := 0; iter < 200 && ctx.Err() == nil; iter++ {
		dangling := 0.0
		for i := range next {
			next[i] = 0
		}
		for i := range int32(n) {
			deg := g.deg(i)
			if deg == 0 {
				dangling += pr[i]
				continue
			}
			share := pr[i] / float64(deg)
			for _, j := range g.nbr[g.off[i]:g.off[i+1]] {
				next[j] += share
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		diff, sum := 0.0, 0.0
		for i := range next {
			next[i] = base + d*next[i]
			sum += next[i]
		}
		for i := range next {
			next[i] /= sum
			diff += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < 1e-12 {
			break
		}
	}
	return pr
}
