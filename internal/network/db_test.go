package network

import (
	"context"
	"database/sql"
	"fmt"
	"grassroots/tooling/viewtest"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/twinning/rule"
	"grassroots/tooling/testdb"
)

var ctx = context.Background()

var (
	orgKinds    = []organization.Kind{organization.KindPARTY_COMMITTEE, organization.KindPARTY_GENERAL_BRANCH, organization.KindPARTY_BRANCH, organization.KindVILLAGERS_COMMITTEE, organization.KindCOOPERATIVE, organization.KindENTERPRISE, organization.KindURBAN_COMMUNITY, organization.KindGOVERNMENT_ORGAN}
	linkKindsDB = []link.Kind{link.KindVILLAGE_VILLAGE, link.KindVILLAGE_ENTERPRISE, link.KindVILLAGE_COMMUNITY, link.KindURBAN_RURAL_TWINNING, link.KindINDUSTRY_CHAIN, link.KindMILITARY_CIVILIAN}
	statusesDB  = []link.Status{link.StatusPROPOSED, link.StatusACTIVE, link.StatusSUSPENDED, link.StatusENDED}
	epoch       = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
)

func isPartyKind(k organization.Kind) bool {
	return k == organization.KindPARTY_BRANCH || k == organization.KindPARTY_GENERAL_BRANCH || k == organization.KindPARTY_COMMITTEE
}

type world struct {
	t       *testing.T
	c       *ent.Client
	db      *sql.DB
	rng     *rand.Rand
	regions []*ent.Region
}

func (w *world) date() *time.Time {
	if w.rng.IntN(4) == 0 {
		return nil
	}
	d := epoch.AddDate(0, 0, w.rng.IntN(3650))
	return &d
}

