package network

import (
	"grassroots/tooling/synth"
)

// The synthetic nation-scale network for benchmarks comes from package
// synth; synthGraph feeds its rows to a builder.

type synthCounty struct {
	firstRegion, lastRegion int64 // region IDs of the county's subtree
	branches                []int64
}

type synthNet struct {
	b        *builder
	g        *synth.Graph
	counties []synthCounty
	branches []int64 // village party branches
	orgs     int
}

func genNation(seed uint64, villages, links int) *synthNet {
	g := synth.Nation(seed, villages, links)
	s := &synthNet{g: g, b: newBuilder(len(g.Orgs), len(g.Links)), branches: g.Branches, orgs: len(g.Orgs)}
	for _, c := range g.Counties {
		s.counties = append(s.counties, synthCounty{firstRegion: c.FirstRegion, lastRegion: c.LastRegion, branches: c.Branches})
	}
	for i, o := range g.Orgs {
		s.b.org(synth.OrgID(i), o.Region, o.Parent, o.Host)
	}
	for i, l := range g.Links {
		s.b.link(int64(i+1), l.Kind, l.Status, l.Src, l.Dst, l.Start, l.End)
	}
	return s
}
