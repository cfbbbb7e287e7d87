package indicator_test

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/indicatortarget"
	"grassroots/internal/fault"
	"grassroots/internal/indicator"
	"grassroots/tooling/testdb"
)

// today is the engine's "today" in the known-answer tests: 2012 is the
// current year, 2013 the last one that can be asked for.
var today = time.Date(2012, 6, 30, 0, 0, 0, 0, time.UTC)

func engine(q indicator.Querier, dialect string) *indicator.Engine {
	e := indicator.New(q, dialect)
	e.Today = func() time.Time { return today }
	return e
}

// fig is a numerator and a denominator.
type fig struct{ num, den int }

func (f fig) String() string { return fmt.Sprintf("%d/%d", f.num, f.den) }

func figOf(r indicator.Result) fig { return fig{r.Numerator, r.Denominator} }

// short is an expected shortfall: the unit's key, the key of the region it
// lies in, what it has and why it falls short (in English).
type short struct {
	unit, region string
	have         float64
	reason       string
}

// knownCase is what the hand-made world gives for one indicator, worked out
// by hand from the tables of fixture_test.go with the rules of the package.
type knownCase struct {
	code string
	kind indicator.UnitKind
	// province figures by year; 2012 is the current year (today 2012-06-30)
	years map[int]fig
	// 2011: the city's breakdown into K1 and K2
	k1, k2 fig
	// 2011, province, default targets
	gap           int
	met, overdue  bool
	need          float64
	short         []short
	firstReasonZH string
}

