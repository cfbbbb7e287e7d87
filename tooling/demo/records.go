package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// ---- the records the three projects' indicators count ----
//
// A county's venues, training courses and attendance, appraisals and
// commendations are drawn after the rest of the county, from its second
// stream (gen.aside), as are its steps towards the targets every unit must
// meet (targets.go); the courses of the province and of each city from
// streams of their own. The parts below draw in the order records calls
// them.

// firstRecordYear is the first year of training, appraisals and
// commendations: the three projects began in 2008.
const firstRecordYear = 2008

// ruralIncomes are the province's average rural income per head, yuan, of
// each year from 2000: figures of the kind the statistical yearbook gives
// (net income per head to 2013, disposable income after), rising from about
// 2,000 yuan to about 19,500.
var ruralIncomes = []float64{
	2023, 2182, 2361, 2530, 3000, 3264, 3641, 4191, 4933, 5266, // 2000–2009
	6237, 7510, 8598, 9621, 10780, 11326, 12123, 12950, 13748, 14936, // 2010–2019
	16067, 17642, 18134, 18620, 19050, 19480, // 2020–2025
}

// ruralIncome is the average rural income per head of year y (that of the
// nearest year with a figure outside 2000–2025).
func ruralIncome(y int) float64 {
	i := min(max(y-2000, 0), len(ruralIncomes)-1)
	return ruralIncomes[i]
}

// aims are how far a county has got with the targets of the three projects:
// for those every unit must meet, the year from which every village (cadre,
// secretary …) met it, 0 when it never did; and the rates, in thousandths,
// of the others. Drawn per county from its second stream.
type aims struct {
	massHeads, borderVillage, reserve, graduate, activists, twinned int
	insuredFrom, youngFrom, payFloorFrom, venuesFrom                int
	rotationFrom, headsFrom, appraisedFrom                          int

	young                            int // villages admitting a young member in 2025, where not every one does
	venues                           int // villages with a usable venue, where not every one has
	rotation0, rotation1             int // cadres trained in 2008 and in 2025, before the county trained them all
	heads0, heads1                   int // secretaries and directors trained in 2008 and in 2025
	completion                       int // attendance completed
	appraised0, appraised1           int // party organizations appraised in 2008 and in 2025
	projects                         int // secretaries without a project who take one on
	reviews                          int // secretaries given a performance review in a year
	springTraining, springAppraisals bool
}

// countyAims draws the county's aims. Which counties met a target in full
// is drawn per prefecture (leading), the year they did so and the rates per
// county.
func (g *gen) countyAims() aims {
	from := func(target int, border bool, lo, hi int) int {
		if g.leading(target, border) {
			return g.between(lo, hi)
		}
		return 0
	}
	var a aims
	a.massHeads = from(aimMassHeads, false, 2021, 2025)
	a.borderVillage = from(aimBorderVillage, true, 2012, 2024)
	a.reserve = from(aimReserve, false, 2019, 2025)
	a.graduate = from(aimGraduate, false, 2021, 2025)
	a.activists = from(aimActivists, false, 2015, 2025)
	a.twinned = from(aimTwinned, false, 2012, 2024)
	a.insuredFrom = from(aimInsured, false, 2012, 2022)
	a.youngFrom = from(aimYoung, false, 2016, 2024)
	a.payFloorFrom = from(aimPayFloor, false, 2012, 2024)
	a.venuesFrom = from(aimVenues, false, 2010, 2024)
	a.rotationFrom = from(aimRotation, false, 2012, 2024)
	a.headsFrom = from(aimHeads, false, 2011, 2024)
	a.appraisedFrom = from(aimAppraised, false, 2012, 2024)
	a.young = g.between(60, 250)
	a.venues = g.between(780, 970)
	a.rotation0, a.rotation1 = g.between(100, 400), g.between(550, 900)
	a.heads0, a.heads1 = g.between(150, 500), g.between(650, 950)
	a.completion = g.between(860, 970)
	a.appraised0, a.appraised1 = g.between(50, 350), g.between(650, 950)
	a.projects = g.between(50, 400)
	if g.leading(aimProjects, false) {
		a.projects = g.between(720, 920)
	}
	a.reviews = g.between(50, 200)
	a.springTraining = g.chance(0.5)
	a.springAppraisals = g.chance(0.4)
	return a
}

