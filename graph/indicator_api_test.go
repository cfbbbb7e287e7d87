package graph_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/indicatortarget"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/ent/user"
	"grassroots/ent/venue"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// indicatorCodesInOrder are the 19 indicators as the province's document
// lists them, grouped by project.
var indicatorCodesInOrder = []string{
	"COOP_PARTY_COVERAGE", "SECRETARY_DIRECTOR_CONCURRENT", "MASS_ORG_HEADS_IN_PARTY", "BORDER_TOWNSHIP_OFFICER",
	"BORDER_VILLAGE_OFFICER", "RESERVE_CADRES", "COLLEGE_GRADUATE_OFFICIAL", "ACTIVISTS", "YOUNG_MEMBER_ADMITTED",
	"YOUNG_MEMBER_SHARE", "SECRETARY_LEADS_PROJECT", "SECRETARY_SKILLED", "VENUE_COVERAGE", "HEADS_INSURED",
	"CADRE_ROTATION_TRAINED", "HEADS_TRAINING_DAYS", "BACKWARD_VILLAGE_TWINNED", "SECRETARY_PAY_FLOOR", "PARTY_ORG_APPRAISED",
}

// indicatorYear is the year the figures are checked in: a past year, so
// "current" means its last day.
const indicatorYear = 2024

// onCountyDemo runs f against a fresh API holding the county demo data, on
// SQLite and on PostgreSQL.
func onCountyDemo(t *testing.T, f func(t *testing.T, api *apitest.API)) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) { f(t, apitest.County(t, d)) })
	}
}

// unitFact is one unit of an indicator as counted here, independently of
// the indicator engine: its ID, the path of the region it lies in, its
// measure and whether it meets the rule.
type unitFact struct {
	id   int
	path string
	have float64
	met  bool
}

// indicatorFacts holds the records an indicator is counted from, read
// through ent (and, for people's political status, plain SQL).
type indicatorFacts struct {
	regions    []*ent.Region
	regionByID map[int]*ent.Region
	orgs       []*ent.Organization
	orgByID    map[int]*ent.Organization
	people     []*ent.Person
	posts      []*ent.Position
	links      []*ent.Link
	appraisals []*ent.Appraisal
	venues     []*ent.Venue
	// activists counts, per village ID, the people living there who are
	// activists or development targets (from plain SQL).
	activists map[int]int
}

func loadIndicatorFacts(t *testing.T, api *apitest.API) *indicatorFacts {
	t.Helper()
	ctx := context.Background()
	c := api.Client()
	f := &indicatorFacts{regionByID: map[int]*ent.Region{}, orgByID: map[int]*ent.Organization{}, activists: map[int]int{}}
	var err error
	must := func(e error) {
		t.Helper()
		if e != nil {
			t.Fatal(e)
		}
	}
	f.regions, err = c.Region.Query().All(ctx)
	must(err)
	f.orgs, err = c.Organization.Query().All(ctx)
	must(err)
	f.people, err = c.Person.Query().All(ctx)
	must(err)
	f.posts, err = c.Position.Query().All(ctx)
	must(err)
	f.links, err = c.Link.Query().All(ctx)
	must(err)
	f.appraisals, err = c.Appraisal.Query().All(ctx)
	must(err)
	f.venues, err = c.Venue.Query().All(ctx)
	must(err)
	for _, r := range f.regions {
		f.regionByID[r.ID] = r
	}
	for _, o := range f.orgs {
		f.orgByID[o.ID] = o
	}
	rows, err := api.Store.DB.QueryContext(ctx, `SELECT v.id, COUNT(p.id) FROM regions v
		LEFT JOIN people p ON p.home_region_id = v.id AND p.political_status IN ('ACTIVIST', 'DEVELOPMENT_TARGET')
		WHERE v.level = 'VILLAGE' GROUP BY v.id`)
	must(err)
	defer rows.Close()
	for rows.Next() {
		var id, n int
		must(rows.Scan(&id, &n))
		f.activists[id] = n
	}
	must(rows.Err())
	if len(f.activists) == 0 || len(f.orgs) == 0 || len(f.posts) == 0 || len(f.appraisals) == 0 {
		t.Fatalf("the demo data is missing records: %d villages, %d organizations, %d posts, %d appraisals",
			len(f.activists), len(f.orgs), len(f.posts), len(f.appraisals))
	}
	return f
}

func endOfYear(y int) time.Time { return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC) }

// onOrBefore: t is set and not after day, or not set.
func onOrBefore(t *time.Time, day time.Time) bool { return t == nil || !t.After(day) }

// afterOrOpen: t is after day, or not set.
func afterOrOpen(t *time.Time, day time.Time) bool { return t == nil || t.After(day) }

// orgActive: founded by day and not dissolved by then (a dissolved
// organization without a date never counts).
func orgActive(o *ent.Organization, day time.Time) bool {
	return onOrBefore(o.FoundedOn, day) && afterOrOpen(o.DissolvedOn, day) &&
		!(o.Status == organization.StatusDISSOLVED && o.DissolvedOn == nil)
}

func postHeld(p *ent.Position, day time.Time) bool {
	return onOrBefore(p.StartedOn, day) && afterOrOpen(p.EndedOn, day)
}

func isPartyKind(k organization.Kind) bool {
	return k == organization.KindPARTY_BRANCH || k == organization.KindPARTY_GENERAL_BRANCH || k == organization.KindPARTY_COMMITTEE
}

