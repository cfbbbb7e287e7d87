package indicator_test

import (
	"database/sql"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"grassroots/internal/indicator"
	"grassroots/tooling/demo"
	"grassroots/tooling/testdb"
)

// place is a region of the demo data.
type place struct {
	id               int
	code, path, lvl  string
	parent           sql.NullInt64
	children         []int // IDs in code order
	childrenResolved bool
}

// The years of the additivity test: before the demo's history, past years,
// the demo's current year (today is demo.Today) and the next one. In the deep
// years each child is also computed directly and the shortfalls are counted.
var (
	additivityYears = []int{2000, 2011, 2019, 2026, 2027}
	deepYears       = map[int]bool{2011: true, 2026: true}
)

// TestAdditivity computes every indicator on the county demo for regions of
// every level and several years: a region's numerator and denominator are
// the sums over its breakdown (its children in code order, then itself when
// units lie in it directly), each child's figures are those the child gets
// computed directly, the shortfalls number the units that fall short and lie
// in the region, the trend gives the same figures, and SQLite and PostgreSQL
// agree on all of it.
func TestAdditivity(t *testing.T) {
	var (
		mu      sync.Mutex
		figures = map[string]map[string]fig{}
	)
	t.Run("dialects", func(t *testing.T) {
		for _, dialect := range testdb.Dialects {
			t.Run(dialect, func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				st := testdb.County(t, dialect)
				loaded := time.Now()
				today := func() time.Time { return demo.Today.Time() }
				e := indicator.New(st.Client, st.Target.Dialect)
				e.Today = today
				// the same engine reading kept lists of units
				kept := indicator.New(st.Client, st.Target.Dialect)
				kept.Kept = indicator.NewKept(st.Client, st.Target.Dialect)
				kept.Today, kept.Kept.Today = today, today
				places := readPlaces(t, st.DB)
				got, fromKept := map[string]fig{}, map[string]fig{}
				picked := pickPlaces(t, places)
				for _, root := range picked {
					for _, year := range additivityYears {
						checkAdditive(t, e, places, root, year, got)
						checkAdditive(t, kept, places, root, year, fromKept)
					}
					checkTrendOf(t, e, root, got)
					checkTrendOf(t, kept, root, fromKept)
				}
				if len(got) != len(fromKept) {
					t.Errorf("%d figures computed, %d from the kept lists", len(got), len(fromKept))
				}
				for k, v := range got {
					if fromKept[k] != v {
						t.Errorf("%s: %v computed, %v from the kept lists", k, v, fromKept[k])
					}
				}
				sameShortfalls(t, e, kept, picked)
				mu.Lock()
				figures[dialect] = got
				mu.Unlock()
				t.Logf("demo loaded in %v, %d figures checked in %v", loaded.Sub(start).Round(time.Millisecond), len(got),
					time.Since(loaded).Round(time.Millisecond))
			})
		}
	})
	a, b := figures[testdb.Dialects[0]], figures[testdb.Dialects[1]]
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d figures on %s, %d on %s", len(a), testdb.Dialects[0], len(b), testdb.Dialects[1])
	}
	differ := 0
	for k, v := range a {
		if b[k] != v {
			differ++
			if differ <= 20 {
				t.Errorf("%s: %v on %s, %v on %s", k, v, testdb.Dialects[0], b[k], testdb.Dialects[1])
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d figures differ between the dialects", differ, len(a))
	}
}

// checkAdditive checks root's results in year and records the figures of
// root and of its children in got, by region code, year and indicator.
func checkAdditive(t *testing.T, e *indicator.Engine, places map[int]*place, root *place, year int, got map[string]fig) {
	t.Helper()
	rs := compute(t, e, root.id, year)
	if len(rs) != len(indicator.Definitions) {
		t.Fatalf("%s %d: %d results", root.code, year, len(rs))
	}
	deep := deepYears[year]
	direct := map[int][]indicator.Result{}
	if deep {
		for _, c := range root.children {
			direct[c] = compute(t, e, c, year)
		}
	}
	nonzero := 0
	for i, r := range rs {
		what := fmt.Sprintf("%s %s %d", r.Code, root.code, year)
		if r.Code != indicator.Definitions[i].Code || r.Region.ID != root.id || r.Year != year {
			t.Fatalf("%s: result %d is %s of %d in %d", what, i, r.Code, r.Region.ID, r.Year)
		}
		got[what] = figOf(r)
		if r.Numerator < 0 || r.Numerator > r.Denominator {
			t.Errorf("%s: %v", what, figOf(r))
		}
		if r.Denominator > 0 {
			nonzero++
		}
		// the rows: the children in code order, then the region itself if needed
		var sum fig
		n := len(root.children)
		if len(r.Breakdown) != n && len(r.Breakdown) != n+1 {
			t.Errorf("%s: %d breakdown rows for %d children", what, len(r.Breakdown), n)
			continue
		}
		if n == 0 && len(r.Breakdown) != 0 {
			t.Errorf("%s: a region without children has breakdown %v", what, breakdown(r))
		}
		for j, b := range r.Breakdown {
			sum.num += b.Numerator
			sum.den += b.Denominator
			if j == n {
				if b.Region.ID != root.id || b.Denominator == 0 {
					t.Errorf("%s: the last row is region %d with %v, want the region itself with units", what, b.Region.ID, figOf(b))
				}
				continue
			}
			c := root.children[j]
			if b.Region.ID != c {
				t.Errorf("%s: row %d is region %d, want child %s", what, j, b.Region.ID, places[c].code)
				continue
			}
			got[fmt.Sprintf("%s %s %d", r.Code, places[c].code, year)] = figOf(b)
			if !deep {
				continue
			}
			if d := direct[c][i]; d.Code != r.Code || figOf(d) != figOf(b) {
				t.Errorf("%s: child %s has %v in the breakdown, %v computed directly", what, places[c].code, figOf(b), figOf(d))
			}
		}
		if n > 0 && sum != figOf(r) {
			t.Errorf("%s: the breakdown adds up to %v, the region has %v", what, sum, figOf(r))
		}
		if !deep {
			continue
		}
		// the shortfalls are the units that do not meet the rule
		list, total, err := e.Shortfalls(ctx, r.Code, root.id, year, 0, 3)
		if err != nil {
			t.Fatalf("%s shortfalls: %v", what, err)
		}
		if total != r.Denominator-r.Numerator || len(list) != min(3, total) {
			t.Errorf("%s: %d shortfalls (%d listed), want %d", what, total, len(list), r.Denominator-r.Numerator)
		}
		for _, s := range list {
			if p := places[s.Region.ID]; p == nil || len(p.path) < len(root.path) || p.path[:len(root.path)] != root.path {
				t.Errorf("%s: shortfall %d lies in %d, outside the region", what, s.ID, s.Region.ID)
			}
		}
	}
	if year == 2026 && (root.lvl == "PROVINCE" || root.lvl == "COUNTY") && nonzero < 15 {
		t.Errorf("%s %d: only %d indicators have units", root.code, year, nonzero)
	}
}

// checkTrendOf checks that root's trend over the last years gives the
// figures Compute gave.
func checkTrendOf(t *testing.T, e *indicator.Engine, root *place, got map[string]fig) {
	t.Helper()
	from, to := additivityYears[len(additivityYears)-2], additivityYears[len(additivityYears)-1]
	for _, d := range indicator.Definitions {
		ps, err := e.Trend(ctx, d.Code, root.id, from, to)
		if err != nil {
			t.Fatalf("%s %s trend: %v", d.Code, root.code, err)
		}
		if len(ps) != to-from+1 {
			t.Fatalf("%s %s trend: %d points", d.Code, root.code, len(ps))
		}
		for _, p := range ps {
			what := fmt.Sprintf("%s %s %d", d.Code, root.code, p.Year)
			if want, ok := got[what]; !ok || (fig{p.Numerator, p.Denominator}) != want {
				t.Errorf("%s: trend %d/%d, computed %v", what, p.Numerator, p.Denominator, want)
			}
		}
	}
}

// sameShortfalls checks that a page of every indicator's shortfalls in the
// deep years is the same computed and read from the kept lists.
func sameShortfalls(t *testing.T, e, kept *indicator.Engine, picked []*place) {
	t.Helper()
	for _, root := range picked {
		for year := range deepYears {
			for _, d := range indicator.Definitions {
				a, an, err := e.Shortfalls(ctx, d.Code, root.id, year, 2, 7)
				if err != nil {
					t.Fatal(err)
				}
				b, bn, err := kept.Shortfalls(ctx, d.Code, root.id, year, 2, 7)
				if err != nil {
					t.Fatal(err)
				}
				if an != bn || !reflect.DeepEqual(a, b) {
					t.Errorf("%s %s %d: shortfalls %d %+v computed,\n%d %+v from the kept lists", d.Code, root.code, year, an, a, bn, b)
				}
			}
		}
	}
}

// readPlaces reads the regions with their children in code order.
func readPlaces(t *testing.T, db *sql.DB) map[int]*place {
	t.Helper()
	rows, err := db.QueryContext(ctx, `SELECT id, code, path, level, parent_id FROM regions ORDER BY code`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int]*place{}
	var order []*place
	for rows.Next() {
		p := &place{}
		if err := rows.Scan(&p.id, &p.code, &p.path, &p.lvl, &p.parent); err != nil {
			t.Fatal(err)
		}
		out[p.id] = p
		order = append(order, p)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range order {
		if p.parent.Valid {
			par := out[int(p.parent.Int64)]
			par.children = append(par.children, p.id)
		}
	}
	return out
}

// pickPlaces picks the regions to check: every province, city and county,
// and the first, a middle and the last township, village and community by
// code.
func pickPlaces(t *testing.T, places map[int]*place) []*place {
	t.Helper()
	byLevel := map[string][]*place{}
	for _, p := range places {
		byLevel[p.lvl] = append(byLevel[p.lvl], p)
	}
	var out []*place
	for _, lvl := range []string{"PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE", "COMMUNITY"} {
		ps := byLevel[lvl]
		if len(ps) == 0 {
			t.Fatalf("the demo has no %s", lvl)
		}
		sortPlaces(ps)
		if len(ps) > 3 {
			ps = []*place{ps[0], ps[len(ps)/2], ps[len(ps)-1]}
		}
		out = append(out, ps...)
	}
	return out
}

func sortPlaces(ps []*place) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].code < ps[j-1].code; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
