package network

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

const (
	nationVillages = 500_000
	nationLinks    = 1_000_000
)

var nation struct {
	once     sync.Once
	x        *Index
	s        *synthNet
	buildDur time.Duration
	mem      uint64
}

func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func nationIndex(b *testing.B) (*Index, *synthNet) {
	nation.once.Do(func() {
		before := heap()
		s := genNation(1, nationVillages, nationLinks)
		meta := heap() - before - builderBytes(nationVillages, nationLinks, s)
		t0 := time.Now()
		base := s.b.finish()
		nation.buildDur = time.Since(t0)
		s.b = nil
		x := New()
		x.replace(base)
		nation.mem = heap() - before - meta
		nation.x, nation.s = x, s
	})
	return nation.x, nation.s
}

var asOf = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

func percentiles(b *testing.B, ds []time.Duration) {
	slices.Sort(ds)
	at := func(p float64) float64 {
		return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// BenchmarkBuild measures building the CSR from generator rows and its heap.
func BenchmarkBuild(b *testing.B) {
	var total time.Duration
	var mem uint64
	var orgs int
	for range b.N {
		b.StopTimer()
		before := heap()
		s := genNation(uint64(b.N), nationVillages, nationLinks)
		orgs = s.orgs
		meta := heap() - before - builderBytes(nationVillages, nationLinks, s)
		b.StartTimer()
		t0 := time.Now()
		base := s.b.finish()
		total += time.Since(t0)
		b.StopTimer()
		s.b = nil
		mem = heap() - before - meta
		runtime.KeepAlive(base)
		runtime.KeepAlive(s)
		b.StartTimer()
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "build-ms")
	b.ReportMetric(float64(mem)/(1<<20), "index-MB")
	b.ReportMetric(float64(orgs), "orgs")
}

func BenchmarkEgo2(b *testing.B) {
	x, s := nationIndex(b)
	rng := rand.New(rand.NewPCG(3, 3))
	ds := make([]time.Duration, 0, b.N)
	nodes := 0
	b.ResetTimer()
	for range b.N {
		seed := s.branches[rng.IntN(len(s.branches))]
		t0 := time.Now()
		e, err := x.Ego([]int{int(seed)}, 2, Filter{Hierarchy: true, AsOf: asOf}, testMaxNodes)
		ds = append(ds, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		nodes += len(e.Nodes)
	}
	percentiles(b, ds)
	b.ReportMetric(float64(nodes)/float64(b.N), "nodes/op")
}

func BenchmarkShortestPath(b *testing.B) {
	x, s := nationIndex(b)
	rng := rand.New(rand.NewPCG(4, 4))
	ds := make([]time.Duration, 0, b.N)
	found := 0
	b.ResetTimer()
	for range b.N {
		// Party organizations (branches, cooperative branches): 80% in one
		// county, 20% anywhere in the nation.
		c := &s.counties[rng.IntN(len(s.counties))]
		from := c.branches[rng.IntN(len(c.branches))] + 4*int64(rng.IntN(2))
		to := c.branches[rng.IntN(len(c.branches))] + 4*int64(rng.IntN(2))
		if rng.IntN(5) == 0 {
			to = s.branches[rng.IntN(len(s.branches))]
		}
		if from == to {
			to++
		}
		t0 := time.Now()
		p, err := x.ShortestPath(int(from), int(to), Filter{Hierarchy: true, AsOf: asOf}, testMaxLength)
		ds = append(ds, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if p != nil {
			found++
		}
	}
	percentiles(b, ds)
	b.ReportMetric(float64(found)/float64(b.N), "found")
}

func BenchmarkComponentsCounty(b *testing.B) {
	x, s := nationIndex(b)
	rng := rand.New(rand.NewPCG(5, 5))
	ds := make([]time.Duration, 0, b.N)
	size := 0
	b.ResetTimer()
	for range b.N {
		c := s.counties[rng.IntN(len(s.counties))]
		in := func(r int) bool { return int64(r) >= c.firstRegion && int64(r) <= c.lastRegion }
		t0 := time.Now()
		cs, err := x.Components(in, Filter{Hierarchy: true, AsOf: asOf}, 2, 0)
		ds = append(ds, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range cs {
			size += c.Size
		}
	}
	percentiles(b, ds)
	b.ReportMetric(float64(size)/float64(b.N), "orgs/op")
}

func BenchmarkLoadMetrics(b *testing.B) {
	nationIndex(b)
	for range b.N {
	}
	b.ReportMetric(float64(nation.buildDur.Milliseconds()), "build-ms")
	b.ReportMetric(float64(nation.mem)/(1<<20), "index-MB")
}

// builderBytes is the heap held by the generator's rows (freed by the build);
// what the generator keeps besides (county lists) is not index memory.
func builderBytes(villages, links int, s *synthNet) uint64 {
	b := s.b
	return uint64(8*(cap(b.ids)+cap(b.regs)+cap(b.parents)+cap(b.hosts)+cap(b.lids)+cap(b.lsrc)+cap(b.ldst)) + 20*cap(b.lrec))
}