func (f *indicatorFacts) villagesUnder(root *ent.Region) []*ent.Region {
	var out []*ent.Region
	for _, r := range f.regions {
		if r.Level == region.LevelVILLAGE && strings.HasPrefix(r.Path, root.Path) {
			out = append(out, r)
		}
	}
	return out
}

// units lists the units of the indicator code in root's subtree in year
// (whose "current" day is the end of the year), as this test reads the
// indicator's rule.
func (f *indicatorFacts) units(t *testing.T, code string, root *ent.Region, year int) []unitFact {
	t.Helper()
	day := endOfYear(year)
	var out []unitFact
	add := func(id int, path string, have float64, need float64) {
		out = append(out, unitFact{id: id, path: path, have: have, met: have >= need})
	}
	switch code {
	case "RESERVE_CADRES": // villages with two current reserve cadres
		for _, v := range f.villagesUnder(root) {
			people := map[int]bool{}
			for _, p := range f.posts {
				o := f.orgByID[p.OrganizationID]
				if o.RegionID == v.ID && orgActive(o, day) && p.Role == position.RoleRESERVE_CADRE && postHeld(p, day) {
					people[p.PersonID] = true
				}
			}
			add(v.ID, v.Path, float64(len(people)), 2)
		}
	case "ACTIVISTS": // villages with three resident activists
		for _, v := range f.villagesUnder(root) {
			add(v.ID, v.Path, float64(f.activists[v.ID]), 3)
		}
	case "COOP_PARTY_COVERAGE": // active cooperatives hosting an active party organization
		for _, c := range f.orgs {
			r := f.regionByID[c.RegionID]
			if c.Kind != organization.KindCOOPERATIVE || !orgActive(c, day) || !strings.HasPrefix(r.Path, root.Path) {
				continue
			}
			n := 0
			for _, o := range f.orgs {
				if o.HostID != nil && *o.HostID == c.ID && isPartyKind(o.Kind) && orgActive(o, day) {
					n++
				}
			}
			add(c.ID, r.Path, float64(n), 1)
		}
	case "YOUNG_MEMBER_SHARE": // rural members under 35 at the end of the year
		young := endOfYear(year - 35)
		for _, p := range f.people {
			if p.HomeRegionID == nil {
				continue
			}
			v := f.regionByID[*p.HomeRegionID]
			if v.Level != region.LevelVILLAGE || !strings.HasPrefix(v.Path, root.Path) ||
				(p.PoliticalStatus != person.PoliticalStatusMEMBER && p.PoliticalStatus != person.PoliticalStatusPROBATIONARY) ||
				!onOrBefore(p.JoinedPartyOn, day) {
				continue
			}
			have := 0.0
			if p.BirthDate != nil && p.BirthDate.After(young) {
				have = 1
			}
			add(p.ID, v.Path, have, 1)
		}
	case "PARTY_ORG_APPRAISED": // village party organizations appraised in the year
		for _, o := range f.orgs {
			v := f.regionByID[o.RegionID]
			if v.Level != region.LevelVILLAGE || !strings.HasPrefix(v.Path, root.Path) || !isPartyKind(o.Kind) ||
				o.Setting == nil || *o.Setting != organization.SettingVILLAGE || !orgActive(o, day) {
				continue
			}
			n := 0
			for _, a := range f.appraisals {
				if a.OrganizationID != nil && *a.OrganizationID == o.ID && a.Kind == appraisal.KindDEMOCRATIC_APPRAISAL && a.Year == year {
					n++
				}
			}
			add(o.ID, v.Path, float64(n), 1)
		}
	case "BACKWARD_VILLAGE_TWINNED": // backward villages with a twinning link running at the end of the year
		for _, v := range f.villagesUnder(root) {
			if !v.Backward {
				continue
			}
			n := 0
			for _, l := range f.links {
				running := (l.Status == link.StatusACTIVE && afterOrOpen(l.EndedOn, day)) ||
					(l.Status == link.StatusENDED && l.EndedOn != nil && l.EndedOn.After(day))
				if f.orgByID[l.TargetID].RegionID == v.ID && l.Kind == link.KindURBAN_RURAL_TWINNING && onOrBefore(l.StartedOn, day) && running {
					n++
				}
			}
			add(v.ID, v.Path, float64(n), 1)
		}
	case "VENUE_COVERAGE": // villages with a usable venue built by the end of the year
		for _, v := range f.villagesUnder(root) {
			n := 0
			for _, s := range f.venues {
				if s.RegionID == v.ID && onOrBefore(s.BuiltOn, day) && s.Condition != venue.ConditionUNUSABLE {
					n++
				}
			}
			add(v.ID, v.Path, float64(n), 1)
		}
	default:
		t.Fatalf("no independent count of %s", code)
	}
	return out
}

// unitKinds are the kinds of units of the indicators counted here.
var unitKinds = map[string]string{
	"RESERVE_CADRES": "REGION", "ACTIVISTS": "REGION", "COOP_PARTY_COVERAGE": "ORGANIZATION", "YOUNG_MEMBER_SHARE": "PERSON",
	"PARTY_ORG_APPRAISED": "ORGANIZATION", "BACKWARD_VILLAGE_TWINNED": "REGION", "VENUE_COVERAGE": "REGION",
}

// typeOfKind is the GraphQL type of a unit of each kind.
var typeOfKind = map[string]string{"REGION": "Region", "ORGANIZATION": "Organization", "PERSON": "Person"}

// tallyUnits counts the units that meet the rule, and all of them.
func tallyUnits(us []unitFact) (num, den int) {
	for _, u := range us {
		den++
		if u.met {
			num++
		}
	}
	return num, den
}