// The targets a county may meet in full, for leading.
const (
	aimMassHeads = iota
	aimBorderVillage
	aimReserve
	aimGraduate
	aimActivists
	aimTwinned
	aimInsured
	aimYoung
	aimPayFloor
	aimVenues
	aimRotation
	aimHeads
	aimAppraised
	aimProjects
)

// countiesOf are the counties of each city, in file order.
var countiesOf = func() map[string][]division {
	m := map[string][]division{}
	for _, d := range divisions {
		if d.Level == "COUNTY" {
			m[d.ParentCode] = append(m[d.ParentCode], d)
		}
	}
	return m
}()

// leading tells whether the county is one of the two fifths of its
// prefecture's counties (of its border counties when border is set) that
// met target in full. The prefecture's leaders are drawn from a stream of
// the seed, the prefecture and the target, the same for each of its
// counties at every scale, so that every prefecture of two or more counties
// has counties that met the target and counties that did not; a county alone
// in its prefecture leads every other time or so.
func (g *gen) leading(target int, border bool) bool {
	var peers []string
	for _, d := range countiesOf[g.c.ParentCode] {
		if !border || d.Border {
			peers = append(peers, d.Code)
		}
	}
	me := -1
	for i, c := range peers {
		if c == g.c.Code {
			me = i
		}
	}
	if me < 0 {
		return false
	}
	r := rand.New(rand.NewPCG(g.seed^uint64(target+1)<<40, countyKey(g.c.ParentCode)))
	if len(peers) == 1 {
		return r.IntN(2) == 0
	}
	quota := min(max((2*len(peers)+2)/5, 1), len(peers)-1)
	return r.Perm(len(peers))[me] < quota
}

// met tells whether a target met in full from year from (0: never) is met
// in year y.
func met(from, y int) bool { return from != 0 && y >= from }

// ramp is a rate in thousandths going from r0 in firstRecordYear to r1 in
// 2025, and staying there.
func ramp(r0, r1, y int) int {
	t := min(max(y-firstRecordYear, 0), 2025-firstRecordYear)
	return r0 + (r1-r0)*t/(2025-firstRecordYear)
}

// permille is true with probability p thousandths.
func (g *gen) permille(p int) bool { return g.r.IntN(1000) < p }

// yearEnd is the day a year's indicators are read on: its last day, or
// Today in the current year.
func yearEnd(y int) Day {
	if y >= Today.Year() {
		return Today
	}
	return Date(y, 12, 31)
}

// termYear tells whether y is a year of village elections.
func termYear(y int) bool {
	for _, t := range termYears {
		if t == y {
			return true
		}
	}
	return false
}

func roundUp10(n int) int32 { return int32((n + 9) / 10 * 10) }

// ---- the province and its cities ----

// courseKind is a course the province or a city runs every year for the
// cadres of all its counties, who send a few each.
type courseKind struct {
	title          string // after the year and the organizer
	kind           string
	from           int    // first year
	days           [2]int // training days
	months         [2]int // the month the course starts in
	extra          int    // days between the start and the end beyond the training days
	who            int    // whom the counties send (trainees*)
	send           [2]int // how many each county sends
	completedShare int    // thousandths of those sent who complete it
}

const (
	traineeSecretaries = iota
	traineeYoung
	traineeCadres
)

var provinceCourses = []courseKind{
	{"村党组织书记示范培训班", "ROTATION", 2008, [2]int{7, 10}, [2]int{3, 5}, 0, traineeSecretaries, [2]int{2, 6}, 980},
	{"农村干部学历教育大专班", "ACADEMIC", 2009, [2]int{60, 90}, [2]int{9, 9}, 280, traineeYoung, [2]int{1, 3}, 850},
	{"农村青年创业致富带头人培训班", "ENTREPRENEURSHIP", 2012, [2]int{5, 7}, [2]int{4, 10}, 0, traineeCadres, [2]int{1, 3}, 950},
}

