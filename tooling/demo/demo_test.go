package demo_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"reflect"
	"strings"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/commendation"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/ent/ruralincome"
	"grassroots/ent/trainingattendance"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/venue"
	"grassroots/internal/domain"
	"grassroots/internal/ident"
	"grassroots/internal/indicator"
	"grassroots/internal/store"
	"grassroots/tooling/demo"
	"grassroots/tooling/testdb"
)

func generate(t testing.TB, s demo.Scale, seed uint64) *demo.Dataset {
	t.Helper()
	d, err := demo.Generate(s, seed)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseScale(t *testing.T) {
	for _, s := range []string{"county", "Prefecture", " province "} {
		if _, err := demo.ParseScale(s); err != nil {
			t.Errorf("ParseScale(%q): %v", s, err)
		}
	}
	if _, err := demo.ParseScale("nation"); err == nil || !strings.Contains(err.Error(), "county, prefecture or province") {
		t.Errorf("ParseScale(nation) = %v, want a clear error", err)
	}
	if _, err := demo.Generate("city", 1); err == nil {
		t.Error("Generate accepted an unknown scale")
	}
}

func TestDeterministic(t *testing.T) {
	a := generate(t, demo.County, 1)
	b := generate(t, demo.County, 1)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same scale and seed gave different data")
	}
	c := generate(t, demo.County, 2)
	if reflect.DeepEqual(a.People, c.People) || reflect.DeepEqual(a.Regions, c.Regions) {
		t.Fatal("different seeds gave the same data")
	}
	// a county is drawn from its own stream: Hunchun is the same at every scale
	p := generate(t, demo.Prefecture, 1)
	hunchun := func(d *demo.Dataset) []string {
		var names []string
		for _, r := range d.Regions {
			if strings.HasPrefix(r.Code, "222404") {
				names = append(names, r.Code+r.Name)
			}
		}
		return names
	}
	if !reflect.DeepEqual(hunchun(a), hunchun(p)) {
		t.Error("Hunchun differs between the county and prefecture scales")
	}
	// and so are its records
	records := func(d *demo.Dataset) []string {
		var out []string
		for _, v := range d.Venues {
			if strings.HasPrefix(d.Regions[v.Region].Code, "222404") {
				out = append(out, v.Name+v.BuiltOn.String())
			}
		}
		for _, at := range d.Attendances {
			if p := d.People[at.Person]; strings.HasPrefix(p.IDNumber, "222404") {
				c := d.Courses[at.Course]
				out = append(out, fmt.Sprint(c.Title, c.StartsOn, c.Days, p.IDNumber, at.Days, at.Completed))
			}
		}
		for _, r := range d.Appraisals {
			if r.Organization >= 0 && strings.HasPrefix(d.Regions[d.Orgs[r.Organization].Region].Code, "222404") {
				out = append(out, fmt.Sprint(r.Year, d.Orgs[r.Organization].Name, r.Rating))
			}
		}
		return out
	}
	if ra, rp := records(a), records(p); len(ra) == 0 || !reflect.DeepEqual(ra, rp) {
		t.Errorf("Hunchun's records differ between the county and prefecture scales (%d and %d)", len(ra), len(rp))
	}
}

func TestCountsWithinTier(t *testing.T) {
	for _, s := range demo.Scales {
		if s == demo.Province && testing.Short() {
			continue
		}
		d := generate(t, s, 1)
		villages := 0
		for _, r := range d.Regions {
			if r.Level == "VILLAGE" {
				villages++
			}
		}
		n := d.Counts()
		e := s.Expect()
		for _, c := range []struct {
			what string
			got  int
			want demo.Range
		}{
			{"villages", villages, e.Villages},
			{"organizations", n[demo.TOrganizations], e.Organizations},
			{"people", n[demo.TPeople], e.People},
			{"links", n[demo.TLinks], e.Links},
		} {
			if !c.want.Contains(c.got) {
				t.Errorf("%s: %d %s, want %d..%d", s, c.got, c.what, c.want.Min, c.want.Max)
			}
		}
		t.Logf("%s: %d villages, %s", s, villages, n)
	}
}