// indicatorFigures is an IndicatorResult's figures as the API answers them.
type indicatorFigures struct {
	Code                   string
	UnitKind               string
	Year                   int
	Numerator, Denominator int
	Value                  *float64
	Target                 float64
	Gap                    int
	Met                    bool
	Region                 struct{ ID, Code string }
}

// sameFigures reports whether two results carry the same figures.
func sameFigures(a, b indicatorFigures) bool {
	return a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.Region.ID == b.Region.ID &&
		a.Gap == b.Gap && a.Met == b.Met && a.Target == b.Target &&
		(a.Value == nil) == (b.Value == nil) && (a.Value == nil || math.Abs(*a.Value-*b.Value) < 1e-12)
}

const figureFields = `code unitKind year numerator denominator value target gap met region { id code }`

// childRegions reads the regions directly under r, in code order.
func childRegions(t *testing.T, api *apitest.API, r *ent.Region) []*ent.Region {
	t.Helper()
	cs, err := api.Client().Region.Query().Where(region.ParentID(r.ID)).Order(ent.Asc(region.FieldCode)).All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// firstRegionAt reads the first region of a level, in code order.
func firstRegionAt(t *testing.T, api *apitest.API, level region.Level) *ent.Region {
	t.Helper()
	r, err := api.Client().Region.Query().Where(region.LevelEQ(level)).Order(ent.Asc(region.FieldCode)).First(context.Background())
	if err != nil {
		t.Fatalf("no %s region: %v", level, err)
	}
	return r
}

// TestIndicatorsList: indicators(year:) answers the 19 indicators in the
// document's order for the province (or the region asked for), each with
// its texts in both languages, and the figures of every indicator add up
// over its breakdown.
func TestIndicatorsList(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		province, county := firstRegionAt(t, api, region.LevelPROVINCE), firstRegionAt(t, api, region.LevelCOUNTY)
		for _, root := range []*ent.Region{province, county} {
			var out struct {
				Indicators []struct {
					indicatorFigures
					Project     string
					Title, Unit struct{ ZH, EN string }
					Description struct{ ZH, EN string }
					Breakdown   []indicatorFigures
				}
			}
			vars := map[string]any{"y": indicatorYear}
			if root != province {
				vars["r"] = id(root.ID)
			}
			api.OK(`query($r: ID, $y: Int!) { indicators(region: $r, year: $y) { `+figureFields+` project
				title { zh en } unit { zh en } description { zh en } breakdown { `+figureFields+` } } }`, vars, &out)
			var codes []string
			children := childRegions(t, api, root)
			for _, r := range out.Indicators {
				codes = append(codes, r.Code)
				if r.Year != indicatorYear || r.Region.ID != id(root.ID) {
					t.Errorf("%s: year %d region %s, want %d %d", r.Code, r.Year, r.Region.ID, indicatorYear, root.ID)
				}
				if r.Title.ZH == "" || r.Title.EN == "" || r.Unit.ZH == "" || r.Unit.EN == "" || r.Description.ZH == "" || r.Description.EN == "" || r.Project == "" {
					t.Errorf("%s: a text is missing: %+v", r.Code, r)
				}
				num, den := 0, 0
				for i, b := range r.Breakdown {
					num += b.Numerator
					den += b.Denominator
					if i < len(children) && b.Region.ID != id(children[i].ID) {
						t.Errorf("%s: breakdown row %d is region %s, want %s (%s)", r.Code, i, b.Region.ID, id(children[i].ID), children[i].Name)
					}
				}
				if len(r.Breakdown) < len(children) || len(r.Breakdown) > len(children)+1 {
					t.Errorf("%s: %d breakdown rows for %d children", r.Code, len(r.Breakdown), len(children))
				}
				if num != r.Numerator || den != r.Denominator {
					t.Errorf("%s in %s: breakdown adds up to %d/%d, the total is %d/%d", r.Code, root.Name, num, den, r.Numerator, r.Denominator)
				}
				if r.Numerator > r.Denominator || (r.Denominator == 0) != (r.Value == nil) ||
					(r.Value != nil && math.Abs(*r.Value-float64(r.Numerator)/float64(r.Denominator)) > 1e-12) {
					t.Errorf("%s: value %v for %d/%d", r.Code, r.Value, r.Numerator, r.Denominator)
				}
				gap := max(0, int(math.Ceil(r.Target*float64(r.Denominator)-1e-9))-r.Numerator)
				if r.Gap != gap || r.Met != (gap == 0) {
					t.Errorf("%s: gap %d met %v, want gap %d (target %v, %d/%d)", r.Code, r.Gap, r.Met, gap, r.Target, r.Numerator, r.Denominator)
				}
			}
			if !slices.Equal(codes, indicatorCodesInOrder) {
				t.Errorf("indicators in %s = %v\nwant %v", root.Name, codes, indicatorCodesInOrder)
			}
		}
	})
}