var known = []knownCase{
	{code: "COOP_PARTY_COVERAGE", kind: indicator.OrganizationUnit,
		// 2010: Co1..Co4 covered, Co5 not (Co3 dissolves and PBCo2 dissolves in 2011; Co6 never counts)
		// 2012: Co7 (founded 2012-03-01) joins uncovered
		years: map[int]fig{2000: {0, 0}, 2010: {4, 5}, 2011: {2, 4}, 2012: {2, 5}},
		k1:    fig{1, 2}, k2: fig{1, 2},
		gap: 1, overdue: true, need: 1,
		short: []short{
			{"Co2", "V3", 0, "no active party organization"},
			{"Co5", "K2", 0, "no active party organization"},
		},
		firstReasonZH: "没有运营中的党组织"},
	{code: "SECRETARY_DIRECTOR_CONCURRENT", kind: indicator.RegionUnit,
		// 2010: V1 (A1), V2 (B1 directs until 2011-06-30); the dissolved P4x does not count for V4
		// 2012: V1, V5 (E1 directs from 2012-01-01)
		years: map[int]fig{2000: {0, 6}, 2010: {2, 6}, 2011: {1, 6}, 2012: {2, 6}},
		k1:    fig{1, 4}, k2: fig{0, 2},
		gap: 4, overdue: true, need: 1,
		short: []short{
			{"V2", "V2", 0, "the party secretary is not also the villagers' committee director"},
			{"V3", "V3", 0, "the party secretary is not also the villagers' committee director"},
			{"V4", "V4", 0, "the party secretary is not also the villagers' committee director"},
			{"V5", "V5", 0, "the party secretary is not also the villagers' committee director"},
			{"V6", "V6", 0, "the party secretary is not also the villagers' committee director"},
		},
		firstReasonZH: "村党组织书记未兼任村委会主任"},
	{code: "MASS_ORG_HEADS_IN_PARTY", kind: indicator.RegionUnit,
		years: map[int]fig{2000: {0, 6}, 2010: {1, 6}, 2011: {1, 6}, 2012: {1, 6}},
		k1:    fig{1, 4}, k2: fig{0, 2},
		gap: 5, need: 3,
		short: []short{
			{"V2", "V2", 1, "1 mass-organization head sits on the party organization, needs 3"},
			{"V3", "V3", 0, "0 mass-organization heads sit on the party organization, needs 3"},
			{"V4", "V4", 0, "0 mass-organization heads sit on the party organization, needs 3"},
			{"V5", "V5", 0, "0 mass-organization heads sit on the party organization, needs 3"},
			{"V6", "V6", 0, "0 mass-organization heads sit on the party organization, needs 3"},
		},
		firstReasonZH: "1个群团组织负责人是村党组织成员，需要3"},
	{code: "BORDER_TOWNSHIP_OFFICER", kind: indicator.RegionUnit,
		// G1 sits 2009-01-01 to 2011-09-30, G2 from 2012-01-01
		years: map[int]fig{2000: {0, 1}, 2010: {1, 1}, 2011: {0, 1}, 2012: {1, 1}},
		k1:    fig{0, 1}, k2: fig{0, 0},
		gap: 1, overdue: true, need: 1,
		short:         []short{{"T1", "T1", 0, "no border officer on the township party committee"}},
		firstReasonZH: "乡镇党委没有边防军（警）官"},
	{code: "BORDER_VILLAGE_OFFICER", kind: indicator.RegionUnit,
		years: map[int]fig{2000: {0, 2}, 2010: {1, 2}, 2011: {1, 2}, 2012: {1, 2}},
		k1:    fig{1, 2}, k2: fig{0, 0},
		gap: 1, overdue: true, need: 1,
		short:         []short{{"V2", "V2", 0, "no border officer in the party organization's leadership"}},
		firstReasonZH: "村党组织班子中没有边防军（警）官"},
	{code: "RESERVE_CADRES", kind: indicator.RegionUnit,
		// R5 leaves V3 on 2011-03-31
		years: map[int]fig{2000: {0, 6}, 2010: {3, 6}, 2011: {2, 6}, 2012: {2, 6}},
		k1:    fig{1, 4}, k2: fig{1, 2},
		gap: 4, need: 2,
		short: []short{
			{"V2", "V2", 1, "1 reserve cadre, needs 2"},
			{"V3", "V3", 1, "1 reserve cadre, needs 2"},
			{"V4", "V4", 1, "1 reserve cadre, needs 2"},
			{"V5", "V5", 0, "0 reserve cadres, needs 2"},
		},
		firstReasonZH: "1名后备干部，需要2"},
	{code: "COLLEGE_GRADUATE_OFFICIAL", kind: indicator.RegionUnit,
		years: map[int]fig{2000: {0, 6}, 2010: {3, 6}, 2011: {3, 6}, 2012: {3, 6}},
		k1:    fig{1, 4}, k2: fig{2, 2},
		gap: 3, overdue: true, need: 1,
		short: []short{
			{"V2", "V2", 0, "no college-graduate assistant"},
			{"V3", "V3", 0, "no college-graduate assistant"},
			{"V4", "V4", 0, "no college-graduate assistant"},
		},
		firstReasonZH: "没有大学生村官"},
	{code: "ACTIVISTS", kind: indicator.RegionUnit,
		// statuses have no history: the same in every year
		years: map[int]fig{2000: {2, 6}, 2010: {2, 6}, 2011: {2, 6}, 2012: {2, 6}},
		k1:    fig{1, 4}, k2: fig{1, 2},
		gap: 4, need: 3,
		short: []short{
			{"V2", "V2", 2, "2 activists, needs 3"},
			{"V3", "V3", 0, "0 activists, needs 3"},
			{"V4", "V4", 0, "0 activists, needs 3"},
			{"V6", "V6", 0, "0 activists, needs 3"},
		},
		firstReasonZH: "2名入党积极分子，需要3"},
	{code: "YOUNG_MEMBER_ADMITTED", kind: indicator.RegionUnit,
		// 2010: Y4 (V3); 2011: Y1 (V1), Y5 (V4, joined on 2011-12-31); Y2 is 35 at
		// the end of 2011, Y3 has junior-high education; 2012: Y6 (V5), not Y7 (V6,
		// joined 2012-09-01: in the current year the count stops at today)
		years: map[int]fig{2000: {0, 6}, 2010: {1, 6}, 2011: {2, 6}, 2012: {1, 6}},
		k1:    fig{2, 4}, k2: fig{0, 2},
		gap: 4, overdue: true, need: 1,
		short: []short{
			{"V2", "V2", 0, "no member under 35 with senior-high education admitted in the year"},
			{"V3", "V3", 0, "no member under 35 with senior-high education admitted in the year"},
			{"V5", "V5", 0, "no member under 35 with senior-high education admitted in the year"},
			{"V6", "V6", 0, "no member under 35 with senior-high education admitted in the year"},
		},
		firstReasonZH: "当年没有发展35岁以下、高中以上文化程度的党员"},
	{code: "YOUNG_MEMBER_SHARE", kind: indicator.PersonUnit,
		// 2000: B1 alone (admission date unknown); 2010: A1, A2, B1, Y4, E1 (A2,
		// Y4 young); 2011: + Y1, Y2, Y3, Y5 (A2, Y1, Y3, Y4, Y5 young); 2012: + Y6,
		// Y3 and Y5 no longer young; Y7 joins after today; Z1, Z2 are not rural
		years: map[int]fig{2000: {0, 1}, 2010: {2, 5}, 2011: {5, 9}, 2012: {4, 10}},
		k1:    fig{5, 8}, k2: fig{0, 1},
		gap: 0, met: true, need: 1,
		short: []short{
			{"A1", "V1", 0, "35 or older at the end of the year (or birth date unknown)"},
			{"B1", "V2", 0, "35 or older at the end of the year (or birth date unknown)"},
			{"Y2", "V2", 0, "35 or older at the end of the year (or birth date unknown)"},
			{"E1", "V5", 0, "35 or older at the end of the year (or birth date unknown)"},
		},
		firstReasonZH: "年底时已满35岁（或出生日期不详）"},
	{code: "SECRETARY_LEADS_PROJECT", kind: indicator.PersonUnit,
		// secretaries: A1, B1, Cs, D1, E1 (D0's branch is dissolved, so his J6 does not count)
		years: map[int]fig{2000: {0, 0}, 2010: {1, 5}, 2011: {2, 5}, 2012: {1, 5}},
		k1:    fig{2, 4}, k2: fig{0, 1},
		gap: 2, overdue: true, need: 50000,
		short: []short{
			{"B1", "V2", 50000, "best project income in the year 50000 yuan, needs over 50000"},
			{"D1", "V4", 0, "leads no project with an income in the year"},
			{"E1", "V5", 0, "leads no project with an income in the year"},
		},
		firstReasonZH: "领办项目当年收入最高50000元，需超过50000元"},
	{code: "SECRETARY_SKILLED", kind: indicator.PersonUnit,
		years: map[int]fig{2000: {0, 0}, 2010: {3, 5}, 2011: {3, 5}, 2012: {3, 5}},
		k1:    fig{2, 4}, k2: fig{1, 1},
		gap: 2, overdue: true, need: 1,
		short: []short{
			{"B1", "V2", 0, "no practical skill recorded"},
			{"Cs", "V3", 0, "no practical skill recorded"},
		},
		firstReasonZH: "没有登记掌握的实用技能"},
	{code: "VENUE_COVERAGE", kind: indicator.RegionUnit,
		// V3's venue has no date: it counts in 2000 too; V4's is built in 2012
		years: map[int]fig{2000: {1, 6}, 2010: {3, 6}, 2011: {3, 6}, 2012: {4, 6}},
		k1:    fig{2, 4}, k2: fig{1, 2},
		gap: 3, need: 1,
		short: []short{
			{"V2", "V2", 0, "no usable activity venue"},
			{"V4", "V4", 0, "no usable activity venue"},
			{"V6", "V6", 0, "no usable activity venue"},
		},
		firstReasonZH: "没有可用的活动场所"},
	{code: "HEADS_INSURED", kind: indicator.PersonUnit,
		// 2011: A1 (once), B1, B2, Cs, Cd, D1, D0, E1, F1; E2's post ends on 2011-12-31
		years: map[int]fig{2000: {0, 0}, 2010: {3, 9}, 2011: {5, 9}, 2012: {6, 9}},
		k1:    fig{4, 7}, k2: fig{1, 2},
		gap: 4, overdue: true, need: 1,
		short: []short{
			{"B1", "V2", 0, "not enrolled in endowment insurance"},
			{"Cd", "V3", 0, "not enrolled in endowment insurance"},
			{"D1", "V4", 0, "not enrolled in endowment insurance"},
			{"F1", "V6", 0, "not enrolled in endowment insurance"},
		},
		firstReasonZH: "未参加养老保险"},
	{code: "CADRE_ROTATION_TRAINED", kind: indicator.PersonUnit,
		// 2011 cadres: A1 A2 A3, B1 B2 B3, Cs Cd, D1 D0, E1, F1; trained A1, B1,
		// Cs (course from 2011-12-28), D1; 2012: E1, not yet F1 (course in
		// September: in the current year the count stops at today)
		years: map[int]fig{2000: {0, 0}, 2010: {1, 12}, 2011: {4, 12}, 2012: {1, 12}},
		k1:    fig{4, 10}, k2: fig{0, 2},
		gap: 8, overdue: true, need: 1,
		short: []short{
			{"A2", "V1", 0, "no rotation training completed in the year"},
			{"A3", "V1", 0, "no rotation training completed in the year"},
			{"B2", "V2", 0, "no rotation training completed in the year"},
			{"B3", "V2", 0, "no rotation training completed in the year"},
			{"Cd", "V3", 0, "no rotation training completed in the year"},
			{"D0", "V4", 0, "no rotation training completed in the year"},
			{"E1", "V5", 0, "no rotation training completed in the year"},
			{"F1", "V6", 0, "no rotation training completed in the year"},
		},
		firstReasonZH: "当年未完成轮训"},
	{code: "HEADS_TRAINING_DAYS", kind: indicator.PersonUnit,
		// 2011: A1 15 days (once), B2 7, Cs 7; 2012: E1 8, not yet F1 (7 days in
		// September)
		years: map[int]fig{2000: {0, 0}, 2010: {0, 9}, 2011: {3, 9}, 2012: {1, 9}},
		k1:    fig{3, 7}, k2: fig{0, 2},
		gap: 6, overdue: true, need: 7,
		short: []short{
			{"B1", "V2", 5, "5 training days, needs 7"},
			{"Cd", "V3", 0, "0 training days, needs 7"},
			{"D0", "V4", 0, "0 training days, needs 7"},
			{"D1", "V4", 2, "2 training days, needs 7"},
			{"E1", "V5", 0, "0 training days, needs 7"},
			{"F1", "V6", 0, "0 training days, needs 7"},
		},
		firstReasonZH: "5天培训，需要7"},
	{code: "BACKWARD_VILLAGE_TWINNED", kind: indicator.RegionUnit,
		years: map[int]fig{2000: {0, 3}, 2010: {2, 3}, 2011: {2, 3}, 2012: {2, 3}},
		k1:    fig{1, 2}, k2: fig{1, 1},
		gap: 1, need: 1,
		short:         []short{{"V3", "V3", 0, "no active urban–rural twinning"}},
		firstReasonZH: "没有运营中的城乡结对"},
	{code: "SECRETARY_PAY_FLOOR", kind: indicator.PersonUnit,
		// floors: 2011 6000 (2010's income), 2012 7000; 2010 none (2009 not recorded)
		years: map[int]fig{2000: {0, 0}, 2010: {0, 5}, 2011: {3, 5}, 2012: {2, 5}},
		k1:    fig{2, 4}, k2: fig{1, 1},
		gap: 2, need: 6000,
		short: []short{
			{"Cs", "V3", 5000, "basic remuneration 5000 yuan, below 6000"},
			{"D1", "V4", 0, "basic remuneration 0 yuan, below 6000"},
		},
		firstReasonZH: "基本报酬5000元，低于6000元"},
	{code: "PARTY_ORG_APPRAISED", kind: indicator.OrganizationUnit,
		years: map[int]fig{2000: {0, 0}, 2010: {1, 5}, 2011: {2, 5}, 2012: {0, 5}},
		k1:    fig{2, 4}, k2: fig{0, 1},
		gap: 3, overdue: true, need: 1,
		short: []short{
			{"P2", "V2", 0, "no democratic appraisal recorded in the year"},
			{"P3", "V3", 0, "no democratic appraisal recorded in the year"},
			{"P5", "V5", 0, "no democratic appraisal recorded in the year"},
		},
		firstReasonZH: "当年没有民主评议记录"},
}

