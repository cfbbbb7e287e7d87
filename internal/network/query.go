package network

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"grassroots/internal/fault"
)

// flt is a compiled Filter.
type flt struct {
	mask uint8 // bit per kind code, PARENT and HOST included
	day  int32
}

func compile(f Filter) (flt, error) {
	var c flt
	for _, k := range f.Kinds {
		switch k {
		case "PARENT":
			c.mask |= 1 << kParent
		case "HOST":
			c.mask |= 1 << kHost
		default:
			code, ok := kindCode(k)
			if !ok {
				return c, fault.Invalid("kinds", "unknown link kind %q", k)
			}
			c.mask |= 1 << code
		}
	}
	if c.mask&allLinks == 0 && len(f.Kinds) == 0 {
		c.mask |= allLinks
	}
	if f.Hierarchy {
		c.mask |= 1<<kParent | 1<<kHost
	}
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = time.Now().UTC()
	}
	c.day = dayOf(asOf)
	return c, nil
}

func (f *flt) link(r linkRec) bool {
	return f.mask&(1<<r.kind) != 0 && r.status != stProposed && r.start <= f.day && f.day < r.end
}

// valid reports whether the half-edge h at v exists now and passes f.
func (s *snap) valid(v int32, h half, f *flt) bool {
	u := h.nbr
	switch h.e {
	case eChildOf:
		return f.mask&(1<<kParent) != 0 && s.alive(u) && s.org(v).parent == u
	case eParentOf:
		return f.mask&(1<<kParent) != 0 && s.alive(u) && s.org(u).parent == v
	case eHostedIn:
		return f.mask&(1<<kHost) != 0 && s.alive(u) && s.org(v).host == u
	case eHosts:
		return f.mask&(1<<kHost) != 0 && s.alive(u) && s.org(u).host == v
	}
	r := s.link(h.e)
	return r.alive && f.link(r) && ((r.src == v && r.dst == u) || (r.src == u && r.dst == v)) && s.alive(u)
}

// neighbors appends the filtered half-edges of v to buf.
func (s *snap) neighbors(v int32, f *flt, buf []half) []half {
	b := s.b
	dirty := true
	if v < b.n {
		dirty = b.dirty.get(v)
		for _, h := range b.adj[b.off[v]:b.off[v+1]] {
			if s.valid(v, h, f) {
				buf = append(buf, h)
			}
		}
	}
	if dirty {
		for _, h := range s.adjAdd[v] {
			if s.valid(v, h, f) {
				buf = append(buf, h)
			}
		}
	}
	return buf
}

func (s *snap) degree(v int32, f *flt, buf []half) (int, []half) {
	buf = s.neighbors(v, f, buf[:0])
	return len(buf), buf
}

// edge turns the half-edge h at v into an Edge.
func (s *snap) edge(v int32, h half) Edge {
	u := h.nbr
	switch h.e {
	case eChildOf:
		return Edge{ID: "parent:" + strconv.FormatInt(s.id(v), 10), Source: int(s.id(u)), Target: int(s.id(v)), Kind: "PARENT"}
	case eParentOf:
		return Edge{ID: "parent:" + strconv.FormatInt(s.id(u), 10), Source: int(s.id(v)), Target: int(s.id(u)), Kind: "PARENT"}
	case eHostedIn:
		return Edge{ID: "host:" + strconv.FormatInt(s.id(v), 10), Source: int(s.id(u)), Target: int(s.id(v)), Kind: "HOST"}
	case eHosts:
		return Edge{ID: "host:" + strconv.FormatInt(s.id(u), 10), Source: int(s.id(v)), Target: int(s.id(u)), Kind: "HOST"}
	}
	r := s.link(h.e)
	id := s.linkID(h.e)
	return Edge{ID: "link:" + strconv.FormatInt(id, 10), LinkID: int(id), Source: int(s.id(r.src)), Target: int(s.id(r.dst)), Kind: kindNames[r.kind]}
}