// TestIndicatorFiguresMatchIndependentCounts compares some indicators, for
// the province and the county, and each row of the county's breakdown by
// township, with counts made here from the records (through ent, and plain
// SQL); asking for a township's indicator answers its breakdown row.
func TestIndicatorFiguresMatchIndependentCounts(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		f := loadIndicatorFacts(t, api)
		province, county := firstRegionAt(t, api, region.LevelPROVINCE), firstRegionAt(t, api, region.LevelCOUNTY)
		codes := []string{"RESERVE_CADRES", "ACTIVISTS", "COOP_PARTY_COVERAGE", "YOUNG_MEMBER_SHARE", "PARTY_ORG_APPRAISED", "BACKWARD_VILLAGE_TWINNED", "VENUE_COVERAGE"}
		nonTrivial := 0
		for _, code := range codes {
			for _, root := range []*ent.Region{province, county} {
				want := f.units(t, code, root, indicatorYear)
				wantNum, wantDen := tallyUnits(want)
				var out struct {
					Indicator struct {
						indicatorFigures
						Breakdown []indicatorFigures
					}
				}
				vars := map[string]any{"c": code, "y": indicatorYear}
				if root != province {
					vars["r"] = id(root.ID)
				}
				api.OK(`query($c: IndicatorCode!, $r: ID, $y: Int!) { indicator(code: $c, region: $r, year: $y) { `+figureFields+` breakdown { `+figureFields+` } } }`, vars, &out)
				got := out.Indicator
				if got.Numerator != wantNum || got.Denominator != wantDen {
					t.Errorf("%s in %s: %d/%d, counted %d/%d", code, root.Name, got.Numerator, got.Denominator, wantNum, wantDen)
				}
				if got.UnitKind != unitKinds[code] {
					t.Errorf("%s: unitKind %s, want %s", code, got.UnitKind, unitKinds[code])
				}
				if root == province {
					if wantNum > 0 && wantNum < wantDen {
						nonTrivial++
					}
					continue
				}
				// The county's breakdown by township, counted here.
				children := childRegions(t, api, root)
				if len(children) < 2 {
					t.Fatalf("the county has %d townships", len(children))
				}
				// Units in the county itself, in no township, make a last row.
				rows := children
				for _, u := range want {
					if u.path == root.Path {
						rows = append(slices.Clip(children), root)
						break
					}
				}
				if len(got.Breakdown) != len(rows) {
					t.Fatalf("%s: %d breakdown rows, want %d", code, len(got.Breakdown), len(rows))
				}
				for i, c := range rows {
					var in []unitFact
					for _, u := range want {
						if strings.HasPrefix(u.path, c.Path) && (c != root || u.path == root.Path) {
							in = append(in, u)
						}
					}
					num, den := tallyUnits(in)
					row := got.Breakdown[i]
					if row.Region.ID != id(c.ID) || row.Numerator != num || row.Denominator != den {
						t.Errorf("%s, %s: breakdown row %s %d/%d, counted %d/%d", code, c.Name, row.Region.Code, row.Numerator, row.Denominator, num, den)
					}
					// Drilling down answers the same figures.
					var drill struct{ Indicator indicatorFigures }
					api.OK(`query($c: IndicatorCode!, $r: ID, $y: Int!) { indicator(code: $c, region: $r, year: $y) { `+figureFields+` } }`,
						map[string]any{"c": code, "r": id(c.ID), "y": indicatorYear}, &drill)
					if !sameFigures(drill.Indicator, row) {
						t.Errorf("%s: indicator(region: %s) = %+v, its breakdown row = %+v", code, c.Name, drill.Indicator, row)
					}
				}
			}
		}
		if nonTrivial < 4 {
			t.Errorf("only %d of the indicators checked are neither 0 nor 100%% on the demo data: the comparison proves little", nonTrivial)
		}
	})
}

// shortfallPage is a page of shortfalls as the API answers it.
type shortfallPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct {
			UnitKind string
			Unit     struct {
				ID       string
				Typename string `json:"__typename"`
			}
			Region     struct{ ID string }
			Have, Need float64
			Reason     struct{ ZH, EN string }
		}
	}
}

