package demo

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"grassroots/internal/domain"
	"grassroots/internal/ident"
)

// Chunks returns how many chunks Stream emits for a scale: one for the
// province and its cities, then one per county.
func Chunks(scale Scale) (int, error) {
	_, _, counties, err := plan(scale)
	if err != nil {
		return 0, err
	}
	return 1 + len(counties), nil
}

// Stream generates the data set chunk by chunk, in insertion order, and hands
// each chunk to fn; it stops at the first error of fn or when ctx ends. A
// chunk is not touched after fn returns. Each county is drawn from its own
// random stream (seed, county code), so a county's villages, people and
// links are the same at every scale; only their indexes shift.
func Stream(ctx context.Context, scale Scale, seed uint64, fn func(*Chunk) error) error {
	province, cities, counties, err := plan(scale)
	if err != nil {
		return err
	}
	g := &gen{seed: seed, cityRegion: map[string]int32{}, cityCommittee: map[string]int32{}, cityPath: map[string]string{},
		provinceName: province.Name, cityName: map[string]string{}}

	// The province and its cities.
	g.start("province", 0)
	g.provRegion = g.addRegion(Region{Parent: -1, Code: province.Code, Name: province.Name, NameLatin: province.Latin,
		Level: "PROVINCE", Path: province.Code + "/", Households: -1, Population: -1, CollectiveIncome: -1, Lat: province.Lat, Lon: province.Lon})
	provCommittee := g.addOrg(Organization{Name: "中共" + province.Name + "委员会", NameLatin: "Zhonggong " + province.Latin + " Weiyuanhui",
		Kind: "PARTY_COMMITTEE", Region: g.provRegion, Parent: -1, Host: -1, FoundedOn: Date(1949, 10, 1), Status: "ACTIVE", TwinningCapacity: -1})
	for _, c := range cities {
		path := province.Code + "/" + c.Code + "/"
		g.cityPath[c.Code] = path
		g.cityName[c.Code] = c.Name
		g.cityRegion[c.Code] = g.addRegion(Region{Parent: g.provRegion, Code: c.Code, Name: c.Name, NameLatin: c.Latin, Level: "CITY",
			Path: path, Households: -1, Population: -1, CollectiveIncome: -1, Lat: c.Lat, Lon: c.Lon})
		g.cityCommittee[c.Code] = g.addOrg(Organization{Name: "中共" + c.Name + "委员会", NameLatin: "Zhonggong " + c.Latin + " Weiyuanhui",
			Kind: "PARTY_COMMITTEE", Region: g.cityRegion[c.Code], Parent: provCommittee, Host: -1, FoundedOn: Date(1949, 10, 1),
			Status: "ACTIVE", TwinningCapacity: -1})
	}
	g.provinceRecords(province, cities)
	if err := g.emit(ctx, fn); err != nil {
		return err
	}
	for i := range counties {
		c := counties[i]
		g.start(c.Name, countyKey(c.Code))
		g.county(&c)
		if err := g.emit(ctx, fn); err != nil {
			return err
		}
	}
	return nil
}

func countyKey(code string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(code))
	return h.Sum64()
}

// gen holds the generation state: the global row counters, the chunk being
// built and the county being generated.
type gen struct {
	seed uint64
	next Counts
	ch   *Chunk
	r    *rand.Rand
	// rx is the chunk's second stream, for the records the indicators count
	// (training, venues, appraisals, later project incomes, the county's
	// steps towards its targets): the draws of r, and so the names and
	// links of the rows it makes, do not depend on them.
	rx *rand.Rand

	provRegion    int32
	cityRegion    map[string]int32
	cityCommittee map[string]int32
	cityPath      map[string]string
	shared        map[string][]sharedCourse // the courses of the province ("") and of each city, by city code
	provinceName  string
	cityName      map[string]string

	// the county
	c               *division
	prof            profile
	countyRegion    int32
	countyPath      string
	countyCommittee int32
	idSeq           map[Day]int
	creditSeq       int
	docPrefix       string
	p               params
	aim             aims
	picked          []int   // sample's buffer
	pool            []cadre // sharedAttendance's buffer
	urban           []int32 // urban units that can twin
	bigEnterprises  []int32
	villageEnts     []int32 // village enterprises and their party branches
	communityOrgs   []int32 // community party organizations
	migrantBranches map[string]int32
	migrantSecs     map[int32]bool
	chains          []chain
	brigade         int32
	townships       []*township
	villages        []*village
}

// params are a county's rates: drawn per county so that some counties meet
// an indicator's target and others fall short.
type params struct {
	concurrent, massHeads, coopBranch, skilled, insured, assistant float64
	borderTownship, borderVillage, twinned, leadsProject           float64
	reserve                                                        []int // weights of 0,1,2,3 reserve cadres
	cadreAge                                                       int   // years added to the ages of village cadres
	memberAges                                                     []int // weights of ordinary members aged 20-34, 35-49, 50-64, 65-88
}

type township struct {
	region, committee int32
	stem, stemLatin   string
	border            bool
	station           int32
	officers          []int32
	villages          []*village
}

