package twinning

import (
	"math"
	"strings"
)

// Factor names what a suggestion's score is made of.
type Factor string

// The factors of a score, each a value from 0 to 1.
const (
	// Capacity is the share of the partner's twinning capacity still free.
	Capacity Factor = "CAPACITY"
	// Distance is nearness: 1 at the village, 1/2 at HalfDistanceKm, and
	// 1/2 when either side has no coordinates.
	Distance Factor = "DISTANCE"
	// Industry is the fit of the partner's industry to the village's
	// leading industry: 1 when the same, 1/2 when one names the other, 0
	// otherwise (1/2 when either is unknown).
	Industry Factor = "INDUSTRY"
	// Ties are the paths already joining the two in the network: 1 for a
	// direct link, 1/2 for two steps, 1/4 for three, 0 beyond.
	Ties Factor = "TIES"
	// Activity is the partner's record: its activities in the last year
	// per live pair, 1 from ActiveEnough on.
	Activity Factor = "ACTIVITY"
)

// Factors lists the factors in the order they are shown.
var Factors = []Factor{Capacity, Distance, Industry, Ties, Activity}

// Weights are how much each factor counts.
type Weights map[Factor]float64

// DefaultWeights are the weights of a plan or suggestion that names none.
var DefaultWeights = Weights{Capacity: 0.2, Distance: 0.3, Industry: 0.2, Ties: 0.15, Activity: 0.15}

// Score is the weighted mean of values (each 0 to 1), so that it lies from
// 0 to 1 whatever the weights; 0 when every weight is 0.
func (w Weights) Score(values map[Factor]float64) float64 {
	var sum, total float64
	for _, f := range Factors {
		sum += w[f] * values[f]
		total += w[f]
	}
	if total == 0 {
		return 0
	}
	return sum / total
}

// HalfDistanceKm is the distance at which nearness is 1/2.
const HalfDistanceKm = 50

// ActiveEnough is the number of activities a year per live pair that
// counts as a full record.
const ActiveEnough = 4

// Point is a place's coordinates, in degrees.
type Point struct{ Lat, Lon float64 }

// Km is the great-circle distance between two points.
func Km(a, b Point) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dLat, dLon := la2-la1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Nearness is the Distance factor of two places (nil: no coordinates).
func Nearness(a, b *Point) float64 {
	if a == nil || b == nil {
		return 0.5
	}
	return HalfDistanceKm / (HalfDistanceKm + Km(*a, *b))
}

// Fit is the Industry factor of a partner's industry and a village's
// leading industry.
func Fit(partner, village string) float64 {
	p, v := strings.ToLower(strings.TrimSpace(partner)), strings.ToLower(strings.TrimSpace(village))
	switch {
	case p == "" || v == "":
		return 0.5
	case p == v:
		return 1
	case strings.Contains(p, v) || strings.Contains(v, p):
		return 0.5
	}
	return 0
}

// Closeness is the Ties factor of the number of steps between the two in
// the network (0 or less: not joined within reach).
func Closeness(steps int) float64 {
	if steps <= 0 || steps > 3 {
		return 0
	}
	return 1 / float64(int(1)<<(steps-1))
}

// Record is the Activity factor of a partner's activities in the last year
// and its live pairs.
func Record(activities, pairs int) float64 {
	if pairs <= 0 {
		return 0
	}
	return math.Min(1, float64(activities)/float64(pairs)/ActiveEnough)
}

// Room is the Capacity factor: the share of capacity left once used.
func Room(capacity, used int) float64 {
	if capacity <= 0 || used >= capacity {
		return 0
	}
	return float64(capacity-used) / float64(capacity)
}