// TestRowsValid checks every generated row against the schema's validators
// and the model's rules.
func TestRowsValid(t *testing.T) {
	d := generate(t, demo.Prefecture, 3)
	check := func(what string, i int, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s %d: %v", what, i, err)
		}
	}
	trimmed := func(s string) error {
		if s == "" || strings.TrimSpace(s) != s {
			return fmt.Errorf("%q is empty or untrimmed", s)
		}
		return nil
	}
	codes := map[string]bool{}
	for i, r := range d.Regions {
		check("region name", i, errors.Join(trimmed(r.Name), trimmed(r.NameLatin), region.NameValidator(r.Name), region.NameLatinValidator(r.NameLatin)))
		check("region code", i, region.CodeValidator(r.Code))
		check("region level", i, region.LevelValidator(region.Level(r.Level)))
		parentCode, parentLevel, parentPath := "", "", ""
		if r.Parent >= 0 {
			if int(r.Parent) >= i {
				t.Errorf("region %d: parent %d comes after it", i, r.Parent)
				continue
			}
			p := d.Regions[r.Parent]
			parentCode, parentLevel, parentPath = p.Code, p.Level, p.Path
		}
		check("region division", i, ident.ValidateDivision(r.Code, r.Level, parentCode, parentLevel))
		if r.Path != parentPath+r.Code+"/" {
			t.Errorf("region %d: path %q, parent path %q", i, r.Path, parentPath)
		}
		if codes[r.Code] {
			t.Errorf("region %d: duplicate code %s", i, r.Code)
		}
		codes[r.Code] = true
		if r.Households >= 0 {
			check("region households", i, errors.Join(region.HouseholdsValidator(int(r.Households)), region.PopulationValidator(int(r.Population))))
		}
		check("region coordinates", i, errors.Join(region.LatitudeValidator(r.Lat), region.LongitudeValidator(r.Lon)))
		if r.Lat < 40 || r.Lat > 47 || r.Lon < 121 || r.Lon > 132 {
			t.Errorf("region %d: %f,%f is not in Jilin", i, r.Lat, r.Lon)
		}
		if r.CollectiveIncome >= 0 {
			check("region income", i, region.CollectiveIncomeValidator(r.CollectiveIncome))
		}
	}
	credit := map[string]bool{}
	for i, o := range d.Orgs {
		check("organization name", i, errors.Join(trimmed(o.Name), trimmed(o.NameLatin), organization.NameValidator(o.Name), organization.NameLatinValidator(o.NameLatin)))
		check("organization kind", i, errors.Join(organization.KindValidator(organization.Kind(o.Kind)), organization.StatusValidator(organization.Status(o.Status))))
		if o.Setting != "" {
			check("organization setting", i, organization.SettingValidator(organization.Setting(o.Setting)))
			if !strings.HasPrefix(o.Kind, "PARTY_") {
				t.Errorf("organization %d: a %s has a setting", i, o.Kind)
			}
		}
		if o.CreditCode != "" {
			check("credit code", i, errors.Join(ident.ValidateCreditCode(o.CreditCode), organization.CreditCodeValidator(o.CreditCode)))
			if credit[o.CreditCode] {
				t.Errorf("organization %d: duplicate credit code %s", i, o.CreditCode)
			}
			credit[o.CreditCode] = true
		} else if o.Kind == "COOPERATIVE" || o.Kind == "ENTERPRISE" {
			t.Errorf("organization %d: %s without a credit code", i, o.Kind)
		}
		if o.TwinningCapacity >= 0 {
			check("twinning capacity", i, organization.TwinningCapacityValidator(int(o.TwinningCapacity)))
		}
		if o.Region < 0 || int(o.Region) >= len(d.Regions) || o.Parent >= int32(i) || o.Host >= int32(i) {
			t.Errorf("organization %d: bad references region %d parent %d host %d", i, o.Region, o.Parent, o.Host)
		}
		if o.DissolvedOn.Valid() && (o.DissolvedOn < o.FoundedOn || o.Status != "DISSOLVED") {
			t.Errorf("organization %d: dissolved %s, founded %s, status %s", i, o.DissolvedOn, o.FoundedOn, o.Status)
		}
	}
	ids := map[string]bool{}
	for i, p := range d.People {
		check("person name", i, errors.Join(trimmed(p.Name), trimmed(p.NameLatin), person.NameValidator(p.Name), person.NameLatinValidator(p.NameLatin)))
		check("person enums", i, errors.Join(person.GenderValidator(person.Gender(p.Gender)), person.EducationValidator(person.Education(p.Education)),
			person.PoliticalStatusValidator(person.PoliticalStatus(p.PoliticalStatus))))
		check("resident id", i, errors.Join(ident.ValidateResidentID(p.IDNumber), person.IDNumberValidator(p.IDNumber)))
		check("phone", i, person.PhoneValidator(p.Phone))
		if ids[p.IDNumber] {
			t.Errorf("person %d: duplicate id number %s", i, p.IDNumber)
		}
		ids[p.IDNumber] = true
		if want := p.BirthDate.Time().Format("20060102"); p.IDNumber[6:14] != want {
			t.Errorf("person %d: id number %s does not hold the birth date %s", i, p.IDNumber, want)
		}
		if odd := (p.IDNumber[16]-'0')%2 == 1; odd != (p.Gender == "MALE") {
			t.Errorf("person %d: id number %s does not match gender %s", i, p.IDNumber, p.Gender)
		}
		member := p.PoliticalStatus == "MEMBER" || p.PoliticalStatus == "PROBATIONARY"
		if member != p.JoinedPartyOn.Valid() {
			t.Errorf("person %d: status %s, joined %s", i, p.PoliticalStatus, p.JoinedPartyOn)
		}
		if member && (p.JoinedPartyOn < p.BirthDate+18*365 || p.JoinedPartyOn > demo.Today) {
			t.Errorf("person %d: born %s, joined %s", i, p.BirthDate, p.JoinedPartyOn)
		}
		if p.Migrant != (p.CurrentLocation != "") {
			t.Errorf("person %d: migrant %v at %q", i, p.Migrant, p.CurrentLocation)
		}
		var bgs []domain.Background
		for k, b := range domain.Backgrounds {
			if p.Backgrounds&(1<<k) != 0 {
				bgs = append(bgs, b)
			}
		}
		check("backgrounds", i, domain.ValidateBackgrounds(bgs))
	}
	for i, p := range d.Positions {
		check("position", i, position.RoleValidator(position.Role(p.Role)))
		if p.SelectionMethod != "" {
			check("selection method", i, position.SelectionMethodValidator(position.SelectionMethod(p.SelectionMethod)))
		}
		if p.BasicRemuneration >= 0 {
			check("remuneration", i, position.BasicRemunerationValidator(p.BasicRemuneration))
		}
		if !p.StartedOn.Valid() || p.EndedOn.Valid() && p.EndedOn < p.StartedOn || p.StartedOn > demo.Today {
			t.Errorf("position %d: %s..%s", i, p.StartedOn, p.EndedOn)
		}
		if int(p.Person) >= len(d.People) || int(p.Organization) >= len(d.Orgs) || p.Person < 0 || p.Organization < 0 {
			t.Errorf("position %d: bad references", i)
		}
	}
	for i, l := range d.Links {
		check("link", i, errors.Join(link.KindValidator(link.Kind(l.Kind)), link.StatusValidator(link.Status(l.Status)), link.SourceReferenceValidator(l.SourceReference)))
		if l.Source == l.Target {
			t.Errorf("link %d: source = target", i)
		}
		if l.EndedOn.Valid() && l.EndedOn < l.StartedOn || (l.Status == "ENDED") != l.EndedOn.Valid() {
			t.Errorf("link %d: %s %s..%s", i, l.Status, l.StartedOn, l.EndedOn)
		}
		if l.Kind == "URBAN_RURAL_TWINNING" {
			src, dst := d.Orgs[l.Source], d.Orgs[l.Target]
			if dst.Setting != "VILLAGE" || strings.HasPrefix(src.Kind, "PARTY_") {
				t.Errorf("link %d: twinning from %s to %s/%s", i, src.Kind, dst.Kind, dst.Setting)
			}
		}
	}
	// Twinnings keep their partners' capacity (active and proposed ones
	// hold a place), and their history ends in their state.
	held := map[int32]int32{}
	last := map[int32]demo.Transition{}
	for i, r := range d.Transitions {
		if p, ok := last[r.Link]; ok && (p.To != r.From || r.On < p.On) || !ok && r.From != "" {
			t.Errorf("transition %d: %s→%s on %s after %+v", i, r.From, r.To, r.On, p)
		}
		last[r.Link] = r
	}
	for i, l := range d.Links {
		if l.Kind != "URBAN_RURAL_TWINNING" {
			continue
		}
		if l.Status == "ACTIVE" || l.Status == "PROPOSED" {
			held[l.Source]++
		}
		if last[int32(i)].To != l.Status {
			t.Errorf("twinning %d is %s, its history ends in %q", i, l.Status, last[int32(i)].To)
		}
	}
	for src, n := range held {
		if c := d.Orgs[src].TwinningCapacity; n > c {
			t.Errorf("organization %d holds %d twinnings, capacity %d", src, n, c)
		}
	}
	for i, a := range d.Activities {
		check("activity", i, linkactivity.KindValidator(linkactivity.Kind(a.Kind)))
		l := d.Links[a.Link]
		if a.On < l.StartedOn || l.EndedOn.Valid() && a.On > l.EndedOn {
			t.Errorf("activity %d on %s outside its link %s..%s", i, a.On, l.StartedOn, l.EndedOn)
		}
	}
	for i, p := range d.Projects {
		check("project", i, errors.Join(trimmed(p.Name), project.NameValidator(p.Name), project.KindValidator(project.Kind(p.Kind)), project.StatusValidator(project.Status(p.Status))))
		if p.AcceptedOn.Valid() && p.AcceptedOn < p.StartedOn {
			t.Errorf("project %d: accepted %s before started %s", i, p.AcceptedOn, p.StartedOn)
		}
		if d.Regions[p.Region].Level != "VILLAGE" {
			t.Errorf("project %d is not in a village", i)
		}
	}
	seen := map[[2]int32]bool{}
	for i, in := range d.Incomes {
		if in.Year < 2008 || int(in.Year) >= demo.Today.Year() || in.Income < 0 || seen[[2]int32{in.Project, in.Year}] {
			t.Errorf("income %d: %+v", i, in)
		}
		seen[[2]int32{in.Project, in.Year}] = true
	}
	// a project under way or accepted has an income for every year from
	// its start (2008 at the earliest) to last year
	for i, p := range d.Projects {
		if p.Status != "UNDERWAY" && p.Status != "ACCEPTED" {
			continue
		}
		for y := max(2008, p.StartedOn.Year()); y < demo.Today.Year(); y++ {
			if !seen[[2]int32{int32(i), int32(y)}] {
				t.Errorf("project %d (%s, started %s) has no income in %d", i, p.Status, p.StartedOn, y)
				break
			}
		}
	}
	checkRecords(t, d)
}