type village struct {
	region, party            int32
	villagersCommittee       int32
	collective, league       int32
	womensCongress, militia  int32
	stem, stemLatin          string
	product                  int
	income                   float64
	backward, difficult      bool
	border, korean           bool
	twn                      *township
	coops, coopBranches      []int32
	secretary2011, secretary int32
	secretaryFrom            Day // the day the current secretary took office
	officerPost              Day // start of the current border officer's post, 0 if none
	officer                  int32
}

type chain struct {
	org     int32
	product int
}

func (g *gen) start(label string, key uint64) {
	g.ch = &Chunk{Label: label, First: g.next}
	g.r = rand.New(rand.NewPCG(g.seed, key))
	g.rx = rand.New(rand.NewPCG(g.seed, ^key))
}

// aside runs f drawing from the chunk's second stream.
func (g *gen) aside(f func()) {
	g.r, g.rx = g.rx, g.r
	defer func() { g.r, g.rx = g.rx, g.r }()
	f()
}

func (g *gen) emit(ctx context.Context, fn func(*Chunk) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := g.ch
	n := c.Counts()
	for i := range n {
		g.next[i] += n[i]
	}
	g.ch = nil
	return fn(c)
}

func (g *gen) addRegion(x Region) int32 {
	g.ch.Regions = append(g.ch.Regions, x)
	return int32(g.ch.First[TRegions] + len(g.ch.Regions) - 1)
}

func (g *gen) addOrg(x Organization) int32 {
	g.ch.Orgs = append(g.ch.Orgs, x)
	return int32(g.ch.First[TOrganizations] + len(g.ch.Orgs) - 1)
}

func (g *gen) org(i int32) *Organization { return &g.ch.Orgs[int(i)-g.ch.First[TOrganizations]] }

func (g *gen) region(i int32) *Region { return &g.ch.Regions[int(i)-g.ch.First[TRegions]] }

func (g *gen) person(i int32) *Person { return &g.ch.People[int(i)-g.ch.First[TPeople]] }

func (g *gen) addPosition(x Position) {
	if x.EndedOn != 0 && x.EndedOn < x.StartedOn {
		x.EndedOn = x.StartedOn
	}
	g.ch.Positions = append(g.ch.Positions, x)
}

func (g *gen) addLink(x Link) int32 {
	g.ch.Links = append(g.ch.Links, x)
	return int32(g.ch.First[TLinks] + len(g.ch.Links) - 1)
}

// ---- random helpers (integer arithmetic only, so results are identical on
// every architecture) ----

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.r.IntN(hi-lo+1)
}

// skew draws from lo..hi with most values near lo (the product of two uniforms).
func (g *gen) skew(lo, hi int) int {
	a, b := int64(g.r.IntN(1001)), int64(g.r.IntN(1001))
	return lo + int(int64(hi-lo)*a*b/1_000_000)
}

func (g *gen) day(a, b Day) Day {
	if b <= a {
		return a
	}
	return a + Day(g.r.IntN(int(b-a)+1))
}

func (g *gen) rate(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(g.r.IntN(1001))/1000
}

