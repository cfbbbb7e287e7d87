package search

import (
	"bytes"
	"container/heap"
	"slices"
)

// cand is a scored candidate.
type cand struct {
	score  float64
	ref    Ref
	attr   uint8
	parent int
	title  []byte
}

// before is the ranking order: score, then regions before organizations
// before people, higher regions before lower ones, then title and id.
func before(a, b *cand) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.ref.Type != b.ref.Type {
		return a.ref.Type < b.ref.Type
	}
	if a.ref.Type == Region && a.attr != b.attr {
		return a.attr < b.attr
	}
	if c := bytes.Compare(a.title, b.title); c != 0 {
		return c < 0
	}
	return a.ref.ID < b.ref.ID
}

// collector keeps the best first candidates, one per row, in a heap whose
// root is the worst kept.
type collector struct {
	first  int
	types  [nTypes]bool
	hidden func(Ref) bool // rows of the base that the overlay replaces or deletes
	h      []cand
	at     map[Ref]int
}

func newCollector(first int, types []Type) *collector {
	c := &collector{first: first, at: make(map[Ref]int, first)}
	for _, t := range types {
		if t < nTypes {
			c.types[t] = true
		}
	}
	if len(types) == 0 {
		c.types = [nTypes]bool{true, true, true}
	}
	return c
}

func (c *collector) full() bool { return len(c.h) >= c.first }

// offer considers a candidate; fromBase says it must yield to the overlay.
func (c *collector) offer(x cand, fromBase bool) {
	if c.full() && !before(&x, &c.h[0]) {
		return
	}
	if i, ok := c.at[x.ref]; ok {
		if x.score > c.h[i].score {
			c.h[i] = x
			heap.Fix(c, i)
		}
		return
	}
	if fromBase && c.hidden != nil && c.hidden(x.ref) {
		return
	}
	if c.full() {
		delete(c.at, c.h[0].ref)
		c.h[0] = x
		c.at[x.ref] = 0
		heap.Fix(c, 0)
		return
	}
	heap.Push(c, x)
}

// result returns the kept candidates, best first.
func (c *collector) result() []cand {
	out := slices.Clone(c.h)
	slices.SortFunc(out, func(a, b cand) int {
		if before(&a, &b) {
			return -1
		}
		if before(&b, &a) {
			return 1
		}
		return 0
	})
	return out
}

// heap.Interface, worst first.
func (c *collector) Len() int           { return len(c.h) }
func (c *collector) Less(i, j int) bool { return before(&c.h[j], &c.h[i]) }
func (c *collector) Swap(i, j int) {
	c.h[i], c.h[j] = c.h[j], c.h[i]
	c.at[c.h[i].ref] = i
	c.at[c.h[j].ref] = j
}
func (c *collector) Push(v any) {
	x := v.(cand)
	c.at[x.ref] = len(c.h)
	c.h = append(c.h, x)
}
func (c *collector) Pop() any {
	x := c.h[len(c.h)-1]
	c.h = c.h[:len(c.h)-1]
	delete(c.at, x.ref)
	return x
}
