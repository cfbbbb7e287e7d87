package twinning

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestFactors pins each factor's values at their landmarks.
func TestFactors(t *testing.T) {
	changchun, jilin := Point{43.8171, 125.3235}, Point{43.8378, 126.5496}
	if d := Km(changchun, jilin); d < 95 || d > 105 {
		t.Errorf("Changchun to Jilin City %.1f km, want about 98", d)
	}
	if Km(changchun, changchun) != 0 || Nearness(&changchun, &changchun) != 1 || Nearness(nil, &jilin) != 0.5 {
		t.Error("nearness at the village must be 1, without coordinates 1/2")
	}
	half := Point{0, HalfDistanceKm / 6371.0 * 180 / math.Pi}
	if n := Nearness(&Point{}, &half); math.Abs(n-0.5) > 1e-6 {
		t.Errorf("nearness at %d km = %f, want 1/2", HalfDistanceKm, n)
	}
	for _, c := range []struct {
		p, v string
		want float64
	}{{"Rice", " rice ", 1}, {"rice processing", "rice", 0.5}, {"tourism", "rice", 0}, {"", "rice", 0.5}} {
		if got := Fit(c.p, c.v); got != c.want {
			t.Errorf("Fit(%q, %q) = %v, want %v", c.p, c.v, got, c.want)
		}
	}
	for steps, want := range map[int]float64{0: 0, 1: 1, 2: 0.5, 3: 0.25, 4: 0} {
		if got := Closeness(steps); got != want {
			t.Errorf("Closeness(%d) = %v, want %v", steps, got, want)
		}
	}
	if Record(8, 2) != 1 || Record(2, 2) != 0.25 || Record(5, 0) != 0 {
		t.Error("record: 4 activities a year per pair is full, none without pairs")
	}
	if Room(4, 1) != 0.75 || Room(3, 3) != 0 || Room(0, 0) != 0 {
		t.Error("room is the free share of the capacity")
	}
}

// TestScore: the weighted mean stays from 0 to 1 whatever the weights.
func TestScore(t *testing.T) {
	all := map[Factor]float64{Capacity: 1, Distance: 1, Industry: 1, Ties: 1, Activity: 1}
	if s := DefaultWeights.Score(all); !near(s, 1) {
		t.Errorf("every factor at 1 scores %v", s)
	}
	one := map[Factor]float64{Distance: 1}
	if s := (Weights{Distance: 3, Ties: 1}).Score(one); !near(s, 0.75) {
		t.Errorf("score %v, want 0.75", s)
	}
	if s := (Weights{}).Score(all); s != 0 {
		t.Errorf("no weight scores %v", s)
	}
}