func TestKnownAnswers(t *testing.T) {
	for _, dialect := range testdb.Dialects {
		t.Run(dialect, func(t *testing.T) {
			st := testdb.Open(t, dialect)
			w := buildWorld(t, st.Client)
			for _, q := range []struct {
				name string
				db   indicator.Querier
				kept bool
			}{{"ent", st.Client, false}, {"sql", st.DB, false}, {"kept", st.Client, true}} {
				t.Run(q.name, func(t *testing.T) {
					e := engine(q.db, st.Target.Dialect)
					if q.kept { // read from kept lists of units
						e.Kept = indicator.NewKept(q.db, st.Target.Dialect)
						e.Kept.Today = e.Today
					}
					t.Run("province", func(t *testing.T) { checkProvince(t, e, w) })
					t.Run("city", func(t *testing.T) { checkCity(t, e, w) })
					t.Run("shortfalls", func(t *testing.T) { checkShortfalls(t, e, w) })
					t.Run("trend", func(t *testing.T) { checkTrend(t, e, w) })
					t.Run("subtrees", func(t *testing.T) { checkSubtrees(t, e, w) })
					t.Run("current", func(t *testing.T) { checkCurrent(t, e, w) })
					t.Run("paging", func(t *testing.T) { checkPaging(t, e, w) })
					t.Run("bad input", func(t *testing.T) { checkBadInput(t, e, w) })
				})
			}
			t.Run("targets", func(t *testing.T) { checkTargets(t, st.Client, engine(st.Client, st.Target.Dialect), w) })
		})
	}
}

