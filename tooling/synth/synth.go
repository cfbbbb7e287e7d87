// Package synth generates a synthetic nation-scale organization network for
// benchmarks: counties of 10–17 townships of 8–17 villages with eight
// organizations each (about 4M organizations at 500,000 villages) and links,
// mostly inside a county. IDs are consecutive, as the database assigns them.
//
// The graph can be read through database/sql (OpenDB) by network.Index.Load,
// so the in-memory build goes through the same code path as the database one.
package synth

import (
	"math"
	"math/rand/v2"
)

// ID bases: the first IDs PostgreSQL assigns to organizations and regions.
const (
	OrgBase    = 8589934592
	RegionBase = 30064771072
)

// Open-ended dates of a link, as days since 1970-01-01.
const (
	NoDay  = math.MinInt32
	EndDay = math.MaxInt32
)

// Region levels.
const (
	County uint8 = iota
	Township
	Village
)

// Region is one division of the generated tree (counties have no parent here).
type Region struct {
	ID, Parent int64
	Level      uint8
	Ordinal    int // 1-based position among its parent's children (counties: in the nation)
}

// OrgKinds are the organization kinds used, indexed by Org.Kind.
var OrgKinds = [...]string{"PARTY_COMMITTEE", "GOVERNMENT_ORGAN", "PARTY_BRANCH", "VILLAGERS_COMMITTEE",
	"COLLECTIVE_ECONOMY", "COOPERATIVE", "YOUTH_LEAGUE", "WOMENS_CONGRESS", "MILITIA"}

const (
	kCommittee = iota
	kGovernment
	kBranch
	kVillagers
	kCollective
	kCooperative
	kYouth
	kWomen
	kMilitia
)

// LinkKinds and LinkStatuses name Link.Kind and Link.Status.
var (
	LinkKinds = [...]string{"VILLAGE_VILLAGE", "VILLAGE_ENTERPRISE", "VILLAGE_COMMUNITY",
		"URBAN_RURAL_TWINNING", "INDUSTRY_CHAIN", "MILITARY_CIVILIAN"}
	LinkStatuses = [...]string{"PROPOSED", "ACTIVE", "SUSPENDED", "ENDED"}
)

// Org is an organization; its ID is OrgBase + its index. 0 = no parent / host.
type Org struct {
	Region, Parent, Host int64
	Kind                 uint8
}

// Link is a link; its ID is its index + 1.
type Link struct {
	Src, Dst     int64
	Start, End   int32 // days since 1970-01-01, NoDay / EndDay when open
	Kind, Status uint8
}

// CountyInfo lists a county's region-ID range and its village party branches.
type CountyInfo struct {
	FirstRegion, LastRegion int64 // region IDs of the county's subtree
	Branches                []int64
}

// Graph is a generated network.
type Graph struct {
	Orgs     []Org
	Links    []Link
	Regions  []Region
	Counties []CountyInfo
	Branches []int64 // village party branches
}

// OrgID is the ID of the i-th organization.
func OrgID(i int) int64 { return OrgBase + int64(i) }

// Nation generates the graph: villages villages, links links.
func Nation(seed uint64, villages, links int) *Graph {
	rng := rand.New(rand.NewPCG(seed, 7))
	g := &Graph{Orgs: make([]Org, 0, villages*8+villages/12*2+villages/180+8), Links: make([]Link, 0, links)}
	nextRegion := int64(RegionBase)
	org := func(region, parent, host int64, kind uint8) int64 {
		id := OrgID(len(g.Orgs))
		g.Orgs = append(g.Orgs, Org{Region: region, Parent: parent, Host: host, Kind: kind})
		return id
	}
	reg := func(parent int64, level uint8, ordinal int) int64 {
		r := nextRegion
		nextRegion++
		g.Regions = append(g.Regions, Region{ID: r, Parent: parent, Level: level, Ordinal: ordinal})
		return r
	}
	made := 0
	for made < villages {
		county := reg(0, County, len(g.Counties)+1)
		c := CountyInfo{FirstRegion: county}
		committee := org(county, 0, 0, kCommittee)
		towns := 10 + rng.IntN(8)
		for t := 0; t < towns && made < villages; t++ {
			town := reg(county, Township, t+1)
			tc := org(town, committee, 0, kCommittee)
			org(town, 0, 0, kGovernment)
			nv := 8 + rng.IntN(10)
			for v := 0; v < nv && made < villages; v++ {
				village := reg(town, Village, v+1)
				branch := org(village, tc, 0, kBranch)
				c.Branches = append(c.Branches, branch)
				org(village, 0, 0, kVillagers)
				org(village, 0, 0, kCollective)
				coop := org(village, 0, 0, kCooperative)
				org(village, tc, coop, kBranch) // cooperative party branch
				org(village, 0, 0, kYouth)
				org(village, 0, 0, kWomen)
				org(village, 0, 0, kMilitia)
				made++
			}
		}
		c.LastRegion = nextRegion - 1
		g.Counties = append(g.Counties, c)
		g.Branches = append(g.Branches, c.Branches...)
	}
	n := len(g.Orgs)
	for i := 0; i < links; i++ {
		var a, z int64
		c := &g.Counties[rng.IntN(len(g.Counties))]
		switch p := rng.IntN(20); {
		case p < 16: // inside a county: any organization of two villages
			a = c.Branches[rng.IntN(len(c.Branches))] + int64(rng.IntN(8))
			z = c.Branches[rng.IntN(len(c.Branches))] + int64(rng.IntN(8))
		case p < 19: // a neighbouring county
			d := &g.Counties[(rng.IntN(len(g.Counties))+1)%len(g.Counties)]
			a = c.Branches[rng.IntN(len(c.Branches))]
			z = d.Branches[rng.IntN(len(d.Branches))]
		default:
			a = OrgID(rng.IntN(n))
			z = OrgID(rng.IntN(n))
		}
		if a == z {
			z++
			if z >= OrgID(n) {
				z = OrgBase
			}
		}
		start, end := int32(NoDay), int32(EndDay)
		if rng.IntN(2) == 0 {
			start = int32(15000 + rng.IntN(5000))
		}
		if rng.IntN(5) == 0 {
			end = int32(19000 + rng.IntN(3000))
		}
		status := uint8(1)
		if rng.IntN(10) == 0 {
			status = uint8(rng.IntN(4))
		}
		g.Links = append(g.Links, Link{Src: a, Dst: z, Start: start, End: end, Kind: uint8(rng.IntN(len(LinkKinds))), Status: status})
	}
	return g
}

// Pair picks a shortest-path query the way the network benchmarks do: party
// organizations (village branches, cooperative branches), 80% inside one
// county, 20% anywhere in the nation.
func (g *Graph) Pair(rng *rand.Rand) (from, to int64) {
	c := &g.Counties[rng.IntN(len(g.Counties))]
	from = c.Branches[rng.IntN(len(c.Branches))] + 4*int64(rng.IntN(2))
	to = c.Branches[rng.IntN(len(c.Branches))] + 4*int64(rng.IntN(2))
	if rng.IntN(5) == 0 {
		to = g.Branches[rng.IntN(len(g.Branches))]
	}
	if from == to {
		to++
	}
	return from, to
}
