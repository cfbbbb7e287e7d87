// Package network keeps an in-memory adjacency of organizations and links
// (plus the party hierarchy) and answers neighbourhood, path, component and
// centrality queries on it without touching the database.
//
// The index is a compact CSR over int32 dense indices, built once from the
// database (or a generator), and an immutable copy-on-write overlay holding
// the writes applied since. Readers load the current snapshot atomically and
// never wait for writers; writers are serialized and publish a new snapshot
// per batch. When the overlay grows past a threshold it is merged into a new
// CSR in the background.
package network

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"grassroots/internal/views"
)

// Limits of the queries. (Their defaults are the API's: graph/network.graphqls.)
const (
	MaxDepth  = 3
	MaxNodes  = 5000
	MaxLength = 20
	MaxPaths  = 10
)

// Filter selects the edges a query walks.
type Filter struct {
	Kinds     []string  // link kinds (PARENT and HOST are accepted too); empty = all link kinds
	Hierarchy bool      // include PARENT and HOST edges
	AsOf      time.Time // zero = today (UTC)
}

// Node is an organization in an ego network.
type Node struct {
	ID     int
	Depth  int
	Degree int // edges in the filtered graph
	Hidden int // neighbours not returned because of maxNodes
}

// Edge is a link or a hierarchy edge, in its stored direction.
type Edge struct {
	ID             string // "link:<linkID>", "parent:<childID>", "host:<partyOrgID>"
	LinkID         int    // 0 for hierarchy edges
	Source, Target int
	Kind           string
}

// Ego is the neighbourhood of some seeds.
type Ego struct {
	Nodes     []Node
	Edges     []Edge
	Truncated bool
}

// Path is a walk from one organization to another; len(Edges) is its length.
type Path struct {
	Nodes []int
	Edges []Edge
}

// Component is a connected cluster inside a scope.
type Component struct {
	Size, LinkCount int
	Members         []int // by degree (inside the scope) desc, then ID
}

// Score is one organization's centrality.
type Score struct {
	ID    int
	Score float64
}

// Centrality is a ranking over a scope.
type Centrality struct {
	Scores     []Score
	Exact      bool
	ErrorBound float64 // for sampled betweenness: absolute bound on each score (95% confidence)
	Scope      int     // organizations in scope
}

// Link kinds in code order; PARENT and HOST are the hierarchy kinds.
var kindNames = [...]string{"VILLAGE_VILLAGE", "VILLAGE_ENTERPRISE", "VILLAGE_COMMUNITY",
	"URBAN_RURAL_TWINNING", "INDUSTRY_CHAIN", "MILITARY_CIVILIAN", "PARENT", "HOST"}

const (
	kParent    = 6
	kHost      = 7
	linkKinds  = 6
	allLinks   = 1<<linkKinds - 1
	stProposed = 0
)

var statusNames = [...]string{"PROPOSED", "ACTIVE", "SUSPENDED", "ENDED"}

func kindCode(s string) (uint8, bool) {
	for i, k := range kindNames[:linkKinds] {
		if k == s {
			return uint8(i), true
		}
	}
	return 0, false
}

func statusCode(s string) uint8 {
	for i, k := range statusNames {
		if k == s {
			return uint8(i)
		}
	}
	return 1
}

// half-edge codes (half.e < 0): hierarchy edges seen from one end.
const (
	eChildOf  = -1 // v's party parent is nbr
	eParentOf = -2 // nbr's party parent is v
	eHostedIn = -3 // v (party org) is set up in nbr
	eHosts    = -4 // nbr is set up in v
)

// half is one end's view of an edge: e >= 0 is a link index.
type half struct{ nbr, e int32 }

const (
	noDay  = math.MinInt32
	endDay = math.MaxInt32
)

type orgRec struct {
	region       int32 // region index
	parent, host int32 // node index or -1
	alive        bool
}

type linkRec struct {
	src, dst   int32
	start, end int32 // days since 1970-01-01; noDay / endDay when open
	kind       uint8
	status     uint8
	alive      bool
}

// base is the immutable CSR.
type base struct {
	n     int32
	ids   []int64 // sorted global IDs
	orgs  []orgRec
	off   []int32 // n+1
	adj   []half
	lids  []int64 // sorted link IDs
	links []linkRec
	rids  []int64 // sorted region IDs
	rOff  []int32
	rOrgs []int32
	dirty bitset // nodes that may have overlay state
	ldirt bitset // links that may have overlay state
}

