package demo

import (
	"fmt"

	"grassroots/internal/domain"
	"grassroots/internal/ident"
)

// ---- people ----

const (
	genderMale   = 1
	genderFemale = 2
)

const (
	eduPrimary = iota
	eduJuniorHigh
	eduSeniorHigh
	eduJuniorCollege
	eduBachelor
	eduPostgraduate
)

var educations = []string{"PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE"}

var bgIndex = func() map[domain.Background]int {
	m := map[domain.Background]int{}
	for i, b := range domain.Backgrounds {
		m[b] = i
	}
	return m
}()

func bgBit(b domain.Background) uint16 { return 1 << bgIndex[b] }

type pspec struct {
	home           int32
	gender         int
	minAge, maxAge int // at Today
	status         string
	joinedBefore   Day // members: joined before this day
	bg             uint16
	minEdu         int
	korean         bool
	skills         int // at least this many skills
	skill          int // preferred skill when skills > 0
}

// newPerson creates a person. Korean-Chinese names and ethnicity follow
// spec.korean; other ethnic groups follow the county profile. The parts
// below draw from the county's stream in the order newPerson calls them.
func (g *gen) newPerson(s pspec) int32 {
	male := g.r.IntN(2) == 0
	switch s.gender {
	case genderMale:
		male = true
	case genderFemale:
		male = false
	}
	ethnicity, surnames, korean := g.ethnicity(s.korean)
	name, nameLatin := personName(g.r, surnames, male, korean)
	birth := g.day(Today-Day(s.maxAge*365+364), Today-Day(s.minAge*365))
	edu := max(g.education(birth), s.minEdu)
	p := Person{Name: name, NameLatin: nameLatin, Gender: "FEMALE", BirthDate: birth, Ethnicity: ethnicity, Education: educations[edu],
		PoliticalStatus: s.status, Backgrounds: s.bg, HomeRegion: s.home}
	if male {
		p.Gender = "MALE"
	}
	g.party(&p, s.joinedBefore)
	p.Skills = g.skillSet(s)
	g.migration(&p, s.home, korean)
	p.Phone = fmt.Sprintf("1%c%d%08d", "3578"[g.r.IntN(4)], g.r.IntN(10), g.r.IntN(100000000))
	p.IDNumber = g.residentID(birth, male)
	g.ch.People = append(g.ch.People, p)
	return int32(g.ch.First[TPeople] + len(g.ch.People) - 1)
}

// ethnicity draws a person's ethnic group and the surnames to name them
// from: mostly Korean-Chinese in a Korean-Chinese village, else by the
// county's profile.
func (g *gen) ethnicity(koreanVillage bool) (ethnicity string, surnames *weighted, korean bool) {
	ethnicity, surnames = "汉族", hanSurnames
	x := g.r.Float64()
	if koreanVillage {
		switch {
		case x < 0.92:
			return "朝鲜族", koreanSurnames, true
		case x < 0.94:
			return "满族", manchuSurnames, false
		}
		return ethnicity, surnames, false
	}
	k := g.prof.korean * 0.08
	switch {
	case x < k:
		return "朝鲜族", koreanSurnames, true
	case x < k+g.prof.manchu:
		return "满族", manchuSurnames, false
	case x < k+g.prof.manchu+g.prof.mongol:
		return "蒙古族", mongolSurnames, false
	case x < k+g.prof.manchu+g.prof.mongol+g.prof.hui:
		ethnicity = "回族"
	case x < k+g.prof.manchu+g.prof.mongol+g.prof.hui+0.004:
		ethnicity = ethnicOther.pick(g.r)
	}
	return ethnicity, surnames, false
}

// education draws an education level (an index into educations) by the
// generation of someone born on birth.
func (g *gen) education(birth Day) int {
	var w []int
	switch by := birth.Year(); {
	case by < 1960:
		w = []int{45, 40, 12, 3, 0, 0}
	case by < 1976:
		w = []int{15, 50, 25, 8, 2, 0}
	case by < 1990:
		w = []int{4, 38, 30, 16, 12, 0}
	default:
		w = []int{1, 22, 30, 25, 21, 1}
	}
	return g.pickWeights(w)
}

// party completes p's political status and, for members, the day they
// joined: a member who joined within the last year is still probationary.
func (g *gen) party(p *Person, joinedBefore Day) {
	if p.PoliticalStatus == "" {
		p.PoliticalStatus = "MASSES"
	}
	switch p.PoliticalStatus {
	case "MEMBER":
		p.JoinedPartyOn = g.joined(p.BirthDate, joinedBefore)
		if p.JoinedPartyOn > Today-366 {
			p.PoliticalStatus = "PROBATIONARY"
		}
	case "PROBATIONARY":
		p.JoinedPartyOn = g.day(max(Today-360, p.BirthDate+Day(18*366)), Today-10)
	}
}