// lookup resolves organization IDs, reporting unknown ones against field.
func (s *snap) lookup(field string, id int) (int32, error) {
	v := s.node(int64(id))
	if v < 0 || !s.org(v).alive {
		return -1, fault.Missing(field, "no organization has ID %d", id)
	}
	return v, nil
}

// Ego returns the organizations within depth hops of the seeds. When more
// than maxNodes qualify, nearer ones win, then higher degrees, then lower IDs;
// the rest are counted in the Hidden of the returned nodes next to them.
func (x *Index) Ego(seeds []int, depth int, f Filter, maxNodes int) (*Ego, error) {
	if len(seeds) == 0 {
		return nil, fault.Invalid("seeds", "give at least one organization")
	}
	if depth < 0 || depth > MaxDepth {
		return nil, fault.Invalid("depth", "depth must be between 0 and %d", MaxDepth)
	}
	if maxNodes < 1 || maxNodes > MaxNodes {
		return nil, fault.Invalid("maxNodes", "maxNodes must be between 1 and %d", MaxNodes)
	}
	fl, err := compile(f)
	if err != nil {
		return nil, err
	}
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	type cand struct {
		v   int32
		deg int
		id  int64
	}
	byRank := func(a, b cand) int {
		if c := cmp.Compare(b.deg, a.deg); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	}
	pos := newIMap(64)
	var level []cand
	for _, id := range seeds {
		v, err := s.lookup("seeds", id)
		if err != nil {
			return nil, err
		}
		if pos.add(v, -1) {
			level = append(level, cand{v: v, id: int64(id)})
		}
	}
	var buf []half
	for i := range level {
		level[i].deg, buf = s.degree(level[i].v, &fl, buf)
	}
	slices.SortFunc(level, byRank)
	out := &Ego{}
	var order []int32
	take := func(cs []cand, d int) {
		for _, c := range cs {
			order = append(order, c.v)
			out.Nodes = append(out.Nodes, Node{ID: int(c.id), Depth: d, Degree: c.deg})
		}
	}
	if len(level) > maxNodes {
		level, out.Truncated = level[:maxNodes], true
	}
	take(level, 0)
	for d := 1; d <= depth && !out.Truncated; d++ {
		var next []cand
		for _, c := range level {
			buf = s.neighbors(c.v, &fl, buf[:0])
			for _, h := range buf {
				if pos.add(h.nbr, -1) {
					next = append(next, cand{v: h.nbr})
				}
			}
		}
		if len(next) == 0 {
			break
		}
		for i := range next {
			next[i].deg, buf = s.degree(next[i].v, &fl, buf)
			next[i].id = s.id(next[i].v)
		}
		slices.SortFunc(next, byRank)
		if room := maxNodes - len(order); len(next) > room {
			next, out.Truncated = next[:room], true
		}
		take(next, d)
		level = next
	}
	// Positions of the returned nodes; the candidates left out are dropped.
	in := newIMap(len(order))
	for i, v := range order {
		in.add(v, int32(i))
	}
	seen := newIMap(16)
	for i, v := range order {
		buf = s.neighbors(v, &fl, buf[:0])
		hidden := 0
		if out.Truncated && out.Nodes[i].Depth < depth {
			seen.init(4)
		}
		for _, h := range buf {
			j, ok := in.get(h.nbr)
			switch {
			case ok && int(j) > i:
				out.Edges = append(out.Edges, s.edge(v, h))
			case !ok && out.Truncated && out.Nodes[i].Depth < depth:
				if seen.add(h.nbr, 0) {
					hidden++
				}
			}
		}
		out.Nodes[i].Hidden = hidden
	}
	return out, nil
}

// blocks are the nodes and node pairs a constrained search may not use.
type blocks struct {
	nodes *imap
	pairs map[[2]int32]bool
}

