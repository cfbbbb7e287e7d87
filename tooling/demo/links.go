package demo

import (
	"fmt"
	"time"
)

// ---- links between organizations ----
//
// The parts below draw from the county's stream in the order links calls
// them: reordering them, or the draws inside one, changes every row after.

// links adds the county's links: urban–rural twinning, joint construction
// of villages with villages, enterprises and communities, military–civilian
// co-building, industry chains; then the links' activities.
func (g *gen) links() {
	lk := &linker{g: g, seen: map[[2]int32]bool{}}
	lk.twinning()
	for _, t := range g.townships {
		lk.township(t)
	}
	lk.industryChains()
	g.activities()
}

// linker adds links between pairs of organizations, at most one from a
// source to a target.
type linker struct {
	g    *gen
	seen map[[2]int32]bool
}

// claim reports whether src → dst is still free, and takes it.
func (lk *linker) claim(src, dst int32) bool {
	if src == dst || lk.seen[[2]int32{src, dst}] {
		return false
	}
	lk.seen[[2]int32{src, dst}] = true
	return true
}

// add links src to dst from start unless they are linked already (-1). An
// active link stays active; others may have ended, be suspended or only be
// proposed.
func (lk *linker) add(kind string, src, dst int32, start Day, goal string, active bool) int32 {
	g := lk.g
	if !lk.claim(src, dst) {
		return -1
	}
	l := Link{Kind: kind, Source: src, Target: dst, Status: "ACTIVE", StartedOn: start, Goals: goal}
	switch x := g.r.IntN(100); {
	case active:
	case x < 12:
		l.Status = "ENDED"
		l.EndedOn = g.day(start+200, max(start+200, Today-30))
	case x < 17:
		l.Status = "SUSPENDED"
	case x < 25:
		l.Status, l.StartedOn = "PROPOSED", 0
	}
	if l.Status != "PROPOSED" {
		l.SourceReference = g.document(start)
	} else {
		l.Notes = "拟建立共建关系，待乡镇党委审核。"
	}
	return g.addLink(l)
}

// document is the number of a county organization-department document of
// the year of day.
func (g *gen) document(day Day) string {
	return fmt.Sprintf("%s组发〔%d〕%d号", g.docPrefix, day.Year(), g.between(1, 60))
}

// twinning pairs backward villages (most of them), some difficult ones and
// a few others with the county's urban units, within each unit's capacity:
// source = urban unit, target = village party organization.
func (lk *linker) twinning() {
	g := lk.g
	capacity := make([]int32, len(g.urban))
	for i, u := range g.urban {
		capacity[i] = g.org(u).TwinningCapacity
	}
	for _, v := range g.villages {
		switch {
		case v.backward:
			if g.chance(0.25) {
				lk.twin(capacity, v, "ENDED")
			}
			if g.chance(g.p.twinned) {
				lk.twin(capacity, v, "ACTIVE")
			} else if g.chance(0.4) {
				lk.twin(capacity, v, "PROPOSED")
			}
		case v.difficult && g.chance(0.3):
			lk.twin(capacity, v, "ACTIVE")
		case g.chance(0.02):
			lk.twin(capacity, v, "ENDED")
		}
	}
}

// twin links an urban unit with capacity left to the village; an active
// link uses up one of the unit's places.
func (lk *linker) twin(capacity []int32, v *village, status string) {
	g := lk.g
	var free []int
	for i, c := range capacity {
		if c > 0 {
			free = append(free, i)
		}
	}
	if len(free) == 0 {
		return
	}
	i := free[g.r.IntN(len(free))]
	u := g.urban[i]
	if !lk.claim(u, v.party) {
		return
	}
	l := Link{Kind: "URBAN_RURAL_TWINNING", Source: u, Target: v.party, Status: status, Goals: goals[g.r.IntN(2)]}
	if status != "ENDED" { // active and proposed twinnings hold a place
		capacity[i]--
	}
	switch status {
	case "ACTIVE":
		l.StartedOn = g.day(Date(2008, 3, 1), Date(2025, 3, 31))
		l.SourceReference = g.document(l.StartedOn)
	case "ENDED":
		l.StartedOn = g.day(Date(2008, 3, 1), Date(2012, 3, 31))
		l.EndedOn = l.StartedOn + Day(g.between(700, 1800))
		l.SourceReference = g.document(l.StartedOn)
	case "PROPOSED":
		l.Notes = "待结对：城市单位已报名，待县委组织部确认。"
	}
	g.twinningHistory(g.addLink(l), l)
}

// twinningHistory records a twinning's changes of state: proposed some weeks
// before it started (lately, when it is only proposed), activated on its
// start, ended on its end. The days come from the link's number, not from
// the random source, so that the history changes no other row of the demo.
func (g *gen) twinningHistory(id int32, l Link) {
	lead := Day(14 + id%40)
	add := func(from, to string, on Day, reason string) {
		g.ch.Transitions = append(g.ch.Transitions, Transition{Link: id, From: from, To: to, On: on, Reason: reason})
	}
	if l.Status == "PROPOSED" {
		add("", "PROPOSED", Today-lead, "城市单位报名结对，待县委组织部审核。")
		return
	}
	add("", "PROPOSED", l.StartedOn-lead, "县委组织部拟定城乡结对方案。")
	add("PROPOSED", "ACTIVE", l.StartedOn, "双方签订结对帮扶协议。")
	if l.Status == "ENDED" {
		add("ACTIVE", "ENDED", l.EndedOn, "结对帮扶期满。")
	}
}

