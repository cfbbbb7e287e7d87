package network

import (
	"maps"
	"slices"
	"time"
)

// snap is one immutable state of the index: a base CSR plus the writes
// applied since it was built. Writers clone it, change the clone and publish.
type snap struct {
	b        *base
	n, ln    int32 // nodes and links, including the overlay's
	nr       int32 // regions, including the overlay's
	newIDs   []int64
	newLIDs  []int64
	newRIDs  []int64
	idOver   map[int64]int32 // global ID → node index, for nodes added since the build
	lidOver  map[int64]int32
	ridOver  map[int64]int32
	orgOver  map[int32]orgRec
	linkOver map[int32]linkRec
	adjAdd   map[int32][]half  // half-edges added since the build
	regAdd   map[int32][]int32 // organizations added to or moved into a region
	size     int               // overlay entries, for merging
}

func newSnap(b *base) *snap {
	return &snap{b: b, n: b.n, ln: int32(len(b.links)), nr: int32(len(b.rids)),
		idOver: map[int64]int32{}, lidOver: map[int64]int32{}, ridOver: map[int64]int32{},
		orgOver: map[int32]orgRec{}, linkOver: map[int32]linkRec{},
		adjAdd: map[int32][]half{}, regAdd: map[int32][]int32{}}
}

func (s *snap) clone() *snap {
	c := *s
	c.idOver, c.lidOver, c.ridOver = maps.Clone(s.idOver), maps.Clone(s.lidOver), maps.Clone(s.ridOver)
	c.orgOver, c.linkOver = maps.Clone(s.orgOver), maps.Clone(s.linkOver)
	c.adjAdd, c.regAdd = maps.Clone(s.adjAdd), maps.Clone(s.regAdd)
	return &c
}

// node returns the index of an organization ID (alive or not), or -1.
func (s *snap) node(id int64) int32 {
	if v := sortedIndex(s.b.ids, id); v >= 0 {
		return v
	}
	if v, ok := s.idOver[id]; ok {
		return v
	}
	return -1
}

func (s *snap) id(v int32) int64 {
	if v < s.b.n {
		return s.b.ids[v]
	}
	return s.newIDs[v-s.b.n]
}

func (s *snap) org(v int32) orgRec {
	if v < s.b.n {
		if !s.b.dirty.get(v) {
			return s.b.orgs[v]
		}
		if o, ok := s.orgOver[v]; ok {
			return o
		}
		return s.b.orgs[v]
	}
	return s.orgOver[v]
}

func (s *snap) alive(v int32) bool {
	if v < s.b.n && !s.b.dirty.get(v) {
		return true
	}
	return s.org(v).alive
}

func (s *snap) linkIdx(id int64) int32 {
	if l := sortedIndex(s.b.lids, id); l >= 0 {
		return l
	}
	if l, ok := s.lidOver[id]; ok {
		return l
	}
	return -1
}

func (s *snap) linkID(l int32) int64 {
	if int(l) < len(s.b.lids) {
		return s.b.lids[l]
	}
	return s.newLIDs[int(l)-len(s.b.lids)]
}

func (s *snap) link(l int32) linkRec {
	if int(l) < len(s.b.links) {
		if !s.b.ldirt.get(l) {
			return s.b.links[l]
		}
		if r, ok := s.linkOver[l]; ok {
			return r
		}
		return s.b.links[l]
	}
	return s.linkOver[l]
}

func (s *snap) regionID(r int32) int64 {
	if int(r) < len(s.b.rids) {
		return s.b.rids[r]
	}
	return s.newRIDs[int(r)-len(s.b.rids)]
}

// --- writes ---

// OrgRow is the indexed state of an organization; 0 means no parent / host.
type OrgRow struct {
	ID, RegionID, ParentID, HostID int
}

// LinkRow is the indexed state of a link.
type LinkRow struct {
	ID                 int
	Kind, Status       string
	SourceID, TargetID int
	StartedOn, EndedOn *time.Time
}