// TestIndicatorShortfalls pages through the shortfalls of indicators of each
// unit kind forwards and backwards: they are the units counted here that
// fall short, in region order, totalCount is denominator - numerator, and
// each links to its record and says why in both languages.
func TestIndicatorShortfalls(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		f := loadIndicatorFacts(t, api)
		county := firstRegionAt(t, api, region.LevelCOUNTY)
		// The township with the most rural party members.
		var town *ent.Region
		most := 0
		for _, c := range childRegions(t, api, county) {
			if n := len(f.units(t, "YOUNG_MEMBER_SHARE", c, indicatorYear)); n > most {
				town, most = c, n
			}
		}
		if town == nil {
			t.Fatal("no township has rural party members")
		}
		cases := []struct {
			code string
			root *ent.Region
		}{{"RESERVE_CADRES", county}, {"COOP_PARTY_COVERAGE", county}, {"YOUNG_MEMBER_SHARE", town}}
		const q = `query($c: IndicatorCode!, $r: ID, $y: Int!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
			indicator(code: $c, region: $r, year: $y) { numerator denominator unitKind
				shortfalls(first: $first, after: $after, last: $last, before: $before) {
					totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
					edges { cursor node { unitKind unit { id __typename } region { id } have need reason { zh en } } } } } }`
		for _, c := range cases {
			t.Run(c.code, func(t *testing.T) {
				api := api.For(t)
				page := func(args map[string]any) (shortfallPage, int, int) {
					t.Helper()
					vars := map[string]any{"c": c.code, "r": id(c.root.ID), "y": indicatorYear}
					for k, v := range args {
						vars[k] = v
					}
					var out struct {
						Indicator struct {
							Numerator, Denominator int
							Shortfalls             shortfallPage
						}
					}
					api.OK(q, vars, &out)
					return out.Indicator.Shortfalls, out.Indicator.Numerator, out.Indicator.Denominator
				}
				// The units counted here that fall short, in region then ID order.
				var want []unitFact
				for _, u := range f.units(t, c.code, c.root, indicatorYear) {
					if !u.met {
						want = append(want, u)
					}
				}
				sort.Slice(want, func(i, j int) bool {
					if want[i].path != want[j].path {
						return want[i].path < want[j].path
					}
					return want[i].id < want[j].id
				})
				if len(want) < 12 {
					t.Fatalf("only %d shortfalls of %s: too few to page through", len(want), c.code)
				}

				// Forwards, 7 at a time.
				const size = 7
				type item struct {
					cursor string
					unit   int
				}
				var all []item
				var after any
				for pages := 0; ; pages++ {
					p, num, den := page(map[string]any{"first": size, "after": after})
					if p.TotalCount != den-num || p.TotalCount != len(want) {
						t.Fatalf("totalCount %d, denominator - numerator = %d - %d, counted %d", p.TotalCount, den, num, len(want))
					}
					if p.PageInfo.HasPreviousPage != (pages > 0) {
						t.Errorf("page %d: hasPreviousPage %v", pages, p.PageInfo.HasPreviousPage)
					}
					for _, e := range p.Edges {
						n := e.Node
						u, err := strconv.Atoi(n.Unit.ID)
						if err != nil {
							t.Fatal(err)
						}
						i := len(all)
						all = append(all, item{e.Cursor, u})
						if i >= len(want) {
							continue
						}
						w := want[i]
						if u != w.id || n.Have != w.have {
							t.Errorf("shortfall %d: unit %d have %v, want unit %d have %v", i, u, n.Have, w.id, w.have)
						}
						if n.UnitKind != unitKinds[c.code] || n.Unit.Typename != typeOfKind[n.UnitKind] {
							t.Errorf("shortfall %d: unitKind %s, unit is a %s", i, n.UnitKind, n.Unit.Typename)
						}
						var wantRegion string
						for _, r := range f.regions {
							if r.Path == w.path {
								wantRegion = id(r.ID)
							}
						}
						if n.Region.ID != wantRegion {
							t.Errorf("shortfall %d: region %s, want %s", i, n.Region.ID, wantRegion)
						}
						if n.Reason.ZH == "" || n.Reason.EN == "" || n.Reason.ZH == n.Reason.EN {
							t.Errorf("shortfall %d: reason %+v", i, n.Reason)
						}
						if c.code == "RESERVE_CADRES" {
							noun := "reserve cadres"
							if w.have == 1 {
								noun = "reserve cadre"
							}
							if en := fmt.Sprintf("%d %s, needs 2", int(w.have), noun); n.Reason.EN != en || n.Need != 2 {
								t.Errorf("shortfall %d: reason %q need %v, want %q need 2", i, n.Reason.EN, n.Need, en)
							}
						}
					}
					if !p.PageInfo.HasNextPage {
						if len(p.Edges) == 0 || *p.PageInfo.EndCursor != all[len(all)-1].cursor {
							t.Errorf("the last page ends at %v", p.PageInfo.EndCursor)
						}
						break
					}
					if len(p.Edges) != size || pages > len(want) {
						t.Fatalf("page %d has %d edges and a next page", pages, len(p.Edges))
					}
					after = *p.PageInfo.EndCursor
				}
				if len(all) != len(want) {
					t.Fatalf("paged through %d shortfalls, want %d", len(all), len(want))
				}

				// Backwards: the last 5, then the 5 before the 10th.
				last, _, _ := page(map[string]any{"last": 5})
				if len(last.Edges) != 5 || last.PageInfo.HasNextPage || !last.PageInfo.HasPreviousPage {
					t.Fatalf("last 5: %d edges, pageInfo %+v", len(last.Edges), last.PageInfo)
				}
				for i, e := range last.Edges {
					if w := all[len(all)-5+i]; e.Node.Unit.ID != id(w.unit) {
						t.Errorf("last 5, edge %d: unit %s, want %d", i, e.Node.Unit.ID, w.unit)
					}
				}
				before, _, _ := page(map[string]any{"last": 5, "before": all[9].cursor})
				if len(before.Edges) != 5 || !before.PageInfo.HasNextPage || !before.PageInfo.HasPreviousPage || before.TotalCount != len(want) {
					t.Fatalf("5 before the 10th: %d edges, pageInfo %+v", len(before.Edges), before.PageInfo)
				}
				for i, e := range before.Edges {
					if w := all[4+i]; e.Node.Unit.ID != id(w.unit) || e.Cursor != w.cursor {
						t.Errorf("5 before the 10th, edge %d: unit %s, want %d", i, e.Node.Unit.ID, w.unit)
					}
				}
				// A page beyond the end is empty but still counts them all.
				end, _, _ := page(map[string]any{"first": 3, "after": all[len(all)-1].cursor})
				if len(end.Edges) != 0 || end.TotalCount != len(want) || end.PageInfo.HasNextPage {
					t.Errorf("past the end: %d edges, totalCount %d, pageInfo %+v", len(end.Edges), end.TotalCount, end.PageInfo)
				}
				api.Fail(q, map[string]any{"c": c.code, "y": indicatorYear, "first": 101}, "BAD_USER_INPUT", "first")
			})
		}
	})
}

