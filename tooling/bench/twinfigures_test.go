package bench

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// figures makes a server's rounds: each rate over one second, with its p99.
func figures(server string, p99 time.Duration, rates ...int) *ServerFigures {
	f := &ServerFigures{Server: server}
	for _, r := range rates {
		f.add(&LoadResult{Elapsed: time.Second, OK: r, Requests: r, Latency: Latencies{N: r, P50: p99 / 4, P99: p99}},
			CPUUse{Server: time.Duration(r) * time.Microsecond}, true)
	}
	return f
}

func TestFiguresTakeTheMedianRound(t *testing.T) {
	f := figures("grassroots", 40*time.Millisecond, 90, 70, 80)
	med, lo, hi := f.Rate()
	if med != 80 || lo != 70 || hi != 90 {
		t.Errorf("rate %v (%v–%v), want 80 (70–90)", med, lo, hi)
	}
	if f.P99() != 40*time.Millisecond || f.Requests() != 240 {
		t.Errorf("p99 %s, requests %d", f.P99(), f.Requests())
	}
	// CPU per request over the rounds, each round weighed by its requests
	want := (90*90 + 70*70 + 80*80) * time.Microsecond / 240
	if f.CPU == nil || f.CPU.Server != want {
		t.Errorf("CPU %+v, want server %s", f.CPU, want)
	}
	if (&ServerFigures{}).P99() != 0 {
		t.Error("no rounds have a p99")
	}
}

func TestRatioIsToTheBetterPostGraphile(t *testing.T) {
	for name, c := range map[string]struct {
		shape        string
		ours, v4, v5 *ServerFigures
		better       string
		ratio        float64
		applies, met bool
	}{
		"nested, twice the better, p99 no worse": {shapeNested,
			figures("grassroots", 30*time.Millisecond, 160), figures("v4", 40*time.Millisecond, 72), figures("v5", 30*time.Millisecond, 80),
			"v5", 2.0, true, true},
		"nested, twice but a worse p99": {shapeNested,
			figures("grassroots", 31*time.Millisecond, 160), figures("v4", 40*time.Millisecond, 72), figures("v5", 30*time.Millisecond, 80),
			"v5", 2.0, true, false},
		"nested, short of twice": {shapeNested,
			figures("grassroots", 10*time.Millisecond, 159), figures("v4", 40*time.Millisecond, 72), figures("v5", 30*time.Millisecond, 80),
			"v5", 159.0 / 80, true, false},
		"flat, p99 does not count": {shapeFlat,
			figures("grassroots", 90*time.Millisecond, 1500), figures("v4", 9*time.Millisecond, 1000), figures("v5", 9*time.Millisecond, 900),
			"v4", 1.5, true, true},
		"flat, short": {shapeFlat,
			figures("grassroots", 9*time.Millisecond, 1350), figures("v4", 9*time.Millisecond, 905), figures("v5", 9*time.Millisecond, 1430),
			"v5", 1350.0 / 1430, true, false},
		"organization page is informational": {shapePage,
			figures("grassroots", 9*time.Millisecond, 100), figures("v4", 9*time.Millisecond, 30), figures("v5", 9*time.Millisecond, 40),
			"v5", 2.5, false, false},
	} {
		s := &ShapeResult{Shape: c.shape, Figures: []*ServerFigures{c.ours, c.v4, c.v5}}
		better, ratio := s.versus()
		if better == nil || better.Server != c.better || ratio < c.ratio-1e-9 || ratio > c.ratio+1e-9 {
			t.Errorf("%s: versus %v %v, want %s %v", name, better, ratio, c.better, c.ratio)
		}
		if applies, met := s.ratioMet(); applies != c.applies || met != c.met {
			t.Errorf("%s: applies %v met %v, want %v %v", name, applies, met, c.applies, c.met)
		}
	}
	alone := &ShapeResult{Shape: shapeNested, Figures: []*ServerFigures{figures("grassroots", time.Millisecond, 100)}}
	if b, _ := alone.versus(); b != nil {
		t.Error("a shape measured on our server alone has a better one")
	}
	if applies, _ := alone.ratioMet(); applies {
		t.Error("the ratio target applies with nothing to compare")
	}
}

func TestTwinSummaryPrintsTargetsAndVerdicts(t *testing.T) {
	pg := &Result{Name: "PostgreSQL", Dialect: store.Postgres, Scale: demo.Province, Twins: &TwinResult{
		Servers: []string{"grassroots", "PostGraphile 4.14.1", "PostGraphile 5.1.5"},
		Shapes: []*ShapeResult{
			{Shape: shapeNested, Figures: []*ServerFigures{figures("grassroots", 20*time.Millisecond, 160, 170, 150), figures("PostGraphile 4.14.1", 90*time.Millisecond, 72), figures("PostGraphile 5.1.5", 80*time.Millisecond, 78)}},
			{Shape: shapeFlat, Figures: []*ServerFigures{figures("grassroots", 9*time.Millisecond, 1350), figures("PostGraphile 4.14.1", 9*time.Millisecond, 905), figures("PostGraphile 5.1.5", 9*time.Millisecond, 1430)}},
		},
	}}
	lite := &Result{Name: "SQLite", Dialect: store.SQLite, Scale: demo.Prefecture, Twins: &TwinResult{
		Servers: []string{"grassroots"},
		Shapes:  []*ShapeResult{{Shape: shapeNested, Figures: []*ServerFigures{figures("grassroots", 50*time.Millisecond, 61, 60, 62)}}},
	}}
	var b bytes.Buffer
	twinSummary(&b, []*Result{lite, pg})
	out := b.String()
	for _, want := range []string{
		"nested req/s", "160 (150–170)", "2.05× PostGraphile 5.1.5", "≥ 2.0× and p99 no worse, PostgreSQL province  ok",
		"flat req/s", "0.94× PostGraphile 5.1.5", "≥ 1.5×, PostgreSQL province  short",
		"nested server CPU/request (ms)", "0.16", "ours ≤ 3 ms, PostgreSQL province  ok",
		"SQLite prefecture nested req/s", "61 (60–62)", "≥ 240 SQLite prefecture  short",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}

	// elsewhere than at the targets' scales, figures come without a verdict
	pg.Scale, lite.Scale = demo.County, demo.County
	b.Reset()
	twinSummary(&b, []*Result{lite, pg})
	if strings.Contains(b.String(), "  ok") || strings.Contains(b.String(), "short") {
		t.Errorf("a county run has verdicts:\n%s", b.String())
	}
}