func (w *world) orgIDs(party bool) []int {
	q := w.c.Organization.Query()
	if party {
		q = q.Where(organization.KindIn(organization.KindPARTY_BRANCH, organization.KindPARTY_GENERAL_BRANCH, organization.KindPARTY_COMMITTEE))
	}
	ids, err := q.IDs(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return ids
}

func pick(r *rand.Rand, ids []int) int { return ids[r.IntN(len(ids))] }

func (w *world) newOrg(c *ent.Client) error {
	kind := orgKinds[w.rng.IntN(len(orgKinds))]
	if w.rng.IntN(5) < 2 {
		kind = organization.KindPARTY_BRANCH
	}
	cr := c.Organization.Create().SetName("组织").SetKind(kind).SetRegionID(w.regions[w.rng.IntN(len(w.regions))].ID)
	if isPartyKind(kind) {
		if ps := w.orgIDs(true); len(ps) > 0 && w.rng.IntN(10) < 6 {
			cr.SetParentID(pick(w.rng, ps))
		}
		if os := w.orgIDs(false); len(os) > 0 && w.rng.IntN(10) < 3 {
			cr.SetHostID(pick(w.rng, os))
		}
	}
	_, err := cr.Save(ctx)
	return err
}

func (w *world) newLink(c *ent.Client) error {
	os := w.orgIDs(false)
	a, b := pick(w.rng, os), pick(w.rng, os)
	if a == b {
		return nil
	}
	start, end := w.date(), w.date()
	if start != nil && end != nil && end.Before(*start) {
		start, end = end, start
	}
	_, err := c.Link.Create().SetSourceID(a).SetTargetID(b).
		SetKind(linkKindsDB[w.rng.IntN(len(linkKindsDB))]).SetStatus(statusesDB[w.rng.IntN(len(statusesDB))]).
		SetNillableStartedOn(start).SetNillableEndedOn(end).Save(rule.Checked(ctx)) // any two ends, whatever the twinning rules
	return err
}

// mutate makes one random write through c (a client or a transaction's).
func (w *world) mutate(c *ent.Client) {
	lids, err := w.c.Link.Query().IDs(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	switch op := w.rng.IntN(9); {
	case op < 2 || len(lids) == 0:
		err = w.newLink(c)
	case op == 2:
		err = w.newOrg(c)
	case op == 3:
		u := c.Link.UpdateOneID(pick(w.rng, lids)).SetStatus(statusesDB[w.rng.IntN(len(statusesDB))]).SetKind(linkKindsDB[w.rng.IntN(len(linkKindsDB))])
		if w.rng.IntN(2) == 0 {
			u.ClearStartedOn().ClearEndedOn()
		}
		err = u.Exec(rule.Checked(ctx)) // any change, whatever the twinning rules
	case op == 4:
		os := w.orgIDs(false)
		a, b := pick(w.rng, os), pick(w.rng, os)
		if a != b {
			err = c.Link.UpdateOneID(pick(w.rng, lids)).SetSourceID(a).SetTargetID(b).Exec(rule.Checked(ctx))
		}
	case op == 5:
		err = c.Link.DeleteOneID(pick(w.rng, lids)).Exec(ctx)
	case op == 6: // bulk update
		_, err = c.Link.Update().Where(link.KindEQ(linkKindsDB[w.rng.IntN(len(linkKindsDB))])).SetStatus(statusesDB[w.rng.IntN(len(statusesDB))]).Save(ctx)
	case op == 7:
		ps := w.orgIDs(true)
		id := pick(w.rng, ps)
		u := c.Organization.UpdateOneID(id).SetRegionID(w.regions[w.rng.IntN(len(w.regions))].ID)
		if w.rng.IntN(2) == 0 {
			u.ClearParent()
		} else if p := pick(w.rng, ps); p != id {
			u.SetParentID(p)
		}
		if w.rng.IntN(2) == 0 {
			u.SetHostID(pick(w.rng, w.orgIDs(false)))
		}
		err = u.Exec(ctx)
		if err != nil { // a cycle, refused by the schema's hook before any SQL
			err = nil
		}
	case op == 8: // delete an organization without links
		os := w.orgIDs(false)
		id := pick(w.rng, os)
		n, qerr := w.c.Link.Query().Where(link.Or(link.SourceID(id), link.TargetID(id))).Count(ctx)
		if qerr != nil {
			w.t.Fatal(qerr)
		}
		if n == 0 {
			err = c.Organization.DeleteOneID(id).Exec(ctx)
		}
	}
	if err != nil {
		w.t.Fatalf("mutate: %v", err)
	}
}

// --- the reference: plain BFS over rows read back with SQL ---

type refEdge struct {
	nbr int
	id  string
}

type refRows struct {
	orgs   map[int]int // id → region
	parent map[int]int
	host   map[int]int
	links  []refLink
}

type refLink struct {
	id, src, dst int
	kind, status string
	start, end   sql.NullTime
}

func readRows(t *testing.T, db *sql.DB) *refRows {
	r := &refRows{orgs: map[int]int{}, parent: map[int]int{}, host: map[int]int{}}
	rows, err := db.Query(`SELECT id, region_id, parent_id, host_id FROM organizations`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, reg int
		var p, h sql.NullInt64
		if err := rows.Scan(&id, &reg, &p, &h); err != nil {
			t.Fatal(err)
		}
		r.orgs[id] = reg
		if p.Valid {
			r.parent[id] = int(p.Int64)
		}
		if h.Valid {
			r.host[id] = int(h.Int64)
		}
	}
	rows.Close()
	rows, err = db.Query(`SELECT id, kind, status, source_id, target_id, started_on, ended_on FROM links`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var l refLink
		if err := rows.Scan(&l.id, &l.kind, &l.status, &l.src, &l.dst, &l.start, &l.end); err != nil {
			t.Fatal(err)
		}
		r.links = append(r.links, l)
	}
	rows.Close()
	return r
}

func (r *refRows) adjacency(kinds []string, hier bool, asOf time.Time) map[int][]refEdge {
	adj := map[int][]refEdge{}
	add := func(a, b int, id string) {
		adj[a] = append(adj[a], refEdge{b, id})
		adj[b] = append(adj[b], refEdge{a, id})
	}
	for _, l := range r.links {
		if len(kinds) > 0 && !slices.Contains(kinds, l.kind) || l.status == "PROPOSED" {
			continue
		}
		if l.start.Valid && l.start.Time.After(asOf) || l.end.Valid && !l.end.Time.After(asOf) {
			continue
		}
		add(l.src, l.dst, fmt.Sprint("link:", l.id))
	}
	if hier {
		for c, p := range r.parent {
			add(p, c, fmt.Sprint("parent:", c))
		}
		for c, h := range r.host {
			add(h, c, fmt.Sprint("host:", c))
		}
	}
	return adj
}

func bfs(adj map[int][]refEdge, seeds []int, depth int) map[int]int {
	d := map[int]int{}
	var q []int
	for _, s := range seeds {
		if _, ok := d[s]; !ok {
			d[s] = 0
			q = append(q, s)
		}
	}
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		if d[v] == depth {
			continue
		}
		for _, e := range adj[v] {
			if _, ok := d[e.nbr]; !ok {
				d[e.nbr] = d[v] + 1
				q = append(q, e.nbr)
			}
		}
	}
	return d
}

func (w *world) compare(x *Index, label string) {
	t := w.t
	t.Helper()
	ref := readRows(t, w.db)
	if o, l := x.Size(); o != len(ref.orgs) || l != len(ref.links) {
		t.Fatalf("%s: index has %d orgs, %d links; database %d, %d", label, o, l, len(ref.orgs), len(ref.links))
	}
	ids := make([]int, 0, len(ref.orgs))
	for id := range ref.orgs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	regionIDs := make([]int, len(w.regions))
	for i, r := range w.regions {
		regionIDs[i] = r.ID
	}
	for trial := 0; trial < 12; trial++ {
		var kinds []string
		if w.rng.IntN(3) > 0 {
			for _, k := range linkKindsDB {
				if w.rng.IntN(2) == 0 {
					kinds = append(kinds, string(k))
				}
			}
		}
		hier := w.rng.IntN(2) == 0
		asOf := epoch.AddDate(0, 0, w.rng.IntN(3700)-30)
		if trial%4 == 0 { // exactly a boundary date
			for _, l := range ref.links {
				if l.end.Valid && w.rng.IntN(3) == 0 {
					asOf = l.end.Time.UTC()
					break
				}
			}
		}
		f := Filter{Kinds: kinds, Hierarchy: hier, AsOf: asOf}
		if len(kinds) == 0 && w.rng.IntN(2) == 0 {
			f.Kinds = nil
		}
		adj := ref.adjacency(kinds, hier, asOf)
		name := fmt.Sprintf("%s kinds=%v hier=%v asOf=%s", label, kinds, hier, asOf.Format("2006-01-02"))

		// Ego.
		for q := 0; q < 8; q++ {
			seeds := []int{pick(w.rng, ids)}
			if w.rng.IntN(3) == 0 {
				seeds = append(seeds, pick(w.rng, ids))
			}
			depth := w.rng.IntN(MaxDepth + 1)
			e, err := x.Ego(seeds, depth, f, MaxNodes)
			if err != nil {
				t.Fatalf("%s: ego: %v", name, err)
			}
			want := bfs(adj, seeds, depth)
			if e.Truncated || len(e.Nodes) != len(want) {
				t.Fatalf("%s: ego %v depth %d: %d nodes (truncated %v), want %d", name, seeds, depth, len(e.Nodes), e.Truncated, len(want))
			}
			wantEdges := map[string]bool{}
			for _, n := range e.Nodes {
				d, ok := want[n.ID]
				if !ok || d != n.Depth || n.Degree != len(adj[n.ID]) || n.Hidden != 0 {
					t.Fatalf("%s: ego node %+v: want depth %d (in=%v) degree %d", name, n, d, ok, len(adj[n.ID]))
				}
				for _, re := range adj[n.ID] {
					if _, ok := want[re.nbr]; ok {
						wantEdges[re.id] = true
					}
				}
			}
			got := map[string]bool{}
			for _, ed := range e.Edges {
				if got[ed.ID] {
					t.Fatalf("%s: edge %s twice", name, ed.ID)
				}
				got[ed.ID] = true
			}
			if len(got) != len(wantEdges) {
				t.Fatalf("%s: ego edges %d want %d", name, len(got), len(wantEdges))
			}
			for id := range wantEdges {
				if !got[id] {
					t.Fatalf("%s: missing edge %s", name, id)
				}
			}
		}

		// Shortest paths.
		for q := 0; q < 10; q++ {
			a, b := pick(w.rng, ids), pick(w.rng, ids)
			if a == b {
				continue
			}
			maxLen := 1 + w.rng.IntN(testMaxLength)
			p, err := x.ShortestPath(a, b, f, maxLen)
			if err != nil {
				t.Fatalf("%s: path: %v", name, err)
			}
			d, ok := bfs(adj, []int{a}, maxLen)[b]
			if !ok {
				if p != nil {
					t.Fatalf("%s: path %d→%d found %v, want none", name, a, b, p.Nodes)
				}
				continue
			}
			if p == nil || len(p.Edges) != d || len(p.Nodes) != d+1 || p.Nodes[0] != a || p.Nodes[d] != b {
				t.Fatalf("%s: path %d→%d = %+v, want length %d", name, a, b, p, d)
			}
			for i, ed := range p.Edges {
				okEdge := false
				for _, re := range adj[p.Nodes[i]] {
					if re.nbr == p.Nodes[i+1] && re.id == ed.ID {
						okEdge = true
					}
				}
				if !okEdge {
					t.Fatalf("%s: path edge %+v not between %d and %d", name, ed, p.Nodes[i], p.Nodes[i+1])
				}
			}
			ps, err := x.Paths(a, b, f, maxLen, 1+w.rng.IntN(MaxPaths))
			if err != nil || len(ps) == 0 || len(ps[0].Edges) != d {
				t.Fatalf("%s: paths %d→%d: %v %v", name, a, b, len(ps), err)
			}
			seen := map[string]bool{}
			for i, pp := range ps {
				k := fmt.Sprint(pp.Nodes)
				if seen[k] || (i > 0 && len(pp.Nodes) < len(ps[i-1].Nodes)) || len(pp.Edges) > maxLen {
					t.Fatalf("%s: paths not distinct/ordered: %v", name, ps)
				}
				seen[k] = true
				inPath := map[int]bool{}
				for _, v := range pp.Nodes {
					if inPath[v] {
						t.Fatalf("%s: loop in %v", name, pp.Nodes)
					}
					inPath[v] = true
				}
			}
		}

		// Components and degree over a random set of regions.
		inSet := map[int]bool{}
		for _, r := range regionIDs {
			if w.rng.IntN(3) > 0 {
				inSet[r] = true
			}
		}
		inScope := func(r int) bool { return inSet[r] }
		minSize := 1 + w.rng.IntN(3)
		comps, err := x.Components(inScope, f, minSize, 0)
		if err != nil {
			t.Fatal(err)
		}
		scoped := map[int]bool{}
		for id, r := range ref.orgs {
			if inSet[r] {
				scoped[id] = true
			}
		}
		sdeg := map[int]int{}
		sadj := map[int][]refEdge{}
		for v := range scoped {
			for _, e := range adj[v] {
				if scoped[e.nbr] {
					sdeg[v]++
					sadj[v] = append(sadj[v], e)
				}
			}
		}
		done := map[int]bool{}
		var want []string
		for _, v := range ids {
			if !scoped[v] || done[v] {
				continue
			}
			members := bfs(sadj, []int{v}, len(ids))
			var ms []int
			ends := 0
			for m := range members {
				done[m] = true
				ms = append(ms, m)
				ends += sdeg[m]
			}
			if len(ms) >= minSize {
				sort.Ints(ms)
				want = append(want, fmt.Sprint(len(ms), ends/2, ms))
			}
		}
		var got []string
		for i, c := range comps {
			if i > 0 && c.Size > comps[i-1].Size {
				t.Fatalf("%s: components not largest first", name)
			}
			for j := 1; j < len(c.Members); j++ {
				a, b := c.Members[j-1], c.Members[j]
				if sdeg[a] < sdeg[b] || sdeg[a] == sdeg[b] && a > b {
					t.Fatalf("%s: members not by degree: %v", name, c.Members)
				}
			}
			ms := slices.Clone(c.Members)
			sort.Ints(ms)
			got = append(got, fmt.Sprint(c.Size, c.LinkCount, ms))
		}
		sort.Strings(got)
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: components\n got %v\nwant %v", name, got, want)
		}
		cen, err := x.Centrality(context.Background(), inScope, f, "DEGREE", 0)
		if err != nil {
			t.Fatal(err)
		}
		if cen.Scope != len(scoped) || len(cen.Scores) != len(scoped) {
			t.Fatalf("%s: scope %d want %d", name, cen.Scope, len(scoped))
		}
		for _, s := range cen.Scores {
			if !scoped[s.ID] || int(s.Score) != sdeg[s.ID] {
				t.Fatalf("%s: degree of %d = %v want %d", name, s.ID, s.Score, sdeg[s.ID])
			}
		}
	}
}