// checkRecords checks the rows of the indicators' records against the
// schema's validators and rules.
func checkRecords(t *testing.T, d *demo.Dataset) {
	check := func(what string, i int, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s %d: %v", what, i, err)
		}
	}
	for i, v := range d.Venues {
		check("venue", i, errors.Join(venue.NameValidator(v.Name), venue.ConditionValidator(venue.Condition(v.Condition))))
		if lv := d.Regions[v.Region].Level; lv != "VILLAGE" && lv != "COMMUNITY" {
			t.Errorf("venue %d in a %s", i, lv)
		}
		if v.Area >= 0 {
			check("venue area", i, venue.AreaValidator(v.Area))
		}
		if v.BuiltOn > demo.Today || v.Condition != "UNUSABLE" && v.Functions == 0 {
			t.Errorf("venue %d: %+v", i, v)
		}
	}
	for i, c := range d.Courses {
		check("course", i, errors.Join(trainingcourse.TitleValidator(c.Title), trainingcourse.DaysValidator(int(c.Days)),
			trainingcourse.KindValidator(trainingcourse.Kind(c.Kind)), trainingcourse.OrganizerLevelValidator(trainingcourse.OrganizerLevel(c.OrganizerLevel))))
		if c.Capacity >= 0 {
			check("course capacity", i, trainingcourse.CapacityValidator(int(c.Capacity)))
		}
		if lv := d.Regions[c.Region].Level; lv != c.OrganizerLevel {
			t.Errorf("course %d run by a %s at level %s", i, lv, c.OrganizerLevel)
		}
		if c.EndsOn < c.StartsOn || int(c.Days) > int(c.EndsOn-c.StartsOn)+1 || c.StartsOn > demo.Today {
			t.Errorf("course %d: %s..%s, %d days", i, c.StartsOn, c.EndsOn, c.Days)
		}
	}
	attended := map[[2]int32]bool{}
	for i, a := range d.Attendances {
		check("attendance", i, trainingattendance.DaysValidator(int(a.Days)))
		if a.Days > d.Courses[a.Course].Days || a.Completed && a.Days != d.Courses[a.Course].Days {
			t.Errorf("attendance %d: %d days of a course of %d (completed %v)", i, a.Days, d.Courses[a.Course].Days, a.Completed)
		}
		if attended[[2]int32{a.Course, a.Person}] {
			t.Errorf("attendance %d: person %d attends course %d twice", i, a.Person, a.Course)
		}
		attended[[2]int32{a.Course, a.Person}] = true
	}
	existed := func(org, year int32) bool {
		o := d.Orgs[org]
		return (!o.FoundedOn.Valid() || int32(o.FoundedOn.Year()) <= year) && (!o.DissolvedOn.Valid() || int32(o.DissolvedOn.Year()) >= year)
	}
	for i, a := range d.Appraisals {
		check("appraisal", i, errors.Join(appraisal.YearValidator(int(a.Year)), appraisal.KindValidator(appraisal.Kind(a.Kind)),
			appraisal.RatingValidator(appraisal.Rating(a.Rating))))
		if (a.Organization >= 0) == (a.Person >= 0) || a.Organization >= 0 && !existed(a.Organization, a.Year) || int(a.Year) > demo.Today.Year() {
			t.Errorf("appraisal %d: %+v", i, a)
		}
	}
	for i, c := range d.Commendations {
		check("commendation", i, errors.Join(commendation.YearValidator(int(c.Year)), commendation.TitleValidator(c.Title), commendation.AwardedByValidator(c.AwardedBy)))
		if c.Bonus >= 0 {
			check("bonus", i, commendation.BonusValidator(c.Bonus))
		}
		if (c.Organization >= 0) == (c.Person >= 0) || c.Organization >= 0 && !existed(c.Organization, c.Year) || int(c.Year) > demo.Today.Year() {
			t.Errorf("commendation %d: %+v", i, c)
		}
	}
	if n := len(d.RuralIncomes); n != demo.Today.Year()-2000 {
		t.Errorf("%d rural incomes, want one a year from 2000 to last year", n)
	}
	for i, r := range d.RuralIncomes {
		check("rural income", i, errors.Join(ruralincome.YearValidator(int(r.Year)), ruralincome.IncomePerHeadValidator(r.IncomePerHead), ruralincome.SourceValidator(r.Source)))
		if int(r.Year) != 2000+i || i > 0 && r.IncomePerHead <= d.RuralIncomes[i-1].IncomePerHead {
			t.Errorf("rural income %d: %+v", i, r)
		}
	}
}