// TestIndicatorTrend: a trend has one point per year, in order, and the
// point of a year is that year's indicator, as counted here.
func TestIndicatorTrend(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		f := loadIndicatorFacts(t, api)
		county := firstRegionAt(t, api, region.LevelCOUNTY)
		next := time.Now().UTC().Year() + 1
		for _, code := range []string{"PARTY_ORG_APPRAISED", "RESERVE_CADRES", "YOUNG_MEMBER_SHARE"} {
			from, to := max(2005, next-29), next // 30 years at most
			var trend struct {
				Indicator struct {
					Trend []struct {
						Year                   int
						Numerator, Denominator int
						Value                  *float64
					}
				}
			}
			api.OK(`query($c: IndicatorCode!, $r: ID, $from: Int!, $to: Int!) { indicator(code: $c, region: $r, year: 2010) {
				trend(fromYear: $from, toYear: $to) { year numerator denominator value } } }`,
				map[string]any{"c": code, "r": id(county.ID), "from": from, "to": to}, &trend)
			points := trend.Indicator.Trend
			if len(points) != to-from+1 {
				t.Fatalf("%s: %d points for %d to %d", code, len(points), from, to)
			}
			// Each year's indicator, in one request.
			var q strings.Builder
			q.WriteString(`query($c: IndicatorCode!, $r: ID) {`)
			for y := from; y <= to; y++ {
				fmt.Fprintf(&q, ` y%d: indicator(code: $c, region: $r, year: %d) { numerator denominator value }`, y, y)
			}
			q.WriteString(` }`)
			var years map[string]struct {
				Numerator, Denominator int
				Value                  *float64
			}
			api.OK(q.String(), map[string]any{"c": code, "r": id(county.ID)}, &years)
			distinct := map[[2]int]bool{}
			for i, p := range points {
				y := from + i
				one := years[fmt.Sprintf("y%d", y)]
				if p.Year != y || p.Numerator != one.Numerator || p.Denominator != one.Denominator ||
					(p.Value == nil) != (one.Value == nil) || (p.Value != nil && *p.Value != *one.Value) {
					t.Errorf("%s: trend point %d = %+v, indicator(year: %d) = %+v", code, i, p, y, one)
				}
				distinct[[2]int{p.Numerator, p.Denominator}] = true
				if y < time.Now().UTC().Year() { // past years end on their last day
					num, den := tallyUnits(f.units(t, code, county, y))
					if p.Numerator != num || p.Denominator != den {
						t.Errorf("%s in %d: %d/%d, counted %d/%d", code, y, p.Numerator, p.Denominator, num, den)
					}
				}
			}
			if len(distinct) < 3 {
				t.Errorf("%s: the trend hardly changes (%d distinct points): it proves little", code, len(distinct))
			}
		}
	})
}

// TestIndicatorBadInput: unknown codes, IDs that are not regions', years
// out of range and too long trends fail with BAD_USER_INPUT on the field
// to blame.
func TestIndicatorBadInput(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		next := time.Now().UTC().Year() + 1
		one := `query($c: IndicatorCode!, $r: ID, $y: Int!) { indicator(code: $c, region: $r, year: $y) { numerator } }`
		// The API answers them for a good request.
		api.OK(one, map[string]any{"c": "RESERVE_CADRES", "r": id(k.yanji.ID), "y": next}, nil)
		api.OK(one, map[string]any{"c": "RESERVE_CADRES", "y": 2000}, nil)

		api.Fail(one, map[string]any{"c": "NOPE", "y": 2024}, "BAD_USER_INPUT", "c")
		api.Fail(`{ indicator(code: NOPE, year: 2024) { numerator } }`, nil, "BAD_USER_INPUT", "")
		for _, q := range []string{one, `query($r: ID, $y: Int!) { indicators(region: $r, year: $y) { code } }`} {
			vars := map[string]any{"c": "RESERVE_CADRES", "y": 2024}
			if !strings.Contains(q, "$c") {
				delete(vars, "c")
			}
			with := func(k string, v any) map[string]any {
				m := map[string]any{}
				for a, b := range vars {
					m[a] = b
				}
				m[k] = v
				return m
			}
			api.Fail(q, with("r", id(k.branch1.ID)), "BAD_USER_INPUT", "region")
			api.Fail(q, with("r", id(k.secretary.ID)), "BAD_USER_INPUT", "region")
			api.Fail(q, with("r", "999999999999"), "BAD_USER_INPUT", "region")
			api.Fail(q, with("y", 1999), "BAD_USER_INPUT", "year")
			api.Fail(q, with("y", next+1), "BAD_USER_INPUT", "year")
		}
		trend := `query($from: Int!, $to: Int!) { indicator(code: RESERVE_CADRES, year: 2024) { trend(fromYear: $from, toYear: $to) { year } } }`
		var ok struct {
			Indicator struct{ Trend []struct{ Year int } }
		}
		from := max(2000, next-29) // 30 years at most
		api.OK(trend, map[string]any{"from": from, "to": next}, &ok)
		if len(ok.Indicator.Trend) != next-from+1 {
			t.Errorf("trend %d to %d has %d points", from, next, len(ok.Indicator.Trend))
		}
		api.Fail(trend, map[string]any{"from": next - 30, "to": next}, "BAD_USER_INPUT", "toYear")
		api.Fail(trend, map[string]any{"from": 1990, "to": 2024}, "BAD_USER_INPUT", "toYear")
		api.Fail(trend, map[string]any{"from": 1999, "to": 2010}, "BAD_USER_INPUT", "fromYear")
		api.Fail(trend, map[string]any{"from": 2010, "to": next + 1}, "BAD_USER_INPUT", "toYear")
		api.Fail(trend, map[string]any{"from": 2012, "to": 2010}, "BAD_USER_INPUT", "toYear")
	})
}