// skillSet draws the practical skills of a person (a bit per index into
// skills): at least s.skills of them, the first being s.skill.
func (g *gen) skillSet(s pspec) uint32 {
	n := s.skills
	if n == 0 {
		n = g.pickWeights([]int{45, 35, 15, 5})
	}
	var set uint32
	for k := 0; k < n; k++ {
		if k == 0 && s.skills > 0 {
			set |= 1 << s.skill
		} else {
			set |= 1 << g.r.IntN(len(skills))
		}
	}
	return set
}

// migration decides whether p works away from home, and where: migrant
// workers mostly do, cadres and officers and people of the county seat do
// not, Korean-Chinese migrants often work abroad.
func (g *gen) migration(p *Person, home int32, korean bool) {
	switch {
	case p.Backgrounds&bgBit(domain.MigrantWorker) != 0:
		p.Migrant = g.chance(0.7)
	case home == g.countyRegion || p.Backgrounds&(bgBit(domain.OrganCadre)|bgBit(domain.BorderOfficer)) != 0:
	case p.PoliticalStatus == "MEMBER":
		p.Migrant = g.chance(0.07)
	default:
		p.Migrant = g.chance(0.05)
	}
	if !p.Migrant {
		return
	}
	if korean && g.chance(0.45) {
		p.CurrentLocation = abroadLocations.pick(g.r)
	} else {
		p.CurrentLocation = migrantLocations.pick(g.r)
	}
}

// residentID is a valid resident identity number (GB 11643): the county's
// code, the birth date, a sequence number unique for the day (odd for men)
// and the check character.
func (g *gen) residentID(birth Day, male bool) string {
	seq := g.idSeq[birth]
	g.idSeq[birth] = seq + 1
	n := seq*2 + 1
	if !male {
		n++
	}
	if n > 999 {
		panic("demo: resident id sequence overflow")
	}
	first17 := g.c.Code[:6] + birth.Time().Format("20060102") + fmt.Sprintf("%03d", n)
	ck, err := ident.ResidentCheckChar(first17)
	if err != nil {
		panic("demo: resident id: " + err.Error())
	}
	return first17 + string(ck)
}

// joined draws the day a member joined the party: mostly between 20 and 40,
// never before 18, before `before` when given, and at least a year ago.
func (g *gen) joined(birth, before Day) Day {
	limit := Today - 400
	if before != 0 && before < limit {
		limit = before - 30
	}
	earliest := birth + Day(18*366)
	if earliest > limit {
		return max(earliest, Today-300) // a young member: still probationary
	}
	age := 20 + g.skew(0, 28)
	d := birth + Day(age*365+g.r.IntN(365))
	if d < earliest {
		d = earliest
	}
	if d > limit {
		d = g.day(earliest, limit)
	}
	return d
}

// peopleCtx creates the residents of one village and tracks its party members.
type peopleCtx struct {
	g               *gen
	v               *village
	korean          bool
	members         int
	memberList      []int32
	coopBranchSlots []slot
}

type slot struct {
	org  int32
	n    int
	from Day
}

func (pc *peopleCtx) newVillager(s pspec) int32 {
	s.home = pc.v.region
	s.korean = pc.korean
	p := pc.g.newPerson(s)
	st := pc.g.person(p).PoliticalStatus
	if st == "MEMBER" || st == "PROBATIONARY" {
		pc.members++
		pc.memberList = append(pc.memberList, p)
	}
	return p
}

// cadre is a village cadre who joined the party (if a member) before the term began.
func (pc *peopleCtx) cadre(minAge, maxAge int, status string, bg uint16, termStart Day) int32 {
	return pc.newVillager(pspec{minAge: minAge + pc.g.p.cadreAge, maxAge: maxAge + pc.g.p.cadreAge, status: status, bg: bg, joinedBefore: termStart})
}