func (g *gen) pickWeights(w []int) int {
	t := 0
	for _, v := range w {
		t += v
	}
	x := g.r.IntN(t)
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func round100(v int) float64 { return float64(v / 100 * 100) }

func coord(center float64, r *rand.Rand, spread int) float64 {
	// spread in 1e-5 degrees; division (never fused) keeps it exact everywhere
	return float64(int64(center*100000)+int64(r.IntN(2*spread+1)-spread)) / 100000
}

// ---- the county ----

// county adds a county: its region and party committee, its urban and other
// county-level units, its subdistricts and townships with their villages,
// the links between its organizations, and its totals.
func (g *gen) county(c *division) {
	g.c = c
	g.prof = countyProfile(c.Code)
	g.idSeq = map[Day]int{}
	g.creditSeq = 0
	g.urban, g.bigEnterprises, g.villageEnts, g.communityOrgs = nil, nil, nil, nil
	g.migrantBranches = map[string]int32{}
	g.migrantSecs = map[int32]bool{}
	g.chains, g.townships, g.villages = nil, nil, nil
	g.brigade = -1
	g.docPrefix = string([]rune(c.Short)[:1])
	g.p = g.countyParams()
	g.aside(func() { g.aim = g.countyAims() })
	g.sizeChunk(villageCounts[c.Code[:6]])

	cityCode := c.ParentCode
	g.countyPath = g.cityPath[cityCode] + c.Code + "/"
	g.countyRegion = g.addRegion(Region{Parent: g.cityRegion[cityCode], Code: c.Code, Name: c.Name, NameLatin: c.Latin, Level: "COUNTY",
		Path: g.countyPath, Border: c.Border, Households: 0, Population: 0, CollectiveIncome: -1, Lat: c.Lat, Lon: c.Lon})
	g.countyCommittee = g.addOrg(Organization{Name: "中共" + c.Name + "委员会", NameLatin: "Zhonggong " + c.Latin + " Weiyuanhui",
		Kind: "PARTY_COMMITTEE", Region: g.countyRegion, Parent: g.cityCommittee[cityCode], Host: -1,
		FoundedOn: g.day(Date(1945, 9, 1), Date(1952, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})

	g.countyUnits()
	g.townshipsAndVillages()
	g.links()
	g.fillTotals()
	g.aside(g.records)
}

// sizeChunk sizes the chunk's largest tables for a county of n villages, so
// that they grow once or not at all.
func (g *gen) sizeChunk(n int) {
	g.ch.People = make([]Person, 0, 60*n+400)
	g.ch.Positions = make([]Position, 0, 60*n+400)
	g.ch.Attendances = make([]Attendance, 0, 72*n+200)
	g.ch.Appraisals = make([]Appraisal, 0, 16*n)
	g.ch.Incomes = make([]ProjectIncome, 0, 8*n)
}

// countyParams draws the county's rates.
func (g *gen) countyParams() params {
	return params{
		concurrent:     g.rate(0.55, 0.80),
		massHeads:      g.rate(0.25, 0.60),
		coopBranch:     g.rate(0.45, 0.80),
		skilled:        g.rate(0.72, 0.97),
		insured:        g.rate(0.60, 0.98),
		assistant:      g.rate(0.35, 0.80),
		borderTownship: g.rate(0.60, 1.00),
		borderVillage:  g.rate(0.55, 0.95),
		twinned:        g.rate(0.70, 0.92),
		leadsProject:   g.rate(0.55, 0.85),
		reserve:        []int{g.between(10, 30), 30, g.between(20, 40), g.between(10, 25)},
		memberAges:     []int{g.between(1, 6), g.between(2, 12), 40, 45},
		cadreAge:       g.between(0, 8),
	}
}

// townshipsAndVillages adds the county's subdistricts (more in a city
// district), then its towns (about two thirds) and townships, over which the
// county's real number of villages is shared out.
func (g *gen) townshipsAndVillages() {
	c := g.c
	nVillages := villageCounts[c.Code[:6]]
	isDistrict := len(c.Latin) > 3 && c.Latin[len(c.Latin)-3:] == " Qu"
	perTownship := g.between(10, 16)
	nTownships := max(1, (nVillages+perTownship/2)/perTownship)
	nSubdistricts := g.between(1, 3)
	if isDistrict {
		nSubdistricts = g.between(4, 8)
	}
	counts := g.shareVillages(nVillages, nTownships)
	used := map[string]bool{}
	for i := 0; i < nSubdistricts; i++ {
		g.township(fmt.Sprintf("%03d", i+1), "街道", "Jiedao", 0, used)
	}
	nTowns := (nTownships*65 + 50) / 100
	for i := 0; i < nTownships; i++ {
		if i < nTowns {
			g.township(fmt.Sprintf("%03d", 100+i+1), "镇", "Zhen", counts[i], used)
		} else {
			g.township(fmt.Sprintf("%03d", 200+i-nTowns+1), "乡", "Xiang", counts[i], used)
		}
	}
}

// shareVillages splits n villages over k townships: at least three each,
// the rest at random; evenly when there are fewer than three per township.
func (g *gen) shareVillages(n, k int) []int {
	counts := make([]int, k)
	for i := range counts {
		counts[i] = 3
	}
	for left := n - 3*k; left > 0; left-- {
		counts[g.r.IntN(k)]++
	}
	if n < 3*k {
		for i := range counts {
			counts[i] = n / k
		}
		counts[0] += n % k
	}
	return counts
}

// newCredit returns a unique, valid unified social credit code (GB 32100):
// registration authority and type (91 enterprise, 93 farmers' cooperative),
// the county's division code and a 9-character organization code with its
// GB 11714 check character.
func (g *gen) newCredit(kind string) string {
	g.creditSeq++
	const alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	// a bijection of the sequence number onto 8 base-31 characters
	v := (uint64(g.creditSeq)*48271 + countyKey(g.c.Code)%852891037441) % 852891037441 // 31^8
	body := make([]byte, 0, 18)
	body = append(body, kind...)
	body = append(body, g.c.Code[:6]...)
	org := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		org[i] = alpha[v%31]
		v /= 31
	}
	weights := [8]int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, ch := range org {
		val := int(ch - '0')
		if ch >= 'A' {
			val = int(ch-'A') + 10
		}
		sum += val * weights[i]
	}
	var check byte
	switch c := 11 - sum%11; c {
	case 10:
		check = 'X'
	case 11:
		check = '0'
	default:
		check = byte('0' + c)
	}
	body = append(body, org...)
	body = append(body, check)
	cc, err := ident.CreditCheckChar(string(body))
	if err != nil {
		panic("demo: credit code: " + err.Error())
	}
	return string(append(body, cc))
}

// countyUnits adds the county's urban units, industry-chain and migrant party
// organizations and border units.
func (g *gen) countyUnits() {
	c := g.c
	add := func(name, latin, kind string, capacity int32, credit bool, industry string) int32 {
		o := Organization{Name: name, NameLatin: latin, Kind: kind, Region: g.countyRegion, Parent: -1, Host: -1,
			FoundedOn: g.day(Date(1950, 1, 1), Date(2005, 12, 31)), Status: "ACTIVE", TwinningCapacity: capacity, Industry: industry}
		if credit {
			o.CreditCode = g.newCredit("91")
		}
		i := g.addOrg(o)
		g.urban = append(g.urban, i)
		bg := bgBit(domain.OrganCadre)
		if kind == "ENTERPRISE" {
			bg = bgBit(domain.EnterpriseManager)
		}
		g.unitHead(i, bg)
		return i
	}
	add("中共"+c.Name+"委组织部", "Zhonggong "+c.Latin+" Wei Zuzhibu", "GOVERNMENT_ORGAN", int32(g.between(1, 2)), false, "")
	for _, k := range g.subset(len(organs), g.between(7, 11)) {
		add(c.Name+organs[k].zh, c.Latin+" "+organs[k].latin, "GOVERNMENT_ORGAN", int32(g.between(0, 2)), false, "")
	}
	add("共青团"+c.Name+"委员会", "Gongqingtuan "+c.Latin+" Weiyuanhui", "MASS_ORGANIZATION", int32(g.between(0, 1)), false, "")
	for _, k := range g.subset(len(massOrgs), g.between(2, 4)) {
		add(c.Name+massOrgs[k].zh, c.Latin+" "+massOrgs[k].latin, "MASS_ORGANIZATION", int32(g.between(0, 1)), false, "")
	}
	for _, k := range g.subset(len(institutions), g.between(3, 6)) {
		add(c.Name+institutions[k].zh, c.Latin+" "+institutions[k].latin, "PUBLIC_INSTITUTION", int32(g.between(0, 1)), false, "")
	}
	if g.chance(0.6) {
		add(c.Name+"职业技术教育中心", c.Latin+" Zhiye Jishu Jiaoyu Zhongxin", "COLLEGE", int32(g.between(1, 2)), false, "教育")
	}
	for _, k := range g.subset(len(bigEnterprises), g.between(2, 4)) {
		i := add(c.Short+bigEnterprises[k].zh, c.ShortLatin+" "+bigEnterprises[k].latin, "ENTERPRISE", int32(g.between(1, 3)), true, "")
		g.bigEnterprises = append(g.bigEnterprises, i)
	}

	// migrant party branches where the county's migrant members gather
	cities := []int{0}
	for _, k := range g.subset(len(migrantCities)-1, g.between(0, 2)) {
		cities = append(cities, k+1)
	}
	for _, k := range cities {
		m := migrantCities[k]
		i := g.addOrg(Organization{Name: c.Name + "驻" + m.zh + "流动党员党支部", NameLatin: c.Latin + " Zhu " + m.latin + " Liudong Dangyuan Dangzhibu",
			Kind: "PARTY_BRANCH", Setting: "MIGRANT", Region: g.countyRegion, Parent: g.countyCommittee, Host: -1,
			FoundedOn: g.day(Date(2008, 1, 1), Date(2014, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
		g.migrantBranches[m.zh+"市"] = i
	}

	// industry-chain party organizations
	for _, k := range g.subset(len(products)-3, g.between(1, 4)) {
		p := products[k]
		kind, suffix, suffixLatin := "PARTY_GENERAL_BRANCH", "产业链党总支", " Chanyelian Dangzongzhi"
		if g.chance(0.4) {
			kind, suffix, suffixLatin = "PARTY_COMMITTEE", "产业链党委", " Chanyelian Dangwei"
		}
		i := g.addOrg(Organization{Name: c.Short + p.zh + suffix, NameLatin: c.ShortLatin + " " + p.latin + suffixLatin,
			Kind: kind, Setting: "INDUSTRY_CHAIN", Region: g.countyRegion, Parent: g.countyCommittee, Host: -1, Industry: p.industry,
			FoundedOn: g.day(Date(2009, 1, 1), Date(2020, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
		sec := g.newPerson(pspec{home: g.countyRegion, minAge: 38, maxAge: 58, status: "MEMBER", bg: bgBit(domain.OrganCadre), minEdu: eduBachelor})
		g.addPosition(Position{Person: sec, Organization: i, Role: "SECRETARY", StartedOn: g.day(g.org(i).FoundedOn, Date(2024, 12, 31)), BasicRemuneration: -1})
		g.chains = append(g.chains, chain{org: i, product: k})
	}

	if c.Border {
		g.brigade = g.addOrg(Organization{Name: c.Short + "边境管理大队", NameLatin: c.ShortLatin + " Bianjing Guanli Dadui",
			Kind: "BORDER_UNIT", Region: g.countyRegion, Parent: -1, Host: -1, FoundedOn: Date(2019, 1, 1), Status: "ACTIVE", TwinningCapacity: -1})
		g.unitHead(g.brigade, bgBit(domain.BorderOfficer))
	}
}

// subset returns k distinct indexes of 0..n-1 in increasing order.
func (g *gen) subset(n, k int) []int {
	if k > n {
		k = n
	}
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for i := 0; i < k; i++ {
		j := i + g.r.IntN(n-i)
		perm[i], perm[j] = perm[j], perm[i]
	}
	out := append([]int(nil), perm[:k]...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (g *gen) unitHead(org int32, bg uint16) {
	p := g.newPerson(pspec{home: g.countyRegion, minAge: 40, maxAge: 59, status: "MEMBER", bg: bg, minEdu: eduBachelor})
	g.addPosition(Position{Person: p, Organization: org, Role: "HEAD", StartedOn: g.day(Date(2016, 1, 1), Date(2025, 12, 31)), BasicRemuneration: -1})
}

// township adds a township (镇, 乡) or subdistrict (街道) with its party
// committee, communities, border police station and villages.
func (g *gen) township(digits, suffix, suffixLatin string, nVillages int, used map[string]bool) {
	stem := g.uniqueStem(used)
	code := g.c.Code[:6] + digits + "000"
	path := g.countyPath + code + "/"
	t := &township{stem: stem, stemLatin: latin(stem), station: -1}
	t.border = g.c.Border && suffix != "街道" && (g.chance(0.6) || digits == "101")
	spread := 25000 // townships lie around the county seat; subdistricts in it
	if suffix == "街道" {
		spread = 4000
	}
	t.region = g.addRegion(Region{Parent: g.countyRegion, Code: code, Name: stem + suffix, NameLatin: t.stemLatin + " " + suffixLatin,
		Level: "TOWNSHIP", Path: path, Border: t.border, Households: 0, Population: 0, CollectiveIncome: -1,
		Lat: coord(g.c.Lat, g.r, spread), Lon: coord(g.c.Lon, g.r, spread*6/5)})
	g.townshipCommittee(t, suffix, suffixLatin)
	g.townships = append(g.townships, t)
	if t.border {
		g.borderStation(t)
	}
	// communities: several in a subdistrict, the town seat in some towns
	nCommunities := 0
	switch {
	case suffix == "街道":
		nCommunities = g.between(3, 7)
	case suffix == "镇" && g.chance(0.5):
		nCommunities = 1
	}
	for k := 0; k < nCommunities; k++ {
		g.community(t, code[:9]+fmt.Sprintf("%03d", k+1), path, used)
	}
	if suffix != "街道" && g.chance(0.15) {
		g.jointBranch(t, suffix, suffixLatin)
	}
	for k := 0; k < nVillages; k++ {
		g.village(t, code[:9]+fmt.Sprintf("%03d", 200+k+1), path, used)
	}
}

// townshipCommittee adds the township's party committee (a working
// committee in a subdistrict) with its secretary, deputy and members, who
// are township cadres.
func (g *gen) townshipCommittee(t *township, suffix, suffixLatin string) {
	committeeName, committeeLatin := "党委", " Dangwei"
	if suffix == "街道" {
		committeeName, committeeLatin = "党工委", " Danggongwei"
	}
	t.committee = g.addOrg(Organization{Name: t.stem + suffix + committeeName, NameLatin: t.stemLatin + " " + suffixLatin + committeeLatin,
		Kind: "PARTY_COMMITTEE", Region: t.region, Parent: g.countyCommittee, Host: -1,
		FoundedOn: g.day(Date(1950, 1, 1), Date(1985, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
	for k, role := range []string{"SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER"} {
		if k == 4 && g.chance(0.5) {
			break
		}
		p := g.newPerson(pspec{home: t.region, minAge: 30, maxAge: 56, status: "MEMBER", bg: bgBit(domain.OrganCadre), minEdu: eduJuniorCollege})
		g.addPosition(Position{Person: p, Organization: t.committee, Role: role, StartedOn: g.day(Date(2021, 6, 1), Date(2025, 12, 31)),
			SelectionMethod: "TOWNSHIP_APPOINTMENT", BasicRemuneration: -1})
	}
}

// borderStation adds a border township's police station and its officers,
// and seats officers on the township party committee in most townships
// (BORDER_TOWNSHIP_OFFICER), for a while in some others.
func (g *gen) borderStation(t *township) {
	t.station = g.addOrg(Organization{Name: t.stem + "边境派出所", NameLatin: t.stemLatin + " Bianjing Paichusuo", Kind: "BORDER_UNIT",
		Region: t.region, Parent: -1, Host: -1, FoundedOn: g.day(Date(1990, 1, 1), Date(2015, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
	n := g.between(3, 5)
	for k := 0; k < n; k++ {
		p := g.newPerson(pspec{home: t.region, gender: genderMale, minAge: 25, maxAge: 48, status: "MEMBER",
			bg: bgBit(domain.BorderOfficer) | maybe(g, 0.3, bgBit(domain.Veteran)), minEdu: eduJuniorCollege})
		t.officers = append(t.officers, p)
		if k == 0 {
			g.addPosition(Position{Person: p, Organization: t.station, Role: "HEAD", StartedOn: g.day(Date(2015, 1, 1), Date(2024, 12, 31)), BasicRemuneration: -1})
		}
	}
	if g.chance(g.p.borderTownship) {
		g.addPosition(Position{Person: t.officers[0], Organization: t.committee, Role: "PART_TIME_MEMBER",
			StartedOn: g.day(Date(2009, 3, 1), Date(2023, 12, 31)), SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
		if g.chance(0.3) {
			g.addPosition(Position{Person: t.officers[1], Organization: t.committee, Role: "PART_TIME_MEMBER",
				StartedOn: g.day(Date(2012, 3, 1), Date(2024, 12, 31)), SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
		}
	} else if g.chance(0.4) {
		s := g.day(Date(2009, 3, 1), Date(2013, 12, 31))
		g.addPosition(Position{Person: t.officers[len(t.officers)-1], Organization: t.committee, Role: "PART_TIME_MEMBER",
			StartedOn: s, EndedOn: s + Day(g.between(500, 2500)), SelectionMethod: "SENT_BY_ORGAN", BasicRemuneration: -1})
	}
}

// jointBranch adds a township's joint party branch of non-public
// enterprises and its secretary.
func (g *gen) jointBranch(t *township, suffix, suffixLatin string) {
	j := g.addOrg(Organization{Name: t.stem + suffix + "非公企业联合党支部", NameLatin: t.stemLatin + " " + suffixLatin + " Feigong Qiye Lianhe Dangzhibu",
		Kind: "PARTY_BRANCH", Setting: "JOINT", Region: t.region, Parent: t.committee, Host: -1,
		FoundedOn: g.day(Date(2010, 1, 1), Date(2022, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1})
	p := g.newPerson(pspec{home: t.region, minAge: 32, maxAge: 58, status: "MEMBER", bg: bgBit(domain.EnterpriseManager)})
	g.addPosition(Position{Person: p, Organization: j, Role: "SECRETARY", StartedOn: g.org(j).FoundedOn, BasicRemuneration: -1})
}

func (g *gen) uniqueStem(used map[string]bool) string {
	for {
		s := placeStem(g.r)
		if !used[s] {
			used[s] = true
			return s
		}
	}
}

func maybe(g *gen, p float64, bits uint16) uint16 {
	if g.chance(p) {
		return bits
	}
	return 0
}

func (g *gen) community(t *township, code, parentPath string, used map[string]bool) {
	stem := g.uniqueStem(used)
	sl := latin(stem)
	households := g.between(800, 4500)
	reg := g.addRegion(Region{Parent: t.region, Code: code, Name: stem + "社区", NameLatin: sl + " Shequ", Level: "COMMUNITY",
		Path: parentPath + code + "/", Households: int32(households), Population: int32(households * g.between(230, 290) / 100),
		CollectiveIncome: -1, Lat: coord(g.c.Lat, g.r, 4000), Lon: coord(g.c.Lon, g.r, 5000)})
	unit := g.addOrg(Organization{Name: stem + "社区居民委员会", NameLatin: sl + " Shequ Jumin Weiyuanhui", Kind: "URBAN_COMMUNITY",
		Region: reg, Parent: -1, Host: -1, FoundedOn: g.day(Date(2000, 1, 1), Date(2015, 12, 31)), Status: "ACTIVE", TwinningCapacity: int32(g.between(0, 1))})
	g.urban = append(g.urban, unit)
	kind, suf, sufL := "PARTY_BRANCH", "社区党支部", " Shequ Dangzhibu"
	if x := g.r.IntN(10); x < 3 {
		kind, suf, sufL = "PARTY_COMMITTEE", "社区党委", " Shequ Dangwei"
	} else if x < 6 {
		kind, suf, sufL = "PARTY_GENERAL_BRANCH", "社区党总支", " Shequ Dangzongzhi"
	}
	party := g.addOrg(Organization{Name: stem + suf, NameLatin: sl + sufL, Kind: kind, Setting: "COMMUNITY", Region: reg, Parent: t.committee,
		Host: unit, FoundedOn: g.org(unit).FoundedOn, Status: "ACTIVE", TwinningCapacity: -1})
	g.communityOrgs = append(g.communityOrgs, party)
	sec := g.newPerson(pspec{home: reg, minAge: 30, maxAge: 55, status: "MEMBER", bg: maybe(g, 0.3, bgBit(domain.OrganCadre)), minEdu: eduJuniorCollege})
	start := g.day(Date(2016, 1, 1), Date(2024, 12, 31))
	g.addPosition(Position{Person: sec, Organization: party, Role: "SECRETARY", StartedOn: start, SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: round100(g.between(36000, 60000))})
	g.addPosition(Position{Person: sec, Organization: unit, Role: "DIRECTOR", StartedOn: start, SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
	for k := g.between(1, 3); k > 0; k-- {
		p := g.newPerson(pspec{home: reg, minAge: 26, maxAge: 55, status: "MEMBER", minEdu: eduSeniorHigh})
		g.addPosition(Position{Person: p, Organization: party, Role: "COMMITTEE_MEMBER", StartedOn: g.day(start, Date(2025, 12, 31)), SelectionMethod: "DIRECT_ELECTION", BasicRemuneration: -1})
	}
}

func (g *gen) cooperative(pc *peopleCtx, pi int) {
	v := pc.v
	p := products[pi]
	founded := g.day(Date(2007, 7, 1), Date(2023, 12, 31))
	coop := Organization{Name: g.c.Short + v.stem + p.zh + "专业合作社", NameLatin: g.c.ShortLatin + " " + v.stemLatin + " " + p.latin + " Zhuanye Hezuoshe",
		Kind: "COOPERATIVE", Region: v.region, Parent: -1, Host: -1, Industry: p.industry, CreditCode: g.newCredit("93"),
		FoundedOn: founded, Status: "ACTIVE", TwinningCapacity: -1}
	if g.chance(0.08) {
		coop.Status = "DISSOLVED"
		coop.DissolvedOn = g.day(founded+365, Today-30)
	}
	ci := g.addOrg(coop)
	v.coops = append(v.coops, ci)
	// the head: the village secretary in a third of cooperatives, else a local leader
	var head int32
	if g.chance(0.3) {
		head = v.secretary
	} else {
		status := "MASSES"
		if g.chance(0.45) {
			status = "MEMBER"
		}
		head = pc.newVillager(pspec{minAge: 30, maxAge: 62, status: status, bg: bgBit(domain.CooperativeLeader) | maybe(g, 0.4, bgBit(domain.RichExpert)), skills: 1, skill: p.skill})
	}
	g.addPosition(Position{Person: head, Organization: ci, Role: "HEAD", StartedOn: founded, EndedOn: coop.DissolvedOn, BasicRemuneration: -1})
	hosts := g.chance(g.p.coopBranch)
	if coop.Status == "DISSOLVED" {
		hosts = g.chance(0.5)
	}
	if !hosts {
		return
	}
	parent := v.twn.committee
	if k := g.org(v.party).Kind; k != "PARTY_BRANCH" {
		parent = v.party
	}
	b := Organization{Name: coop.Name + "党支部", NameLatin: coop.NameLatin + " Dangzhibu", Kind: "PARTY_BRANCH", Setting: "COOPERATIVE",
		Region: v.region, Parent: parent, Host: ci, FoundedOn: g.day(founded+90, max(founded+90, Date(2024, 12, 31))), Status: "ACTIVE", TwinningCapacity: -1}
	if coop.Status == "DISSOLVED" {
		b.FoundedOn = min(b.FoundedOn, coop.DissolvedOn)
		b.Status, b.DissolvedOn = "DISSOLVED", coop.DissolvedOn
	} else if g.chance(0.05) {
		b.Status, b.DissolvedOn = "DISSOLVED", g.day(b.FoundedOn, Today-30)
	}
	bi := g.addOrg(b)
	v.coopBranches = append(v.coopBranches, bi)
	sec := head
	if g.person(head).PoliticalStatus != "MEMBER" {
		sec = pc.newVillager(pspec{minAge: 30, maxAge: 62, status: "MEMBER", bg: bgBit(domain.CooperativeLeader)})
	}
	g.addPosition(Position{Person: sec, Organization: bi, Role: "SECRETARY", StartedOn: b.FoundedOn, EndedOn: b.DissolvedOn, BasicRemuneration: -1})
	if b.Status == "ACTIVE" {
		pc.coopBranchSlots = append(pc.coopBranchSlots, slot{org: bi, n: g.between(2, 6), from: b.FoundedOn})
	}
}

func (g *gen) villageEnterprise(pc *peopleCtx) {
	v := pc.v
	line := enterpriseLines[g.r.IntN(len(enterpriseLines))]
	b := brand(g.r)
	e := Organization{Name: g.c.Short + b + line.zh + "有限公司", NameLatin: g.c.ShortLatin + " " + latin(b) + " " + line.latin + " Youxian Gongsi",
		Kind: "ENTERPRISE", Region: v.region, Parent: -1, Host: -1, Industry: line.zh, CreditCode: g.newCredit("91"),
		FoundedOn: g.day(Date(1995, 1, 1), Date(2022, 12, 31)), Status: "ACTIVE", TwinningCapacity: -1}
	ei := g.addOrg(e)
	status := "MASSES"
	if g.chance(0.4) {
		status = "MEMBER"
	}
	m := pc.newVillager(pspec{minAge: 30, maxAge: 62, status: status, bg: bgBit(domain.EnterpriseManager), minEdu: eduSeniorHigh})
	g.addPosition(Position{Person: m, Organization: ei, Role: "HEAD", StartedOn: e.FoundedOn, BasicRemuneration: -1})
	g.villageEnts = append(g.villageEnts, ei)
	if g.chance(0.35) {
		bi := g.addOrg(Organization{Name: e.Name + "党支部", NameLatin: e.NameLatin + " Dangzhibu", Kind: "PARTY_BRANCH", Setting: "ENTERPRISE",
			Region: v.region, Parent: v.twn.committee, Host: ei, FoundedOn: g.day(max(e.FoundedOn, Date(2005, 1, 1)), Date(2024, 12, 31)),
			Status: "ACTIVE", TwinningCapacity: -1})
		sec := m
		if status != "MEMBER" {
			sec = pc.newVillager(pspec{minAge: 28, maxAge: 60, status: "MEMBER", bg: bgBit(domain.EnterpriseManager)})
		}
		g.addPosition(Position{Person: sec, Organization: bi, Role: "SECRETARY", StartedOn: g.org(bi).FoundedOn, BasicRemuneration: -1})
		g.villageEnts = append(g.villageEnts, bi)
		pc.coopBranchSlots = append(pc.coopBranchSlots, slot{org: bi, n: g.between(2, 5), from: g.org(bi).FoundedOn})
	}
}

// projects adds the village's prosperity projects: none in most villages,
// one in some, a second phase in a few.
func (g *gen) projects(pc *peopleCtx) {
	n := 0
	switch x := g.r.IntN(100); {
	case x < 30:
		n = 1
	case x < 35:
		n = 2
	}
	for k := 0; k < n; k++ {
		g.project(pc, k)
	}
}

// project adds the village's project number k (a second phase when k > 0):
// most began by 2011 with yearly incomes to 2011, under the secretary of
// the time when the county's rate says so (SECRETARY_LEADS_PROJECT).
func (g *gen) project(pc *peopleCtx, k int) {
	v := pc.v
	pi := v.product
	if k > 0 || g.chance(0.4) {
		pi = g.r.IntN(len(products))
	}
	p := products[pi]
	old := g.chance(0.8)
	var start Day
	if old {
		start = g.day(Date(2006, 3, 1), Date(2011, 6, 30))
	} else {
		start = g.day(Date(2013, 3, 1), Date(2025, 6, 30))
	}
	org := v.party
	if len(v.coops) > 0 && g.chance(0.3) {
		org = v.coops[g.r.IntN(len(v.coops))]
	}
	leader := v.secretary2011
	if !old {
		leader = v.secretary
	}
	if !g.chance(g.p.leadsProject) || leader < 0 {
		leader = pc.newVillager(pspec{minAge: 35, maxAge: 65, status: "MEMBER", bg: bgBit(domain.RichExpert), skills: 1, skill: p.skill})
	}
	status := g.projectStatus(old)
	pr := Project{Name: v.stem + "村" + p.zh + "项目", NameLatin: v.stemLatin + " Cun " + p.latin + " Xiangmu", Region: v.region,
		Organization: org, Leader: leader, Kind: p.kind, Industry: p.industry, Status: status, StartedOn: start,
		Investment: round100(50000 + g.skew(0, 3000000)), Households: int32(g.between(5, 260))}
	if k > 0 {
		pr.Name = v.stem + "村" + p.zh + "二期项目"
		pr.NameLatin = v.stemLatin + " Cun " + p.latin + " Erqi Xiangmu"
	}
	if g.chance(0.85) {
		pr.ResponsibilityLetterOn = start - Day(g.between(0, 60))
	}
	if status == "ACCEPTED" {
		pr.AcceptedOn = min(start+Day(g.between(365, 1500)), Today-10)
	}
	if status == "PLANNED" {
		pr.StartedOn = 0
		pr.ResponsibilityLetterOn = 0
	}
	g.ch.Projects = append(g.ch.Projects, pr)
	index := int32(g.ch.First[TProjects] + len(g.ch.Projects) - 1)
	next := 0
	if old {
		next = g.projectIncomes(index, start, status)
	}
	if status == "UNDERWAY" || status == "ACCEPTED" {
		g.aside(func() { g.laterIncomes(index, start, next) })
	}
}

// projectStatus draws a project's status: an old project (begun by 2011)
// has mostly been accepted, a recent one is mostly under way.
func (g *gen) projectStatus(old bool) string {
	switch x := g.r.IntN(100); {
	case old && x < 60, !old && x < 25:
		return "ACCEPTED"
	case old && x < 82, !old && x < 75:
		return "UNDERWAY"
	case old && x < 91:
		return "FAILED"
	case old:
		return "SUSPENDED"
	default:
		return "PLANNED"
	}
}

// projectIncomes adds a project's yearly incomes from its start (2008 at
// the earliest) to 2011, growing or shrinking a little each year; a failed
// project earned a quarter. It returns what the project would earn in 2012.
func (g *gen) projectIncomes(project int32, start Day, status string) int {
	income := 8000 + g.skew(0, 160000)
	for y := max(2008, start.Year()); y <= 2011; y++ {
		amount := income
		if status == "FAILED" {
			amount /= 4
		}
		g.ch.Incomes = append(g.ch.Incomes, ProjectIncome{Project: project, Year: int32(y), Income: round100(amount)})
		income = income * g.between(95, 135) / 100
	}
	return income
}

// laterIncomes adds the yearly incomes of a project under way or accepted
// after those projectIncomes gave it: from 2012 (from its start when later)
// to last year, going on from next (a project begun after 2011 starts from
// a fresh figure), mostly growing by a few per cent a year. Incomes are
// recorded once a year is over, so the current year has none.
func (g *gen) laterIncomes(project int32, start Day, next int) {
	income := next
	if income == 0 {
		income = 8000 + g.skew(0, 160000)
	}
	for y := max(2012, start.Year()); y < Today.Year(); y++ {
		g.ch.Incomes = append(g.ch.Incomes, ProjectIncome{Project: project, Year: int32(y), Income: round100(income)})
		income = min(income*g.between(92, 118)/100, 3_000_000)
	}
}