var cityCourses = []courseKind{
	{"村党组织书记挂职锻炼", "PRACTICAL_EXERCISE", 2010, [2]int{20, 30}, [2]int{4, 9}, 10, traineeSecretaries, [2]int{1, 4}, 950},
	{"农村电子商务培训班", "ENTREPRENEURSHIP", 2015, [2]int{3, 5}, [2]int{3, 11}, 0, traineeCadres, [2]int{2, 6}, 930},
}

// sharedCourse is a course of the province or a city: its row's index, and
// what it is.
type sharedCourse struct {
	index  int32
	year   int
	days   int32
	endsOn Day
	k      *courseKind
}

// provinceRecords adds the province's rural incomes and the courses the
// province and each city run every year.
func (g *gen) provinceRecords(province division, cities []division) {
	for y := 2000; y < Today.Year(); y++ {
		g.ch.RuralIncomes = append(g.ch.RuralIncomes, RuralIncome{Year: int32(y), IncomePerHead: ruralIncome(y), Source: "吉林统计年鉴"})
	}
	g.shared = map[string][]sharedCourse{}
	g.shared[""] = g.sharedCourses(province.Code, g.provRegion, "PROVINCE", "全省", provinceCourses)
	for _, c := range cities {
		g.shared[c.Code] = g.sharedCourses(c.Code, g.cityRegion[c.Code], "CITY", c.Name, cityCourses)
	}
}

// sharedCourses adds the courses of the province or of a city (code). Each
// draws them from a stream of its own, so that a city's courses, and what
// its counties' cadres attended, are the same at every scale.
func (g *gen) sharedCourses(code string, region int32, level, organizer string, kinds []courseKind) []sharedCourse {
	saved := g.r
	defer func() { g.r = saved }()
	g.r = rand.New(rand.NewPCG(g.seed, ^countyKey(code)))
	var out []sharedCourse
	for y := firstRecordYear; y <= Today.Year(); y++ {
		for i := range kinds {
			k := &kinds[i]
			if y < k.from {
				continue
			}
			days := g.between(k.days[0], k.days[1])
			start := g.day(Date(y, time.Month(k.months[0]), 1), Date(y, time.Month(k.months[1]), 28))
			if start > Today-7 {
				continue // not yet held
			}
			c := Course{Title: fmt.Sprintf("%d年%s%s", y, organizer, k.title), Region: region, OrganizerLevel: level, Kind: k.kind,
				StartsOn: start, EndsOn: start + Day(days-1+k.extra), Days: int32(days), Capacity: -1}
			out = append(out, sharedCourse{index: g.addCourse(c), year: y, days: c.Days, endsOn: c.EndsOn, k: k})
		}
	}
	return out
}

func (g *gen) addCourse(c Course) int32 {
	g.ch.Courses = append(g.ch.Courses, c)
	return int32(g.ch.First[TCourses] + len(g.ch.Courses) - 1)
}

// sample returns k distinct indexes of 0..n-1 in the order drawn (all of
// them, in order, when k ≥ n), in a buffer the next call reuses.
func (g *gen) sample(n, k int) []int {
	g.picked = g.picked[:0]
	if k >= n {
		for i := 0; i < n; i++ {
			g.picked = append(g.picked, i)
		}
		return g.picked
	}
	for len(g.picked) < k {
		if x := g.r.IntN(n); !slices.Contains(g.picked, x) {
			g.picked = append(g.picked, x)
		}
	}
	return g.picked
}

// ---- the county ----

// records adds the county's records: first its steps towards the targets,
// then its venues, training, appraisals and commendations.
func (g *gen) records() {
	g.meetTargets()
	posts := g.cadrePosts()
	g.venues()
	g.training(posts)
	g.appraisals(posts)
	g.commendations(posts)
}

