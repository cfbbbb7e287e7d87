package search

import (
	"fmt"
	"maps"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"grassroots/internal/fault"
	"grassroots/internal/printable"
	"grassroots/internal/views"
)

// Type is what a hit is.
type Type uint8

const (
	Region Type = iota
	Organization
	Person
	nTypes
)

var typeNames = [nTypes]string{"REGION", "ORGANIZATION", "PERSON"}

// String is the GraphQL name of the type (SearchType).
func (t Type) String() string {
	if t < nTypes {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// ParseType reads a GraphQL SearchType name.
func ParseType(s string) (Type, error) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), nil
		}
	}
	return 0, fault.Invalid("types", "unknown search type %q", s)
}

// Ref names a row.
type Ref struct {
	Type Type
	ID   int
}

// Hit is one search result.
type Hit struct {
	Type     Type
	ID       int
	Title    string  // the name as stored
	Subtitle string  // where it is (see package comment); "" for a province
	Score    float64 // 1 exact, (1/3, 2/3) prefix, (0, 1/3) substring
}

// Limits of Query.
const (
	MaxFirst    = 100
	MaxQueryLen = 100 // characters
)

// Index is the search index. It is safe for concurrent use: queries share a
// read lock; a change takes the write lock only to swap a map entry, and the
// base is rebuilt outside any lock.
type Index struct {
	mu    sync.RWMutex
	base  *base          // immutable; replaced whole by Load and compaction
	live  map[Ref]*item  // rows created or changed since the base was built
	dead  map[Ref]uint64 // rows deleted since (sequence number of the delete)
	seq   atomic.Uint64  // orders changes (see Hook)
	prune uint64         // tombstones older than this have outlived a compaction
	comp  atomic.Bool    // a compaction is running
	done  chan struct{}  // closed and replaced when a compaction ends (tests wait on it)
	minC  int            // compact once live holds more than max(minC, base rows/divC)
	divC  int
	gate  *views.Gate // Find waits for it (nil: open)
}

// item is a row in the overlay.
type item struct {
	seq  uint64
	meta meta
	keys keys
}

// New returns an empty index.
func New() *Index {
	return &Index{
		live: map[Ref]*item{},
		dead: map[Ref]uint64{},
		done: make(chan struct{}),
		minC: 4096,
		divC: 16,
	}
}

// Query returns the best first hits for q among the given types (all when
// none), best first.
func (x *Index) Query(q string, types []Type, first int) ([]Hit, error) {
	q, err := check(q, first)
	if err != nil {
		return nil, err
	}
	qq := parseQuery(q)
	hits := []Hit{}
	if len(qq.q) == 0 {
		return hits, nil
	}
	col := newCollector(first, types)

	x.mu.RLock()
	defer x.mu.RUnlock()
	if len(x.live) > 0 || len(x.dead) > 0 {
		col.hidden = func(r Ref) bool {
			_, l := x.live[r]
			_, d := x.dead[r]
			return l || d
		}
	}
	if b := x.base; b != nil {
		x.searchBase(b, &qq, col)
	}
	for _, it := range x.live {
		if !col.types[it.meta.ref.Type] {
			continue
		}
		if s := qq.score(&it.keys); s > 0 {
			col.offer(cand{score: s, ref: it.meta.ref, attr: it.meta.attr, parent: it.meta.parent, title: it.keys.k[kName]}, false)
		}
	}
	for _, c := range col.result() {
		hits = append(hits, Hit{
			Type:     c.ref.Type,
			ID:       c.ref.ID,
			Title:    string(c.title),
			Subtitle: x.subtitle(c.ref.Type, c.attr, c.parent),
			Score:    c.score,
		})
	}
	return hits, nil
}

// check validates a query and returns it trimmed.
func check(q string, first int) (string, error) {
	if err := printable.Check(q); err != nil {
		return "", fault.Invalid("query", "%v", err)
	}
	q = strings.TrimSpace(q)
	if q == "" {
		return "", fault.Invalid("query", "must not be blank")
	}
	if utf8.RuneCountInString(q) > MaxQueryLen {
		return "", fault.Invalid("query", "must be at most %d characters", MaxQueryLen)
	}
	if first < 1 || first > MaxFirst {
		return "", fault.Invalid("first", "must be between 1 and %d", MaxFirst)
	}
	return q, nil
}

