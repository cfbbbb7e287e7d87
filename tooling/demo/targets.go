package demo

import "grassroots/internal/domain"

// ---- the county's steps towards the targets ----
//
// The rates of params leave every county short of a target that every unit
// must meet. meetTargets then takes the county's aims (records.go) and, where
// the county met a target in full, completes what the villages lacked, from
// the aims' year: it seats the mass organizations' heads and border officers
// on the party organization, adds reserve cadres, graduate officials,
// activists and young members, insures secretaries and directors, twins every
// backward village; and it gives some secretaries a prosperity project of
// their own. It draws from the second stream and only adds rows or changes
// fields of the county's rows that nothing drawn later depends on.

// meetTargets completes the county's villages by its aims.
func (g *gen) meetTargets() {
	a := &g.aim
	ix := g.indexVillages()
	for vi, v := range g.villages {
		pc := &peopleCtx{g: g, v: v, korean: v.korean}
		if a.massHeads != 0 {
			g.seatMassHeads(pc, ix.posts[vi], g.campaignDay(a.massHeads))
		}
		if a.borderVillage != 0 && v.border && v.officer < 0 && len(v.twn.officers) > 0 {
			v.officer = v.twn.officers[g.r.IntN(len(v.twn.officers))]
			v.officerPost = g.campaignDay(a.borderVillage)
			g.addPosition(Position{Person: v.officer, Organization: v.party, Role: "PART_TIME_MEMBER", StartedOn: v.officerPost,
				SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
		}
		if a.reserve != 0 {
			g.addReserveCadres(pc, ix.posts[vi], a.reserve)
		}
		if a.graduate != 0 {
			g.addGraduateOfficial(pc, ix.posts[vi], a.graduate)
		}
		if a.activists != 0 {
			for k := ix.activists[vi]; k < 3; k++ {
				pc.newVillager(pspec{minAge: 19, maxAge: 45, status: []string{"ACTIVIST", "DEVELOPMENT_TARGET"}[g.r.IntN(2)], minEdu: eduJuniorHigh})
			}
		}
		g.admitYoungMembers(pc, ix.admitted[vi])
		if a.insuredFrom != 0 {
			g.insureHeads(v, ix.posts[vi], a.insuredFrom)
		}
	}
	if a.twinned != 0 {
		g.twinBackward(a.twinned)
	}
	g.secretaryProjects()
}

// campaignDay is a day in spring or summer of year y, before Today.
func (g *gen) campaignDay(y int) Day { return min(g.day(Date(y, 3, 1), Date(y, 8, 31)), Today-10) }

// villageIndex holds, per village (by index into g.villages), the chunk's
// positions in its organizations, how many of its residents are activists
// or development targets, and the years (bit y-firstRecordYear) it admitted
// a young member with senior-high education or more.
type villageIndex struct {
	posts     [][]int
	activists []int
	admitted  []uint32
}

func (g *gen) indexVillages() *villageIndex {
	n := len(g.villages)
	ix := &villageIndex{posts: make([][]int, n), activists: make([]int, n), admitted: make([]uint32, n)}
	orgs := make(map[int32]int, 5*n)
	regions := make(map[int32]int, n)
	for i, v := range g.villages {
		for _, o := range []int32{v.party, v.villagersCommittee, v.league, v.womensCongress, v.militia} {
			orgs[o] = i
		}
		regions[v.region] = i
	}
	for i := range g.ch.Positions {
		if vi, ok := orgs[g.ch.Positions[i].Organization]; ok {
			ix.posts[vi] = append(ix.posts[vi], i)
		}
	}
	for i := range g.ch.People {
		p := &g.ch.People[i]
		vi, ok := regions[p.HomeRegion]
		if !ok {
			continue
		}
		switch p.PoliticalStatus {
		case "ACTIVIST", "DEVELOPMENT_TARGET":
			ix.activists[vi]++
		}
		if !p.JoinedPartyOn.Valid() {
			continue
		}
		if y := p.JoinedPartyOn.Year(); y >= firstRecordYear && youngAdmission(p, y) {
			ix.admitted[vi] |= 1 << (y - firstRecordYear)
		}
	}
	return ix
}

// youngAdmission tells whether p, admitted in year y, counts for
// YOUNG_MEMBER_ADMITTED: under 35 at the end of y, with senior-high
// education or more.
func youngAdmission(p *Person, y int) bool {
	return p.BirthDate > Date(y-35, 12, 31) && p.Education != "PRIMARY" && p.Education != "JUNIOR_HIGH"
}

// joinBranch gives a new party member of the village their MEMBER post in
// the village party organization.
func (g *gen) joinBranch(v *village, p int32) {
	if joined := g.person(p).JoinedPartyOn; joined.Valid() {
		g.addPosition(Position{Person: p, Organization: v.party, Role: "MEMBER", StartedOn: max(joined, g.org(v.party).FoundedOn), BasicRemuneration: -1})
	}
}

func leadershipRole(role string) bool {
	switch role {
	case "SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "FIRST_SECRETARY", "PART_TIME_MEMBER":
		return true
	}
	return false
}

// seatMassHeads seats the current heads of the league, the women's
// congress and the militia on the party organization's committee from day
// from. A head who is not a party member hands over to one who is: the post
// passes to them when it began after from, else ends on from.
func (g *gen) seatMassHeads(pc *peopleCtx, posts []int, from Day) {
	v := pc.v
	seated := map[int32]bool{}
	for _, i := range posts {
		if p := &g.ch.Positions[i]; p.Organization == v.party && p.EndedOn == 0 && leadershipRole(p.Role) {
			seated[p.Person] = true
		}
	}
	for k, o := range []int32{v.league, v.womensCongress, v.militia} {
		head := -1
		for _, i := range posts {
			if p := &g.ch.Positions[i]; p.Organization == o && p.Role == "HEAD" && p.EndedOn == 0 {
				head = i
			}
		}
		if head < 0 || seated[g.ch.Positions[head].Person] {
			continue
		}
		h := g.ch.Positions[head]
		if st := g.person(h.Person).PoliticalStatus; st != "MEMBER" && st != "PROBATIONARY" {
			day := max(from, h.StartedOn)
			spec := pspec{minAge: 26 + g.p.cadreAge, maxAge: 50 + g.p.cadreAge, status: "MEMBER", joinedBefore: day}
			switch k {
			case 0:
				spec.minAge, spec.maxAge, spec.minEdu = 22, 34, eduSeniorHigh
			case 1:
				spec.gender = genderFemale
			default:
				spec.gender = genderMale
			}
			p := pc.newVillager(spec)
			g.joinBranch(v, p)
			if h.StartedOn >= from {
				g.ch.Positions[head].Person = p
			} else {
				g.ch.Positions[head].EndedOn = day
				g.addPosition(Position{Person: p, Organization: o, Role: "HEAD", StartedOn: day, SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
			}
			h.Person = p
		}
		seated[h.Person] = true
		g.addPosition(Position{Person: h.Person, Organization: v.party, Role: "COMMITTEE_MEMBER", StartedOn: max(from, h.StartedOn),
			SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
	}
}

// addReserveCadres brings the village's current reserve cadres up to two,
// chosen in year y.
func (g *gen) addReserveCadres(pc *peopleCtx, posts []int, y int) {
	v := pc.v
	n := 0
	for _, i := range posts {
		if p := &g.ch.Positions[i]; p.Organization == v.party && p.Role == "RESERVE_CADRE" && p.EndedOn == 0 && p.StartedOn <= Date(y, 12, 31) {
			n++
		}
	}
	for ; n < 2; n++ {
		status := []string{"MEMBER", "MEMBER", "PROBATIONARY", "ACTIVIST", "DEVELOPMENT_TARGET", "MASSES"}[g.r.IntN(6)]
		bg := bgBit([]domain.Background{domain.Returnee, domain.CollegeGraduate, domain.Veteran, domain.MigrantWorker, domain.RichExpert}[g.r.IntN(5)])
		p := pc.newVillager(pspec{minAge: 23, maxAge: 40, status: status, bg: bg, minEdu: eduSeniorHigh})
		g.joinBranch(v, p)
		g.addPosition(Position{Person: p, Organization: v.party, Role: "RESERVE_CADRE", StartedOn: min(g.day(Date(y, 1, 1), Date(y, 12, 31)), Today-10),
			BasicRemuneration: -1})
	}
}

// addGraduateOfficial hires a college graduate as the village's assistant
// in year y when it has none.
func (g *gen) addGraduateOfficial(pc *peopleCtx, posts []int, y int) {
	v := pc.v
	for _, i := range posts {
		p := &g.ch.Positions[i]
		if p.Role == "ASSISTANT" && p.EndedOn == 0 && g.person(p.Person).Backgrounds&bgBit(domain.CollegeGraduate) != 0 {
			return
		}
	}
	status := []string{"MEMBER", "MEMBER", "PROBATIONARY", "ACTIVIST", "MASSES"}[g.r.IntN(5)]
	p := pc.newVillager(pspec{minAge: 23, maxAge: 30, status: status, bg: bgBit(domain.CollegeGraduate), minEdu: eduBachelor - g.r.IntN(2)})
	g.joinBranch(v, p)
	g.addPosition(Position{Person: p, Organization: v.party, Role: "ASSISTANT", StartedOn: min(g.day(Date(y, 7, 1), Date(y, 9, 30)), Today-10),
		SelectionMethod: "COLLEGE_GRADUATE_HIRE", BasicRemuneration: round100(g.between(30000, 46000))})
}

// admitYoungMembers admits a young villager with senior-high education or
// more to the party in each year since 2012 in which the village admitted
// none (admitted: bit y-firstRecordYear): every year from the county's aims'
// year, in more villages every year before it and elsewhere.
func (g *gen) admitYoungMembers(pc *peopleCtx, admitted uint32) {
	a := &g.aim
	for y := 2012; y <= Today.Year(); y++ {
		if admitted&(1<<(y-firstRecordYear)) != 0 {
			continue
		}
		if !met(a.youngFrom, y) {
			p := a.young * (y - 2011) / (2025 - 2011)
			if y == Today.Year() {
				p /= 2 // half the year is over
			}
			if !g.permille(p) {
				continue
			}
		}
		ago := Today.Year() - y
		p := pc.newVillager(pspec{minAge: ago + 20, maxAge: ago + 32, status: "MASSES", minEdu: eduSeniorHigh})
		person := g.person(p)
		person.JoinedPartyOn = g.day(max(Date(y, 1, 1), person.BirthDate+18*366), min(Date(y, 12, 31), Today-10))
		person.PoliticalStatus = "MEMBER"
		if person.JoinedPartyOn > Today-366 {
			person.PoliticalStatus = "PROBATIONARY"
		}
		g.joinBranch(pc.v, p)
	}
}

// insureHeads enrols in endowment insurance, by the end of year y (or of
// the year they took office, when later), every secretary and director
// holding office after y.
func (g *gen) insureHeads(v *village, posts []int, y int) {
	for _, i := range posts {
		p := g.ch.Positions[i]
		head := p.Organization == v.party && p.Role == "SECRETARY" || p.Organization == v.villagersCommittee && p.Role == "DIRECTOR"
		if !head || p.EndedOn != 0 && p.EndedOn <= Date(y, 12, 31) {
			continue
		}
		by := Date(max(y, p.StartedOn.Year()), 12, 31)
		if person := g.person(p.Person); !person.EndowmentInsuredSince.Valid() || person.EndowmentInsuredSince > by {
			person.EndowmentInsuredSince = g.day(Date(2009, 10, 1), by)
		}
	}
}

// twinBackward twins, from year y, each backward village that has no active
// twinning with an urban unit, one with places left where there is one
// (else the unit takes one more village).
func (g *gen) twinBackward(y int) {
	if len(g.urban) == 0 {
		return
	}
	linked := map[[2]int32]bool{}
	used := map[int32]int32{}
	twinned := map[int32]bool{}
	for i := range g.ch.Links {
		l := &g.ch.Links[i]
		linked[[2]int32{l.Source, l.Target}] = true
		if l.Kind == "URBAN_RURAL_TWINNING" && (l.Status == "ACTIVE" || l.Status == "PROPOSED") {
			used[l.Source]++ // active and proposed twinnings hold a place
			twinned[l.Target] = twinned[l.Target] || l.Status == "ACTIVE"
		}
	}
	for _, v := range g.villages {
		if !v.backward || twinned[v.party] {
			continue
		}
		var free, other []int32
		for _, u := range g.urban {
			switch {
			case linked[[2]int32{u, v.party}]:
			case g.org(u).TwinningCapacity > used[u]:
				free = append(free, u)
			default:
				other = append(other, u)
			}
		}
		if len(free) == 0 {
			free = other
		}
		if len(free) == 0 {
			continue
		}
		u := free[g.r.IntN(len(free))]
		if o := g.org(u); o.TwinningCapacity <= used[u] {
			o.TwinningCapacity = used[u] + 1
		}
		used[u]++
		linked[[2]int32{u, v.party}] = true
		start := g.campaignDay(y)
		l := Link{Kind: "URBAN_RURAL_TWINNING", Source: u, Target: v.party, Status: "ACTIVE", StartedOn: start,
			Goals: goals[g.r.IntN(2)], SourceReference: g.document(start)}
		g.twinningHistory(g.addLink(l), l)
		g.linkActivities(len(g.ch.Links) - 1)
	}
}

// secretaryProjects gives some current secretaries who lead no project
// earning over 50,000 yuan last year a project of their own (most where
// the county's aims say so: SECRETARY_LEADS_PROJECT), begun since they took
// office, whose income has grown to over 50,000 yuan by last year.
func (g *gen) secretaryProjects() {
	last := Today.Year() - 1
	earns := map[int32]bool{}
	first := g.ch.First[TProjects]
	for _, in := range g.ch.Incomes {
		if int(in.Year) == last && in.Income > 50000 {
			if p := &g.ch.Projects[int(in.Project)-first]; p.Leader >= 0 {
				earns[p.Leader] = true
			}
		}
	}
	for _, v := range g.villages {
		if v.secretary < 0 || earns[v.secretary] || !g.permille(g.aim.projects) {
			continue
		}
		pi := v.product
		if g.chance(0.3) {
			pi = g.r.IntN(len(products))
		}
		p := products[pi]
		start := g.day(max(v.secretaryFrom, Date(2012, 3, 1)), Date(last-1, 6, 30))
		pr := Project{Name: v.stem + "村书记领办" + p.zh + "项目", NameLatin: v.stemLatin + " Cun Shuji Lingban " + p.latin + " Xiangmu",
			Region: v.region, Organization: v.party, Leader: v.secretary, Kind: p.kind, Industry: p.industry, Status: "UNDERWAY",
			StartedOn: start, Investment: round100(100000 + g.skew(0, 2000000)), Households: int32(g.between(10, 200))}
		if g.chance(0.85) {
			pr.ResponsibilityLetterOn = start - Day(g.between(0, 60))
		}
		if g.chance(0.3) {
			pr.Status, pr.AcceptedOn = "ACCEPTED", min(start+Day(g.between(365, 1500)), Today-10)
		}
		g.ch.Projects = append(g.ch.Projects, pr)
		index := int32(first + len(g.ch.Projects) - 1)
		// a ramp from about two fifths of last year's income to all of it
		top := 55000 + g.skew(0, 300000)
		years := last - start.Year() + 1
		for y := start.Year(); y <= last; y++ {
			share := 40 + 60*(y-start.Year()+1)/years
			if y < last {
				share = share * g.between(90, 110) / 100
			}
			g.ch.Incomes = append(g.ch.Incomes, ProjectIncome{Project: index, Year: int32(y), Income: round100(top * share / 100)})
		}
	}
}
