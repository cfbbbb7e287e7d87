package demo_test

import (
	"strings"

	"grassroots/internal/domain"
	"grassroots/tooling/demo"
)

// shares are, per indicator code, the units meeting the indicator's rule
// and all units ([met, of]), per county code, per prefecture (city) code
// and for "ALL".
type shares map[string]map[string][2]int

// indicatorsIn computes the 19 indicators of DESIGN §3 for year from a
// generated data set, reading the rows the way the indicator engine does:
// the day of a year is its last day (demo.Today in the current year), a post
// is held on a day when it started on or before it and ends after it, an
// organization is active when founded on or before it and not dissolved by
// it; yearly records are those of the year.
func indicatorsIn(d *demo.Dataset, year int) shares {
	D := demo.Date(year, 12, 31)
	if year == demo.Today.Year() {
		D = demo.Today
	}
	held := func(p *demo.Position) bool {
		return (p.StartedOn == 0 || p.StartedOn <= D) && (p.EndedOn == 0 || p.EndedOn > D)
	}
	active := func(o *demo.Organization) bool {
		return (o.FoundedOn == 0 || o.FoundedOn <= D) && (o.DissolvedOn == 0 || o.DissolvedOn > D) &&
			!(o.Status == "DISSOLVED" && o.DissolvedOn == 0)
	}
	bgBit := func(b domain.Background) uint16 {
		for i, x := range domain.Backgrounds {
			if x == b {
				return 1 << i
			}
		}
		return 0
	}
	officer, graduate := bgBit(domain.BorderOfficer), bgBit(domain.CollegeGraduate)
	out := shares{}
	add := func(ind string, region int32, ok bool) {
		parts := strings.Split(d.Regions[region].Path, "/")
		m := out[ind]
		if m == nil {
			m = map[string][2]int{}
			out[ind] = m
		}
		for _, key := range []string{"ALL", parts[1], parts[2]} {
			c := m[key]
			c[1]++
			if ok {
				c[0]++
			}
			m[key] = c
		}
	}
	party := func(kind string) bool {
		return kind == "PARTY_BRANCH" || kind == "PARTY_GENERAL_BRANCH" || kind == "PARTY_COMMITTEE"
	}
	leadership := map[string]bool{"SECRETARY": true, "DEPUTY_SECRETARY": true, "COMMITTEE_MEMBER": true, "FIRST_SECRETARY": true, "PART_TIME_MEMBER": true}
	cadreRole := map[string]bool{"SECRETARY": true, "DEPUTY_SECRETARY": true, "COMMITTEE_MEMBER": true, "DIRECTOR": true, "DEPUTY_DIRECTOR": true}

	// the posts held on D, by organization
	posts := map[int32][]*demo.Position{}
	for i := range d.Positions {
		if p := &d.Positions[i]; held(p) {
			posts[p.Organization] = append(posts[p.Organization], p)
		}
	}
	// the active organizations of each region, and the party organizations each hosts
	orgsIn := map[int32][]int32{}
	hosted := map[int32]int{}
	for i := range d.Orgs {
		o := &d.Orgs[i]
		if !active(o) {
			continue
		}
		orgsIn[o.Region] = append(orgsIn[o.Region], int32(i))
		if party(o.Kind) && o.Host >= 0 {
			hosted[o.Host]++
		}
	}
	for i, o := range d.Orgs {
		if o.Kind == "COOPERATIVE" && active(&o) {
			add("COOP_PARTY_COVERAGE", o.Region, hosted[int32(i)] >= 1)
		}
	}
	residents := map[int32][]int32{}
	for i, p := range d.People {
		if p.HomeRegion >= 0 {
			residents[p.HomeRegion] = append(residents[p.HomeRegion], int32(i))
		}
	}
	bornAfter := demo.Date(year-35, 12, 31)
	edu := map[string]int{"PRIMARY": 0, "JUNIOR_HIGH": 1, "SENIOR_HIGH": 2, "JUNIOR_COLLEGE": 3, "BACHELOR": 4, "POSTGRADUATE": 5}

	// yearly records
	income := map[int32]float64{} // a project's income in the year
	for _, in := range d.Incomes {
		if int(in.Year) == year {
			income[in.Project] = in.Income
		}
	}
	best := map[int32]float64{} // the largest income in the year of a project each person leads
	for i, p := range d.Projects {
		if v, ok := income[int32(i)]; ok && p.Leader >= 0 && v > best[p.Leader] {
			best[p.Leader] = v
		}
	}
	rotation, days := map[int32]int{}, map[int32]int{}
	for _, a := range d.Attendances {
		c := d.Courses[a.Course]
		if c.StartsOn.Year() != year {
			continue
		}
		days[a.Person] += int(a.Days)
		if c.Kind == "ROTATION" && a.Completed {
			rotation[a.Person]++
		}
	}
	appraised := map[int32]int{}
	for _, a := range d.Appraisals {
		if int(a.Year) == year && a.Kind == "DEMOCRATIC_APPRAISAL" && a.Organization >= 0 {
			appraised[a.Organization]++
		}
	}
	floor := -1.0
	for _, r := range d.RuralIncomes {
		if int(r.Year) == year-1 {
			floor = r.IncomePerHead
		}
	}
	usable := map[int32]int{}
	for _, v := range d.Venues {
		if (v.BuiltOn == 0 || v.BuiltOn <= D) && v.Condition != "UNUSABLE" {
			usable[v.Region]++
		}
	}
	twinned := map[int32]int{}
	for _, l := range d.Links {
		if l.Kind == "URBAN_RURAL_TWINNING" && (l.StartedOn == 0 || l.StartedOn <= D) &&
			(l.Status == "ACTIVE" && (l.EndedOn == 0 || l.EndedOn > D) || l.Status == "ENDED" && l.EndedOn > D) {
			twinned[l.Target]++
		}
	}

	for ri := range d.Regions {
		rid := int32(ri)
		r := &d.Regions[ri]
		if r.Level == "TOWNSHIP" && r.Border {
			n := 0
			for _, o := range orgsIn[rid] {
				if d.Orgs[o].Kind == "PARTY_COMMITTEE" {
					for _, p := range posts[o] {
						if d.People[p.Person].Backgrounds&officer != 0 {
							n++
						}
					}
				}
			}
			add("BORDER_TOWNSHIP_OFFICER", rid, n >= 1)
		}
		if r.Level != "VILLAGE" {
			continue
		}
		var partyOrgs, committees []int32
		mass := map[int32]bool{}
		for _, o := range orgsIn[rid] {
			switch k := d.Orgs[o].Kind; {
			case party(k) && d.Orgs[o].Setting == "VILLAGE":
				partyOrgs = append(partyOrgs, o)
			case k == "VILLAGERS_COMMITTEE":
				committees = append(committees, o)
			case k == "YOUTH_LEAGUE" || k == "WOMENS_CONGRESS" || k == "MILITIA":
				mass[o] = true
			}
		}
		secretaries, directors, cadres, leaders := map[int32]bool{}, map[int32]bool{}, map[int32]bool{}, map[int32]bool{}
		officers := 0
		secPay := map[int32]float64{}
		for _, o := range partyOrgs {
			for _, p := range posts[o] {
				if p.Role == "SECRETARY" {
					secretaries[p.Person] = true
					secPay[p.Person] = p.BasicRemuneration
				}
				if leadership[p.Role] {
					leaders[p.Person] = true
					if d.People[p.Person].Backgrounds&officer != 0 {
						officers++
					}
				}
				if cadreRole[p.Role] {
					cadres[p.Person] = true
				}
			}
		}
		for _, o := range committees {
			for _, p := range posts[o] {
				if p.Role == "DIRECTOR" {
					directors[p.Person] = true
				}
				if cadreRole[p.Role] {
					cadres[p.Person] = true
				}
			}
		}
		concurrent := false
		for s := range secretaries {
			concurrent = concurrent || directors[s]
		}
		add("SECRETARY_DIRECTOR_CONCURRENT", rid, concurrent)
		heads := 0
		for o := range mass {
			ok := false
			for _, p := range posts[o] {
				if (p.Role == "HEAD" || p.Role == "SECRETARY" || p.Role == "DIRECTOR") && leaders[p.Person] {
					ok = true
				}
			}
			if ok {
				heads++
			}
		}
		add("MASS_ORG_HEADS_IN_PARTY", rid, heads >= 3)
		if r.Border {
			add("BORDER_VILLAGE_OFFICER", rid, officers >= 1)
		}
		reserves, assistants := map[int32]bool{}, map[int32]bool{}
		for _, o := range orgsIn[rid] {
			for _, p := range posts[o] {
				switch {
				case p.Role == "RESERVE_CADRE":
					reserves[p.Person] = true
				case p.Role == "ASSISTANT" && d.People[p.Person].Backgrounds&graduate != 0:
					assistants[p.Person] = true
				}
			}
		}
		add("RESERVE_CADRES", rid, len(reserves) >= 2)
		add("COLLEGE_GRADUATE_OFFICIAL", rid, len(assistants) >= 1)
		activists, young := 0, 0
		for _, pi := range residents[rid] {
			p := &d.People[pi]
			switch p.PoliticalStatus {
			case "ACTIVIST", "DEVELOPMENT_TARGET":
				activists++
			case "MEMBER", "PROBATIONARY":
				if p.JoinedPartyOn == 0 || p.JoinedPartyOn <= D {
					add("YOUNG_MEMBER_SHARE", rid, p.BirthDate > bornAfter)
				}
			}
			if p.JoinedPartyOn.Valid() && p.JoinedPartyOn.Year() == year && p.BirthDate > bornAfter && edu[p.Education] >= 2 {
				young++
			}
		}
		add("ACTIVISTS", rid, activists >= 3)
		add("YOUNG_MEMBER_ADMITTED", rid, young >= 1)
		add("VENUE_COVERAGE", rid, usable[rid] >= 1)
		for s := range secretaries {
			add("SECRETARY_LEADS_PROJECT", rid, best[s] > 50000)
			add("SECRETARY_SKILLED", rid, d.People[s].Skills != 0)
			if floor > 0 {
				add("SECRETARY_PAY_FLOOR", rid, secPay[s] >= floor)
			}
		}
		for h := range directors {
			secretaries[h] = true
		}
		for h := range secretaries {
			since := d.People[h].EndowmentInsuredSince
			add("HEADS_INSURED", rid, since.Valid() && since <= D)
			add("HEADS_TRAINING_DAYS", rid, days[h] >= 7)
		}
		for c := range cadres {
			add("CADRE_ROTATION_TRAINED", rid, rotation[c] >= 1)
		}
		if r.Backward {
			n := 0
			for _, o := range orgsIn[rid] {
				n += twinned[o]
			}
			add("BACKWARD_VILLAGE_TWINNED", rid, n >= 1)
		}
		for _, o := range partyOrgs {
			add("PARTY_ORG_APPRAISED", rid, appraised[o] >= 1)
		}
	}
	return out
}