// targetResult is what these tests read of an IndicatorResult's target.
type targetResult struct {
	Code                   string
	Year                   int
	Target                 float64
	TargetSet              bool
	TargetNote             *string
	Deadline               *string
	Met                    bool
	Gap                    int
	Numerator, Denominator int
}

const (
	setTargetMutation = `mutation($c: IndicatorCode!, $t: Float!, $d: Date, $n: String) {
		setIndicatorTarget(code: $c, target: $t, deadline: $d, note: $n) { code year target targetSet targetNote deadline met gap numerator denominator } }`
	targetQuery = `query($c: IndicatorCode!) { indicator(code: $c, year: 2024) { code year target targetSet targetNote deadline met gap numerator denominator } }`
)

// targetsOf reads the stored targets and the audit trail's events of
// targets (operation and changed fields).
func targetsOf(t *testing.T, api *apitest.API) ([]*ent.IndicatorTarget, []string) {
	t.Helper()
	ts, err := api.Client().IndicatorTarget.Query().All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		AuditEvents struct {
			Edges []struct {
				Node struct {
					Operation string
					Changes   []struct {
						Field string
						After any
					}
				}
			}
		}
	}
	api.OK(`{ auditEvents(first: 100, where: {entityType: "IndicatorTarget"}) { edges { node { operation changes { field after } } } } }`, nil, &out)
	var events []string
	for _, e := range out.AuditEvents.Edges {
		s := e.Node.Operation
		for _, c := range e.Node.Changes {
			s += fmt.Sprintf(" %s=%v", c.Field, c.After)
		}
		events = append(events, s)
	}
	return ts, events
}

func readTarget(t *testing.T, who *apitest.API, code string) targetResult {
	t.Helper()
	var out struct{ Indicator targetResult }
	who.OK(targetQuery, map[string]any{"c": code}, &out)
	return out.Indicator
}

// refuseTargets tries targets out of range as the admin, and any target as
// the other roles and anonymously: each is refused with its code.
func refuseTargets(t *testing.T, api *apitest.API, k *county) {
	t.Helper()
	for _, bad := range []float64{1.5, -0.1} {
		for _, code := range []string{"RESERVE_CADRES", "ACTIVISTS"} {
			api.Fail(setTargetMutation, map[string]any{"c": code, "t": bad, "n": "越界"}, "BAD_USER_INPUT", "target")
		}
	}
	for _, role := range []user.Role{user.RoleCOORDINATOR, user.RoleANALYST, user.RoleVIEWER} {
		scope := (*int)(nil)
		if role == user.RoleCOORDINATOR {
			scope = &k.yanji.ID
		}
		who := api.As(role, scope)
		for _, code := range []string{"RESERVE_CADRES", "ACTIVISTS"} {
			who.Fail(setTargetMutation, map[string]any{"c": code, "t": 0.9}, "FORBIDDEN", "")
		}
	}
	api.Anonymous().Fail(setTargetMutation, map[string]any{"c": "RESERVE_CADRES", "t": 0.9}, "UNAUTHENTICATED", "")
	api.Anonymous().Fail(setTargetMutation, map[string]any{"c": "ACTIVISTS", "t": 0.9}, "UNAUTHENTICATED", "")
}

// TestSetIndicatorTargetRefused: a target out of 0 to 1, and anybody but an
// admin, is refused without writing anything; the defaults stay.
func TestSetIndicatorTargetRefused(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		refuseTargets(t, api, k)
		if ts, events := targetsOf(t, api); len(ts) != 0 || len(events) != 0 {
			t.Errorf("refused settings left %d targets and audit events %v", len(ts), events)
		}
		for _, code := range []string{"RESERVE_CADRES", "ACTIVISTS"} {
			if got := readTarget(t, api, code); got.TargetSet || got.Target != 1 || got.Deadline != nil {
				t.Errorf("%s after refusals: %+v", code, got)
			}
		}
	})
}

// TestIndicatorTargetNoteIsNullByDefault: without a target set, an
// indicator has no note: targetNote is null, as the schema documents.
func TestIndicatorTargetNoteIsNullByDefault(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		for _, code := range []string{"RESERVE_CADRES", "ACTIVISTS"} {
			got := readTarget(t, api, code)
			if got.TargetSet {
				t.Fatalf("%s: a target is set: %+v", code, got)
			}
			if got.TargetNote != nil {
				t.Errorf("%s: targetNote without a target set = %q, want null", code, *got.TargetNote)
			}
		}
	})
}

