package graph_test

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/tooling/apitest"
)

// aggRecord is one record as an aggregate sees it, read through ent: the
// region it lies in (0 for none), its keys by dimension ("" for none) and
// its amount (nil for none).
type aggRecord struct {
	regionID int
	keys     map[string]string
	amount   *float64
}

// aggWorld holds every record of the six aggregated entities and the
// regions.
type aggWorld struct {
	regionByID map[int]*ent.Region
	entities   map[string][]aggRecord // by GraphQL field
	// inRegion tells whether a record (by entity and index) lies in a
	// region's subtree as the filter inRegion reads it.
	inRegion map[string][]func(*ent.Region) bool
}

// yearText is a date's year, "" for none.
func yearText(t *time.Time) string {
	if t == nil {
		return ""
	}
	return strconv.Itoa(t.UTC().Year())
}

// enumText is an optional enum's value, "" for none.
func enumText[T ~string](v *T) string {
	if v == nil {
		return ""
	}
	return string(*v)
}

func loadAggWorld(t *testing.T, api *apitest.API) *aggWorld {
	t.Helper()
	ctx := context.Background()
	c := api.Client()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	w := &aggWorld{regionByID: map[int]*ent.Region{}, entities: map[string][]aggRecord{}, inRegion: map[string][]func(*ent.Region) bool{}}
	regions, err := c.Region.Query().All(ctx)
	must(err)
	for _, r := range regions {
		w.regionByID[r.ID] = r
	}
	under := func(regionID int) func(*ent.Region) bool {
		return func(root *ent.Region) bool {
			for r := w.regionByID[regionID]; r != nil; {
				if r.ID == root.ID {
					return true
				}
				if r.ParentID == nil {
					return false
				}
				r = w.regionByID[*r.ParentID]
			}
			return false
		}
	}
	add := func(entity string, r aggRecord, in func(*ent.Region) bool) {
		w.entities[entity] = append(w.entities[entity], r)
		w.inRegion[entity] = append(w.inRegion[entity], in)
	}

	orgs, err := c.Organization.Query().All(ctx)
	must(err)
	orgByID := map[int]*ent.Organization{}
	for _, o := range orgs {
		orgByID[o.ID] = o
		add("organizationsAggregate", aggRecord{regionID: o.RegionID, keys: map[string]string{
			"KIND": string(o.Kind), "STATUS": string(o.Status), "YEAR": yearText(o.FoundedOn)}}, under(o.RegionID))
	}
	people, err := c.Person.Query().All(ctx)
	must(err)
	for _, p := range people {
		home := 0
		if p.HomeRegionID != nil {
			home = *p.HomeRegionID
		}
		add("peopleAggregate", aggRecord{regionID: home, keys: map[string]string{
			"GENDER": enumText(p.Gender), "EDUCATION": enumText(p.Education), "POLITICAL_STATUS": string(p.PoliticalStatus),
			"YEAR": yearText(p.JoinedPartyOn)}}, under(home))
	}
	posts, err := c.Position.Query().All(ctx)
	must(err)
	for _, p := range posts {
		o := orgByID[p.OrganizationID]
		add("positionsAggregate", aggRecord{regionID: o.RegionID, amount: p.BasicRemuneration, keys: map[string]string{
			"ROLE": string(p.Role), "YEAR": yearText(p.StartedOn)}}, under(o.RegionID))
	}
	links, err := c.Link.Query().All(ctx)
	must(err)
	for _, l := range links {
		src, dst := orgByID[l.SourceID], orgByID[l.TargetID]
		inSrc, inDst := under(src.RegionID), under(dst.RegionID)
		add("linksAggregate", aggRecord{regionID: dst.RegionID, keys: map[string]string{
			"KIND": string(l.Kind), "STATUS": string(l.Status), "YEAR": yearText(l.StartedOn)}},
			func(r *ent.Region) bool { return inSrc(r) || inDst(r) })
	}
	projects, err := c.Project.Query().All(ctx)
	must(err)
	projectByID := map[int]*ent.Project{}
	for _, p := range projects {
		projectByID[p.ID] = p
		add("projectsAggregate", aggRecord{regionID: p.RegionID, amount: p.Investment, keys: map[string]string{
			"KIND": string(p.Kind), "STATUS": string(p.Status), "YEAR": yearText(p.StartedOn)}}, under(p.RegionID))
	}
	incomes, err := c.ProjectIncome.Query().All(ctx)
	must(err)
	for _, i := range incomes {
		p := projectByID[i.ProjectID]
		amount := i.Income
		add("projectIncomesAggregate", aggRecord{regionID: p.RegionID, amount: &amount, keys: map[string]string{
			"KIND": string(p.Kind), "YEAR": strconv.Itoa(i.Year)}}, under(p.RegionID))
	}
	for name, rs := range w.entities {
		if len(rs) < 50 {
			t.Fatalf("the demo data holds only %d records for %s", len(rs), name)
		}
	}
	return w
}