var ctx = context.Background()

func compute(t *testing.T, e *indicator.Engine, regionID, year int, codes ...string) []indicator.Result {
	t.Helper()
	if len(codes) == 0 {
		codes = nil
	}
	rs, err := e.Compute(ctx, indicator.Request{Codes: codes, RegionID: regionID, Year: year})
	if err != nil {
		t.Fatalf("Compute(region %d, %d, %v): %v", regionID, year, codes, err)
	}
	return rs
}

func one(t *testing.T, e *indicator.Engine, regionID, year int, code string) indicator.Result {
	t.Helper()
	rs := compute(t, e, regionID, year, code)
	if len(rs) != 1 || rs[0].Code != code {
		t.Fatalf("Compute(%s) gave %d results", code, len(rs))
	}
	return rs[0]
}

func endOf(year int) time.Time { return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC) }

// checkValue checks Value against the figures: nil without units.
func checkValue(t *testing.T, what string, r indicator.Result) {
	t.Helper()
	v := r.Value()
	switch {
	case r.Denominator == 0 && v != nil:
		t.Errorf("%s: value %v without units, want nil", what, *v)
	case r.Denominator != 0 && (v == nil || math.Abs(*v-float64(r.Numerator)/float64(r.Denominator)) > 1e-12):
		t.Errorf("%s: value %v, want %d/%d", what, v, r.Numerator, r.Denominator)
	}
}

// checkProvince: the 19 results for the province in 2000, 2010, 2011 and
// 2012, in the order of the definitions, with 2011's targets, gaps and
// breakdown into the one city.
func checkProvince(t *testing.T, e *indicator.Engine, w *world) {
	for _, year := range []int{2000, 2010, 2011, 2012} {
		rs := compute(t, e, 0, year)
		if len(rs) != len(known) {
			t.Fatalf("%d: %d results, want %d", year, len(rs), len(known))
		}
		for i, k := range known {
			r := rs[i]
			what := fmt.Sprintf("%s %d", k.code, year)
			if r.Code != k.code {
				t.Errorf("result %d is %s, want %s", i, r.Code, k.code)
				continue
			}
			if got := figOf(r); got != k.years[year] {
				t.Errorf("%s: %v, want %v", what, got, k.years[year])
			}
			if r.Region.ID != w.id(t, "P") || r.Region.Code != "220000000000" || r.Region.Level != "PROVINCE" || r.Year != year {
				t.Errorf("%s: region %+v year %d", what, r.Region, r.Year)
			}
			checkValue(t, what, r)
			if r.Kind() != k.kind {
				t.Errorf("%s: unit kind %s, want %s", what, r.Kind(), k.kind)
			}
			if r.TargetSet || r.Note != "" {
				t.Errorf("%s: target set (%q) in a database without targets", what, r.Note)
			}
			if len(r.Breakdown) != 1 || r.Breakdown[0].Region.ID != w.id(t, "C") || figOf(r.Breakdown[0]) != k.years[year] {
				t.Errorf("%s: breakdown %v, want the city alone with %v", what, breakdown(r), k.years[year])
			}
			if year != 2011 {
				continue
			}
			if r.Day != endOf(2011) {
				t.Errorf("%s: day %v", what, r.Day)
			}
			if r.Gap() != k.gap || r.Met() != k.met || r.Overdue() != k.overdue {
				t.Errorf("%s: gap %d met %v overdue %v, want %d %v %v", what, r.Gap(), r.Met(), r.Overdue(), k.gap, k.met, k.overdue)
			}
			def, _ := indicator.ByCode(k.code)
			wantDeadline := def.Deadline
			if def.Yearly {
				wantDeadline = endOf(2011)
			}
			if r.Target != def.Target || !r.Deadline.Equal(wantDeadline) {
				t.Errorf("%s: target %v due %v, want the default %v due %v", what, r.Target, r.Deadline, def.Target, wantDeadline)
			}
		}
	}
}

// breakdown lists a result's breakdown as "ID:num/den".
func breakdown(r indicator.Result) []string {
	var out []string
	for _, b := range r.Breakdown {
		out = append(out, fmt.Sprintf("%d:%v", b.Region.ID, figOf(b)))
	}
	return out
}

// checkBreakdown checks that r breaks down into the regions of keys (in
// that order) with the figures of want, and that they add up to r.
func checkBreakdown(t *testing.T, w *world, what string, r indicator.Result, keys []string, want []fig) {
	t.Helper()
	if len(r.Breakdown) != len(keys) {
		t.Errorf("%s: breakdown %v, want %d rows", what, breakdown(r), len(keys))
		return
	}
	var sum fig
	for i, b := range r.Breakdown {
		if b.Region.ID != w.id(t, keys[i]) {
			t.Errorf("%s: breakdown row %d is region %d, want %s (%d)", what, i, b.Region.ID, keys[i], w.id(t, keys[i]))
		}
		if figOf(b) != want[i] {
			t.Errorf("%s: %s has %v, want %v", what, keys[i], figOf(b), want[i])
		}
		if b.Code != r.Code || b.Year != r.Year || !b.Day.Equal(r.Day) || b.Breakdown != nil {
			t.Errorf("%s: breakdown row %s is %s %d %v with breakdown %v", what, keys[i], b.Code, b.Year, b.Day, b.Breakdown)
		}
		checkValue(t, what+" "+keys[i], b)
		sum.num += b.Numerator
		sum.den += b.Denominator
	}
	if sum != figOf(r) {
		t.Errorf("%s: breakdown adds up to %v, the region has %v", what, sum, figOf(r))
	}
}