// TestIndicatorsVary checks that the prefecture-scale data make every
// indicator of DESIGN §3 meaningful in a recent year: some units meet its
// rule and some do not, and some counties reach its target while others
// fall short. The yearly records (venues, training, appraisals, project
// incomes, young members, insurance) also improve over the years.
func TestIndicatorsVary(t *testing.T) {
	d := generate(t, demo.Prefecture, 1)
	const recent = 2025
	latest := indicatorsIn(d, recent)
	for _, def := range indicator.Definitions {
		byCounty := latest[def.Code]
		all := byCounty["ALL"]
		if all[0] == 0 || all[0] == all[1] {
			t.Errorf("%d %s: %d of %d units meet it; want some but not all", recent, def.Code, all[0], all[1])
		}
		meet, miss := 0, 0
		for key, c := range byCounty {
			if len(key) != 12 || strings.HasSuffix(key, "00000000") {
				continue // the whole and the prefecture
			}
			if float64(c[0]) >= def.Target*float64(c[1]) {
				meet++
			} else {
				miss++
			}
		}
		if meet == 0 || miss == 0 {
			t.Errorf("%d %s: %d counties reach the %.0f%% target, %d fall short; want both", recent, def.Code, meet, 100*def.Target, miss)
		}
	}
	before := indicatorsIn(d, 2010)
	share := func(s shares, code string) float64 {
		c := s[code]["ALL"]
		return float64(c[0]) / float64(max(c[1], 1))
	}
	for _, code := range []string{"VENUE_COVERAGE", "CADRE_ROTATION_TRAINED", "HEADS_TRAINING_DAYS", "PARTY_ORG_APPRAISED",
		"SECRETARY_LEADS_PROJECT", "YOUNG_MEMBER_ADMITTED", "HEADS_INSURED"} {
		if then, now := share(before, code), share(latest, code); now <= then {
			t.Errorf("%s: %.0f%% in 2010, %.0f%% in %d; want it to improve", code, 100*then, 100*now, recent)
		}
	}
}