// cadrePost is a post of a village cadre (the rules' "village cadres": the
// two committees' secretary, deputies, members and director).
type cadrePost struct {
	person, village int32 // village: index into g.villages
	head, secretary bool  // a secretary or director; a secretary
	start, end      Day
}

func (p *cadrePost) heldOn(d Day) bool { return p.start <= d && (p.end == 0 || p.end > d) }

// cadrePosts lists the posts of the county's village cadres in row order.
func (g *gen) cadrePosts() []cadrePost {
	committees := make(map[int32]int32, 2*len(g.villages))
	for i, v := range g.villages {
		committees[v.party] = int32(i)
		committees[v.villagersCommittee] = int32(i)
	}
	var out []cadrePost
	for i := range g.ch.Positions {
		p := &g.ch.Positions[i]
		vi, ok := committees[p.Organization]
		if !ok {
			continue
		}
		switch p.Role {
		case "SECRETARY", "DIRECTOR", "DEPUTY_SECRETARY", "DEPUTY_DIRECTOR", "COMMITTEE_MEMBER":
		default:
			continue
		}
		out = append(out, cadrePost{person: p.Person, village: vi, head: p.Role == "SECRETARY" || p.Role == "DIRECTOR",
			secretary: p.Role == "SECRETARY", start: p.StartedOn, end: p.EndedOn})
	}
	return out
}

// cadre is one of the village cadres in office on a day.
type cadre struct {
	person, village int32
	secretary       bool
}

// cadresOn appends to heads and others the people holding a cadre post on
// day, each once: secretaries and directors (heads), and the others. seen
// marks (with stamp) the people already listed, by chunk-relative index.
func (g *gen) cadresOn(posts []cadrePost, day Day, seen []int32, stamp int32, heads, others []cadre) ([]cadre, []cadre) {
	first := int32(g.ch.First[TPeople])
	for pass := 0; pass < 2; pass++ {
		for i := range posts {
			p := &posts[i]
			if p.head != (pass == 0) || !p.heldOn(day) {
				continue
			}
			k := p.person - first
			if seen[k] == stamp {
				if p.secretary { // a director who is also the secretary
					for j := range heads {
						if heads[j].person == p.person {
							heads[j].secretary = true
						}
					}
				}
				continue
			}
			seen[k] = stamp
			c := cadre{person: p.person, village: p.village, secretary: p.secretary}
			if pass == 0 {
				heads = append(heads, c)
			} else {
				others = append(others, c)
			}
		}
	}
	return heads, others
}

// ---- venues ----

var venueFunctions = []string{"党员活动", "村民议事", "培训", "便民服务", "卫生室", "文化活动", "图书室", "党员远程教育", "调解室", "警务室", "老年活动", "电商服务"}

// venues adds the villages' and communities' activity venues. In a county
// that covered every village by its aims' year, each village has a usable
// venue built by then; elsewhere most have one, built over the years (most
// in the building drive of 2009–2013), and the rest none or only a derelict
// one.
func (g *gen) venues() {
	a := &g.aim
	for _, v := range g.villages {
		last := Today.Year() - 1
		has := g.permille(a.venues)
		if a.venuesFrom != 0 {
			last, has = a.venuesFrom, true
		}
		if !has || g.chance(0.05) { // an old village office, out of use
			g.ch.Venues = append(g.ch.Venues, Venue{Region: v.region, Name: v.stem + "村原村部", BuiltOn: g.day(Date(1978, 1, 1), Date(2004, 12, 31)),
				Area: float64(g.between(6, 20) * 10), Condition: "UNUSABLE"})
		}
		if !has {
			continue
		}
		built := g.builtOn(last)
		name := v.stem + "村村级组织活动场所"
		area := g.between(10, 40) * 10
		if built.Year() >= 2014 {
			name, area = v.stem+"村党群服务中心", g.between(20, 80)*10
		}
		x := Venue{Region: v.region, Name: name, BuiltOn: built, Area: float64(area), Condition: "GOOD", Functions: g.venueFunctions(true)}
		switch c := g.r.IntN(100); {
		case c < 8:
			x.Condition = "POOR"
		case c < 30:
			x.Condition = "FAIR"
		}
		if g.chance(0.03) {
			x.BuiltOn, x.Area = 0, -1 // not recorded
		}
		g.ch.Venues = append(g.ch.Venues, x)
	}
	for i := range g.ch.Regions {
		r := &g.ch.Regions[i]
		if r.Level != "COMMUNITY" || g.chance(0.05) {
			continue
		}
		g.ch.Venues = append(g.ch.Venues, Venue{Region: int32(g.ch.First[TRegions] + i), Name: r.Name + "党群服务中心",
			BuiltOn: g.day(Date(2005, 1, 1), Date(2022, 12, 31)), Area: float64(g.between(30, 120) * 10), Condition: "GOOD",
			Functions: g.venueFunctions(false)})
	}
}

