package search

import (
	"context"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

// The province tier of DESIGN.md §5: ~9k villages, ~80k organizations, ~400k people.
var province = sync.OnceValue(func() []synthRow { return synthProvince(7, 9000, 9, 44) })

var provinceIndex = sync.OnceValue(func() *Index {
	x := New()
	x.base = buildSynth(province())
	return x
})

// mixedQueries draws n queries of the kinds people type into the search box.
func mixedQueries(rows []synthRow, n int) []string {
	r := rand.New(rand.NewPCG(11, 2))
	byType := map[Type][]synthRow{}
	for _, row := range rows {
		byType[row.typ] = append(byType[row.typ], row)
	}
	any := func(t Type) synthRow { l := byType[t]; return l[r.IntN(len(l))] }
	words := func(latin string) []string { return strings.Fields(strings.ToLower(latin)) }
	kinds := []func() string{
		func() string { return any(Person).name },                                          // 张伟
		func() string { return string([]rune(any(Person).name)[:1]) },                      // 张
		func() string { n := []rune(any(Person).name); return string(n[len(n)-1:]) },       // 伟
		func() string { return any(Region).name },                                          // 东光村
		func() string { return string([]rune(any(Region).name)[:2]) },                      // 东光
		func() string { return any(Organization).name },                                    // 东光村党支部
		func() string { n := []rune(any(Organization).name); return string(n[len(n)-3:]) }, // 合作社
		func() string { return strings.Join(words(any(Person).latin), "") },                // zhangwei
		func() string { w := words(any(Person).latin); return w[len(w)-1] },                // wei (given name)
		func() string { // zw: initials
			var b strings.Builder
			for _, c := range any(Person).name {
				b.WriteByte(syllable(c)[0])
			}
			return b.String()
		},
		func() string { return words(any(Region).latin)[0] },                          // dongguang
		func() string { w := words(any(Region).latin)[0]; return w[:min(3, len(w))] }, // don
		func() string { c := any(Region).code; return c[:2+2*r.IntN(3)] },             // 2224, 222401
		func() string { return any(Region).code },                                     // full code
	}
	qs := make([]string, n)
	for i := range qs {
		qs[i] = kinds[i%len(kinds)]()
	}
	return qs
}

// BenchmarkBuild builds a province-scale base from rows in memory (Load without
// the database) and reports the heap the base keeps.
func BenchmarkBuild(b *testing.B) {
	rows := province()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept := buildSynth(rows)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	b.ReportAllocs()
	for b.Loop() {
		buildSynth(rows)
	}
	b.ReportMetric(float64(len(rows)), "rows")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
}

// BenchmarkQuery runs a mix of queries (first 20, all types) on a province-scale
// index and reports, besides the mean, the latency percentiles of 1,000 of them.
func BenchmarkQuery(b *testing.B) {
	rows := province()
	x := provinceIndex()
	qs := mixedQueries(rows, 1000)
	lat := make([]time.Duration, len(qs))
	for i, q := range qs {
		start := time.Now()
		if _, err := x.Query(q, nil, 20); err != nil {
			b.Fatal(err)
		}
		lat[i] = time.Since(start)
	}
	slices.Sort(lat)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := x.Query(qs[i%len(qs)], nil, 20); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(len(rows)), "rows")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds()), "p95-µs")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds()), "max-µs")
}

// seedSynth writes rows into the database with plain multi-row INSERTs
// (regions first: parents before children).
func seedSynth(tb testing.TB, st *store.Store, rows []synthRow) {
	tb.Helper()
	ctx := context.Background()
	quote := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	ref := func(id int) string {
		if id == 0 {
			return "NULL"
		}
		return strconv.Itoa(id)
	}
	for _, typ := range []Type{Region, Organization, Person} {
		var head string
		switch typ {
		case Region:
			head = "INSERT INTO regions (id, created_at, updated_at, code, name, name_latin, level, parent_id) VALUES "
		case Organization:
			head = "INSERT INTO organizations (id, created_at, updated_at, name, name_latin, kind, region_id) VALUES "
		case Person:
			head = "INSERT INTO people (id, created_at, updated_at, name, name_latin, home_region_id) VALUES "
		}
		var vals []string
		flush := func() {
			if len(vals) == 0 {
				return
			}
			if _, err := st.DB.ExecContext(ctx, head+strings.Join(vals, ",")); err != nil {
				tb.Fatal(err)
			}
			vals = vals[:0]
		}
		for _, row := range rows {
			if row.typ != typ {
				continue
			}
			v := "(" + strconv.Itoa(row.id) + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
			switch typ {
			case Region:
				v += quote(row.code) + ", " + quote(row.name) + ", " + quote(row.latin) + ", " + quote(row.level) + ", " + ref(row.parent)
			case Organization:
				v += quote(row.name) + ", " + quote(row.latin) + ", " + quote(row.kind) + ", " + ref(row.parent)
			case Person:
				v += quote(row.name) + ", " + quote(row.latin) + ", " + ref(row.parent)
			}
			vals = append(vals, v+")")
			if len(vals) == 1000 {
				flush()
			}
		}
		flush()
	}
}

// BenchmarkLoad loads a province-scale database (~490k rows).
func BenchmarkLoad(b *testing.B) {
	for _, d := range testdb.Dialects {
		b.Run(d, func(b *testing.B) {
			st := testdb.Open(b, d)
			rows := province()
			seedSynth(b, st, rows)
			x := New()
			for b.Loop() {
				if err := x.Load(context.Background(), st); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rows)), "rows")
		})
	}
}
