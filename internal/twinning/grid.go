package twinning

import (
	"runtime"
	"slices"
	"sync"
)

// grid holds what the scores of a plan's pairs are made of, per partner, so
// that a village's score with each of thousands of partners costs a few
// lookups: the partners' places and industries are few, and each is
// compared with the village once.
type grid struct {
	w            [5]float64 // by Factors' order
	total        float64
	room, record []float64 // by candidate
	place        []int     // candidate → places
	places       []*Point
	industry     []int // candidate → industries
	industries   []string
	index        map[int]int // partner organization ID → candidate
	capacity     []int
	need         int // the villages planned: each keeps options whose places add up to it
}

func newGrid(w Weights, cands []candidate, capacity []int, need int) *grid {
	g := &grid{room: make([]float64, len(cands)), record: make([]float64, len(cands)), place: make([]int, len(cands)),
		industry: make([]int, len(cands)), index: make(map[int]int, len(cands)), capacity: capacity, need: need}
	for i, f := range Factors {
		g.w[i] = w[f]
		g.total += w[f]
	}
	placeOf, industryOf := map[Point]int{}, map[string]int{}
	for i, p := range cands {
		g.room[i], g.record[i] = Room(p.capacity, p.load), Record(p.activities, p.active)
		g.index[p.org.ID] = i
		g.place[i] = -1
		if p.at != nil {
			k, ok := placeOf[*p.at]
			if !ok {
				k = len(g.places)
				placeOf[*p.at] = k
				g.places = append(g.places, p.at)
			}
			g.place[i] = k
		}
		k, ok := industryOf[p.org.Industry]
		if !ok {
			k = len(g.industries)
			industryOf[p.org.Industry] = k
			g.industries = append(g.industries, p.org.Industry)
		}
		g.industry[i] = k
	}
	return g
}

// buffers are one worker's scratch space.
type buffers struct {
	near, fit, ties []float64
	opts            []Option
}

// options are village t's options, scored as Weights.score scores them
// (steps: its ties), cut as prune cuts them: its best ones whose places add
// up to the villages planned.
func (g *grid) options(t target, steps map[int]int, b *buffers) []Option {
	return slices.Clone(prune(g.scores(t, steps, b), g.capacity, g.need))
}

// scores are village t's options with every partner with a place, scored
// as Weights.score scores them (steps: its ties), in partner order; they
// live in b until its next use.
func (g *grid) scores(t target, steps map[int]int, b *buffers) []Option {
	at := t.at()
	b.near = b.near[:0]
	for _, p := range g.places {
		b.near = append(b.near, Nearness(at, p))
	}
	noPlace := Nearness(at, nil)
	b.fit = b.fit[:0]
	for _, ind := range g.industries {
		b.fit = append(b.fit, Fit(ind, t.region.LeadingIndustry))
	}
	if cap(b.ties) < len(g.room) {
		b.ties = make([]float64, len(g.room))
	}
	b.ties = b.ties[:len(g.room)]
	clear(b.ties)
	for org, st := range steps {
		if i, ok := g.index[org]; ok {
			b.ties[i] = Closeness(st)
		}
	}
	b.opts = b.opts[:0]
	for i := range g.room {
		if g.capacity[i] <= 0 {
			continue
		}
		near := noPlace
		if k := g.place[i]; k >= 0 {
			near = b.near[k]
		}
		var sum float64
		sum += g.w[0] * g.room[i]
		sum += g.w[1] * near
		sum += g.w[2] * b.fit[g.industry[i]]
		sum += g.w[3] * b.ties[i]
		sum += g.w[4] * g.record[i]
		b.opts = append(b.opts, Option{Partner: i, Score: sum / g.total})
	}
	return b.opts
}

// problem scores every village's pairs on all the processors, each
// village's options cut to its best; reach gives a village's ties, which
// it returns by village.
func (g *grid) problem(targets []target, reach func(org int) map[int]int) (Problem, []map[int]int) {
	pr := Problem{Capacity: g.capacity, Options: make([][]Option, len(targets))}
	steps := make([]map[int]int, len(targets))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var b buffers
			for v := range next {
				steps[v] = reach(targets[v].org)
				pr.Options[v] = g.options(targets[v], steps[v], &b)
			}
		})
	}
	for v := range targets {
		next <- v
	}
	close(next)
	wg.Wait()
	return pr, steps
}