func (b *blocks) allows(v int32, h half) bool {
	if b == nil {
		return true
	}
	if b.nodes != nil && b.nodes.has(h.nbr) {
		return false
	}
	if len(b.pairs) > 0 && b.pairs[[2]int32{min(v, h.nbr), max(v, h.nbr)}] {
		return false
	}
	return true
}

type step struct {
	v int32 // the node reached
	h half  // the half-edge at the previous node (forward) / next node (backward)
	p int32 // previous (forward) or next (backward) node
	d int32 // distance from the side's root
}

// side is one direction of a bidirectional search: the nodes it has seen
// (node → index into steps), how it reached each, and its last level.
type side struct {
	seen     *imap
	steps    []step
	frontier []int32
	d        int
}

func newSide(root int32) *side {
	sd := &side{seen: newIMap(64), steps: []step{{v: root, p: -1}}, frontier: []int32{root}}
	sd.seen.add(root, 0)
	return sd
}

// grow expands the side by one level and reports the shortest meeting with
// other found on it: the path length (-1 for none) and the meeting point's
// step on this side and on the other.
func (sd *side) grow(s *snap, f *flt, blk *blocks, other *side, buf []half) (best int, mine, theirs int32, _ []half) {
	best, mine, theirs = -1, -1, -1
	var next []int32
	for _, v := range sd.frontier {
		buf = s.neighbors(v, f, buf[:0])
		for _, h := range buf {
			if !blk.allows(v, h) || !sd.seen.add(h.nbr, int32(len(sd.steps))) {
				continue
			}
			sd.steps = append(sd.steps, step{v: h.nbr, h: h, p: v, d: int32(sd.d + 1)})
			next = append(next, h.nbr)
			if j, ok := other.seen.get(h.nbr); ok {
				if l := sd.d + 1 + int(other.steps[j].d); best < 0 || l < best {
					best, mine, theirs = l, int32(len(sd.steps)-1), j
				}
			}
		}
	}
	sd.frontier, sd.d = next, sd.d+1
	return best, mine, theirs, buf
}

// bfsPath finds one shortest path of at most maxLen edges from a to z, by
// bidirectional breadth-first search. It returns the nodes and, for each
// edge, the node it was seen from and the half-edge there.
func (s *snap) bfsPath(a, z int32, f *flt, maxLen int, blk *blocks) ([]int32, []int32, []half) {
	if a == z {
		return []int32{a}, nil, nil
	}
	fw, bw := newSide(a), newSide(z)
	var buf []half
	bestLen, meetF, meetB := -1, int32(-1), int32(-1)
	for len(fw.frontier) > 0 && len(bw.frontier) > 0 && fw.d+bw.d < maxLen {
		// Grow the smaller side by one level.
		if len(fw.frontier) <= len(bw.frontier) {
			bestLen, meetF, meetB, buf = fw.grow(s, f, blk, bw, buf)
		} else {
			bestLen, meetB, meetF, buf = bw.grow(s, f, blk, fw, buf)
		}
		if bestLen >= 0 {
			break
		}
	}
	if bestLen < 0 || bestLen > maxLen {
		return nil, nil, nil
	}
	// Walk back from the meeting point on both sides.
	var nodes, from []int32
	var halves []half
	for i := meetF; ; {
		st := fw.steps[i]
		nodes = append(nodes, st.v)
		if st.p < 0 {
			break
		}
		from = append(from, st.p)
		halves = append(halves, st.h)
		i, _ = fw.seen.get(st.p)
	}
	slices.Reverse(nodes)
	slices.Reverse(from)
	slices.Reverse(halves)
	for i := meetB; ; {
		st := bw.steps[i]
		if st.p < 0 {
			break
		}
		nodes = append(nodes, st.p)
		from = append(from, st.p)
		halves = append(halves, st.h)
		i, _ = bw.seen.get(st.p)
	}
	return nodes, from, halves
}