// regionAtLevel is the region at level that r lies in (r itself or an
// ancestor); nil when r lies above that level or is of another kind.
func (w *aggWorld) regionAtLevel(id int, level region.Level) *ent.Region {
	for r := w.regionByID[id]; r != nil; {
		if r.Level == level {
			return r
		}
		if r.ParentID == nil {
			return nil
		}
		r = w.regionByID[*r.ParentID]
	}
	return nil
}

// aggFigures is a group's (or the total's) count and sum.
type aggFigures struct {
	count int
	sum   *float64
}

func (f *aggFigures) add(amount *float64) {
	f.count++
	if amount != nil {
		s := *amount
		if f.sum != nil {
			s += *f.sum
		}
		f.sum = &s
	}
}

// group counts the records of entity that keep keeps, by dims (regions at
// level); keys are joined with "|", a region by its ID, none as "∅".
func (w *aggWorld) group(entity string, keep func(i int) bool, dims []string, level region.Level) (map[string]*aggFigures, aggFigures) {
	groups := map[string]*aggFigures{}
	var total aggFigures
	for i, r := range w.entities[entity] {
		if keep != nil && !keep(i) {
			continue
		}
		total.add(r.amount)
		if len(dims) == 0 {
			continue
		}
		var key []string
		for _, d := range dims {
			k := r.keys[d]
			if d == "REGION" {
				k = ""
				if g := w.regionAtLevel(r.regionID, level); g != nil {
					k = strconv.Itoa(g.ID)
				}
			}
			if k == "" {
				k = "∅"
			}
			key = append(key, k)
		}
		k := strings.Join(key, "|")
		if groups[k] == nil {
			groups[k] = &aggFigures{}
		}
		groups[k].add(r.amount)
	}
	return groups, total
}

// aggAnswer is an aggregate as the API answers it.
type aggAnswer struct {
	Count  int
	Sum    *float64
	Groups []struct {
		Region                                                 *struct{ ID string }
		Kind, Status, Role, Gender, Education, PoliticalStatus *string
		Year                                                   *int
		Count                                                  int
		Sum                                                    *float64
	}
}

// keyed returns the answer's groups keyed as aggWorld.group keys them.
func (a aggAnswer) keyed(t *testing.T, dims []string) map[string]aggFigures {
	t.Helper()
	out := map[string]aggFigures{}
	for _, g := range a.Groups {
		var key []string
		for _, d := range dims {
			var k *string
			switch d {
			case "REGION":
				if g.Region != nil {
					k = &g.Region.ID
				}
			case "KIND":
				k = g.Kind
			case "STATUS":
				k = g.Status
			case "ROLE":
				k = g.Role
			case "GENDER":
				k = g.Gender
			case "EDUCATION":
				k = g.Education
			case "POLITICAL_STATUS":
				k = g.PoliticalStatus
			case "YEAR":
				if g.Year != nil {
					s := strconv.Itoa(*g.Year)
					k = &s
				}
			}
			if k == nil {
				key = append(key, "∅")
			} else {
				key = append(key, *k)
			}
		}
		// Keys of the dimensions not grouped by are null.
		set := 0
		for _, p := range []*string{g.Kind, g.Status, g.Role, g.Gender, g.Education, g.PoliticalStatus} {
			if p != nil {
				set++
			}
		}
		if g.Region != nil {
			set++
		}
		if g.Year != nil {
			set++
		}
		if set > len(dims) {
			t.Errorf("group %v has keys of dimensions not grouped by", key)
		}
		k := strings.Join(key, "|")
		if _, dup := out[k]; dup {
			t.Errorf("group %s appears twice", k)
		}
		out[k] = aggFigures{count: g.Count, sum: g.Sum}
	}
	return out
}