func TestLoad(t *testing.T) {
	const seed = 7
	want := generate(t, demo.County, seed)
	digests := map[string]string{}
	for _, dialect := range testdb.Dialects {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			st := testdb.Open(t, dialect)
			var progress []demo.Progress
			stats, err := demo.Load(ctx, st, demo.County, seed, demo.Options{Progress: func(p demo.Progress) { progress = append(progress, p) }})
			if err != nil {
				t.Fatal(err)
			}
			t.Log(stats)
			if stats.Counts != want.Counts() {
				t.Errorf("loaded %v, generated %v", stats.Counts, want.Counts())
			}
			if len(progress) != 2 || progress[1].Chunk != 2 || progress[1].Rows != stats.Counts.Total() {
				t.Errorf("progress reports %+v", progress)
			}
			for i, table := range demo.TableNames {
				var n int
				if err := st.DB.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
					t.Fatal(err)
				}
				if n != stats.Counts[i] {
					t.Errorf("%s holds %d rows, loaded %d", table, n, stats.Counts[i])
				}
			}
			digests[dialect] = digest(t, st)

			// read through ent
			orgs, err := st.Client.Organization.Query().WithRegion().Order(ent.Asc(organization.FieldID)).Limit(5).All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(orgs) != 5 || orgs[0].Edges.Region == nil || orgs[0].Name != "中共吉林省委员会" || orgs[0].Edges.Region.Code != "220000000000" {
				t.Fatalf("organizations through ent: %v", orgs)
			}
			if orgs[0].ID != 8589934593 {
				t.Errorf("first organization id %d, want its range base + 1", orgs[0].ID)
			}
			people, err := st.Client.Person.Query().Where(person.PoliticalStatusEQ(person.PoliticalStatusMEMBER)).Limit(300).All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			withBackgrounds := 0
			for _, p := range people {
				if err := domain.ValidateBackgrounds(p.Backgrounds); err != nil {
					t.Errorf("person %d: %v", p.ID, err)
				}
				if len(p.Backgrounds) > 0 {
					withBackgrounds++
				}
				if p.JoinedPartyOn == nil || p.BirthDate == nil || p.IDNumber == nil || ident.ValidateResidentID(*p.IDNumber) != nil {
					t.Errorf("person %d: incomplete %+v", p.ID, p)
				}
			}
			if withBackgrounds == 0 {
				t.Error("no person read back has backgrounds")
			}
			checkRecordsThroughEnt(t, st, want)
			villages, err := st.Client.Region.Query().Where(region.LevelEQ(region.LevelVILLAGE), region.PathHasPrefix("220000000000/222400000000/222404000000/")).Count(ctx)
			if err != nil || villages != 150 {
				t.Errorf("villages under Hunchun by path: %d, %v", villages, err)
			}
			// the id sequences moved past the loaded rows
			county, err := st.Client.Region.Query().Where(region.Code("222404000000")).Only(ctx)
			if err != nil {
				t.Fatal(err)
			}
			r, err := st.Client.Region.Create().SetCode("222404999000").SetName("测试乡").SetLevel(region.LevelTOWNSHIP).SetParentID(county.ID).Save(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var maxID int
			st.DB.QueryRowContext(ctx, `SELECT max(id) FROM regions WHERE code <> '222404999000'`).Scan(&maxID)
			if r.ID != maxID+1 {
				t.Errorf("new region got id %d, want %d", r.ID, maxID+1)
			}
			l, err := st.Client.Link.Create().SetKind(link.KindVILLAGE_VILLAGE).SetSourceID(orgs[1].ID).SetTargetID(orgs[2].ID).Save(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if l.ID != stats.Counts[demo.TLinks]+1 {
				t.Errorf("new link got id %d, want %d", l.ID, stats.Counts[demo.TLinks]+1)
			}

			// a second load is refused; with Reset it replaces the data
			if _, err := demo.Load(ctx, st, demo.County, seed, demo.Options{}); !errors.Is(err, demo.ErrNotEmpty) {
				t.Fatalf("load into a non-empty database: %v, want ErrNotEmpty", err)
			}
			stats2, err := demo.Load(ctx, st, demo.County, seed+1, demo.Options{Reset: true})
			if err != nil {
				t.Fatal(err)
			}
			other := generate(t, demo.County, seed+1)
			if stats2.Counts != other.Counts() {
				t.Errorf("after reset loaded %v, want %v", stats2.Counts, other.Counts())
			}
			var n int
			st.DB.QueryRowContext(ctx, `SELECT count(*) FROM regions WHERE code = '222404999000'`).Scan(&n)
			if n != 0 {
				t.Error("reset kept a region")
			}
			if d := digest(t, st); d == digests[dialect] {
				t.Error("a different seed loaded the same digest")
			}
			var first int
			st.DB.QueryRowContext(ctx, `SELECT min(id) FROM people`).Scan(&first)
			if first != 12884901889 {
				t.Errorf("after reset people start at id %d", first)
			}
		})
	}
	if len(digests) == 2 && digests[store.SQLite] != digests[store.Postgres] {
		t.Errorf("SQLite and PostgreSQL hold different data: %s vs %s", digests[store.SQLite], digests[store.Postgres])
	}
}