// checkCity: 2011 for the city, broken down into its two counties in code
// order; K2 has no border township or village.
func checkCity(t *testing.T, e *indicator.Engine, w *world) {
	rs := compute(t, e, w.id(t, "C"), 2011)
	for i, k := range known {
		r := rs[i]
		if r.Code != k.code || r.Region.ID != w.id(t, "C") {
			t.Fatalf("result %d is %s of region %d", i, r.Code, r.Region.ID)
		}
		if figOf(r) != k.years[2011] {
			t.Errorf("%s: city has %v, want %v", k.code, figOf(r), k.years[2011])
		}
		checkBreakdown(t, w, k.code+" city 2011", r, []string{"K1", "K2"}, []fig{k.k1, k.k2})
	}
	for _, code := range []string{"BORDER_TOWNSHIP_OFFICER", "BORDER_VILLAGE_OFFICER"} {
		r := one(t, e, w.id(t, "C"), 2011, code)
		k2 := r.Breakdown[1]
		if k2.Value() != nil || !k2.Met() || k2.Gap() != 0 || k2.Overdue() {
			t.Errorf("%s in K2 (no units): value %v met %v gap %d overdue %v, want nil true 0 false",
				code, k2.Value(), k2.Met(), k2.Gap(), k2.Overdue())
		}
		if k1 := r.Breakdown[0]; k1.Met() || k1.Gap() != 1 {
			t.Errorf("%s in K1: met %v gap %d, want false 1", code, k1.Met(), k1.Gap())
		}
	}
}