// township links each of the township's villages with a weaker or stronger
// neighbour, an enterprise, a community and, in border villages, the border
// police station; and a border township's committee with the county's
// border brigade.
func (lk *linker) township(t *township) {
	g := lk.g
	for _, v := range t.villages {
		// village–village: a stronger village helps a weaker neighbour
		if len(t.villages) > 1 && g.chance(0.65) {
			w := t.villages[g.r.IntN(len(t.villages))]
			if w != v {
				src, dst := v, w
				if w.income > v.income {
					src, dst = w, v
				}
				lk.add("VILLAGE_VILLAGE", src.party, dst.party, g.day(Date(2009, 1, 1), Date(2025, 6, 30)), goals[7], false)
			}
		}
		// village–enterprise
		if g.chance(0.45) {
			pool := g.villageEnts
			if len(pool) == 0 || g.chance(0.4) {
				pool = g.bigEnterprises
			}
			if len(pool) > 0 {
				lk.add("VILLAGE_ENTERPRISE", pool[g.r.IntN(len(pool))], v.party, g.day(Date(2009, 1, 1), Date(2025, 6, 30)), goals[8], false)
			}
		}
		// village–community
		if len(g.communityOrgs) > 0 && g.chance(0.25) {
			lk.add("VILLAGE_COMMUNITY", g.communityOrgs[g.r.IntN(len(g.communityOrgs))], v.party, g.day(Date(2010, 1, 1), Date(2025, 6, 30)), goals[9], false)
		}
		// military–civilian co-building in border villages
		if v.border && t.station >= 0 && (v.officer >= 0 || g.chance(0.3)) {
			start := v.officerPost
			if start == 0 {
				start = g.day(Date(2009, 6, 1), Date(2024, 12, 31))
			}
			lk.add("MILITARY_CIVILIAN", t.station, v.party, start, goals[6], v.officer >= 0)
		}
	}
	if t.border && g.brigade >= 0 {
		lk.add("MILITARY_CIVILIAN", g.brigade, t.committee, g.day(Date(2019, 3, 1), Date(2024, 12, 31)), goals[6], false)
	}
}

// industryChains links each chain party organization to the villages,
// cooperatives and cooperative branches of its product (and a few others).
func (lk *linker) industryChains() {
	g := lk.g
	for _, c := range g.chains {
		n := g.between(4, 12)
		for _, v := range g.villages {
			if n == 0 {
				break
			}
			if v.product != c.product && !g.chance(0.03) {
				continue
			}
			target := v.party
			if len(v.coopBranches) > 0 && g.chance(0.5) {
				target = v.coopBranches[g.r.IntN(len(v.coopBranches))]
			} else if len(v.coops) > 0 && g.chance(0.3) {
				target = v.coops[g.r.IntN(len(v.coops))]
			}
			if lk.add("INDUSTRY_CHAIN", c.org, target, g.day(max(g.org(c.org).FoundedOn, Date(2010, 1, 1)), Date(2025, 6, 30)), goals[5], false) >= 0 {
				n--
			}
		}
	}
}

var activityKinds = []string{"VISIT", "FUNDING", "TRAINING", "PROJECT", "DONATION", "OTHER"}

func (g *gen) activities() {
	for i := range g.ch.Links {
		g.linkActivities(i)
	}
}

// linkActivities adds the activities of the chunk's link i, none for a
// link only proposed.
func (g *gen) linkActivities(i int) {
	l := &g.ch.Links[i]
	if l.Status == "PROPOSED" || l.StartedOn == 0 {
		return
	}
	end := l.EndedOn
	if end == 0 {
		end = Today
	}
	li := int32(g.ch.First[TLinks] + i)
	for k := g.pickWeights([]int{10, 20, 25, 20, 15, 10}); k > 0; k-- {
		kind := activityKinds[g.pickWeights([]int{30, 20, 20, 10, 12, 8})]
		a := LinkActivity{Link: li, On: g.day(l.StartedOn, end), Kind: kind, Amount: -1, Participants: int32(g.between(3, 60))}
		texts := activityText[kind]
		a.Description = texts[g.r.IntN(len(texts))]
		switch kind {
		case "FUNDING", "PROJECT":
			a.Amount = round100(5000 + g.skew(0, 400000))
		case "DONATION":
			a.Amount = round100(1000 + g.skew(0, 60000))
		}
		g.ch.Activities = append(g.ch.Activities, a)
	}
	// Most active twinnings did something in the 80 days before the demo
	// is made (whether a twinning is stale depends on the real day); the
	// rest are stale. The day and the text come from the link's number, not
	// from the random source, so that no other row of the demo changes.
	if l.Kind == "URBAN_RURAL_TWINNING" && l.Status == "ACTIVE" && li%10 < 7 {
		now := time.Now().UTC()
		if on := Date(now.Year(), now.Month(), now.Day()) - Day(li*37%80); on >= l.StartedOn {
			texts := activityText["VISIT"]
			g.ch.Activities = append(g.ch.Activities, LinkActivity{Link: li, On: on, Kind: "VISIT", Amount: -1,
				Participants: 4 + li%12, Description: texts[int(li)%len(texts)]})
		}
	}
}

// fillTotals sums households and population into townships and the county.
func (g *gen) fillTotals() {
	county := g.region(g.countyRegion)
	for _, t := range g.townships {
		tr := g.region(t.region)
		var hh, pop int32
		for i := range g.ch.Regions {
			r := &g.ch.Regions[i]
			if r.Parent == t.region && r.Households >= 0 {
				hh += r.Households
				pop += r.Population
			}
		}
		tr.Households, tr.Population = hh, pop
		county.Households += hh
		county.Population += pop
	}
}