// builtOn draws the day a venue was built, by the end of year last: the
// later of two draws from 1996, so that more were built in later years.
func (g *gen) builtOn(last int) Day {
	y := max(g.between(1996, last), g.between(1996, last))
	if g.chance(0.4) {
		y = min(g.between(2009, 2013), last) // the province's venue-building drive
	}
	return g.day(Date(y, 3, 1), Date(y, 11, 30))
}

// venueFunctions draws what a venue is used for: party activities and
// villagers' meetings always, and a few more.
func (g *gen) venueFunctions(village bool) uint16 {
	set := uint16(1<<0 | 1<<1)
	if !village {
		set = 1<<0 | 1<<3
	}
	for k := g.between(1, 4); k > 0; k-- {
		set |= 1 << (2 + g.r.IntN(len(venueFunctions)-2))
	}
	return set
}

// ---- training ----

// training adds, for every year, the county's rotation training of its
// village cadres (secretaries and directors on a course of their own, the
// others in sessions), its practical and entrepreneurship courses, a few
// township courses, and the cadres it sends to the province's and the
// city's courses.
func (g *gen) training(posts []cadrePost) {
	seen := make([]int32, len(g.ch.People))
	var heads, others, all []cadre
	for y := firstRecordYear; y <= Today.Year(); y++ {
		heads, others = g.cadresOn(posts, yearEnd(y), seen, int32(y), heads[:0], others[:0])
		g.headsCourse(y, heads)
		g.rotation(y, others)
		all = append(append(all[:0], heads...), others...)
		g.practicalCourses(y, all)
		g.sharedAttendance(y, all)
	}
}

// sessions adds k sessions of a course of days days, starting evenly
// spread from from to to, and returns their indexes: -1 for a session not
// yet held on Today (not added).
func (g *gen) sessions(c Course, k int, from, to Day) []int32 {
	out := make([]int32, k)
	title := c.Title
	step := int(to-from) / k
	for s := 0; s < k; s++ {
		c.StartsOn = from + Day(s*step+g.r.IntN(max(step/2, 1)))
		c.EndsOn = c.StartsOn + Day(c.Days-1)
		if k > 1 {
			c.Title = fmt.Sprintf("%s（第%d期）", title, s+1)
		}
		if c.StartsOn > Today-3 {
			out[s] = -1
			continue
		}
		out[s] = g.addCourse(c)
	}
	return out
}

// attend adds an attendance by person of course, of days days: all of them
// when completed, else some.
func (g *gen) attend(course, days, person int32, completed bool) {
	if !completed {
		days = int32(g.r.IntN(int(days)))
	}
	g.ch.Attendances = append(g.ch.Attendances, Attendance{Course: course, Person: person, Days: days, Completed: completed})
}

