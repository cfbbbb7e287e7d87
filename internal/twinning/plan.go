// Package twinning pairs backward villages with urban partners: the plan
// that covers as many villages as the partners' remaining capacities allow
// with the largest total score, beside the greedy pairing it improves on.
package twinning

import (
	"container/heap"
	"math"
	"slices"
)

// Option is a partner a village can be twinned with, and the pair's score
// (at least 0; higher is better).
type Option struct {
	Partner int
	Score   float64
}

// Problem is a pairing to make: each village takes at most one of its
// options, and partner p at most Capacity[p] villages.
type Problem struct {
	Capacity []int
	// Options are each village's candidate partners (any order).
	Options [][]Option
}

// Assignment is a pairing: Partner[v] is village v's partner, -1 when it
// has none.
type Assignment struct {
	Partner []int
	// Assigned is how many villages have a partner; Total is the sum of
	// their pairs' scores.
	Assigned int
	Total    float64
}

func (pr Problem) empty() Assignment {
	a := Assignment{Partner: make([]int, len(pr.Options))}
	for v := range a.Partner {
		a.Partner[v] = -1
	}
	return a
}

func (a *Assignment) add(v int, o Option) {
	a.Partner[v] = o.Partner
	a.Assigned++
	a.Total += o.Score
}

// Greedy pairs the best-scoring pairs first: every option of every village
// in descending score (then by village, then by partner), taken when the
// village is still free and the partner has room. It is the baseline the
// optimal plan is compared with. Options cut as prune cuts them give the
// same pairing: a village's options are tried best first, places only fill
// up, and the other villages cannot fill all the places of its best options
// (they add up to the number of villages), so it is paired before its
// first option left out.
func Greedy(pr Problem) Assignment {
	type pair struct {
		v int
		o Option
	}
	var pairs []pair
	for v, os := range pr.Options {
		for _, o := range os {
			pairs = append(pairs, pair{v, o})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		switch {
		case a.o.Score > b.o.Score:
			return -1
		case a.o.Score < b.o.Score:
			return 1
		case a.v != b.v:
			return a.v - b.v
		}
		return a.o.Partner - b.o.Partner
	})
	a := pr.empty()
	left := slices.Clone(pr.Capacity)
	for _, p := range pairs {
		if a.Partner[p.v] < 0 && left[p.o.Partner] > 0 {
			left[p.o.Partner]--
			a.add(p.v, p.o)
		}
	}
	return a
}

// Optimal is the pairing that covers the most villages and, among those,
// has the largest total score: a minimum-cost flow in which every village
// sends one unit either through one of its options to a partner's capacity
// or, at no gain, to "none" (it stays uncovered). It is solved by
// successive shortest paths, one village at a time: each village's
// cheapest path in the residual network (Dijkstra over reduced costs) may
// move villages placed before it to other partners or to none, so the flow
// stays of least cost for the villages placed so far.
//
// Costs are integers: a pair costs -(cover + score in millionths), where
// cover exceeds any total of scores, so that one more village covered
// always outweighs any gain in score. Each village's options are first cut
// to its best ones whose capacities add up to the number of villages:
// some optimal pairing uses only those (a village paired outside them could
// move to one of them with room left, for a score no lower).
func Optimal(pr Problem) Assignment {
	nv, np := len(pr.Options), len(pr.Capacity)
	opts := make([][]Option, nv)
	var most float64
	for v, os := range pr.Options {
		opts[v] = prune(os, pr.Capacity, nv)
		best := 0.0
		for _, o := range opts[v] {
			best = max(best, o.Score)
		}
		most += best
	}
	cover := micros(most) + 1
	g := newGraph(nv, np, pr.Capacity)
	for v, os := range opts {
		for _, o := range os {
			g.pair(v, o.Partner, -(cover + micros(o.Score)))
		}
	}
	g.start()
	for v := range nv {
		g.augment(v)
	}
	a := pr.empty()
	for v, os := range opts {
		if p := g.partnerOf(v); p >= 0 {
			for _, o := range os {
				if o.Partner == p {
					a.add(v, o)
					break
				}
			}
		}
	}
	return a
}

func micros(s float64) int64 { return int64(math.Round(s * 1e6)) }

// bestFirst orders options by score, highest first, then by partner.
func bestFirst(a, b Option) int {
	switch {
	case a.Score > b.Score:
		return -1
	case a.Score < b.Score:
		return 1
	}
	return a.Partner - b.Partner
}

