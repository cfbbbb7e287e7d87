package search

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"
)

// meta is what the index keeps about a row besides its keys.
type meta struct {
	ref    Ref
	parent int   // region: parent region; organization: its region; person: home region (0: none)
	attr   uint8 // region: level; organization: kind
}

// entry is a row of the base. Its stored keys live in the base's arena from off
// on, in kind order, each marked key followed by its mask; a derived key is a
// prefix of its source and takes no room of its own.
type entry struct {
	id     int
	parent int
	seq    uint64 // sequence number of the change it came from (0: loaded)
	off    uint32
	n      [nKinds]uint16
	typ    Type
	attr   uint8
}

func (e *entry) ref() Ref { return Ref{Type: e.typ, ID: e.id} }

// base is an immutable index of many rows, built in one go by Load or by
// compaction. Entries are sorted by (type, id).
type base struct {
	arena []byte
	ents  []entry

	// sorted lists every key once (see pack), in byte order: exact and
	// prefix matches are a range of it.
	sorted []uint32

	// Substring candidates. A Chinese query's rarest character picks a list
	// from han. A Latin query's first three letters pick a list from tri,
	// which holds every entry whose Latin keys have those letters where a
	// syllable or word starts; the lists are ordered by trigram, so those of
	// a one- or two-letter query are a range of them.
	han    map[rune][]uint32
	triOff []uint32 // offsets into tri by trigram (see trigram), plus the end
	tri    []uint32
}

func (b *base) len() int {
	if b == nil {
		return 0
	}
	return len(b.ents)
}

// pack names key k of entry i in sorted.
func pack(i int, k kind) uint32 { return uint32(i)<<4 | uint32(k) }

func unpack(v uint32) (int, kind) { return int(v >> 4), kind(v & 15) }

func (b *base) keyAt(e *entry, k kind) []byte {
	if derived(k) {
		return b.keyAt(e, source[k])[:e.n[k]]
	}
	p := int(e.off)
	for i := kind(0); i < k; i++ {
		p += stored(e, i)
	}
	return b.arena[p : p+int(e.n[k])]
}

// stored is the room key k takes in the arena.
func stored(e *entry, k kind) int {
	switch k {
	case kPy, kLat:
		return int(e.n[k]) + maskLen(int(e.n[k]))
	}
	return int(e.n[k])
}

func (b *base) keys(e *entry) keys {
	var ks keys
	p := int(e.off)
	for k := kind(0); k < nStored; k++ {
		n := int(e.n[k])
		ks.k[k] = b.arena[p : p+n : p+n]
		p += n
		switch k {
		case kPy:
			ks.mask[0] = b.arena[p : p+maskLen(n)]
			p += maskLen(n)
		case kLat:
			ks.mask[1] = b.arena[p : p+maskLen(n)]
			p += maskLen(n)
		}
	}
	for k := nStored; k < nKinds; k++ {
		ks.k[k] = ks.k[source[k]][:e.n[k]]
	}
	return ks
}

// find returns the entry of ref.
func (b *base) find(r Ref) *entry {
	if b == nil {
		return nil
	}
	i, ok := slices.BinarySearchFunc(b.ents, r, func(e entry, r Ref) int {
		return cmpRef(e.ref(), r)
	})
	if !ok {
		return nil
	}
	return &b.ents[i]
}