func (x *Index) searchBase(b *base, qq *query, col *collector) {
	q := qq.q
	lo, hi := b.prefixRange(q)
	for _, v := range b.sorted[lo:hi] {
		i, k := unpack(v)
		e := &b.ents[i]
		if !col.types[e.typ] {
			continue
		}
		n := int(e.n[k])
		class := prefix
		if n == len(q) {
			class = exact
		}
		s := classScore(class, len(q), n)
		if col.full() && s < col.h[0].score {
			continue // the common case of a long range, decided before building a candidate
		}
		col.offer(baseCand(b, e, s), true)
	}
	if col.full() {
		// Every substring match scores below every prefix match.
		return
	}
	for _, i := range b.candidates(qq) {
		e := &b.ents[i]
		if !col.types[e.typ] {
			continue
		}
		ks := b.keys(e)
		if s := qq.score(&ks); s > 0 {
			col.offer(baseCand(b, e, s), true)
		}
	}
}

func baseCand(b *base, e *entry, score float64) cand {
	return cand{score: score, ref: e.ref(), attr: e.attr, parent: e.parent, title: b.keyAt(e, kName)}
}

// change is a committed write to apply: the row's new state, or nil for a delete.
type change struct {
	seq uint64
	ref Ref
	it  *item
}

// apply records committed changes. A change older than what the index holds
// for its row is dropped: the commit hooks of one transaction run in reverse
// order, so a transaction that creates and then renames a row delivers the
// rename first.
func (x *Index) apply(cs []change) {
	x.mu.Lock()
	for _, c := range cs {
		if c.seq <= x.seqOf(c.ref) {
			continue
		}
		if c.it == nil {
			delete(x.live, c.ref)
			x.dead[c.ref] = c.seq
		} else {
			delete(x.dead, c.ref)
			x.live[c.ref] = c.it
		}
	}
	start := x.needsCompaction() && x.comp.CompareAndSwap(false, true)
	x.mu.Unlock()
	if start {
		go x.compact()
	}
}

// seqOf is the sequence number of the change the index holds for r; x.mu must be held.
func (x *Index) seqOf(r Ref) uint64 {
	if it, ok := x.live[r]; ok {
		return it.seq
	}
	if s, ok := x.dead[r]; ok {
		return s
	}
	if e := x.base.find(r); e != nil {
		return e.seq
	}
	return 0
}

// needsCompaction reports whether the overlay has outgrown the base; x.mu must be held.
func (x *Index) needsCompaction() bool {
	return len(x.live) > max(x.minC, x.base.len()/x.divC)
}

// compact folds the overlay into a new base, so that queries keep scanning only
// a small overlay, and goes on while writes made meanwhile leave it too big.
//
// A tombstone outlives the compaction that drops its row from the base: until
// then it hides the row, and for a while it still orders a late older change
// of the row (see apply). It goes at the next compaction, by when every
// transaction that wrote the row before the delete has long committed.
func (x *Index) compact() {
	for {
		x.mu.RLock()
		b := x.base
		taken := maps.Clone(x.live)
		dead := maps.Clone(x.dead)
		start := x.seq.Load()
		x.mu.RUnlock()

		nb := merge(b, taken, dead)

		x.mu.Lock()
		if x.base == b { // else Load replaced it meanwhile
			x.base = nb
			x.dropTaken(taken)
			for r, s := range dead {
				if s < x.prune && x.dead[r] == s {
					delete(x.dead, r)
				}
			}
			x.prune = start
		}
		again := x.needsCompaction()
		if !again {
			close(x.done)
			x.done = make(chan struct{})
			x.comp.Store(false)
		}
		x.mu.Unlock()
		if !again {
			return
		}
	}
}

// merge builds a base of b's rows that the overlay neither replaces nor
// deletes, and of the overlay's.
func merge(b *base, live map[Ref]*item, dead map[Ref]uint64) *base {
	var bd builder
	if b != nil {
		for i := range b.ents {
			e := &b.ents[i]
			r := e.ref()
			if _, ok := live[r]; ok {
				continue
			}
			if _, ok := dead[r]; ok {
				continue
			}
			ks := b.keys(e)
			bd.add(meta{ref: r, parent: e.parent, attr: e.attr}, &ks, e.seq)
		}
	}
	for _, it := range live {
		bd.add(it.meta, &it.keys, it.seq)
	}
	return bd.finish()
}

// dropTaken removes from the overlay the items a new base holds; x.mu must be held.
func (x *Index) dropTaken(taken map[Ref]*item) {
	for r, it := range taken {
		if x.live[r] == it {
			delete(x.live, r)
		}
	}
}