// headsCourse adds the year's course of the village secretaries and
// directors, in winter (after the elections in an election year): a week or
// more, attended by all, where the county meets HEADS_TRAINING_DAYS or trains
// every cadre; shorter, and attended by most, elsewhere.
func (g *gen) headsCourse(y int, heads []cadre) {
	if len(heads) == 0 {
		return
	}
	a := &g.aim
	all := met(a.headsFrom, y) || met(a.rotationFrom, y)
	// a week or more in the county's full years, and in more years over
	// time elsewhere
	days := g.between(3, 6)
	if met(a.headsFrom, y) || g.permille(ramp(100, 500, y)) {
		days = g.between(7, 10)
	}
	from, to := Date(y, 1, 5), Date(y, 3, 20)
	if termYear(y) {
		from, to = Date(y, 8, 1), Date(y, 9, 30)
	}
	k := (len(heads) + 179) / 180
	c := Course{Title: fmt.Sprintf("%d年%s村党组织书记和村委会主任培训班", y, g.c.Name), Region: g.countyRegion, OrganizerLevel: "COUNTY",
		Kind: "ROTATION", Days: int32(days), Capacity: roundUp10(len(heads)/k + 10)}
	sessions := g.sessions(c, k, from, to)
	n := g.r.IntN(k)
	cover := ramp(a.heads0, a.heads1, y)
	for _, h := range heads {
		if !all && !g.permille(cover) {
			continue
		}
		s := sessions[n%k]
		n++
		if s >= 0 {
			g.attend(s, c.Days, h.person, all || g.permille(a.completion))
		}
	}
}

// rotation adds the year's rotation training of the other village cadres:
// sessions of two to four days over the year (in spring in some counties),
// attended by all where the county trains every cadre, by more every year
// elsewhere.
func (g *gen) rotation(y int, others []cadre) {
	if len(others) == 0 {
		return
	}
	a := &g.aim
	all := met(a.rotationFrom, y)
	from, to := Date(y, 3, 10), Date(y, 11, 20)
	if a.springTraining {
		from, to = Date(y, 3, 1), Date(y, 6, 15)
	}
	k := (len(others) + 149) / 150
	c := Course{Title: fmt.Sprintf("%d年%s农村干部岗位能力轮训班", y, g.c.Name), Region: g.countyRegion, OrganizerLevel: "COUNTY",
		Kind: "ROTATION", Days: int32(g.between(2, 4)), Capacity: roundUp10(len(others)/k + 10)}
	sessions := g.sessions(c, k, from, to)
	n := g.r.IntN(k)
	cover := ramp(a.rotation0, a.rotation1, y)
	for _, o := range others {
		if !all && !g.permille(cover) {
			continue
		}
		s := sessions[n%k]
		n++
		if s >= 0 {
			g.attend(s, c.Days, o.person, all || g.permille(a.completion))
		}
	}
}

// practicalCourses adds the county's practical technique course of the
// year, its entrepreneurship course (every other year or so since 2012) and
// the practical courses a few townships run, each for some of the cadres.
func (g *gen) practicalCourses(y int, all []cadre) {
	if len(all) == 0 {
		return
	}
	course := func(region int32, level, title, kind string, days, n int) {
		start := g.day(Date(y, 3, 1), Date(y, 11, 30))
		n = min(n, len(all))
		if start > Today-7 || n == 0 {
			return
		}
		i := g.addCourse(Course{Title: title, Region: region, OrganizerLevel: level, Kind: kind, StartsOn: start,
			EndsOn: start + Day(days-1), Days: int32(days), Capacity: roundUp10(n + 5)})
		for _, k := range g.sample(len(all), n) {
			g.attend(i, int32(days), all[k].person, g.chance(0.92))
		}
	}
	topic := skills[g.r.IntN(len(skills))]
	course(g.countyRegion, "COUNTY", fmt.Sprintf("%d年%s农村实用技术培训班（%s）", y, g.c.Name, topic), "PRACTICAL_TECHNICAL",
		g.between(2, 5), g.between(20, 40))
	if y >= 2012 && g.chance(0.5) {
		course(g.countyRegion, "COUNTY", fmt.Sprintf("%d年%s农村创业致富带头人培训班", y, g.c.Name), "ENTREPRENEURSHIP",
			g.between(3, 7), g.between(15, 30))
	}
	for _, t := range g.townships {
		if len(t.villages) == 0 || !g.chance(0.05) {
			continue
		}
		var local []cadre
		for _, c := range all {
			if g.villages[c.village].twn == t {
				local = append(local, c)
			}
		}
		if len(local) == 0 {
			continue
		}
		start := g.day(Date(y, 3, 1), Date(y, 11, 30))
		if start > Today-7 {
			continue
		}
		days := g.between(1, 3)
		n := min(len(local), g.between(10, 25))
		i := g.addCourse(Course{Title: fmt.Sprintf("%d年%s农村实用技术培训班", y, g.region(t.region).Name), Region: t.region,
			OrganizerLevel: "TOWNSHIP", Kind: "PRACTICAL_TECHNICAL", StartsOn: start, EndsOn: start + Day(days-1), Days: int32(days),
			Capacity: roundUp10(n + 5)})
		for _, k := range g.sample(len(local), n) {
			g.attend(i, int32(days), local[k].person, g.chance(0.95))
		}
	}
}

