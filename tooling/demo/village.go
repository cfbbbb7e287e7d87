package demo

import "grassroots/internal/domain"

// ---- the village ----
//
// The parts below draw from the county's stream in the order village calls
// them: reordering them, or the draws inside one, changes every row after.

// village adds a village: its region, party organization and the units
// around it, its cadres over the terms since 2005, its cooperatives and
// enterprise, its villagers and its prosperity projects.
func (g *gen) village(t *township, code, parentPath string, used map[string]bool) {
	v, korean := g.villageRegion(t, code, parentPath, used)
	v.korean = korean
	pc := &peopleCtx{g: g, v: v, korean: korean}
	members := g.villageParty(v)
	g.villageUnits(v)
	curStart := g.secretariesAndDirectors(pc)
	v.secretaryFrom = curStart
	termFrom := max(curStart, Date(2021, 3, 1))
	g.partyCommittee(pc, curStart, termFrom)
	g.massOrganizationHeads(pc, termFrom)
	g.villagersCommittee(pc, curStart, termFrom)
	g.reserveCadres(pc)
	g.graduateOfficials(pc)
	g.firstSecretaries(v)
	g.borderOfficer(v)
	g.villageBusinesses(pc)
	g.villagers(pc, members)
	g.projects(pc)
	pc.memberPosts()
}

// villageRegion adds the village's region: its size, collective income,
// leading product and place. korean tells whether its villagers are mostly
// Korean-Chinese.
func (g *gen) villageRegion(t *township, code, parentPath string, used map[string]bool) (v *village, korean bool) {
	stem := g.uniqueStem(used)
	sl := latin(stem)
	v = &village{stem: stem, stemLatin: sl, twn: t, product: g.r.IntN(len(products)), officer: -1}
	korean = g.chance(g.prof.korean)
	v.backward = g.chance(0.10)
	v.difficult = g.chance(0.08)
	if v.backward {
		v.difficult = g.chance(0.5)
	}
	v.border = t.border && g.chance(0.75)
	households := 150 + g.skew(0, 1100)
	income := 0
	switch {
	case v.backward:
		income = g.skew(0, 60000)
	case v.difficult:
		income = g.skew(0, 120000)
	default:
		income = 5000 + g.skew(0, 900000)
	}
	v.income = round100(income)
	v.region = g.addRegion(Region{Parent: t.region, Code: code, Name: stem + "村", NameLatin: sl + " Cun", Level: "VILLAGE",
		Path: parentPath + code + "/", Border: v.border, Backward: v.backward, Difficult: v.difficult,
		Households: int32(households), Population: int32(households * g.between(220, 330) / 100), CollectiveIncome: v.income,
		LeadingIndustry: products[v.product].industry, Lat: coord(g.c.Lat, g.r, 35000), Lon: coord(g.c.Lon, g.r, 45000)})
	g.villages = append(g.villages, v)
	t.villages = append(t.villages, v)
	return v, korean
}