// Change is one committed write: exactly one of its fields is set.
type Change struct {
	Org        *OrgRow
	Link       *LinkRow
	RemoveOrg  int
	RemoveLink int
	seq        uint64
}

// ApplyOrg upserts an organization.
func (x *Index) ApplyOrg(o OrgRow) { x.Apply(Change{Org: &o}) }

// RemoveOrg removes an organization.
func (x *Index) RemoveOrg(id int) { x.Apply(Change{RemoveOrg: id}) }

// ApplyLink upserts a link.
func (x *Index) ApplyLink(l LinkRow) { x.Apply(Change{Link: &l}) }

// RemoveLink removes a link.
func (x *Index) RemoveLink(id int) { x.Apply(Change{RemoveLink: id}) }

// Apply applies committed writes as one new snapshot. Changes carrying a
// sequence number (from the hook) older than the last one applied to the same
// row are ignored.
func (x *Index) Apply(cs ...Change) {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.cur.Load().clone()
	for _, c := range cs {
		if c.seq == 0 {
			c.seq = x.seq.Add(1)
		}
		var key int64
		seqs := x.orgSeq
		switch {
		case c.Org != nil:
			key = int64(c.Org.ID)
		case c.RemoveOrg != 0:
			key = int64(c.RemoveOrg)
		case c.Link != nil:
			key, seqs = int64(c.Link.ID), x.linkSeq
		case c.RemoveLink != 0:
			key, seqs = int64(c.RemoveLink), x.linkSeq
		default:
			continue
		}
		if seqs[key] >= c.seq {
			continue
		}
		seqs[key] = c.seq
		s.apply(c)
		if x.merging {
			x.log = append(x.log, c)
		}
	}
	x.cur.Store(s)
	if s.size > x.mergeAt && !x.merging {
		x.merging = true
		x.log = nil
		x.merges.Add(1)
		go x.merge(s, x.loads)
	}
}