func sameSum(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

func showSum(s *float64) string {
	if s == nil {
		return "null"
	}
	return strconv.FormatFloat(*s, 'f', -1, 64)
}

// aggCase is one aggregate to check.
type aggCase struct {
	entity string
	dims   []string
	level  region.Level // "" for none given (COUNTY)
	where  string       // GraphQL input, "" for none
	vars   map[string]any
	keep   func(i int) bool
}

func aggQuery(c aggCase) string {
	var args []string
	if c.where != "" {
		args = append(args, "where: "+c.where)
	}
	if len(c.dims) > 0 {
		args = append(args, "groupBy: ["+strings.Join(c.dims, ", ")+"]")
	}
	if c.level != "" {
		args = append(args, "regionLevel: "+string(c.level))
	}
	var params []string
	for k := range c.vars {
		params = append(params, "$"+k+": ID")
	}
	sort.Strings(params)
	head := "query"
	if len(params) > 0 {
		head += "(" + strings.Join(params, ", ") + ")"
	}
	call := c.entity
	if len(args) > 0 {
		call += "(" + strings.Join(args, ", ") + ")"
	}
	return head + ` { a: ` + call + ` { count sum groups { region { id } kind status role year gender education politicalStatus count sum } } }`
}

// TestAggregatesMatchIndependentCounts runs each of the six aggregates
// grouped by each of its dimensions (regions at the county and the
// township level), by two, and filtered, and compares every group's count
// and sum, and the totals, with counts made here from the records.
func TestAggregatesMatchIndependentCounts(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		w := loadAggWorld(t, api)
		county := firstRegionAt(t, api, region.LevelCOUNTY)
		// The township with the most organizations.
		var town *ent.Region
		most := 0
		for _, c := range childRegions(t, api, county) {
			n := 0
			for _, in := range w.inRegion["organizationsAggregate"] {
				if in(c) {
					n++
				}
			}
			if n > most {
				town, most = c, n
			}
		}
		keyIs := func(entity, dim, value string) func(int) bool {
			return func(i int) bool { return w.entities[entity][i].keys[dim] == value }
		}
		inTown := func(entity string) func(int) bool {
			return func(i int) bool { return w.inRegion[entity][i](town) }
		}
		both := func(a, b func(int) bool) func(int) bool { return func(i int) bool { return a(i) && b(i) } }
		townVar := map[string]any{"r": id(town.ID)}

		var cases []aggCase
		dimsOf := map[string][]string{
			"organizationsAggregate":  {"KIND", "STATUS", "YEAR"},
			"peopleAggregate":         {"GENDER", "EDUCATION", "POLITICAL_STATUS", "YEAR"},
			"positionsAggregate":      {"ROLE", "YEAR"},
			"linksAggregate":          {"KIND", "STATUS", "YEAR"},
			"projectsAggregate":       {"KIND", "STATUS", "YEAR"},
			"projectIncomesAggregate": {"KIND", "YEAR"},
		}
		for _, entity := range []string{"organizationsAggregate", "peopleAggregate", "positionsAggregate", "linksAggregate", "projectsAggregate", "projectIncomesAggregate"} {
			cases = append(cases,
				aggCase{entity: entity},
				aggCase{entity: entity, dims: []string{"REGION"}},
				aggCase{entity: entity, dims: []string{"REGION"}, level: region.LevelCOUNTY},
				aggCase{entity: entity, dims: []string{"REGION"}, level: region.LevelTOWNSHIP},
				aggCase{entity: entity, dims: []string{"REGION"}, level: region.LevelCITY},
			)
			for _, d := range dimsOf[entity] {
				cases = append(cases, aggCase{entity: entity, dims: []string{d}})
			}
			ds := dimsOf[entity]
			cases = append(cases, aggCase{entity: entity, dims: []string{"REGION", ds[0], ds[len(ds)-1]}, level: region.LevelTOWNSHIP})
			if entity != "projectIncomesAggregate" { // incomes take no inRegion
				cases = append(cases, aggCase{entity: entity, dims: []string{ds[0]}, where: "{inRegion: $r}", vars: townVar, keep: inTown(entity)})
			}
		}
		cases = append(cases,
			aggCase{entity: "peopleAggregate", dims: []string{"REGION", "GENDER"}, level: region.LevelVILLAGE},
			aggCase{entity: "peopleAggregate", dims: []string{"REGION"}, level: region.LevelCOMMUNITY},
			aggCase{entity: "organizationsAggregate", dims: []string{"REGION"}, level: region.LevelVILLAGE},
			aggCase{entity: "organizationsAggregate", dims: []string{"REGION", "KIND"}, level: region.LevelCOMMUNITY},
			aggCase{entity: "peopleAggregate", dims: []string{"REGION", "POLITICAL_STATUS"}},
			aggCase{entity: "peopleAggregate", dims: []string{"REGION", "POLITICAL_STATUS"}, level: region.LevelTOWNSHIP},
			aggCase{entity: "peopleAggregate", dims: []string{"REGION", "POLITICAL_STATUS"}, level: region.LevelTOWNSHIP,
				where: "{inRegion: $r}", vars: townVar, keep: inTown("peopleAggregate")},
			aggCase{entity: "peopleAggregate", dims: []string{"EDUCATION", "GENDER"}, where: "{politicalStatus: MEMBER}",
				keep: keyIs("peopleAggregate", "POLITICAL_STATUS", "MEMBER")},
			aggCase{entity: "organizationsAggregate", dims: []string{"REGION"}, level: region.LevelTOWNSHIP, where: "{kind: COOPERATIVE}",
				keep: keyIs("organizationsAggregate", "KIND", "COOPERATIVE")},
			aggCase{entity: "organizationsAggregate", dims: []string{"STATUS", "YEAR"}, where: "{kind: COOPERATIVE, inRegion: $r}", vars: townVar,
				keep: both(keyIs("organizationsAggregate", "KIND", "COOPERATIVE"), inTown("organizationsAggregate"))},
			aggCase{entity: "organizationsAggregate", where: "{kind: COOPERATIVE}", keep: keyIs("organizationsAggregate", "KIND", "COOPERATIVE")},
			aggCase{entity: "positionsAggregate", dims: []string{"REGION", "YEAR"}, level: region.LevelTOWNSHIP, where: "{role: SECRETARY}",
				keep: keyIs("positionsAggregate", "ROLE", "SECRETARY")},
			aggCase{entity: "linksAggregate", dims: []string{"STATUS"}, where: "{kind: URBAN_RURAL_TWINNING}",
				keep: keyIs("linksAggregate", "KIND", "URBAN_RURAL_TWINNING")},
			aggCase{entity: "projectsAggregate", dims: []string{"REGION", "STATUS"}, level: region.LevelTOWNSHIP, where: "{kind: PLANTING}",
				keep: keyIs("projectsAggregate", "KIND", "PLANTING")},
			aggCase{entity: "projectIncomesAggregate", dims: []string{"KIND", "REGION"}, level: region.LevelTOWNSHIP, where: "{year: 2020}",
				keep: keyIs("projectIncomesAggregate", "YEAR", "2020")},
		)
		summed := map[string]bool{"positionsAggregate": true, "projectsAggregate": true, "projectIncomesAggregate": true}
		for _, c := range cases {
			name := fmt.Sprintf("%s %v %s %s", c.entity, c.dims, c.level, c.where)
			q := aggQuery(c)
			level := c.level
			if level == "" {
				level = region.LevelCOUNTY
			}
			want, total := w.group(c.entity, c.keep, c.dims, level)
			if len(want) > 1000 {
				api.Fail(q, c.vars, "BAD_USER_INPUT", "groupBy")
				continue
			}
			var out struct{ A aggAnswer }
			api.OK(q, c.vars, &out)
			got := out.A
			if got.Count != total.count || !sameSum(got.Sum, total.sum) {
				t.Errorf("%s: count %d sum %s, counted %d sum %s", name, got.Count, showSum(got.Sum), total.count, showSum(total.sum))
			}
			if total.count == 0 {
				t.Errorf("%s: nothing to count: the case proves little", name)
			}
			if !summed[c.entity] && got.Sum != nil {
				t.Errorf("%s: sum %v for an entity without amounts", name, *got.Sum)
			}
			// The groups add up to the totals.
			n, s := 0, 0.0
			for _, g := range got.Groups {
				n += g.Count
				if g.Sum != nil {
					s += *g.Sum
				}
			}
			if len(c.dims) > 0 && (n != got.Count || (got.Sum != nil && !sameSum(&s, got.Sum))) {
				t.Errorf("%s: groups add up to %d (sum %v), the totals are %d (%s)", name, n, s, got.Count, showSum(got.Sum))
			}
			if len(c.dims) == 0 && len(got.Groups) != 0 {
				t.Errorf("%s: %d groups without groupBy", name, len(got.Groups))
			}
			keyed := got.keyed(t, c.dims)
			if len(keyed) != len(want) {
				t.Errorf("%s: %d groups, counted %d", name, len(keyed), len(want))
			}
			for k, wf := range want {
				gf, ok := keyed[k]
				if !ok {
					t.Errorf("%s: no group %s (counted %d)", name, k, wf.count)
					continue
				}
				if gf.count != wf.count || !sameSum(gf.sum, wf.sum) {
					t.Errorf("%s: group %s count %d sum %s, counted %d sum %s", name, k, gf.count, showSum(gf.sum), wf.count, showSum(wf.sum))
				}
			}
			for k := range keyed {
				if _, ok := want[k]; !ok {
					t.Errorf("%s: unexpected group %s", name, k)
				}
			}
		}
	})
}