// TestSetIndicatorTarget: an admin sets a target, which the answer and
// every later query show and the audit trail records; setting it again
// updates the one record; refusals then leave it as it is.
func TestSetIndicatorTarget(t *testing.T) {
	eachDialect(t, func(t *testing.T, api *apitest.API, k *county) {
		var out struct{ SetIndicatorTarget targetResult }
		api.OK(setTargetMutation, map[string]any{"c": "RESERVE_CADRES", "t": 0.5, "d": "2027-06-30", "n": "每村至少两名后备干部"}, &out)
		got := out.SetIndicatorTarget
		if got.Code != "RESERVE_CADRES" || got.Year != time.Now().UTC().Year() || got.Target != 0.5 || !got.TargetSet ||
			got.TargetNote == nil || *got.TargetNote != "每村至少两名后备干部" || got.Deadline == nil || *got.Deadline != "2027-06-30" {
			t.Errorf("setIndicatorTarget answered %+v", got)
		}
		// The fixture's 3 villages have no reserve cadre: 0 of 3, 2 short of half.
		if got.Numerator != 0 || got.Denominator != 3 || got.Gap != 2 || got.Met {
			t.Errorf("setIndicatorTarget figures %+v, want 0/3 with a gap of 2", got)
		}
		for _, who := range []*apitest.API{api, api.Anonymous(), api.As(user.RoleVIEWER, nil)} {
			later := readTarget(t, who, "RESERVE_CADRES")
			if later.Target != 0.5 || !later.TargetSet || later.TargetNote == nil || *later.TargetNote != "每村至少两名后备干部" ||
				later.Deadline == nil || *later.Deadline != "2027-06-30" || later.Gap != 2 || later.Year != 2024 {
				t.Errorf("a later indicator query shows %+v", later)
			}
		}
		// Other indicators keep their defaults.
		if other := readTarget(t, api, "ACTIVISTS"); other.TargetSet || other.Target != 1 {
			t.Errorf("ACTIVISTS after setting RESERVE_CADRES: %+v", other)
		}
		ts, events := targetsOf(t, api)
		if len(ts) != 1 || ts[0].Code != indicatortarget.CodeRESERVE_CADRES || ts[0].Target != 0.5 || ts[0].Note != "每村至少两名后备干部" ||
			ts[0].Deadline == nil || ts[0].Deadline.Format(time.DateOnly) != "2027-06-30" {
			t.Fatalf("stored targets: %+v", ts)
		}
		if len(events) != 1 || !strings.HasPrefix(events[0], "CREATE") || !strings.Contains(events[0], "target=0.5") {
			t.Errorf("audit events after setting: %v", events)
		}

		// Again: the one record is updated (a missing deadline clears it).
		api.OK(setTargetMutation, map[string]any{"c": "RESERVE_CADRES", "t": 0.25, "n": "放宽"}, &out)
		if got := out.SetIndicatorTarget; got.Target != 0.25 || got.TargetNote == nil || *got.TargetNote != "放宽" || got.Deadline != nil || got.Gap != 1 {
			t.Errorf("setting again answered %+v", got)
		}
		if later := readTarget(t, api, "RESERVE_CADRES"); later.Target != 0.25 || later.Deadline != nil || later.Gap != 1 || !later.TargetSet {
			t.Errorf("after setting again: %+v", later)
		}
		ts, events = targetsOf(t, api)
		if len(ts) != 1 || ts[0].Target != 0.25 || ts[0].Deadline != nil || ts[0].Note != "放宽" {
			t.Fatalf("stored targets after setting again: %+v", ts)
		}
		if len(events) != 2 || !strings.HasPrefix(events[0], "UPDATE") && !strings.HasPrefix(events[1], "UPDATE") {
			t.Errorf("audit events after setting again: %v", events)
		}

		// Refusals leave the stored target and the trail as they are.
		refuseTargets(t, api, k)
		now, after := targetsOf(t, api)
		if len(now) != 1 || now[0].Target != 0.25 || now[0].Version != ts[0].Version || now[0].Note != "放宽" || len(after) != len(events) {
			t.Errorf("refusals changed the targets (%+v) or the trail (%v)", now, after)
		}
		if later := readTarget(t, api, "RESERVE_CADRES"); later.Target != 0.25 || !later.TargetSet {
			t.Errorf("after refusals: %+v", later)
		}
	})
}

// TestIndicatorsStatementCount: all 19 indicators with their breakdown cost
// one statement per list of units the first time (the lists are kept), then
// a few statements, the same for the county (16 townships) as for the
// province (one city): nothing runs per unit or per region.
func TestIndicatorsStatementCount(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		county := firstRegionAt(t, api, region.LevelCOUNTY)
		town := childRegions(t, api, county)[0]
		const q = `query($r: ID, $y: Int!) { indicators(region: $r, year: $y) { code numerator denominator value target met gap
			region { id name } breakdown { numerator denominator value met region { id name code } } } }`
		cost := func(r *ent.Region) (int64, int) {
			var out struct {
				Indicators []struct{ Breakdown []struct{ Numerator int } }
			}
			vars := map[string]any{"y": indicatorYear}
			if r != nil {
				vars["r"] = id(r.ID)
			}
			before := api.Statements()
			api.OK(q, vars, &out)
			spent := api.Statements() - before - api.AuthStatements()
			if len(out.Indicators) != 19 {
				t.Fatalf("%d indicators", len(out.Indicators))
			}
			return spent, len(out.Indicators[0].Breakdown)
		}
		first, _ := cost(county)
		t.Logf("indicators of %s, their lists computed: %d statements", county.Name, first)
		if first > 19+6 {
			t.Errorf("indicators of %s with their lists computed cost %d statements, want at most %d", county.Name, first, 19+6)
		}
		var costs []int64
		for _, r := range []*ent.Region{nil, county, town} {
			spent, rows := cost(r)
			name := "the province"
			if r != nil {
				name = r.Name
			}
			t.Logf("indicators of %s with a breakdown of %d rows, from the kept lists: %d statements", name, rows, spent)
			if spent > 6 {
				t.Errorf("indicators of %s from the kept lists cost %d statements, want at most 6", name, spent)
			}
			costs = append(costs, spent)
		}
		if costs[0] != costs[1] || costs[1] != costs[2] {
			t.Errorf("the province, the county and a township cost %v statements: want the same", costs)
		}
		if first <= costs[0] {
			t.Errorf("computing the lists cost %d statements, reading them %d: the lists were not kept", first, costs[0])
		}
	})
}