// checkShortfalls: 2011's shortfalls in the province, in region order then
// by ID, each with what it has, needs and why.
func checkShortfalls(t *testing.T, e *indicator.Engine, w *world) {
	for _, k := range known {
		list, total, err := e.Shortfalls(ctx, k.code, 0, 2011, 0, 100)
		if err != nil {
			t.Fatalf("%s: %v", k.code, err)
		}
		checkList(t, w, k.code+" 2011", list, total, k.kind, k.need, k.short, len(k.short))
		if len(list) > 0 && list[0].Reason.ZH != k.firstReasonZH {
			t.Errorf("%s: first reason in Chinese %q, want %q", k.code, list[0].Reason.ZH, k.firstReasonZH)
		}
		if f := k.years[2011]; total != f.den-f.num {
			t.Errorf("%s: %d shortfalls, but %v meet the rule", k.code, total, f)
		}
	}
	// the pay floor in 2010: 2009's income is not recorded, nobody meets it
	noFloor := "last year's provincial average rural income is not recorded"
	list, total, err := e.Shortfalls(ctx, "SECRETARY_PAY_FLOOR", 0, 2010, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	checkList(t, w, "SECRETARY_PAY_FLOOR 2010", list, total, indicator.PersonUnit, 1e15, []short{
		{"A1", "V1", 8000, noFloor}, {"B1", "V2", 6000, noFloor}, {"Cs", "V3", 5000, noFloor},
		{"D1", "V4", 0, noFloor}, {"E1", "V5", 7500, noFloor},
	}, 5)
	if len(list) > 0 && list[0].Reason.ZH != "上年全省农村劳动力人均收入未登记" {
		t.Errorf("pay floor without income: %q", list[0].Reason.ZH)
	}
	// and in 2012 against 2011's income
	list, total, err = e.Shortfalls(ctx, "SECRETARY_PAY_FLOOR", 0, 2012, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	checkList(t, w, "SECRETARY_PAY_FLOOR 2012", list, total, indicator.PersonUnit, 7000, []short{
		{"B1", "V2", 6000, "basic remuneration 6000 yuan, below 7000"},
		{"Cs", "V3", 5000, "basic remuneration 5000 yuan, below 7000"},
		{"D1", "V4", 0, "basic remuneration 0 yuan, below 7000"},
	}, 3)
}

func checkList(t *testing.T, w *world, what string, list []indicator.Shortfall, total int, kind indicator.UnitKind, need float64, want []short, wantTotal int) {
	t.Helper()
	if total != wantTotal {
		t.Errorf("%s: total %d, want %d", what, total, wantTotal)
	}
	var got, exp []string
	for _, s := range list {
		got = append(got, fmt.Sprintf("%d in %d has %v", s.ID, s.Region.ID, s.Have))
	}
	for _, s := range want {
		exp = append(exp, fmt.Sprintf("%d in %d has %v", w.id(t, s.unit), w.id(t, s.region), s.have))
	}
	if fmt.Sprint(got) != fmt.Sprint(exp) {
		t.Errorf("%s: shortfalls\n%v\nwant\n%v (%v)", what, got, exp, want)
		return
	}
	for i, s := range list {
		if s.Kind != kind || s.Need != need || s.Reason.EN != want[i].reason || s.Reason.ZH == "" {
			t.Errorf("%s: %s is a %s needing %v: %q / %q; want a %s needing %v: %q",
				what, want[i].unit, s.Kind, s.Need, s.Reason.EN, s.Reason.ZH, kind, need, want[i].reason)
		}
		if s.Region.Code == "" || s.Region.Path == "" || s.Region.Level == "" || s.Region.Name == "" {
			t.Errorf("%s: %s lies in %+v", what, want[i].unit, s.Region)
		}
	}
}

// checkTrend: the province's figures year by year equal those of Compute,
// and a county's.
func checkTrend(t *testing.T, e *indicator.Engine, w *world) {
	for _, k := range known {
		ps, err := e.Trend(ctx, k.code, 0, 2010, 2012)
		if err != nil {
			t.Fatalf("%s: %v", k.code, err)
		}
		if len(ps) != 3 {
			t.Fatalf("%s: %d points", k.code, len(ps))
		}
		for i, p := range ps {
			y := 2010 + i
			if p.Year != y || (fig{p.Numerator, p.Denominator}) != k.years[y] {
				t.Errorf("%s trend: %d has %d/%d, want %d %v", k.code, p.Year, p.Numerator, p.Denominator, y, k.years[y])
			}
			if (p.Value() == nil) != (p.Denominator == 0) {
				t.Errorf("%s trend %d: value %v", k.code, y, p.Value())
			}
		}
	}
	ps, err := e.Trend(ctx, "SECRETARY_DIRECTOR_CONCURRENT", w.id(t, "K2"), 2009, 2013)
	if err != nil {
		t.Fatal(err)
	}
	want := []fig{{0, 2}, {0, 2}, {0, 2}, {1, 2}, {1, 2}}
	for i, p := range ps {
		if p.Year != 2009+i || (fig{p.Numerator, p.Denominator}) != want[i] {
			t.Errorf("K2 trend: point %d is %d %d/%d, want %d %v", i, p.Year, p.Numerator, p.Denominator, 2009+i, want[i])
		}
	}
	if len(ps) != len(want) {
		t.Errorf("K2 trend: %d points", len(ps))
	}
	// V4 before and after its party branch was dissolved: D0 is secretary and director of V4 till mid-2010
	ps, err = e.Trend(ctx, "SECRETARY_DIRECTOR_CONCURRENT", w.id(t, "V4"), 2009, 2010)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Numerator != 1 || ps[0].Denominator != 1 || ps[1].Numerator != 0 || ps[1].Denominator != 1 {
		t.Errorf("V4 trend 2009–2010: %+v, want 1/1 then 0/1", ps)
	}
	// one year
	ps, err = e.Trend(ctx, "VENUE_COVERAGE", 0, 2000, 2000)
	if err != nil || len(ps) != 1 || ps[0].Numerator != 1 || ps[0].Denominator != 6 {
		t.Errorf("VENUE_COVERAGE trend in 2000: %+v %v, want 1/6", ps, err)
	}
}

// checkSubtrees: breakdowns with a row for the region itself, with empty
// children, and of a village (no children).
func checkSubtrees(t *testing.T, e *indicator.Engine, w *world) {
	// Co5 lies in K2 itself
	r := one(t, e, w.id(t, "K2"), 2011, "COOP_PARTY_COVERAGE")
	if figOf(r) != (fig{1, 2}) {
		t.Errorf("COOP_PARTY_COVERAGE K2: %v, want 1/2", figOf(r))
	}
	checkBreakdown(t, w, "COOP_PARTY_COVERAGE K2", r, []string{"T3", "K2"}, []fig{{1, 1}, {0, 1}})
	// the township is its own unit
	r = one(t, e, w.id(t, "T1"), 2011, "BORDER_TOWNSHIP_OFFICER")
	checkBreakdown(t, w, "BORDER_TOWNSHIP_OFFICER T1", r, []string{"V1", "V2", "T1"}, []fig{{0, 0}, {0, 0}, {0, 1}})
	// the urban community is a child without villages
	r = one(t, e, w.id(t, "T2"), 2011, "VENUE_COVERAGE")
	checkBreakdown(t, w, "VENUE_COVERAGE T2", r, []string{"V3", "V4", "U1"}, []fig{{1, 1}, {0, 1}, {0, 0}})
	r = one(t, e, w.id(t, "K1"), 2011, "HEADS_INSURED")
	checkBreakdown(t, w, "HEADS_INSURED K1", r, []string{"T1", "T2"}, []fig{{2, 3}, {2, 4}})
	// a village: no breakdown; V1's secretary and director is one person
	for code, want := range map[string]fig{
		"HEADS_INSURED": {1, 1}, "HEADS_TRAINING_DAYS": {1, 1}, "SECRETARY_DIRECTOR_CONCURRENT": {1, 1},
		"CADRE_ROTATION_TRAINED": {1, 3}, "MASS_ORG_HEADS_IN_PARTY": {1, 1}, "YOUNG_MEMBER_SHARE": {2, 3},
	} {
		r := one(t, e, w.id(t, "V1"), 2011, code)
		if figOf(r) != want || r.Breakdown == nil || len(r.Breakdown) != 0 {
			t.Errorf("%s V1: %v with breakdown %v, want %v and an empty breakdown", code, figOf(r), r.Breakdown, want)
		}
	}
	// V6 has no party organization: no secretary, only the director
	for code, want := range map[string]fig{
		"SECRETARY_DIRECTOR_CONCURRENT": {0, 1}, "PARTY_ORG_APPRAISED": {0, 0}, "SECRETARY_SKILLED": {0, 0},
		"HEADS_INSURED": {0, 1}, "MASS_ORG_HEADS_IN_PARTY": {0, 1}, "RESERVE_CADRES": {1, 1}, "COOP_PARTY_COVERAGE": {1, 1},
	} {
		if r := one(t, e, w.id(t, "V6"), 2011, code); figOf(r) != want {
			t.Errorf("%s V6: %v, want %v", code, figOf(r), want)
		}
	}
	// V4: the dissolved branch neither counts nor covers; D0 counts once, as director
	for code, want := range map[string]fig{
		"PARTY_ORG_APPRAISED": {1, 1}, "SECRETARY_PAY_FLOOR": {0, 1}, "HEADS_INSURED": {1, 2},
		"COOP_PARTY_COVERAGE": {0, 0}, "SECRETARY_LEADS_PROJECT": {0, 1},
	} {
		if r := one(t, e, w.id(t, "V4"), 2011, code); figOf(r) != want {
			t.Errorf("%s V4: %v, want %v", code, figOf(r), want)
		}
	}
	// K2 has no border township or village: no value, met
	r = one(t, e, w.id(t, "K2"), 2011, "BORDER_VILLAGE_OFFICER")
	if figOf(r) != (fig{0, 0}) || r.Value() != nil || !r.Met() || r.Gap() != 0 || r.Overdue() {
		t.Errorf("BORDER_VILLAGE_OFFICER K2: %v value %v met %v gap %d", figOf(r), r.Value(), r.Met(), r.Gap())
	}
	checkBreakdown(t, w, "BORDER_VILLAGE_OFFICER K2", r, []string{"T3"}, []fig{{0, 0}})
	// shortfalls of a subtree
	list, total, err := e.Shortfalls(ctx, "HEADS_TRAINING_DAYS", w.id(t, "K2"), 2011, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	checkList(t, w, "HEADS_TRAINING_DAYS K2", list, total, indicator.PersonUnit, 7, []short{
		{"E1", "V5", 0, "0 training days, needs 7"}, {"F1", "V6", 0, "0 training days, needs 7"},
	}, 2)
	list, total, err = e.Shortfalls(ctx, "COOP_PARTY_COVERAGE", w.id(t, "K2"), 2011, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	checkList(t, w, "COOP_PARTY_COVERAGE K2", list, total, indicator.OrganizationUnit, 1, []short{
		{"Co5", "K2", 0, "no active party organization"},
	}, 1)
}

// checkCurrent: "current" is the end of a past year, today in the current
// year, and the end of next year.
func checkCurrent(t *testing.T, e *indicator.Engine, w *world) {
	for year, want := range map[int]time.Time{2000: endOf(2000), 2011: endOf(2011), 2012: today, 2013: endOf(2013)} {
		r := one(t, e, 0, year, "ACTIVISTS")
		if !r.Day.Equal(want) {
			t.Errorf("%d: day %v, want %v", year, r.Day, want)
		}
	}
	// H3 assists in V5 until 2012-07-31: on today, not at the end of 2013
	if r := one(t, e, 0, 2012, "COLLEGE_GRADUATE_OFFICIAL"); figOf(r) != (fig{3, 6}) {
		t.Errorf("COLLEGE_GRADUATE_OFFICIAL 2012: %v, want 3/6", figOf(r))
	}
	if r := one(t, e, 0, 2013, "COLLEGE_GRADUATE_OFFICIAL"); figOf(r) != (fig{2, 6}) {
		t.Errorf("COLLEGE_GRADUATE_OFFICIAL 2013: %v, want 2/6", figOf(r))
	}
	// G2 sits on T1's committee from 2012-01-01: today counts
	if r := one(t, e, 0, 2012, "BORDER_TOWNSHIP_OFFICER"); figOf(r) != (fig{1, 1}) {
		t.Errorf("BORDER_TOWNSHIP_OFFICER 2012: %v, want 1/1", figOf(r))
	}
	// with today at the end of 2011, 2011 is the current year and 2012 the last
	e2 := *e
	e2.Today = func() time.Time { return endOf(2011) }
	if r := one(t, &e2, 0, 2011, "HEADS_INSURED"); figOf(r) != (fig{5, 9}) || !r.Day.Equal(endOf(2011)) {
		t.Errorf("HEADS_INSURED 2011 on its last day: %v on %v, want 5/9", figOf(r), r.Day)
	}
	if _, err := e2.Compute(ctx, indicator.Request{Year: 2013}); !isBadInput(err, "year") {
		t.Errorf("2013 with today in 2011: %v, want bad input on year", err)
	}
	// earlier in 2011: the posts that end mid-year are still held
	e2.Today = func() time.Time { return time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC) }
	for code, want := range map[string]fig{
		// V1 and V2 (B1 directs until 2011-06-30)
		"SECRETARY_DIRECTOR_CONCURRENT": {2, 6},
		// G1 sits until 2011-09-30
		"BORDER_TOWNSHIP_OFFICER": {1, 1},
		// Co3 dissolves on 2011-05-01, PBCo2 on 2011-03-01
		"COOP_PARTY_COVERAGE": {2, 4},
		// Y3 joined 2011-02-01 and Y1 2011-05-01; Y2 and Y5 later
		"YOUNG_MEMBER_SHARE": {4, 7},
	} {
		r := one(t, &e2, 0, 2011, code)
		if figOf(r) != want || !r.Day.Equal(time.Date(2011, 6, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s on 2011-06-01: %v on %v, want %v", code, figOf(r), r.Day, want)
		}
	}
}

// checkPaging: pages of the six shortfalls of HEADS_TRAINING_DAYS in 2011.
func checkPaging(t *testing.T, e *indicator.Engine, w *world) {
	all := []string{"B1", "Cd", "D0", "D1", "E1", "F1"}
	for _, c := range []struct{ offset, limit, from, to int }{
		{0, 100, 0, 6}, {0, 2, 0, 2}, {2, 3, 2, 5}, {5, 3, 5, 6}, {6, 3, 6, 6}, {9, 3, 6, 6}, {0, 0, 0, 0}, {3, 0, 3, 3},
	} {
		list, total, err := e.Shortfalls(ctx, "HEADS_TRAINING_DAYS", 0, 2011, c.offset, c.limit)
		if err != nil {
			t.Fatal(err)
		}
		var got, want []int
		for _, s := range list {
			got = append(got, s.ID)
		}
		for _, k := range all[c.from:c.to] {
			want = append(want, w.id(t, k))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) || total != 6 {
			t.Errorf("offset %d limit %d: %v of %d, want %v (%v) of 6", c.offset, c.limit, got, total, want, all[c.from:c.to])
		}
	}
}

func isBadInput(err error, field string) bool {
	fe, ok := fault.As(err)
	return ok && fe.Code == fault.BadInput && fe.Field == field
}

func checkBadInput(t *testing.T, e *indicator.Engine, w *world) {
	notRegion := w.id(t, "P1") // an organization's ID
	for _, c := range []struct {
		name  string
		field string
		err   func() error
	}{
		{"unknown code", "code", func() error {
			_, err := e.Compute(ctx, indicator.Request{Codes: []string{"NO_SUCH_CODE"}, Year: 2011})
			return err
		}},
		{"not a region", "region", func() error {
			_, err := e.Compute(ctx, indicator.Request{RegionID: notRegion, Year: 2011})
			return err
		}},
		{"no such ID", "region", func() error {
			_, err := e.Compute(ctx, indicator.Request{RegionID: 1 << 40, Year: 2011})
			return err
		}},
		{"1999", "year", func() error { _, err := e.Compute(ctx, indicator.Request{Year: 1999}); return err }},
		{"2014", "year", func() error { _, err := e.Compute(ctx, indicator.Request{Year: 2014}); return err }},
		{"shortfalls: unknown code", "code", func() error {
			_, _, err := e.Shortfalls(ctx, "NO_SUCH_CODE", 0, 2011, 0, 10)
			return err
		}},
		{"shortfalls: not a region", "region", func() error {
			_, _, err := e.Shortfalls(ctx, "ACTIVISTS", notRegion, 2011, 0, 10)
			return err
		}},
		{"shortfalls: 1999", "year", func() error { _, _, err := e.Shortfalls(ctx, "ACTIVISTS", 0, 1999, 0, 10); return err }},
		{"shortfalls: 2014", "year", func() error { _, _, err := e.Shortfalls(ctx, "ACTIVISTS", 0, 2014, 0, 10); return err }},
		{"trend: unknown code", "code", func() error { _, err := e.Trend(ctx, "NO_SUCH_CODE", 0, 2010, 2011); return err }},
		{"trend: not a region", "region", func() error {
			_, err := e.Trend(ctx, "ACTIVISTS", notRegion, 2010, 2011)
			return err
		}},
		{"trend: 1999", "fromYear", func() error { _, err := e.Trend(ctx, "ACTIVISTS", 0, 1999, 2011); return err }},
		{"trend: 2014", "toYear", func() error { _, err := e.Trend(ctx, "ACTIVISTS", 0, 2010, 2014); return err }},
		{"trend: backwards", "toYear", func() error { _, err := e.Trend(ctx, "ACTIVISTS", 0, 2011, 2010); return err }},
	} {
		if err := c.err(); !isBadInput(err, c.field) {
			t.Errorf("%s: %v, want BAD_USER_INPUT on %s", c.name, err, c.field)
		}
	}
	// the first and the last year are fine
	for _, y := range []int{2000, 2013} {
		if _, err := e.Compute(ctx, indicator.Request{Codes: []string{"ACTIVISTS"}, Year: y}); err != nil {
			t.Errorf("%d: %v", y, err)
		}
	}
}

// checkTargets: targets an admin set replace the defaults; gap, met and
// overdue follow.
func checkTargets(t *testing.T, c *ent.Client, e *indicator.Engine, w *world) {
	for _, x := range []struct {
		code     indicatortarget.Code
		target   float64
		deadline string
		note     string
	}{
		{indicatortarget.CodeCOOP_PARTY_COVERAGE, 0.5, "2012-12-31", "按实际情况调整"},
		{indicatortarget.CodePARTY_ORG_APPRAISED, 0.4, "", ""},
		{indicatortarget.CodeHEADS_INSURED, 0.8, "", "no deadline"},
	} {
		if err := c.IndicatorTarget.Create().SetCode(x.code).SetTarget(x.target).SetNillableDeadline(day(x.deadline)).
			SetNote(x.note).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	type want struct {
		f            fig
		target       float64
		deadline     time.Time
		set          bool
		note         string
		gap          int
		met, overdue bool
	}
	for _, c := range []struct {
		code string
		year int
		want want
	}{
		// 2/4 against 50%: met (70% by default: gap 1)
		{"COOP_PARTY_COVERAGE", 2011, want{fig{2, 4}, 0.5, endOf(2012), true, "按实际情况调整", 0, true, false}},
		// 2/5: 3 needed, not yet due on today
		{"COOP_PARTY_COVERAGE", 2012, want{fig{2, 5}, 0.5, endOf(2012), true, "按实际情况调整", 1, false, false}},
		// at the end of 2013 the deadline has passed
		{"COOP_PARTY_COVERAGE", 2013, want{fig{2, 5}, 0.5, endOf(2012), true, "按实际情况调整", 1, false, true}},
		// yearly, set without a deadline: due at the end of each year
		{"PARTY_ORG_APPRAISED", 2011, want{fig{2, 5}, 0.4, endOf(2011), true, "", 0, true, false}},
		{"PARTY_ORG_APPRAISED", 2012, want{fig{0, 5}, 0.4, endOf(2012), true, "", 2, false, false}},
		{"PARTY_ORG_APPRAISED", 2010, want{fig{1, 5}, 0.4, endOf(2010), true, "", 1, false, true}},
		// set without a deadline: never overdue; 80% of 9 is 8 units
		{"HEADS_INSURED", 2011, want{fig{5, 9}, 0.8, time.Time{}, true, "no deadline", 3, false, false}},
		// untouched: the default
		{"SECRETARY_DIRECTOR_CONCURRENT", 2011, want{fig{1, 6}, 0.7, endOf(2011), false, "", 4, false, true}},
	} {
		r := one(t, e, 0, c.year, c.code)
		got := want{figOf(r), r.Target, r.Deadline, r.TargetSet, r.Note, r.Gap(), r.Met(), r.Overdue()}
		if got != c.want {
			t.Errorf("%s %d: %+v\nwant %+v", c.code, c.year, got, c.want)
		}
	}
	// the breakdown follows the target too
	r := one(t, e, w.id(t, "C"), 2011, "COOP_PARTY_COVERAGE")
	for i, b := range r.Breakdown {
		if b.Target != 0.5 || !b.TargetSet || b.Gap() != 0 || !b.Met() {
			t.Errorf("COOP_PARTY_COVERAGE breakdown %d: target %v set %v gap %d met %v", i, b.Target, b.TargetSet, b.Gap(), b.Met())
		}
	}
}