func (s *snap) path(nodes, from []int32, halves []half) Path {
	p := Path{Nodes: make([]int, len(nodes)), Edges: make([]Edge, len(halves))}
	for i, v := range nodes {
		p.Nodes[i] = int(s.id(v))
	}
	for i, h := range halves {
		p.Edges[i] = s.edge(from[i], h)
	}
	return p
}

func checkPath(s *snap, from, to int, maxLength int) (int32, int32, error) {
	a, err := s.lookup("from", from)
	if err != nil {
		return -1, -1, err
	}
	z, err := s.lookup("to", to)
	if err != nil {
		return -1, -1, err
	}
	if from == to {
		return -1, -1, fault.Invalid("to", "from and to are the same organization")
	}
	if maxLength < 1 || maxLength > MaxLength {
		return -1, -1, fault.Invalid("maxLength", "maxLength must be between 1 and %d", MaxLength)
	}
	return a, z, nil
}

// ShortestPath returns a shortest path of at most maxLength edges, or nil.
func (x *Index) ShortestPath(from, to int, f Filter, maxLength int) (*Path, error) {
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	a, z, err := checkPath(s, from, to, maxLength)
	if err != nil {
		return nil, err
	}
	fl, err := compile(f)
	if err != nil {
		return nil, err
	}
	nodes, fr, hs := s.bfsPath(a, z, &fl, maxLength, nil)
	if nodes == nil {
		return nil, nil
	}
	p := s.path(nodes, fr, hs)
	return &p, nil
}

type rawPath struct {
	nodes, from []int32
	halves      []half
}

// Paths returns up to k shortest loopless paths with distinct node sequences
// (Yen's algorithm), shortest first.
func (x *Index) Paths(from, to int, f Filter, maxLength, k int) ([]Path, error) {
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	a, z, err := checkPath(s, from, to, maxLength)
	if err != nil {
		return nil, err
	}
	if k < 1 || k > MaxPaths {
		return nil, fault.Invalid("first", "first must be between 1 and %d", MaxPaths)
	}
	fl, err := compile(f)
	if err != nil {
		return nil, err
	}
	n0, f0, h0 := s.bfsPath(a, z, &fl, maxLength, nil)
	if n0 == nil {
		return nil, nil
	}
	key := func(ns []int32) string {
		b := make([]byte, 0, 4*len(ns))
		for _, v := range ns {
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		}
		return string(b)
	}
	found := []rawPath{{n0, f0, h0}}
	seen := map[string]bool{key(n0): true}
	var cands []rawPath
	for len(found) < k {
		prev := found[len(found)-1]
		for i := 0; i < len(prev.nodes)-1; i++ {
			spur := prev.nodes[i]
			root := prev.nodes[:i+1]
			blk := &blocks{nodes: newIMap(i + 1), pairs: map[[2]int32]bool{}}
			for _, v := range root[:i] {
				blk.nodes.add(v, 0)
			}
			for _, p := range found {
				if len(p.nodes) > i+1 && slices.Equal(p.nodes[:i+1], root) {
					u, w := p.nodes[i], p.nodes[i+1]
					blk.pairs[[2]int32{min(u, w), max(u, w)}] = true
				}
			}
			sn, sf, sh := s.bfsPath(spur, z, &fl, maxLength-i, blk)
			if sn == nil {
				continue
			}
			np := rawPath{
				nodes:  append(slices.Clone(root), sn[1:]...),
				from:   append(slices.Clone(prev.from[:i]), sf...),
				halves: append(slices.Clone(prev.halves[:i]), sh...),
			}
			if kk := key(np.nodes); !seen[kk] {
				seen[kk] = true
				cands = append(cands, np)
			}
		}
		if len(cands) == 0 {
			break
		}
		best := 0
		for i, c := range cands {
			if len(c.nodes) < len(cands[best].nodes) {
				best = i
			}
		}
		found = append(found, cands[best])
		cands = slices.Delete(cands, best, best+1)
	}
	out := make([]Path, len(found))
	for i, p := range found {
		out[i] = s.path(p.nodes, p.from, p.halves)
	}
	return out, nil
}