func cmpRef(a, b Ref) int {
	if c := cmp.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// prefixRange returns the part of sorted whose keys start with q.
func (b *base) prefixRange(q []byte) (int, int) {
	key := func(i int) []byte {
		e, k := unpack(b.sorted[i])
		return b.keyAt(&b.ents[e], k)
	}
	lo := sort.Search(len(b.sorted), func(i int) bool { return bytes.Compare(key(i), q) >= 0 })
	hi := lo + sort.Search(len(b.sorted)-lo, func(i int) bool { return !bytes.HasPrefix(key(lo+i), q) })
	return lo, hi
}

// builder assembles a base.
type builder struct {
	arena chunked[byte]
	ents  chunked[entry]
}

// Chunk sizes of a builder: 4 MiB of keys, 64Ki entries.
const (
	arenaChunk = 4 << 20
	entChunk   = 64 << 10
)

func (bd *builder) add(m meta, ks *keys, seq uint64) {
	if bd.arena.size == 0 {
		bd.arena.size, bd.ents.size = arenaChunk, entChunk
	}
	need := 0
	for k := kind(0); k < nStored; k++ {
		need += len(ks.k[k])
		if k == kPy || k == kLat {
			need += maskLen(len(ks.k[k]))
		}
	}
	bd.arena.reserve(need)
	e := entry{id: m.ref.ID, parent: m.parent, seq: seq, off: uint32(bd.arena.len()), typ: m.ref.Type, attr: m.attr}
	for k := kind(0); k < nKinds; k++ {
		e.n[k] = uint16(len(ks.k[k]))
	}
	for k := kind(0); k < nStored; k++ {
		bd.arena.add(ks.k[k]...)
		if k == kPy || k == kLat {
			bd.arena.add(ks.maskOf(k)[:maskLen(len(ks.k[k]))]...)
		}
	}
	if bd.arena.len() > math.MaxUint32 || bd.ents.len() >= 1<<28 {
		panic("search: index too large")
	}
	bd.ents.push(e)
}

// join puts the rows of builders one after the other in one builder.
func join(parts []*builder) *builder {
	out := &builder{}
	for _, p := range parts {
		shift := uint32(out.arena.len())
		p.ents.each(func(e *entry) { e.off += shift })
		out.arena.take(&p.arena)
		out.ents.take(&p.ents)
	}
	return out
}

func (bd *builder) finish() *base {
	b := &base{arena: bd.arena.flat(), ents: bd.ents.flat()}
	if !slices.IsSortedFunc(b.ents, func(x, y entry) int { return cmpRef(x.ref(), y.ref()) }) {
		slices.SortStableFunc(b.ents, func(x, y entry) int { return cmpRef(x.ref(), y.ref()) })
	}
	var wg sync.WaitGroup
	wg.Go(b.buildHan)
	wg.Go(b.buildTrigrams)
	b.buildSorted()
	wg.Wait()
	return b
}

func (b *base) buildSorted() {
	type sk struct {
		pre uint64 // the key's first 8 bytes, big-endian: most comparisons end here
		v   uint32
		n   uint16 // key length
	}
	n := 0
	for i := range b.ents {
		for k := kind(0); k < nKinds; k++ {
			if b.ents[i].n[k] > 0 {
				n++
			}
		}
	}
	// A key equal to one of its entry's earlier keys (a Latin name's
	// initials are the name itself) would only be found twice.
	all := make([]sk, 0, n)
	var buf [8]byte
	for i := range b.ents {
		e := &b.ents[i]
		var keys [nKinds][]byte
		for k := kind(0); k < nKinds; k++ {
			if e.n[k] == 0 {
				continue
			}
			keys[k] = b.keyAt(e, k)
			if slices.ContainsFunc(keys[:k], func(o []byte) bool { return bytes.Equal(o, keys[k]) }) {
				continue
			}
			buf = [8]byte{}
			copy(buf[:], keys[k])
			all = append(all, sk{binary.BigEndian.Uint64(buf[:]), pack(i, k), e.n[k]})
		}
	}
	// Bucket by prefix between quantiles of a sample (a counting sort), so
	// that the buckets are about the same size whatever the keys start with,
	// then sort the buckets in parallel. Keys of one prefix share a bucket.
	sample := make([]uint64, 0, 4096)
	for i := 0; i < len(all); i += max(1, len(all)/4096) {
		sample = append(sample, all[i].pre)
	}
	slices.Sort(sample)
	var splits []uint64 // bucket c holds the prefixes in [splits[c-1], splits[c])
	for q := 1; q < 256 && len(sample) > 0; q++ {
		if s := sample[q*len(sample)/256]; len(splits) == 0 || s > splits[len(splits)-1] {
			splits = append(splits, s)
		}
	}
	bucket := make([]uint8, len(all))
	count := make([]int, len(splits)+2)
	for i, x := range all {
		c, _ := slices.BinarySearch(splits, x.pre+1) // the splits ≤ x.pre
		if x.pre == math.MaxUint64 {
			c = len(splits)
		}
		bucket[i] = uint8(c)
		count[c+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	bucketed := make([]sk, len(all))
	fill := slices.Clone(count)
	for i, x := range all {
		c := bucket[i]
		bucketed[fill[c]] = x
		fill[c]++
	}
	bucket = nil
	all = nil
	compare := func(x, y sk) int {
		if c := cmp.Compare(x.pre, y.pre); c != 0 {
			return c
		}
		if x.n > 8 || y.n > 8 {
			ex, kx := unpack(x.v)
			ey, ky := unpack(y.v)
			if c := bytes.Compare(b.keyAt(&b.ents[ex], kx)[min(8, x.n):], b.keyAt(&b.ents[ey], ky)[min(8, y.n):]); c != 0 {
				return c
			}
		} else if c := cmp.Compare(x.n, y.n); c != 0 {
			return c
		}
		return cmp.Compare(x.v, y.v)
	}
	buckets := make(chan []sk, len(count))
	for c := range len(count) - 1 {
		if count[c+1] > count[c] {
			buckets <- bucketed[count[c]:count[c+1]]
		}
	}
	close(buckets)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for bk := range buckets {
				slices.SortFunc(bk, compare)
			}
		})
	}
	wg.Wait()
	b.sorted = make([]uint32, len(bucketed))
	for i, x := range bucketed {
		b.sorted[i] = x.v
	}
}

