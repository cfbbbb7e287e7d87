package demo_test

import (
	"strings"

	"grassroots/internal/domain"
	"grassroots/tooling/demo"
)

// indicatorShares computes, from a generated data set, the share of units
// meeting a few DESIGN §3 indicators, overall and per county (by county code).
// It reads the rows the way the indicator engine would: current posts are
// open on demo.Today, yearly indicators use 2011.
func indicatorShares(d *demo.Dataset) map[string]map[string][2]int {
	bgBit := func(b domain.Background) uint16 {
		for i, x := range domain.Backgrounds {
			if x == b {
				return 1 << i
			}
		}
		return 0
	}
	out := map[string]map[string][2]int{}
	add := func(ind, county string, ok bool) {
		for _, key := range []string{"ALL", county} {
			m := out[ind]
			if m == nil {
				m = map[string][2]int{}
				out[ind] = m
			}
			c := m[key]
			c[1]++
			if ok {
				c[0]++
			}
			m[key] = c
		}
	}
	countyOf := func(region int32) string {
		p := d.Regions[region].Path
		parts := strings.Split(p, "/")
		if len(parts) > 3 {
			return parts[2]
		}
		return ""
	}
	end2011 := demo.Date(2011, 12, 31)
	current := func(p demo.Position) bool { return p.EndedOn == 0 }
	at := func(p demo.Position, day demo.Day) bool {
		return p.StartedOn <= day && (p.EndedOn == 0 || p.EndedOn >= day)
	}
	// index posts by organization
	byOrg := map[int32][]demo.Position{}
	for _, p := range d.Positions {
		byOrg[p.Organization] = append(byOrg[p.Organization], p)
	}
	orgsByRegion := map[int32]map[string]int32{}
	hosted := map[int32]bool{}
	for i, o := range d.Orgs {
		if orgsByRegion[o.Region] == nil {
			orgsByRegion[o.Region] = map[string]int32{}
		}
		key := o.Kind
		if o.Setting == "VILLAGE" {
			key = "VILLAGE_PARTY"
		}
		if _, ok := orgsByRegion[o.Region][key]; !ok {
			orgsByRegion[o.Region][key] = int32(i)
		}
		if o.Host >= 0 && o.Status == "ACTIVE" {
			hosted[o.Host] = true
		}
	}
	for i, o := range d.Orgs {
		if o.Kind == "COOPERATIVE" && o.Status == "ACTIVE" {
			add("COOP_PARTY_COVERAGE", countyOf(o.Region), hosted[int32(i)])
		}
	}
	twinned := map[int32]bool{}
	for _, l := range d.Links {
		if l.Kind == "URBAN_RURAL_TWINNING" && l.Status == "ACTIVE" {
			twinned[l.Target] = true
		}
	}
	incomes := map[int32]float64{}
	for _, in := range d.Incomes {
		if in.Year == 2011 {
			incomes[in.Project] = in.Income
		}
	}
	leads := map[int32]bool{}
	for i, p := range d.Projects {
		if incomes[int32(i)] > 50000 && p.Leader >= 0 {
			leads[p.Leader] = true
		}
	}
	residents := map[int32][]int32{}
	for i, p := range d.People {
		if p.HomeRegion >= 0 {
			residents[p.HomeRegion] = append(residents[p.HomeRegion], int32(i))
		}
	}
	age := func(p demo.Person, day demo.Day) int {
		b := p.BirthDate.Time()
		t := day.Time()
		a := t.Year() - b.Year()
		if t.YearDay() < b.YearDay() {
			a--
		}
		return a
	}
	edu := map[string]int{"PRIMARY": 0, "JUNIOR_HIGH": 1, "SENIOR_HIGH": 2, "JUNIOR_COLLEGE": 3, "BACHELOR": 4, "POSTGRADUATE": 5}
	for ri, r := range d.Regions {
		rid := int32(ri)
		county := countyOf(rid)
		switch r.Level {
		case "TOWNSHIP":
			if !r.Border {
				continue
			}
			ok := false
			for _, p := range byOrg[orgsByRegion[rid]["PARTY_COMMITTEE"]] {
				if current(p) && p.Role == "PART_TIME_MEMBER" && d.People[p.Person].Backgrounds&bgBit(domain.BorderOfficer) != 0 {
					ok = true
				}
			}
			add("BORDER_TOWNSHIP_OFFICER", county, ok)
			continue
		case "VILLAGE":
		default:
			continue
		}
		orgs := orgsByRegion[rid]
		party := orgs["VILLAGE_PARTY"]
		posts := byOrg[party]
		var sec, sec2011 int32 = -1, -1
		var secPay float64
		inParty := map[int32]bool{}
		reserve, assistants, officers := 0, 0, 0
		for _, p := range posts {
			if current(p) {
				inParty[p.Person] = true
			}
			switch {
			case p.Role == "SECRETARY" && current(p):
				sec, secPay = p.Person, p.BasicRemuneration
			case p.Role == "RESERVE_CADRE" && current(p):
				reserve++
			case p.Role == "ASSISTANT" && current(p) && d.People[p.Person].Backgrounds&bgBit(domain.CollegeGraduate) != 0:
				assistants++
			case p.Role == "PART_TIME_MEMBER" && current(p) && d.People[p.Person].Backgrounds&bgBit(domain.BorderOfficer) != 0:
				officers++
			}
			if p.Role == "SECRETARY" && at(p, end2011) {
				sec2011 = p.Person
			}
		}
		for _, p := range byOrg[orgs["VILLAGERS_COMMITTEE"]] {
			if p.Role == "ASSISTANT" && current(p) && d.People[p.Person].Backgrounds&bgBit(domain.CollegeGraduate) != 0 {
				assistants++
			}
		}
		director := int32(-1)
		for _, p := range byOrg[orgs["VILLAGERS_COMMITTEE"]] {
			if p.Role == "DIRECTOR" && current(p) {
				director = p.Person
			}
		}
		add("SECRETARY_DIRECTOR_CONCURRENT", county, sec >= 0 && sec == director)
		heads := 0
		for _, k := range []string{"YOUTH_LEAGUE", "WOMENS_CONGRESS", "MILITIA"} {
			for _, p := range byOrg[orgs[k]] {
				if p.Role == "HEAD" && current(p) && inParty[p.Person] {
					heads++
				}
			}
		}
		add("MASS_ORG_HEADS_IN_PARTY", county, heads == 3)
		if r.Border {
			add("BORDER_VILLAGE_OFFICER", county, officers > 0)
		}
		add("RESERVE_CADRES", county, reserve >= 2)
		add("COLLEGE_GRADUATE_OFFICIAL", county, assistants > 0)
		activists, young := 0, 0
		for _, pi := range residents[rid] {
			p := d.People[pi]
			if p.PoliticalStatus == "ACTIVIST" || p.PoliticalStatus == "DEVELOPMENT_TARGET" {
				activists++
			}
			if p.JoinedPartyOn.Valid() && p.JoinedPartyOn.Year() == 2011 && age(p, end2011) < 35 && edu[p.Education] >= 2 {
				young++
			}
			if p.JoinedPartyOn.Valid() && p.JoinedPartyOn <= end2011 {
				add("YOUNG_MEMBER_SHARE", county, age(p, end2011) < 35)
			}
		}
		add("ACTIVISTS", county, activists >= 3)
		add("YOUNG_MEMBER_ADMITTED", county, young > 0)
		add("SECRETARY_LEADS_PROJECT", county, sec2011 >= 0 && leads[sec2011])
		if sec >= 0 {
			add("SECRETARY_SKILLED", county, d.People[sec].Skills != 0)
			add("SECRETARY_PAY_FLOOR", county, secPay >= 20000)
			add("HEADS_INSURED", county, d.People[sec].EndowmentInsuredSince.Valid())
		}
		if director >= 0 && director != sec {
			add("HEADS_INSURED", county, d.People[director].EndowmentInsuredSince.Valid())
		}
		if r.Backward {
			add("BACKWARD_VILLAGE_TWINNED", county, twinned[party])
		}
	}
	return out
}