// villageParty adds the village's party organization, a branch, general
// branch or committee by its size, and returns how many members it has.
func (g *gen) villageParty(v *village) (members int) {
	members = 8 + g.skew(0, 50)
	kind, suf, sufL := "PARTY_BRANCH", "村党支部", " Cun Dangzhibu"
	switch {
	case g.chance(0.04):
		kind, suf, sufL = "PARTY_COMMITTEE", "村党委", " Cun Dangwei"
		members += 40
	case members >= 30 && g.chance(0.6):
		kind, suf, sufL = "PARTY_GENERAL_BRANCH", "村党总支", " Cun Dangzongzhi"
	}
	v.party = g.addOrg(Organization{Name: v.stem + suf, NameLatin: v.stemLatin + sufL, Kind: kind, Setting: "VILLAGE", Region: v.region,
		Parent: v.twn.committee, Host: -1, FoundedOn: g.day(Date(1948, 1, 1), Date(1985, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
	return members
}

// villageUnits adds the "1+X" around the party organization: the villagers'
// committee, the collective economy, the youth league, the women's congress
// and the militia.
func (g *gen) villageUnits(v *village) {
	stem, sl := v.stem, v.stemLatin
	v.villagersCommittee = g.villageUnit(v, stem+"村村民委员会", sl+" Cun Cunmin Weiyuanhui", "VILLAGERS_COMMITTEE", Date(1983, 1, 1), Date(1990, 12, 31))
	v.collective = g.villageUnit(v, stem+"村股份经济合作社", sl+" Cun Gufen Jingji Hezuoshe", "COLLECTIVE_ECONOMY", Date(2018, 1, 1), Date(2021, 12, 31))
	v.league = g.villageUnit(v, "共青团"+stem+"村支部委员会", "Gongqingtuan "+sl+" Cun Zhibu Weiyuanhui", "YOUTH_LEAGUE", Date(1955, 1, 1), Date(1990, 12, 31))
	v.womensCongress = g.villageUnit(v, stem+"村妇女代表大会", sl+" Cun Funü Daibiao Dahui", "WOMENS_CONGRESS", Date(1955, 1, 1), Date(1990, 12, 31))
	v.militia = g.villageUnit(v, stem+"村民兵连", sl+" Cun Minbinglian", "MILITIA", Date(1950, 1, 1), Date(1980, 12, 31))
}

func (g *gen) villageUnit(v *village, name, nameLatin, kind string, from, to Day) int32 {
	return g.addOrg(Organization{Name: name, NameLatin: nameLatin, Kind: kind, Region: v.region, Parent: -1, Host: -1,
		FoundedOn: g.day(from, to), Status: "ACTIVE", TwinningCapacity: -1})
}

// time helpers for terms of village office
var termYears = []int{2005, 2008, 2011, 2014, 2017, 2021}

func (g *gen) termStart(y int) Day { return g.day(Date(y, 3, 1), Date(y, 5, 31)) }

// secretariesAndDirectors adds the village's party secretaries and
// villagers'-committee directors since 2005, one pair per stretch of terms,
// and returns the day the current secretary took office.
func (g *gen) secretariesAndDirectors(pc *peopleCtx) Day {
	starts := g.secretaryStarts()
	pc.v.secretary2011 = -1
	for i, start := range starts {
		var end Day
		current := i == len(starts)-1
		if !current {
			end = starts[i+1] - Day(g.between(0, 5))
		}
		g.villageTerm(pc, start, end, current)
	}
	return starts[len(starts)-1]
}

// secretaryStarts draws when each of the village's secretaries took office:
// the current one at one of the elections in termYears, each earlier one one
// to three terms before the next, the first of them possibly before 2005.
func (g *gen) secretaryStarts() []Day {
	cur := g.pickWeights([]int{0, 8, 12, 18, 25, 37})
	var froms []int // first term (index into termYears) of each secretary
	for end := len(termYears); end > 0; {
		from := cur
		if end < len(termYears) {
			from = max(0, end-g.between(1, 3))
		}
		froms = append([]int{from}, froms...)
		end = from
	}
	starts := make([]Day, len(froms))
	for i, from := range froms {
		starts[i] = g.termStart(termYears[from])
		if from == 0 {
			starts[i] = g.day(Date(1996, 3, 1), Date(2005, 5, 31))
		}
	}
	return starts
}

// villageTerm adds one secretary's posts from start to end (0: current), the
// director beside them (the same person when the posts are held
// concurrently) and, for the current term, the head of the collective
// economy.
func (g *gen) villageTerm(pc *peopleCtx, start, end Day, current bool) {
	v := pc.v
	sec, method := pc.secretary(start, current)
	pay := max(g.pay(start, end), g.payFloor(end))
	g.addPosition(Position{Person: sec, Organization: v.party, Role: "SECRETARY", StartedOn: start, EndedOn: end, SelectionMethod: method, BasicRemuneration: pay})
	if start <= Date(2011, 12, 31) && (end == 0 || end >= Date(2011, 12, 31)) {
		v.secretary2011 = sec
	}
	dirStart := start + Day(g.between(0, 40))
	director := sec
	concurrent := g.chance(g.p.concurrent)
	if !concurrent {
		director = pc.director(dirStart, current)
	}
	g.addPosition(Position{Person: director, Organization: v.villagersCommittee, Role: "DIRECTOR", StartedOn: dirStart, EndedOn: end,
		SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: g.pay(start, end)})
	if !current {
		return
	}
	v.secretary = sec
	head := sec
	if !concurrent && g.chance(0.3) {
		head = director
	}
	g.addPosition(Position{Person: head, Organization: v.collective, Role: "HEAD", StartedOn: g.day(g.org(v.collective).FoundedOn, Date(2022, 6, 30)), BasicRemuneration: -1})
}

// pay is a basic remuneration: today's scale for a current post, else the
// scale of the years the post was held.
func (g *gen) pay(start, end Day) float64 {
	if end == 0 {
		start = Today
	}
	switch y := start.Year(); {
	case y < 2012:
		return round100(3600 + g.skew(0, 14000)) // some below the 2010 rural income of 6,237 yuan
	case y < 2021:
		return round100(9000 + g.skew(0, 26000))
	default:
		return round100(16000 + g.skew(0, 40000)) // some below the 2025 rural income of about 20,000 yuan
	}
}

// payFloor is the least basic remuneration of a secretary's post that ends
// on end (0: current) in a county that pays by the provincial rule (at least
// the province's average rural income of the year before) from the aims'
// year on: the floor of the post's last year, which covers every earlier
// year too. It is 0 where the rule was not applied.
func (g *gen) payFloor(end Day) float64 {
	last := Today.Year()
	if end != 0 {
		last = end.Year()
	}
	if g.aim.payFloorFrom == 0 || last < g.aim.payFloorFrom {
		return 0
	}
	floor := int(ruralIncome(last-1)+99) / 100 * 100
	return float64(floor)
}

// partyCommittee adds the rest of the party organization's committee: a
// deputy secretary (always beyond a plain branch) and one to three members.
func (g *gen) partyCommittee(pc *peopleCtx, curStart, termFrom Day) {
	v := pc.v
	if g.org(v.party).Kind != "PARTY_BRANCH" || g.chance(0.4) {
		p := pc.cadre(36, 58, "MEMBER", bgBit(domain.VillageCadre), curStart)
		g.addPosition(Position{Person: p, Organization: v.party, Role: "DEPUTY_SECRETARY", StartedOn: g.day(termFrom, termFrom+60),
			SelectionMethod: "TWO_RECOMMENDATIONS_ONE_ELECTION", BasicRemuneration: round100(g.between(12000, 30000))})
	}
	for k := g.between(1, 3); k > 0; k-- {
		p := pc.cadre(33, 62, "MEMBER", maybe(g, 0.5, bgBit(domain.VillageCadre)), curStart)
		g.addPosition(Position{Person: p, Organization: v.party, Role: "COMMITTEE_MEMBER", StartedOn: g.day(termFrom, termFrom+60),
			SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
	}
}

// massOrganizationHeads adds the heads of the league, the women's congress
// and the militia; in some villages all of them sit on the party
// organization's committee (MASS_ORG_HEADS_IN_PARTY).
func (g *gen) massOrganizationHeads(pc *peopleCtx, termFrom Day) {
	v := pc.v
	allSit := g.chance(g.p.massHeads)
	for k, o := range []int32{v.league, v.womensCongress, v.militia} {
		sits := allSit || g.chance(0.3)
		var p int32
		status := "MEMBER"
		if !sits {
			status = []string{"MEMBER", "MASSES", "ACTIVIST", "MASSES"}[g.r.IntN(4)]
		}
		switch k {
		case 0:
			if status == "MEMBER" && g.chance(0.25) {
				status = "PROBATIONARY"
			}
			p = pc.newVillager(pspec{minAge: 22, maxAge: 35, status: status, minEdu: eduSeniorHigh, joinedBefore: termFrom})
		case 1:
			p = pc.newVillager(pspec{gender: genderFemale, minAge: 32 + g.p.cadreAge, maxAge: 56 + g.p.cadreAge, status: status, joinedBefore: termFrom})
		default:
			p = pc.newVillager(pspec{gender: genderMale, minAge: 28 + g.p.cadreAge, maxAge: 48 + g.p.cadreAge, status: status, bg: maybe(g, 0.5, bgBit(domain.Veteran)), joinedBefore: termFrom})
		}
		hs := g.day(termFrom, Date(2025, 12, 31))
		g.addPosition(Position{Person: p, Organization: o, Role: "HEAD", StartedOn: hs, SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
		if sits {
			g.addPosition(Position{Person: p, Organization: v.party, Role: "COMMITTEE_MEMBER", StartedOn: g.day(termFrom, termFrom+60),
				SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
		}
	}
}

// villagersCommittee adds the villagers' committee's deputy director (in
// most villages) and its members, the last of them a woman.
func (g *gen) villagersCommittee(pc *peopleCtx, curStart, termFrom Day) {
	v := pc.v
	if g.chance(0.6) {
		p := pc.cadre(28, 58, []string{"MEMBER", "MASSES"}[g.r.IntN(2)], bgBit(domain.VillageCadre), curStart)
		g.addPosition(Position{Person: p, Organization: v.villagersCommittee, Role: "DEPUTY_DIRECTOR", StartedOn: g.day(termFrom, termFrom+60),
			SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: round100(g.between(10000, 25000))})
	}
	for k := g.between(2, 3); k > 0; k-- {
		gender := 0
		if k == 1 {
			gender = genderFemale
		}
		p := pc.newVillager(pspec{gender: gender, minAge: 26, maxAge: 60, status: []string{"MEMBER", "MASSES", "MASSES"}[g.r.IntN(3)], joinedBefore: termFrom})
		g.addPosition(Position{Person: p, Organization: v.villagersCommittee, Role: "COMMITTEE_MEMBER", StartedOn: g.day(termFrom, termFrom+60),
			SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
	}
}

// reserveCadres adds the village's current reserve cadres (RESERVE_CADRES)
// and, in some villages, a former one.
func (g *gen) reserveCadres(pc *peopleCtx) {
	v := pc.v
	for k := g.pickWeights(g.p.reserve); k > 0; k-- {
		status := []string{"MEMBER", "MEMBER", "PROBATIONARY", "ACTIVIST", "DEVELOPMENT_TARGET", "MASSES"}[g.r.IntN(6)]
		bg := bgBit([]domain.Background{domain.Returnee, domain.CollegeGraduate, domain.Veteran, domain.MigrantWorker, domain.RichExpert}[g.r.IntN(5)])
		p := pc.newVillager(pspec{minAge: 23, maxAge: 40, status: status, bg: bg, minEdu: eduSeniorHigh})
		g.addPosition(Position{Person: p, Organization: v.party, Role: "RESERVE_CADRE", StartedOn: g.day(Date(2019, 1, 1), Date(2026, 5, 31)), BasicRemuneration: -1})
	}
	if g.chance(0.3) {
		p := pc.newVillager(pspec{minAge: 30, maxAge: 48, status: "MEMBER", bg: bgBit(domain.Returnee)})
		s := g.day(Date(2010, 1, 1), Date(2017, 12, 31))
		g.addPosition(Position{Person: p, Organization: v.party, Role: "RESERVE_CADRE", StartedOn: s, EndedOn: s + Day(g.between(365, 2000)), BasicRemuneration: -1})
	}
}

// graduateOfficials adds a current college-graduate village official
// (COLLEGE_GRADUATE_OFFICIAL) in some villages and a former one in others.
func (g *gen) graduateOfficials(pc *peopleCtx) {
	v := pc.v
	if g.chance(g.p.assistant) {
		status := []string{"MEMBER", "MEMBER", "PROBATIONARY", "ACTIVIST", "MASSES"}[g.r.IntN(5)]
		p := pc.newVillager(pspec{minAge: 23, maxAge: 30, status: status, bg: bgBit(domain.CollegeGraduate), minEdu: eduBachelor - g.r.IntN(2)})
		org := v.party
		if g.chance(0.2) {
			org = v.villagersCommittee
		}
		g.addPosition(Position{Person: p, Organization: org, Role: "ASSISTANT", StartedOn: g.day(Date(2021, 7, 1), Date(2025, 9, 30)),
			SelectionMethod: "COLLEGE_GRADUATE_HIRE", BasicRemuneration: round100(g.between(30000, 46000))})
	}
	if g.chance(0.45) {
		p := pc.newVillager(pspec{minAge: 36, maxAge: 42, status: "MEMBER", bg: bgBit(domain.CollegeGraduate), minEdu: eduBachelor - g.r.IntN(2)})
		s := g.day(Date(2008, 7, 1), Date(2011, 9, 30))
		g.addPosition(Position{Person: p, Organization: v.party, Role: "ASSISTANT", StartedOn: s, EndedOn: s + Day(g.between(700, 1100)),
			SelectionMethod: "COLLEGE_GRADUATE_HIRE", BasicRemuneration: round100(g.between(12000, 20000))})
	}
}

// firstSecretaries adds the first secretaries that county organs send to
// most backward villages, now and in some villages before.
func (g *gen) firstSecretaries(v *village) {
	if !v.backward || !g.chance(0.8) {
		return
	}
	p := g.newPerson(pspec{home: g.countyRegion, minAge: 28, maxAge: 50, status: "MEMBER", bg: bgBit(domain.OrganCadre), minEdu: eduBachelor})
	g.addPosition(Position{Person: p, Organization: v.party, Role: "FIRST_SECRETARY", StartedOn: g.day(Date(2021, 6, 1), Date(2025, 6, 30)),
		SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
	if g.chance(0.5) {
		q := g.newPerson(pspec{home: g.countyRegion, minAge: 33, maxAge: 58, status: "MEMBER", bg: bgBit(domain.OrganCadre), minEdu: eduBachelor})
		s := g.day(Date(2015, 6, 1), Date(2018, 6, 30))
		g.addPosition(Position{Person: q, Organization: v.party, Role: "FIRST_SECRETARY", StartedOn: s, EndedOn: s + Day(g.between(700, 1100)),
			SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
	}
}

// borderOfficer seats one of the township's border officers in a border
// village's party organization (BORDER_VILLAGE_OFFICER), or, in some
// villages that have none now, did so for a while.
func (g *gen) borderOfficer(v *village) {
	officers := v.twn.officers
	if !v.border || len(officers) == 0 {
		return
	}
	if g.chance(g.p.borderVillage) {
		v.officer = officers[g.r.IntN(len(officers))]
		v.officerPost = g.day(Date(2009, 6, 1), Date(2024, 12, 31))
		g.addPosition(Position{Person: v.officer, Organization: v.party, Role: "PART_TIME_MEMBER", StartedOn: v.officerPost,
			SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
	} else if g.chance(0.4) {
		s := g.day(Date(2009, 6, 1), Date(2014, 12, 31))
		g.addPosition(Position{Person: officers[g.r.IntN(len(officers))], Organization: v.party, Role: "PART_TIME_MEMBER",
			StartedOn: s, EndedOn: s + Day(g.between(400, 2000)), SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
	}
}

// villageBusinesses adds the village's cooperatives, each of another
// product (the first of the village's own), and in some villages an
// enterprise.
func (g *gen) villageBusinesses(pc *peopleCtx) {
	v := pc.v
	nCoops := g.pickWeights([]int{20, 30, 25, 15, 10})
	productsUsed := map[int]bool{}
	for k := 0; k < nCoops; k++ {
		pi := v.product
		for productsUsed[pi] {
			pi = g.r.IntN(len(products))
		}
		productsUsed[pi] = true
		g.cooperative(pc, pi)
	}
	if g.chance(0.25) {
		g.villageEnterprise(pc)
	}
}

// villagers adds ordinary party members up to the organization's size, then
// activists, development targets, applicants and other villagers.
func (g *gen) villagers(pc *peopleCtx, members int) {
	for pc.members < members {
		band := [][2]int{{20, 34}, {35, 49}, {50, 64}, {65, 88}}[g.pickWeights(g.p.memberAges)]
		pc.newVillager(pspec{minAge: band[0], maxAge: band[1], status: "MEMBER", bg: maybe(g, 0.08, bgBit(domain.Veteran))})
	}
	for k := g.pickWeights([]int{25, 25, 20, 14, 9, 5, 2}); k > 0; k-- {
		pc.newVillager(pspec{minAge: 19, maxAge: 45, status: "ACTIVIST", minEdu: eduJuniorHigh})
	}
	for k := g.pickWeights([]int{60, 32, 8}); k > 0; k-- {
		pc.newVillager(pspec{minAge: 19, maxAge: 40, status: "DEVELOPMENT_TARGET", minEdu: eduJuniorHigh})
	}
	for k := g.pickWeights([]int{30, 30, 25, 15}); k > 0; k-- {
		pc.newVillager(pspec{minAge: 18, maxAge: 40, status: "APPLICANT"})
	}
	for k := g.between(9, 26); k > 0; k-- {
		pc.newVillager(pspec{minAge: 18, maxAge: 85, status: "MASSES", bg: g.villagerBackground()})
	}
}

// villagerBackground draws the background of a villager outside the party:
// none for most.
func (g *gen) villagerBackground() uint16 {
	switch x := g.r.IntN(100); {
	case x < 15:
		return bgBit(domain.RichExpert)
	case x < 22:
		return bgBit(domain.Veteran)
	case x < 45:
		return bgBit(domain.MigrantWorker)
	case x < 52:
		return bgBit(domain.Returnee)
	case x < 56:
		return bgBit(domain.FarmerBroker)
	case x < 60:
		return bgBit(domain.Retiree)
	}
	return 0
}