func (b *base) buildHan() {
	// Indexed by rune: a map lookup per character of 4 million names costs
	// seconds. Runes past the Basic Multilingual Plane, rare in names, go
	// through maps.
	const bmp = 1 << 16
	last := make([]uint32, bmp)
	lastRare := map[rune]uint32{}
	counts := make([]int, bmp)
	rare := map[rune]int{}
	each := func(fn func(r rune, i uint32)) {
		for i := range b.ents {
			name := b.keyAt(&b.ents[i], kName)
			for len(name) > 0 {
				r, n := utf8.DecodeRune(name)
				name = name[n:]
				if r < bmp {
					if last[r] == uint32(i)+1 {
						continue
					}
					last[r] = uint32(i) + 1
				} else {
					if lastRare[r] == uint32(i)+1 {
						continue
					}
					lastRare[r] = uint32(i) + 1
				}
				fn(r, uint32(i))
			}
		}
	}
	each(func(r rune, _ uint32) {
		if r < bmp {
			counts[r]++
		} else {
			rare[r]++
		}
	})
	total, runes := 0, len(rare)
	for _, c := range counts {
		total += c
		if c > 0 {
			runes++
		}
	}
	for _, c := range rare {
		total += c
	}
	flat := make([]uint32, 0, total)
	b.han = make(map[rune][]uint32, runes)
	lists := make([][]uint32, bmp) // the lists of BMP runes, filled without a map lookup
	for r, c := range counts {
		if c > 0 {
			lists[r] = flat[len(flat) : len(flat) : len(flat)+c]
			flat = flat[:len(flat)+c]
		}
	}
	for r, c := range rare {
		b.han[r] = flat[len(flat) : len(flat) : len(flat)+c]
		flat = flat[:len(flat)+c]
	}
	clear(last)
	clear(lastRare)
	each(func(r rune, i uint32) {
		if r < bmp {
			lists[r] = append(lists[r], i)
		} else {
			b.han[r] = append(b.han[r], i)
		}
	})
	for r, l := range lists {
		if l != nil {
			b.han[rune(r)] = l
		}
	}
}

// Trigrams over the 36 letters and digits of Latin keys, with 0 past a key's end.
const (
	alnums   = 37
	trigrams = alnums * alnums * alnums
)

func alnumCode(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return 1 + int(c-'0')
	case c >= 'a' && c <= 'z':
		return 11 + int(c-'a')
	}
	return 0
}

// trigram is the code of the (up to) three letters key starts with.
func trigram(key []byte) int {
	t := 0
	for i := range 3 {
		t *= alnums
		if i < len(key) {
			t += alnumCode(key[i])
		}
	}
	return t
}

// latinUnits calls fn with the trigram at every position of a Latin key where
// a substring match may start.
func latinUnits(ks *keys, fn func(t int)) {
	for _, k := range [...]kind{kPy, kIni, kLat, kLati} {
		key := ks.k[k]
		mask := ks.maskOf(k)
		for p := range key {
			if mask == nil || bit(mask, p) {
				fn(trigram(key[p:]))
			}
		}
	}
}

// buildTrigrams lists, for each trigram, the entries with a Latin key that
// has it where a substring match may start, in entry order. The entries are
// split in ranges, one per CPU, each counted and then filled on its own;
// each range's part of a list comes after the part of the range before.
func (b *base) buildTrigrams() {
	parts := 1
	if len(b.ents) >= 1<<16 {
		parts = runtime.GOMAXPROCS(0)
	}
	type part struct {
		lo, hi int
		count  []uint32 // entries of the range per trigram, then where they go
	}
	ps := make([]part, parts)
	each := func(p *part, fn func(t int, i uint32)) {
		last := make([]uint32, trigrams)
		for i := p.lo; i < p.hi; i++ {
			ks := b.keys(&b.ents[i])
			latinUnits(&ks, func(t int) {
				if last[t] == uint32(i)+1 {
					return
				}
				last[t] = uint32(i) + 1
				fn(t, uint32(i))
			})
		}
	}
	var wg sync.WaitGroup
	for k := range ps {
		p := &ps[k]
		p.lo, p.hi = k*len(b.ents)/parts, (k+1)*len(b.ents)/parts
		p.count = make([]uint32, trigrams)
		wg.Go(func() { each(p, func(t int, _ uint32) { p.count[t]++ }) })
	}
	wg.Wait()
	b.triOff = make([]uint32, trigrams+1)
	for t := range trigrams {
		at := b.triOff[t]
		for k := range ps {
			n := ps[k].count[t]
			ps[k].count[t] = at
			at += n
		}
		b.triOff[t+1] = at
	}
	b.tri = make([]uint32, b.triOff[trigrams])
	for k := range ps {
		p := &ps[k]
		wg.Go(func() {
			each(p, func(t int, i uint32) {
				b.tri[p.count[t]] = i
				p.count[t]++
			})
		})
	}
	wg.Wait()
}

// candidates returns the entries that may hold q as a substring (with
// duplicates when a Latin q has fewer than three letters).
func (b *base) candidates(qq *query) []uint32 {
	q := qq.q
	if !qq.latin {
		var best []uint32
		found := false
		for _, r := range string(q) {
			l := b.han[r]
			if !found || len(l) < len(best) {
				best, found = l, true
			}
		}
		return best
	}
	for _, c := range q[:min(3, len(q))] {
		if alnumCode(c) == 0 {
			return nil
		}
	}
	lo := trigram(q)
	hi := lo + 1
	switch len(q) {
	case 1:
		hi = lo + alnums*alnums
	case 2:
		hi = lo + alnums
	}
	return b.tri[b.triOff[lo]:b.triOff[hi]]
}