// merge builds a new base from s0 and replays the writes applied since,
// unless a load (the loads-th was the last when it began) replaced the
// index meanwhile.
func (x *Index) merge(s0 *snap, loads uint64) {
	defer x.merges.Done()
	b := s0.rebuild()
	if x.merged != nil {
		x.merged()
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.loads != loads {
		x.log, x.merging = nil, false
		return
	}
	s := newSnap(b)
	for _, c := range x.log {
		s.apply(c)
	}
	x.log, x.merging = nil, false
	x.cur.Store(s)
}

func (s *snap) rebuild() *base {
	b := newBuilder(int(s.n), int(s.ln))
	for v := int32(0); v < s.n; v++ {
		o := s.org(v)
		if !o.alive {
			continue
		}
		var p, h int64
		if o.parent >= 0 && s.alive(o.parent) {
			p = s.id(o.parent)
		}
		if o.host >= 0 && s.alive(o.host) {
			h = s.id(o.host)
		}
		b.org(s.id(v), s.regionID(o.region), p, h)
	}
	for l := int32(0); l < s.ln; l++ {
		r := s.link(l)
		if !r.alive || !s.alive(r.src) || !s.alive(r.dst) {
			continue
		}
		b.link(s.linkID(l), r.kind, r.status, s.id(r.src), s.id(r.dst), r.start, r.end)
	}
	return b.finish()
}

// ensureNode returns the index of id, adding a dead placeholder when unknown.
func (s *snap) ensureNode(id int64) int32 {
	if v := s.node(id); v >= 0 {
		return v
	}
	v := s.n
	s.n++
	s.newIDs = append(s.newIDs, id)
	s.idOver[id] = v
	s.orgOver[v] = orgRec{region: -1, parent: -1, host: -1}
	s.size++
	return v
}

func (s *snap) ensureRegion(id int64) int32 {
	if r := sortedIndex(s.b.rids, id); r >= 0 {
		return r
	}
	if r, ok := s.ridOver[id]; ok {
		return r
	}
	r := s.nr
	s.nr++
	s.newRIDs = append(s.newRIDs, id)
	s.ridOver[id] = r
	return r
}

func (s *snap) setOrg(v int32, o orgRec) {
	if v < s.b.n {
		s.b.dirty.set(v)
	}
	s.orgOver[v] = o
	s.size++
}

func (s *snap) setLink(l int32, r linkRec) {
	if int(l) < len(s.b.links) {
		s.b.ldirt.set(l)
	}
	s.linkOver[l] = r
	s.size++
}

// addHalf records a half-edge unless v already has it.
func (s *snap) addHalf(v int32, h half) {
	if v < s.b.n && slices.Contains(s.b.adj[s.b.off[v]:s.b.off[v+1]], h) {
		return
	}
	old := s.adjAdd[v]
	if slices.Contains(old, h) {
		return
	}
	if v < s.b.n {
		s.b.dirty.set(v)
	}
	s.adjAdd[v] = append(slices.Clip(old), h)
	s.size++
}

func (s *snap) addMember(r, v int32) {
	if int(r) < len(s.b.rids) && v < s.b.n && s.b.orgs[v].region == r {
		return // in the base membership already
	}
	old := s.regAdd[r]
	if slices.Contains(old, v) {
		return
	}
	s.regAdd[r] = append(slices.Clip(old), v)
	s.size++
}

func (s *snap) apply(c Change) {
	switch {
	case c.Org != nil:
		v := s.ensureNode(int64(c.Org.ID))
		old := s.org(v)
		o := orgRec{region: s.ensureRegion(int64(c.Org.RegionID)), parent: -1, host: -1, alive: true}
		if c.Org.ParentID != 0 && c.Org.ParentID != c.Org.ID {
			o.parent = s.ensureNode(int64(c.Org.ParentID))
		}
		if c.Org.HostID != 0 && c.Org.HostID != c.Org.ID {
			o.host = s.ensureNode(int64(c.Org.HostID))
		}
		s.setOrg(v, o)
		if o.parent >= 0 && o.parent != old.parent {
			s.addHalf(v, half{o.parent, eChildOf})
			s.addHalf(o.parent, half{v, eParentOf})
		}
		if o.host >= 0 && o.host != old.host {
			s.addHalf(v, half{o.host, eHostedIn})
			s.addHalf(o.host, half{v, eHosts})
		}
		if o.region != old.region || !old.alive {
			s.addMember(o.region, v)
		}
	case c.RemoveOrg != 0:
		if v := s.node(int64(c.RemoveOrg)); v >= 0 {
			o := s.org(v)
			o.alive = false
			s.setOrg(v, o)
		}
	case c.Link != nil:
		k, ok := kindCode(c.Link.Kind)
		if !ok {
			return
		}
		id := int64(c.Link.ID)
		l := s.linkIdx(id)
		if l < 0 {
			l = s.ln
			s.ln++
			s.newLIDs = append(s.newLIDs, id)
			s.lidOver[id] = l
		}
		r := linkRec{src: s.ensureNode(int64(c.Link.SourceID)), dst: s.ensureNode(int64(c.Link.TargetID)),
			start: dayPtr(c.Link.StartedOn, noDay), end: dayPtr(c.Link.EndedOn, endDay),
			kind: k, status: statusCode(c.Link.Status), alive: c.Link.SourceID != c.Link.TargetID}
		s.setLink(l, r)
		if r.alive {
			s.addHalf(r.src, half{r.dst, l})
			s.addHalf(r.dst, half{r.src, l})
		}
	case c.RemoveLink != 0:
		if l := s.linkIdx(int64(c.RemoveLink)); l >= 0 {
			r := s.link(l)
			r.alive = false
			s.setLink(l, r)
		}
	}
}