// checkRecordsThroughEnt reads the indicators' records back through ent:
// what the loader wrote must be what ent reads (enums, JSON lists, booleans,
// edges).
func checkRecordsThroughEnt(t *testing.T, st *store.Store, want *demo.Dataset) {
	t.Helper()
	ctx := context.Background()
	c := st.Client
	venues, err := c.Venue.Query().WithRegion().Order(ent.Asc(venue.FieldID)).All(ctx)
	if err != nil || len(venues) != len(want.Venues) {
		t.Fatalf("venues through ent: %d, %v; want %d", len(venues), err, len(want.Venues))
	}
	for i, v := range venues {
		w := want.Venues[i]
		if v.Name != w.Name || string(v.Condition) != w.Condition || v.Edges.Region == nil || (w.Functions != 0) != (len(v.Functions) > 0) {
			t.Errorf("venue %d: %+v, want %+v", v.ID, v, w)
		}
	}
	courses, err := c.TrainingCourse.Query().Order(ent.Asc(trainingcourse.FieldID)).All(ctx)
	if err != nil || len(courses) != len(want.Courses) {
		t.Fatalf("courses through ent: %d, %v; want %d", len(courses), err, len(want.Courses))
	}
	for i, k := range courses {
		w := want.Courses[i]
		if k.Title != w.Title || string(k.Kind) != w.Kind || k.Days != int(w.Days) || !k.StartsOn.Equal(w.StartsOn.Time()) {
			t.Errorf("course %d: %+v, want %+v", k.ID, k, w)
		}
	}
	completed, err := c.TrainingAttendance.Query().Where(trainingattendance.Completed(true)).Count(ctx)
	wantCompleted := 0
	for _, a := range want.Attendances {
		if a.Completed {
			wantCompleted++
		}
	}
	if err != nil || completed != wantCompleted {
		t.Errorf("completed attendances through ent: %d, %v; want %d", completed, err, wantCompleted)
	}
	a, err := c.Appraisal.Query().Where(appraisal.KindEQ(appraisal.KindDEMOCRATIC_APPRAISAL)).WithOrganization().First(ctx)
	if err != nil || a.Edges.Organization == nil || a.PersonID != nil {
		t.Errorf("a democratic appraisal through ent: %+v, %v", a, err)
	}
	incomes, err := c.RuralIncome.Query().Order(ent.Asc(ruralincome.FieldYear)).All(ctx)
	if err != nil || len(incomes) != len(want.RuralIncomes) || incomes[0].Year != 2000 || incomes[0].Source != "吉林统计年鉴" {
		t.Errorf("rural incomes through ent: %v, %v", incomes, err)
	}
}