// sortedIndex finds v in a sorted slice, trying the contiguous position first.
func sortedIndex(s []int64, v int64) int32 {
	if len(s) == 0 {
		return -1
	}
	if o := v - s[0]; o >= 0 && o < int64(len(s)) && s[o] == v {
		return int32(o)
	}
	if i, ok := slices.BinarySearch(s, v); ok {
		return int32(i)
	}
	return -1
}

type bitset []uint32

func newBitset(n int) bitset { return make(bitset, (n+31)/32) }

func (b bitset) get(i int32) bool {
	return atomic.LoadUint32(&b[i>>5])&(1<<(uint32(i)&31)) != 0
}

func (b bitset) set(i int32) { atomic.OrUint32(&b[i>>5], 1<<(uint32(i)&31)) }

// Index is the network index. The zero value is not usable: call New.
type Index struct {
	cur atomic.Pointer[snap]

	mu      sync.Mutex // serializes writers
	orgSeq  map[int64]uint64
	linkSeq map[int64]uint64
	seq     atomic.Uint64
	merging bool
	loads   uint64 // bases put in place by a load
	merged  func() // tests: called when a merge has built its base
	log     []Change
	mergeAt int
	merges  sync.WaitGroup
	gate    *views.Gate // queries wait for it (nil: open)
}

// New returns an empty index.
func New() *Index {
	x := &Index{orgSeq: map[int64]uint64{}, linkSeq: map[int64]uint64{}, mergeAt: 8192}
	x.cur.Store(newSnap(newBuilder(0, 0).finish()))
	return x
}

// Has reports whether id is an organization in the index.
func (x *Index) Has(id int) bool {
	s := x.cur.Load()
	v := s.node(int64(id))
	return v >= 0 && s.org(v).alive
}

// Size returns the number of organizations and of links in the index.
func (x *Index) Size() (orgs, links int) {
	s := x.cur.Load()
	for v := int32(0); v < s.n; v++ {
		if s.org(v).alive {
			orgs++
		}
	}
	for l := int32(0); l < s.ln; l++ {
		if s.link(l).alive {
			links++
		}
	}
	return
}

// Load replaces the index with the organizations and links in db, streaming
// rows with plain SQL.
func (x *Index) Load(ctx context.Context, db *sql.DB) error {
	b, err := build(ctx, db)
	if err != nil {
		return err
	}
	x.replace(b)
	return nil
}