func TestAgainstDatabase(t *testing.T) {
	for i, dialect := range testdb.Dialects {
		t.Run(dialect, func(t *testing.T) {
			st := testdb.Open(t, dialect)
			w := &world{t: t, c: st.Client, db: st.DB, rng: rand.New(rand.NewPCG(uint64(i+1), 42))}
			mk := func(parent *ent.Region, level region.Level, code string) *ent.Region {
				c := st.Client.Region.Create().SetCode(code).SetName("地区" + code).SetNameLatin("Diqu").SetLevel(level)
				if parent != nil {
					c.SetParent(parent)
				}
				r, err := c.Save(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			prov := mk(nil, region.LevelPROVINCE, "220000000000")
			city := mk(prov, region.LevelCITY, "220100000000")
			for c := 1; c <= 2; c++ {
				county := mk(city, region.LevelCOUNTY, fmt.Sprintf("2201%02d000000", c))
				for tw := 1; tw <= 2; tw++ {
					town := mk(county, region.LevelTOWNSHIP, fmt.Sprintf("2201%02d%03d000", c, tw))
					w.regions = append(w.regions, town)
					for v := 1; v <= 3; v++ {
						w.regions = append(w.regions, mk(town, region.LevelVILLAGE, fmt.Sprintf("2201%02d%03d%03d", c, tw, v)))
					}
				}
			}
			for range 160 {
				if err := w.newOrg(st.Client); err != nil {
					t.Fatal(err)
				}
			}
			for range 220 {
				if err := w.newLink(st.Client); err != nil {
					t.Fatal(err)
				}
			}
			x := New()
			if err := x.Load(ctx, st.DB); err != nil {
				t.Fatal(err)
			}
			w.compare(x, "loaded")

			// y merges its overlay in the background after every few writes.
			y := New()
			y.mergeAt = 3
			if err := y.Load(ctx, st.DB); err != nil {
				t.Fatal(err)
			}
			viewtest.Open(t, st.Client, &View{Index: x, st: st}, &View{Index: y, st: st})
			for round := 0; round < 6; round++ {
				rollback := round%3 == 2
				tx, err := st.Client.Tx(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for range 8 {
					w.mutate(tx.Client())
				}
				if rollback {
					if err := tx.Rollback(); err != nil {
						t.Fatal(err)
					}
				} else if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
				for range 3 { // outside a transaction
					w.mutate(st.Client)
				}
				y.merges.Wait()
				label := fmt.Sprintf("round %d (rollback %v)", round, rollback)
				w.compare(x, label+" overlay")
				w.compare(y, label+" merged")
			}
			x.compact()
			w.compare(x, "compacted")
			z := New()
			if err := z.Load(ctx, st.DB); err != nil {
				t.Fatal(err)
			}
			w.compare(z, "reloaded")
		})
	}
}