// digest hashes the identifying columns of every table, in id order.
func digest(t *testing.T, st *store.Store) string {
	t.Helper()
	h := sha256.New()
	queries := []string{
		`SELECT id, code, name, name_latin, level, path, parent_id, households, collective_income, latitude FROM regions ORDER BY id`,
		`SELECT id, name, name_latin, kind, setting, credit_code, parent_id, host_id, region_id, founded_on, twinning_capacity FROM organizations ORDER BY id`,
		`SELECT id, name, name_latin, gender, birth_date, ethnicity, political_status, joined_party_on, id_number, phone, home_region_id FROM people ORDER BY id`,
		`SELECT id, person_id, organization_id, role, started_on, ended_on, selection_method, basic_remuneration FROM positions ORDER BY id`,
		`SELECT id, kind, source_id, target_id, status, started_on, ended_on, source_reference FROM links ORDER BY id`,
		`SELECT id, link_id, occurred_on, kind, amount FROM link_activities ORDER BY id`,
		`SELECT id, name, region_id, organization_id, leader_id, kind, status, accepted_on FROM projects ORDER BY id`,
		`SELECT id, project_id, year, income FROM project_incomes ORDER BY id`,
		`SELECT id, region_id, name, built_on, area, condition FROM venues ORDER BY id`,
		`SELECT id, region_id, title, organizer_level, kind, starts_on, ends_on, days, capacity FROM training_courses ORDER BY id`,
		`SELECT id, course_id, person_id, days, CASE WHEN completed THEN 1 ELSE 0 END FROM training_attendances ORDER BY id`,
		`SELECT id, year, kind, rating, note, organization_id, person_id FROM appraisals ORDER BY id`,
		`SELECT id, year, title, awarded_by, bonus, organization_id, person_id FROM commendations ORDER BY id`,
		`SELECT id, year, income_per_head, source FROM rural_incomes ORDER BY id`,
		`SELECT id, link_id, from_status, to_status, occurred_on FROM twinning_transitions ORDER BY id`,
	}
	for _, q := range queries {
		hashRows(t, st.DB, q, h)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func hashRows(t *testing.T, db *sql.DB, q string, h hash.Hash) {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	for i, c := range cols {
		if strings.HasSuffix(c, "_on") || c == "birth_date" {
			vals[i] = new(sql.NullTime)
		} else {
			vals[i] = new(sql.NullString)
		}
	}
	for rows.Next() {
		if err := rows.Scan(vals...); err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			switch v := v.(type) {
			case *sql.NullTime:
				if v.Valid {
					fmt.Fprint(h, v.Time.UTC().Format(time.DateOnly))
				}
			case *sql.NullString:
				if v.Valid {
					fmt.Fprint(h, v.String)
				}
			}
			h.Write([]byte{0})
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, s := range []demo.Scale{demo.County, demo.Prefecture} {
		b.Run(string(s), func(b *testing.B) {
			for b.Loop() {
				n := 0
				if err := demo.Stream(context.Background(), s, 1, func(c *demo.Chunk) error { n += c.Counts().Total(); return nil }); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n), "rows")
			}
		})
	}
}

// BenchmarkLoad loads each scale into fresh databases of both dialects and
// reports rows per second (province takes about half a minute per load:
// run it with -benchtime=1x).
func BenchmarkLoad(b *testing.B) {
	for _, s := range demo.Scales {
		for _, dialect := range testdb.Dialects {
			b.Run(string(s)+"/"+dialect, func(b *testing.B) {
				var rows, secs float64
				for b.Loop() {
					b.StopTimer()
					st := testdb.Open(b, dialect)
					b.StartTimer()
					stats, err := demo.Load(context.Background(), st, s, 1, demo.Options{})
					if err != nil {
						b.Fatal(err)
					}
					rows += float64(stats.Counts.Total())
					secs += stats.Total.Seconds()
				}
				b.ReportMetric(rows/secs, "rows/s")
			})
		}
	}
}