// build reads the organizations and links in db into a new base. The two
// tables are read at the same time, on two connections when the pool allows.
func build(ctx context.Context, db *sql.DB) (*base, error) {
	// Sized up front: growing the columns row by row would copy them a
	// dozen times over at millions of rows. The spans of the IDs (read
	// through the primary keys, where counting would read every row) are
	// only a hint.
	var orgs, links int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT max(id) - min(id) + 1 FROM organizations), (SELECT max(id) - min(id) + 1 FROM links)`).
		Scan(nullInt{&orgs}, nullInt{&links}); err != nil {
		return nil, fmt.Errorf("network: ID spans of organizations and links: %w", err)
	}
	b := newBuilder(min(orgs, maxHint), min(links, maxHint))
	var wg sync.WaitGroup
	var orgErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		orgErr = b.loadOrgs(ctx, db)
	}()
	linkErr := b.loadLinks(ctx, db)
	wg.Wait()
	if err := errors.Join(orgErr, linkErr); err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// maxHint caps a size hint: IDs may be sparse.
const maxHint = 1 << 25

// nullInt scans a nullable integer (an empty table's span) into an int, 0 for NULL.
type nullInt struct{ p *int }

func (n nullInt) Scan(v any) error {
	var x sql.NullInt64
	if err := x.Scan(v); err != nil {
		return err
	}
	*n.p = int(x.Int64)
	return nil
}

// loadOrgs reads the organizations into the builder's organization columns.
func (b *builder) loadOrgs(ctx context.Context, db *sql.DB) (err error) {
	defer wrap(&err, "network: load organizations")
	// In the table's order, which costs the database least; finish sorts.
	rows, err := db.QueryContext(ctx, `SELECT id, region_id, parent_id, host_id FROM organizations`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, region int64
		var parent, host sql.NullInt64
		if err := rows.Scan(&id, &region, &parent, &host); err != nil {
			return err
		}
		b.org(id, region, parent.Int64, host.Int64)
	}
	return rows.Err()
}

// loadLinks reads the links into the builder's link columns.
func (b *builder) loadLinks(ctx context.Context, db *sql.DB) (err error) {
	defer wrap(&err, "network: load links")
	rows, err := db.QueryContext(ctx, `SELECT id, kind, status, source_id, target_id, started_on, ended_on FROM links`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, src, dst int64
		var kind, status string
		var start, end dayScan
		if err := rows.Scan(&id, &kind, &status, &src, &dst, &start, &end); err != nil {
			return err
		}
		if k, ok := kindCode(kind); ok {
			b.link(id, k, statusCode(status), src, dst, start.day(noDay), end.day(endDay))
		}
	}
	return rows.Err()
}

func wrap(err *error, what string) {
	if *err != nil {
		*err = fmt.Errorf("%s: %w", what, *err)
	}
}

func (x *Index) replace(b *base) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.cur.Store(newSnap(b))
	x.loads++ // a merge running from the old state must not land on this one
}

// dayScan reads a nullable date column as days since the epoch, whatever
// type the driver returns.
type dayScan struct {
	ok bool
	d  int32
}

func (d *dayScan) Scan(v any) error {
	switch t := v.(type) {
	case nil:
		d.ok = false
		return nil
	case time.Time:
		d.ok, d.d = true, dayOf(t)
		return nil
	case string:
		return d.parse(t)
	case []byte:
		return d.parse(string(t))
	}
	return fmt.Errorf("network: cannot read %T as a date", v)
}

func (d *dayScan) parse(s string) error {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05.999999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			d.ok, d.d = true, dayOf(t)
			return nil
		}
	}
	return fmt.Errorf("network: cannot parse date %q", s)
}

func (d dayScan) day(open int32) int32 {
	if !d.ok {
		return open
	}
	return d.d
}

// dayOf is the UTC calendar day of t, counted from 1970-01-01.
func dayOf(t time.Time) int32 {
	u := t.Unix()
	d := u / 86400
	if u%86400 < 0 {
		d--
	}
	return int32(d)
}

func dayPtr(t *time.Time, open int32) int32 {
	if t == nil {
		return open
	}
	return dayOf(*t)
}

// builder collects rows in any order and produces a base.
type builder struct {
	ids, regs, parents, hosts []int64
	lids, lsrc, ldst          []int64
	lrec                      []linkRec
}

func newBuilder(orgs, links int) *builder {
	return &builder{
		ids: make([]int64, 0, orgs), regs: make([]int64, 0, orgs),
		parents: make([]int64, 0, orgs), hosts: make([]int64, 0, orgs),
		lids: make([]int64, 0, links), lsrc: make([]int64, 0, links), ldst: make([]int64, 0, links),
		lrec: make([]linkRec, 0, links),
	}
}

// org adds an organization; parent and host are 0 when absent.
func (b *builder) org(id, region, parent, host int64) {
	b.ids = append(b.ids, id)
	b.regs = append(b.regs, region)
	b.parents = append(b.parents, parent)
	b.hosts = append(b.hosts, host)
}

func (b *builder) link(id int64, kind, status uint8, src, dst int64, start, end int32) {
	b.lids = append(b.lids, id)
	b.lsrc = append(b.lsrc, src)
	b.ldst = append(b.ldst, dst)
	b.lrec = append(b.lrec, linkRec{start: start, end: end, kind: kind, status: status, alive: true})
}

func permute[T any](s []T, perm []int32) []T {
	out := make([]T, len(s))
	for i, p := range perm {
		out[i] = s[p]
	}
	return out
}

// sortPerm returns the permutation that sorts ids, nil when they are sorted.
func sortPerm(ids []int64) []int32 {
	if slices.IsSorted(ids) {
		return nil
	}
	perm := make([]int32, len(ids))
	// A table read in its own order by a sequential scan that PostgreSQL
	// started where a concurrent or recent one was (synchronized scans)
	// comes as a sorted list rotated: turned back without sorting.
	if d := descents(ids); d > 0 && ids[len(ids)-1] < ids[0] {
		for i := range perm {
			perm[i] = int32((d + i) % len(ids))
		}
		return perm
	}
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int {
		switch {
		case ids[a] < ids[b]:
			return -1
		case ids[a] > ids[b]:
			return 1
		}
		return 0
	})
	return perm
}

// descents returns the one place where ids goes down, or -1 when it does
// so more than once (0: never).
func descents(ids []int64) int {
	d := 0
	for i := 1; i < len(ids); i++ {
		if ids[i] < ids[i-1] {
			if d > 0 {
				return -1
			}
			d = i
		}
	}
	return d
}

func (b *builder) finish() *base {
	if perm := sortPerm(b.ids); perm != nil {
		b.ids, b.regs, b.parents, b.hosts = permute(b.ids, perm), permute(b.regs, perm), permute(b.parents, perm), permute(b.hosts, perm)
	}
	if perm := sortPerm(b.lids); perm != nil {
		b.lids, b.lsrc, b.ldst, b.lrec = permute(b.lids, perm), permute(b.lsrc, perm), permute(b.ldst, perm), permute(b.lrec, perm)
	}
	n := int32(len(b.ids))
	x := &base{n: n, ids: b.ids, orgs: make([]orgRec, n), lids: b.lids, links: b.lrec}

	// Regions: distinct IDs, collected by runs (organizations come grouped).
	var rids []int64
	for i, r := range b.regs {
		if i == 0 || r != b.regs[i-1] {
			rids = append(rids, r)
		}
	}
	slices.Sort(rids)
	rids = slices.Compact(rids)
	x.rids = slices.Clip(rids)
	deg := make([]int32, n+1)
	var lastR int64 = -1
	var lastI int32
	for v := range n {
		r := b.regs[v]
		if r != lastR {
			lastR, lastI = r, sortedIndex(x.rids, r)
		}
		o := orgRec{region: lastI, parent: -1, host: -1, alive: true}
		if p := b.parents[v]; p != 0 {
			o.parent = sortedIndex(x.ids, p)
		}
		if h := b.hosts[v]; h != 0 {
			o.host = sortedIndex(x.ids, h)
		}
		if o.parent == v {
			o.parent = -1
		}
		if o.host == v {
			o.host = -1
		}
		x.orgs[v] = o
		if o.parent >= 0 {
			deg[v]++
			deg[o.parent]++
		}
		if o.host >= 0 {
			deg[v]++
			deg[o.host]++
		}
	}
	for l := range x.links {
		r := &x.links[l]
		r.src, r.dst = sortedIndex(x.ids, b.lsrc[l]), sortedIndex(x.ids, b.ldst[l])
		if r.src < 0 || r.dst < 0 || r.src == r.dst {
			r.alive = false
			continue
		}
		deg[r.src]++
		deg[r.dst]++
	}
	x.off = make([]int32, n+1)
	var sum int32
	for v := range n {
		x.off[v] = sum
		sum += deg[v]
		deg[v] = x.off[v] // cursor
	}
	x.off[n] = sum
	x.adj = make([]half, sum)
	put := func(v int32, h half) {
		x.adj[deg[v]] = h
		deg[v]++
	}
	for l, r := range x.links {
		if r.alive {
			put(r.src, half{r.dst, int32(l)})
			put(r.dst, half{r.src, int32(l)})
		}
	}
	for v, o := range x.orgs {
		if o.parent >= 0 {
			put(int32(v), half{o.parent, eChildOf})
			put(o.parent, half{int32(v), eParentOf})
		}
		if o.host >= 0 {
			put(int32(v), half{o.host, eHostedIn})
			put(o.host, half{int32(v), eHosts})
		}
	}
	// Region membership.
	nr := len(x.rids)
	x.rOff = make([]int32, nr+1)
	for _, o := range x.orgs {
		x.rOff[o.region+1]++
	}
	for r := range nr {
		x.rOff[r+1] += x.rOff[r]
	}
	cur := deg[:0]
	cur = append(cur, x.rOff[:nr]...)
	x.rOrgs = make([]int32, n)
	for v, o := range x.orgs {
		x.rOrgs[cur[o.region]] = int32(v)
		cur[o.region]++
	}
	x.dirty = newBitset(int(n))
	x.ldirt = newBitset(len(x.links))
	return x
}
