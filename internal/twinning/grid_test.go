package twinning

import (
	"math/rand/v2"
	"testing"

	"grassroots/ent"
)

// randomPlan makes candidates and villages with few places, industries and
// ties, as a province has.
func randomPlan(r *rand.Rand, nv, np int) ([]candidate, []target, []map[int]int) {
	industries := []string{"", "tea", "Tea", "rice", "rice farming", "tourism"}
	point := func() *Point {
		if r.IntN(5) == 0 {
			return nil
		}
		return &Point{42 + float64(r.IntN(4)), 125 + float64(r.IntN(4))}
	}
	cands := make([]candidate, np)
	for i := range cands {
		c := 1 + r.IntN(3)
		cands[i] = candidate{org: &ent.Organization{ID: 1000 + i, Industry: industries[r.IntN(len(industries))]}, at: point(),
			capacity: c, load: r.IntN(c + 1), active: r.IntN(4), activities: r.IntN(20)}
	}
	targets := make([]target, nv)
	steps := make([]map[int]int, nv)
	for v := range targets {
		rg := &ent.Region{LeadingIndustry: industries[r.IntN(len(industries))]}
		if p := point(); p != nil {
			rg.Latitude, rg.Longitude = &p.Lat, &p.Lon
		}
		targets[v] = target{region: rg, org: v}
		steps[v] = map[int]int{}
		for range r.IntN(3) {
			steps[v][1000+r.IntN(np)] = 1 + r.IntN(4)
		}
	}
	return cands, targets, steps
}

// TestGridScoresAsWeights checks that a plan's scores are the suggestions'
// (Weights.score) to the last bit, and that each village keeps its best
// options whose places add up to the villages.
func TestGridScoresAsWeights(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		cands, targets, steps := randomPlan(r, 1+r.IntN(8), 1+r.IntN(30))
		w := Weights{Capacity: r.Float64(), Distance: r.Float64(), Industry: r.Float64(), Ties: r.Float64(), Activity: r.Float64()}
		capacity := make([]int, len(cands))
		for i, c := range cands {
			capacity[i] = c.remaining()
		}
		pr, _ := newGrid(w, cands, capacity, len(targets)).problem(targets, func(org int) map[int]int { return steps[org] })
		for v, os := range pr.Options {
			var full []Option
			for i, c := range cands {
				s, _, _ := w.score(targets[v], c, steps[v][c.org.ID])
				full = append(full, Option{Partner: i, Score: s})
			}
			want := prune(full, capacity, len(targets))
			if len(os) != len(want) {
				t.Fatalf("village %d keeps %d options, want %d", v, len(os), len(want))
			}
			for i := range os {
				if os[i] != want[i] {
					t.Fatalf("village %d option %d: %+v, want %+v", v, i, os[i], want[i])
				}
			}
		}
	}
}

// TestGreedyOnCutOptions checks that the greedy pairing of cut options is
// the greedy pairing of all of them.
func TestGreedyOnCutOptions(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		pr := randomProblem(r)
		cut := Problem{Capacity: pr.Capacity, Options: make([][]Option, len(pr.Options))}
		for v, os := range pr.Options {
			cut.Options[v] = prune(os, pr.Capacity, len(pr.Options))
		}
		a, b := Greedy(pr), Greedy(cut)
		for v := range a.Partner {
			if a.Partner[v] != b.Partner[v] {
				t.Fatalf("%+v: greedy pairs village %d with %d, on cut options with %d", pr, v, a.Partner[v], b.Partner[v])
			}
		}
	}
}
