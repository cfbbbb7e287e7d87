package bench

import (
	"slices"
	"time"
)

// Targets of the comparison with PostGraphile (PostgreSQL, province scale)
// and of the nested shape on SQLite (prefecture scale).
const (
	TargetNestedRatio  = 2.0 // × the better PostGraphile's req/s, with a p99 no worse
	TargetFlatRatio    = 1.5
	TargetNestedCPU    = 3 * time.Millisecond // our server's CPU per request
	TargetSQLiteNested = 240.0                // req/s: 4× the 60 measured before
)

// TwinResult is what the twin shapes measured on one database.
type TwinResult struct {
	Servers []string // [0] is ours
	Vacuum  time.Duration
	Rounds  int
	Round   time.Duration
	Shapes  []*ShapeResult
	// SignedIn is the nested shape on ours, anonymous and as a coordinator.
	SignedIn *ShapeResult
}

// ShapeResult is one shape on every server, in TwinResult.Servers' order.
type ShapeResult struct {
	Shape   string
	Figures []*ServerFigures
}

// ServerFigures are one server's rounds of one shape.
type ServerFigures struct {
	Server       string
	Rounds       []*LoadResult
	CPU          *CPUUse // per request over the rounds; nil when /proc does not tell
	WarmupErrors int
	WarmupSample string
	cpu          []CPUUse // of each round with a figure
	cpuN         []int    // its requests
}

// add records one measured round.
func (f *ServerFigures) add(run *LoadResult, u CPUUse, ok bool) {
	f.Rounds = append(f.Rounds, run)
	if !ok {
		return
	}
	f.cpu = append(f.cpu, u)
	f.cpuN = append(f.cpuN, run.Requests)
	var sum CPUUse
	var n int
	for i, c := range f.cpu {
		w := time.Duration(f.cpuN[i])
		sum.Server += c.Server * w
		sum.Database += c.Database * w
		sum.Client += c.Client * w
		sum.Busy += c.Busy * float64(f.cpuN[i])
		sum.Others += c.Others * float64(f.cpuN[i])
		n += f.cpuN[i]
	}
	if n == 0 {
		return
	}
	f.CPU = &CPUUse{
		Server: sum.Server / time.Duration(n), Database: sum.Database / time.Duration(n), Client: sum.Client / time.Duration(n),
		Busy: sum.Busy / float64(n), Others: sum.Others / float64(n),
	}
}

// medianRate is the middle of the rounds' rates (the lower middle of an
// even count, as median takes it).
func medianRate(vs []float64) float64 {
	s := slices.Clone(vs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// Rate is the median req/s of the rounds and their range.
func (f *ServerFigures) Rate() (med, lo, hi float64) {
	var vs []float64
	for _, r := range f.Rounds {
		vs = append(vs, r.Throughput())
	}
	if len(vs) == 0 {
		return 0, 0, 0
	}
	return medianRate(vs), slices.Min(vs), slices.Max(vs)
}

func (f *ServerFigures) latency(get func(Latencies) time.Duration) time.Duration {
	var vs []time.Duration
	for _, r := range f.Rounds {
		if r.Latency.N > 0 {
			vs = append(vs, get(r.Latency))
		}
	}
	if len(vs) == 0 {
		return 0
	}
	return median(vs)
}

// P50 and P99 are the medians of the rounds' percentiles.
func (f *ServerFigures) P50() time.Duration {
	return f.latency(func(l Latencies) time.Duration { return l.P50 })
}
func (f *ServerFigures) P99() time.Duration {
	return f.latency(func(l Latencies) time.Duration { return l.P99 })
}

// Requests and Errors are counted over the measured rounds.
func (f *ServerFigures) Requests() (n int) {
	for _, r := range f.Rounds {
		n += r.Requests
	}
	return n
}

func (f *ServerFigures) Errors() (n int) {
	for _, r := range f.Rounds {
		n += r.Errors
	}
	return n
}

// sample is one failure of the rounds, for the report.
func (f *ServerFigures) sample() string {
	for _, r := range f.Rounds {
		if len(r.Samples) > 0 {
			return r.Samples[0]
		}
	}
	return f.WarmupSample
}

// versus compares ours (Figures[0]) with the better of the others by median
// req/s: the better one and the ratio of our rate to its. It returns nil
// when there is no other server or it answered nothing.
func (s *ShapeResult) versus() (*ServerFigures, float64) {
	if len(s.Figures) < 2 {
		return nil, 0
	}
	var better *ServerFigures
	var best float64
	for _, f := range s.Figures[1:] {
		if r, _, _ := f.Rate(); better == nil || r > best {
			better, best = f, r
		}
	}
	if best <= 0 {
		return nil, 0
	}
	ours, _, _ := s.Figures[0].Rate()
	return better, ours / best
}

// ratioTarget is a shape's target against PostGraphile: the least ratio and
// whether our p99 must also be no worse; 0 when the shape is informational.
func ratioTarget(shape string) (float64, bool) {
	switch shape {
	case shapeNested:
		return TargetNestedRatio, true
	case shapeFlat:
		return TargetFlatRatio, false
	}
	return 0, false
}

// ratioMet reports whether the shape meets its target: applies is false
// for an informational shape or when there is nothing to compare with.
func (s *ShapeResult) ratioMet() (applies, met bool) {
	least, p99 := ratioTarget(s.Shape)
	better, ratio := s.versus()
	if least == 0 || better == nil {
		return false, false
	}
	met = ratio >= least
	if p99 {
		ours := s.Figures[0]
		met = met && ours.Rounds != nil && ours.P99() <= better.P99()
	}
	return true, met
}

// shape returns the result of one shape, or nil.
func (t *TwinResult) shape(name string) *ShapeResult {
	if t == nil {
		return nil
	}
	for _, s := range t.Shapes {
		if s.Shape == name {
			return s
		}
	}
	return nil
}