// sharedAttendance sends a few of the county's cadres to each course the
// province and the county's city began in year y: secretaries, young cadres
// or any cadres, as the course asks.
func (g *gen) sharedAttendance(y int, all []cadre) {
	for _, key := range []string{"", g.c.ParentCode} {
		for _, sc := range g.shared[key] {
			if sc.year != y {
				continue
			}
			pool := all
			if sc.k.who != traineeCadres {
				pool = g.pool[:0]
				for _, c := range all {
					if sc.k.who == traineeSecretaries && c.secretary || sc.k.who == traineeYoung && g.person(c.person).BirthDate > Date(y-40, 1, 1) {
						pool = append(pool, c)
					}
				}
				g.pool = pool
			}
			n := min(len(pool), g.between(sc.k.send[0], sc.k.send[1]))
			for _, k := range g.sample(len(pool), n) {
				completed := g.permille(sc.k.completedShare) && sc.endsOn < Today
				g.attend(sc.index, sc.days, pool[k].person, completed)
			}
		}
	}
}

// ---- appraisals and commendations ----

var (
	ratings       = []string{"EXCELLENT", "GOOD", "FAIR", "POOR"}
	ratingWeights = []int{28, 52, 15, 5}
	ratingNotes   = [][]string{
		{"党员群众满意度高。", "班子团结，带领群众致富成效明显。"},
		{"工作扎实，群众基本满意。"},
		{"服务群众意识有待加强。", "组织生活不够规范，限期整改。"},
		{"班子软弱涣散，列入整顿。"},
	}
)

// rating draws an appraisal's rating, mostly good or excellent, and now
// and then a remark (always for a poor one).
func (g *gen) rating() (string, string) {
	i := g.pickWeights(ratingWeights)
	note := ""
	if g.chance(0.3) || i == 3 {
		note = ratingNotes[i][g.r.IntN(len(ratingNotes[i]))]
	}
	return ratings[i], note
}

