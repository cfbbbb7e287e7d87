package network

import (
	"math/rand/v2"
)

// Synthetic nation-scale network for benchmarks: 31 provinces, ~330
// prefectures, ~2,800 counties, ~40,000 townships, ~500,000 villages with
// eight organizations each (about 4M organizations) and 1M links, mostly
// inside a county. IDs are consecutive, as the database assigns them.

const (
	synthOrgBase    = 8589934592
	synthRegionBase = 4294967296
)

type synthCounty struct {
	firstRegion, lastRegion int64 // region IDs of the county's subtree
	branches                []int64
}

type synth struct {
	b        *builder
	counties []synthCounty
	branches []int64 // village party branches
	orgs     int
}

func genNation(seed uint64, villages, links int) *synth {
	rng := rand.New(rand.NewPCG(seed, 7))
	s := &synth{b: newBuilder(villages*8+villages/12*2+villages/180+8, links)}
	nextOrg := int64(synthOrgBase)
	nextRegion := int64(synthRegionBase)
	org := func(region, parent, host int64) int64 {
		id := nextOrg
		nextOrg++
		s.b.org(id, region, parent, host)
		return id
	}
	reg := func() int64 { r := nextRegion; nextRegion++; return r }
	made := 0
	for made < villages {
		county := reg()
		c := synthCounty{firstRegion: county}
		committee := org(county, 0, 0)
		towns := 10 + rng.IntN(8)
		for t := 0; t < towns && made < villages; t++ {
			town := reg()
			tc := org(town, committee, 0)
			org(town, 0, 0) // township government
			nv := 8 + rng.IntN(10)
			for v := 0; v < nv && made < villages; v++ {
				village := reg()
				branch := org(village, tc, 0)
				c.branches = append(c.branches, branch)
				org(village, 0, 0) // villagers' committee
				org(village, 0, 0) // collective economy
				coop := org(village, 0, 0)
				org(village, tc, coop) // cooperative party branch
				org(village, 0, 0)     // youth league
				org(village, 0, 0)     // women's congress
				org(village, 0, 0)     // militia
				made++
			}
		}
		c.lastRegion = nextRegion - 1
		s.counties = append(s.counties, c)
		s.branches = append(s.branches, c.branches...)
	}
	s.orgs = int(nextOrg - synthOrgBase)
	firstOrg := int64(synthOrgBase)
	for i := 0; i < links; i++ {
		var a, z int64
		c := &s.counties[rng.IntN(len(s.counties))]
		switch p := rng.IntN(20); {
		case p < 16: // inside a county: any organization of two villages
			a = c.branches[rng.IntN(len(c.branches))] + int64(rng.IntN(8))
			z = c.branches[rng.IntN(len(c.branches))] + int64(rng.IntN(8))
		case p < 19: // a neighbouring county
			d := &s.counties[(rng.IntN(len(s.counties))+1)%len(s.counties)]
			a = c.branches[rng.IntN(len(c.branches))]
			z = d.branches[rng.IntN(len(d.branches))]
		default:
			a = firstOrg + int64(rng.IntN(s.orgs))
			z = firstOrg + int64(rng.IntN(s.orgs))
		}
		if a == z {
			z++
		}
		start, end := int32(noDay), int32(endDay)
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
		s.b.link(int64(i+1), uint8(rng.IntN(linkKinds)), status, a, z, start, end)
	}
	return s
}