// TestAggregateBadInput: more than 3 dimensions, a dimension the entity
// lacks, one named twice, and a grouping of more than 1000 groups fail with
// BAD_USER_INPUT on groupBy.
func TestAggregateBadInput(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		w := loadAggWorld(t, api)
		api.Fail(`{ organizationsAggregate(groupBy: [REGION, KIND, STATUS, YEAR]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ peopleAggregate(groupBy: [REGION, GENDER, EDUCATION, POLITICAL_STATUS]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ organizationsAggregate(groupBy: [ROLE]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ peopleAggregate(groupBy: [KIND]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ positionsAggregate(groupBy: [STATUS]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ linksAggregate(groupBy: [GENDER]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ projectsAggregate(groupBy: [EDUCATION]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ projectIncomesAggregate(groupBy: [STATUS]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")
		api.Fail(`{ projectsAggregate(groupBy: [KIND, KIND]) { count } }`, nil, "BAD_USER_INPUT", "groupBy")

		// People by village, education and gender: more than 1000 groups.
		groups, _ := w.group("peopleAggregate", nil, []string{"REGION", "EDUCATION", "GENDER"}, region.LevelVILLAGE)
		if len(groups) <= 1000 {
			t.Fatalf("people by village, education and gender make %d groups: the demo data no longer exceeds the limit", len(groups))
		}
		api.Fail(`{ peopleAggregate(groupBy: [REGION, EDUCATION, GENDER], regionLevel: VILLAGE) { count groups { count } } }`, nil, "BAD_USER_INPUT", "groupBy")
		// Fewer groups, by village and gender, are answered.
		groups, total := w.group("peopleAggregate", nil, []string{"REGION", "GENDER"}, region.LevelVILLAGE)
		var out struct{ A aggAnswer }
		api.OK(`{ a: peopleAggregate(groupBy: [REGION, GENDER], regionLevel: VILLAGE) { count groups { count } } }`, nil, &out)
		if out.A.Count != total.count || len(groups) > 1000 {
			t.Errorf("people by village and gender: count %d, counted %d (%d groups)", out.A.Count, total.count, len(groups))
		}
	})
}