// prune keeps a village's best options (by score, then partner) whose
// partners' capacities add up to need, dropping partners without room.
func prune(os []Option, capacity []int, need int) []Option {
	out := make([]Option, 0, len(os))
	for _, o := range os {
		if capacity[o.Partner] > 0 {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, bestFirst)
	room := 0
	for i, o := range out {
		if room >= need {
			return out[:i]
		}
		room += capacity[o.Partner]
	}
	return out
}

// graph is the flow network: node 0..nv-1 the villages, nv..nv+np-1 the
// partners, then the sink and none.
type graph struct {
	nv, np int
	head   []int // first arc of each node, -1 for none
	arcs   []arc
	pot    []int64 // potentials: reduced costs stay at least 0
	dist   []int64
	prev   []int // arc into each node on the shortest path
	done   []bool
	seen   []int // nodes touched by the last search
}

type arc struct {
	to, next int
	cap      int
	cost     int64
}

func newGraph(nv, np int, capacity []int) *graph {
	n := nv + np + 2
	g := &graph{nv: nv, np: np, head: make([]int, n), pot: make([]int64, n), dist: make([]int64, n),
		prev: make([]int, n), done: make([]bool, n)}
	for i := range g.head {
		g.head[i] = -1
	}
	for p, c := range capacity {
		if c > 0 {
			g.addArc(nv+p, g.sink(), c, 0)
		}
	}
	g.addArc(g.none(), g.sink(), nv, 0)
	for v := range nv {
		g.addArc(v, g.none(), 1, 0)
	}
	for i := range g.dist {
		g.dist[i], g.prev[i] = inf, -1
	}
	return g
}

const inf = math.MaxInt64 / 4

func (g *graph) sink() int { return g.nv + g.np }
func (g *graph) none() int { return g.nv + g.np + 1 }

func (g *graph) addArc(from, to, capacity int, cost int64) {
	g.arcs = append(g.arcs, arc{to: to, next: g.head[from], cap: capacity, cost: cost},
		arc{to: from, next: g.head[to], cap: 0, cost: -cost})
	g.head[from] = len(g.arcs) - 2
	g.head[to] = len(g.arcs) - 1
}

func (g *graph) pair(v, p int, cost int64) { g.addArc(v, g.nv+p, 1, cost) }

// start sets the potentials to the shortest distances of the network
// without flow from the villages (at 0): it has no cycle, so they are read
// in order.
func (g *graph) start() {
	for v := range g.nv {
		for a := g.head[v]; a >= 0; a = g.arcs[a].next {
			if g.arcs[a].cap > 0 {
				g.pot[g.arcs[a].to] = min(g.pot[g.arcs[a].to], g.arcs[a].cost)
			}
		}
	}
	for p := range g.np {
		g.pot[g.sink()] = min(g.pot[g.sink()], g.pot[g.nv+p])
	}
}

// augment sends village v's unit to the sink along the cheapest path of
// the residual network (there is always one: through none). The search
// stops once the sink is settled; the nodes it settled get their distance
// added to their potential and every other node the sink's, which keeps
// every reduced cost at least 0.
func (g *graph) augment(v int) {
	for _, n := range g.seen {
		g.dist[n], g.done[n], g.prev[n] = inf, false, -1
	}
	g.seen = g.seen[:0]
	q := &queue{}
	g.reach(v, 0, -1, q)
	t := g.sink()
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		n := it.node
		if g.done[n] || it.dist != g.dist[n] {
			continue
		}
		g.done[n] = true
		if n == t {
			break
		}
		for a := g.head[n]; a >= 0; a = g.arcs[a].next {
			x := g.arcs[a]
			if x.cap == 0 || g.done[x.to] {
				continue
			}
			d := g.dist[n] + x.cost + g.pot[n] - g.pot[x.to]
			if d < g.dist[x.to] {
				g.reach(x.to, d, a, q)
			}
		}
	}
	dt := g.dist[t]
	for n := range g.pot {
		if g.done[n] {
			g.pot[n] += g.dist[n]
		} else {
			g.pot[n] += dt
		}
	}
	for n := t; n != v; {
		a := g.prev[n]
		g.arcs[a].cap--
		g.arcs[a^1].cap++
		n = g.arcs[a^1].to
	}
}

func (g *graph) reach(n int, d int64, via int, q *queue) {
	if g.dist[n] == inf {
		g.seen = append(g.seen, n)
	}
	g.dist[n], g.prev[n] = d, via
	heap.Push(q, item{node: n, dist: d})
}

// partnerOf is the partner village v sends its unit to, or -1.
func (g *graph) partnerOf(v int) int {
	for a := g.head[v]; a >= 0; a = g.arcs[a].next {
		if a%2 == 0 && g.arcs[a].cap == 0 && g.arcs[a].to >= g.nv && g.arcs[a].to < g.nv+g.np {
			return g.arcs[a].to - g.nv
		}
	}
	return -1
}

type item struct {
	node int
	dist int64
}

type queue []item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(item)) }
func (q *queue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