var secretaryMethods = []struct {
	method string
	weight int
	bgs    []domain.Background
}{
	{"PUBLIC_RECOMMENDATION_DIRECT_ELECTION", 35, []domain.Background{domain.VillageCadre, domain.RichExpert, domain.CooperativeLeader, domain.FarmerBroker}},
	{"TWO_RECOMMENDATIONS_ONE_ELECTION", 35, []domain.Background{domain.VillageCadre, domain.RichExpert, domain.Veteran, domain.Returnee}},
	{"DIRECT_ELECTION", 10, []domain.Background{domain.VillageCadre, domain.Veteran}},
	{"OPEN_SELECTION", 5, []domain.Background{domain.Returnee, domain.EnterpriseManager, domain.CollegeGraduate, domain.Retiree}},
	{"TOWNSHIP_APPOINTMENT", 8, []domain.Background{domain.VillageCadre, domain.OrganCadre}},
	{"CROSS_VILLAGE", 3, []domain.Background{domain.VillageCadre}},
	{"SENT_BY_ORGAN", 4, []domain.Background{domain.OrganCadre}},
}

var methodWeights = func() []int {
	w := make([]int, len(secretaryMethods))
	for i, m := range secretaryMethods {
		w[i] = m.weight
	}
	return w
}()

// secretary creates the village party secretary of a term that began on start.
func (pc *peopleCtx) secretary(start Day, current bool) (int32, string) {
	g := pc.g
	m := secretaryMethods[g.pickWeights(methodWeights)]
	bg := bgBit(m.bgs[g.r.IntN(len(m.bgs))]) | bgBit(domain.VillageCadre)
	if m.method == "SENT_BY_ORGAN" || m.method == "OPEN_SELECTION" {
		bg &^= bgBit(domain.VillageCadre)
	}
	ageAtStart := 32 + g.p.cadreAge + g.skew(0, 24)
	age := ageAtStart + (Today.Year() - start.Year())
	skilled := g.chance(g.p.skilled)
	if !current {
		skilled = g.chance(0.75)
	}
	nSkills := 0
	if skilled {
		nSkills = g.between(1, 2)
	}
	s := pspec{minAge: age, maxAge: age, status: "MEMBER", bg: bg, joinedBefore: start - Day(g.between(365, 3000)), minEdu: eduJuniorHigh,
		skills: nSkills, skill: products[pc.v.product].skill}
	if m.method == "OPEN_SELECTION" || m.method == "SENT_BY_ORGAN" {
		s.minEdu = eduJuniorCollege
	}
	p := pc.newVillager(s)
	if !skilled {
		g.person(p).Skills = 0
	}
	if current && g.chance(g.p.insured) || !current && g.chance(0.4) {
		g.person(p).EndowmentInsuredSince = g.day(Date(2009, 10, 1), Date(2022, 12, 31))
	}
	if m.method == "SENT_BY_ORGAN" {
		g.person(p).HomeRegion = g.countyRegion
	}
	return p, m.method
}

// director creates a villagers'-committee director who is not the secretary.
func (pc *peopleCtx) director(start Day, current bool) int32 {
	g := pc.g
	status := "MEMBER"
	if g.chance(0.3) {
		status = "MASSES"
	}
	age := 30 + g.p.cadreAge + g.skew(0, 28) + (Today.Year() - start.Year())
	p := pc.newVillager(pspec{minAge: age, maxAge: age, status: status, bg: bgBit(domain.VillageCadre) | maybe(g, 0.3, bgBit(domain.RichExpert)),
		joinedBefore: start})
	if current && g.chance(g.p.insured) || !current && g.chance(0.4) {
		g.person(p).EndowmentInsuredSince = g.day(Date(2009, 10, 1), Date(2022, 12, 31))
	}
	return p
}

// memberPosts gives every party member of the village a MEMBER post in their
// branch: the village party organization, a cooperative or enterprise branch,
// or the county's migrant branch in the city they work in.
func (pc *peopleCtx) memberPosts() {
	g := pc.g
	v := pc.v
	villageFounded := g.org(v.party).FoundedOn
	for _, m := range pc.memberList {
		p := g.person(m)
		if p.HomeRegion != v.region {
			continue // sent by an organ: a member elsewhere
		}
		org, from := v.party, villageFounded
		if p.Migrant {
			if b, ok := g.migrantBranches[p.CurrentLocation]; ok && g.chance(0.6) {
				org, from = b, g.org(b).FoundedOn
				if !g.migrantSecs[b] {
					g.migrantSecs[b] = true
					g.addPosition(Position{Person: m, Organization: b, Role: "SECRETARY", StartedOn: max(from, p.JoinedPartyOn), BasicRemuneration: -1})
				}
			}
		} else {
			for i := range pc.coopBranchSlots {
				s := &pc.coopBranchSlots[i]
				if s.n > 0 && g.chance(0.3) {
					s.n--
					org, from = s.org, s.from
					break
				}
			}
		}
		g.addPosition(Position{Person: m, Organization: org, Role: "MEMBER", StartedOn: max(from, p.JoinedPartyOn), BasicRemuneration: -1})
	}
}