// appraisals adds the yearly democratic appraisals of the village party
// organizations (all of them from the county's aims' year, more of them
// every year elsewhere; the current year's only where the county appraises
// in spring), performance reviews of some secretaries since 2016, and the
// appraisals of a few members.
func (g *gen) appraisals(posts []cadrePost) {
	a := &g.aim
	for y := firstRecordYear; y <= Today.Year(); y++ {
		if y == Today.Year() && !a.springAppraisals {
			break
		}
		all := met(a.appraisedFrom, y)
		cover := ramp(a.appraised0, a.appraised1, y)
		for _, v := range g.villages {
			o := g.org(v.party)
			if o.FoundedOn.Year() > y || o.DissolvedOn != 0 && o.DissolvedOn.Year() < y || !all && !g.permille(cover) {
				continue
			}
			r, note := g.rating()
			g.ch.Appraisals = append(g.ch.Appraisals, Appraisal{Year: int32(y), Organization: v.party, Person: -1, Kind: "DEMOCRATIC_APPRAISAL", Rating: r, Note: note})
		}
	}
	for y := 2016; y < Today.Year(); y++ {
		end := yearEnd(y)
		for i := range posts {
			p := &posts[i]
			if p.secretary && p.heldOn(end) && g.permille(a.reviews) {
				r, note := g.rating()
				g.ch.Appraisals = append(g.ch.Appraisals, Appraisal{Year: int32(y), Organization: -1, Person: p.person, Kind: "PERFORMANCE_REVIEW", Rating: r, Note: note})
			}
		}
	}
	members := g.villageMembers()
	for vi := range g.villages {
		if !g.chance(0.25) {
			continue
		}
		y := g.between(2016, Today.Year()-1)
		var pool []int32
		for _, m := range members[vi] {
			if g.person(m).JoinedPartyOn < Date(y, 1, 1) {
				pool = append(pool, m)
			}
		}
		for _, k := range g.sample(len(pool), g.between(1, 3)) {
			r, note := g.rating()
			g.ch.Appraisals = append(g.ch.Appraisals, Appraisal{Year: int32(y), Organization: -1, Person: pool[k], Kind: "MEMBER_APPRAISAL", Rating: r, Note: note})
		}
	}
}

// villageMembers lists the party members living in each village, by index
// into g.villages.
func (g *gen) villageMembers() [][]int32 {
	byRegion := make(map[int32]int, len(g.villages))
	for i, v := range g.villages {
		byRegion[v.region] = i
	}
	out := make([][]int32, len(g.villages))
	for i := range g.ch.People {
		p := &g.ch.People[i]
		if p.PoliticalStatus != "MEMBER" && p.PoliticalStatus != "PROBATIONARY" {
			continue
		}
		if vi, ok := byRegion[p.HomeRegion]; ok {
			out[vi] = append(out[vi], int32(g.ch.First[TPeople]+i))
		}
	}
	return out
}

var personAwards = []string{"“双十佳”村党组织书记", "优秀村党组织书记", "优秀共产党员", "农村致富带头人"}
var organizationAwards = []string{"“三创两建”示范村", "先进基层党组织", "“五个好”村党组织"}

// commendations adds a few awards a year (given on 1 July, so none yet this
// year): to village secretaries in office and to village party
// organizations, mostly by the county's party committee, some by the
// city's or the province's, with a bonus now and then.
func (g *gen) commendations(posts []cadrePost) {
	if len(g.villages) == 0 {
		return
	}
	var secretaries []int32
	for y := firstRecordYear; y < Today.Year(); y++ {
		end := yearEnd(y)
		secretaries = secretaries[:0]
		for i := range posts {
			if p := &posts[i]; p.secretary && p.heldOn(end) {
				secretaries = append(secretaries, p.person)
			}
		}
		for k := g.between(1, 4); k > 0; k-- {
			by := []string{"中共" + g.c.Name + "委员会", "中共" + g.cityName[g.c.ParentCode] + "委员会", "中共" + g.provinceName + "委员会"}[g.pickWeights([]int{70, 20, 10})]
			c := Commendation{Year: int32(y), Organization: -1, Person: -1, AwardedBy: by, Bonus: -1}
			if g.chance(0.55) && len(secretaries) > 0 {
				c.Person = secretaries[g.r.IntN(len(secretaries))]
				c.Title = personAwards[g.r.IntN(len(personAwards))]
				if g.chance(0.35) {
					c.Bonus = float64(g.between(2, 20) * 1000)
				}
			} else {
				v := g.villages[g.r.IntN(len(g.villages))]
				if o := g.org(v.party); o.FoundedOn.Year() > y || o.DissolvedOn != 0 && o.DissolvedOn.Year() < y {
					continue
				}
				c.Organization = v.party
				c.Title = organizationAwards[g.r.IntN(len(organizationAwards))]
				if g.chance(0.35) {
					c.Bonus = float64(g.between(10, 50) * 1000)
				}
			}
			g.ch.Commendations = append(g.ch.Commendations, c)
		}
	}
}
