package search

import (
	"runtime"
	"sync"
)

// chunked collects items in chunks of a fixed size, so that growing it never
// copies what it holds: at millions of rows, growing one slice copies it
// several times over and pays the kernel for every fresh page each time.
// flat copies the items once into a slice of the exact size.
type chunked[T any] struct {
	size int   // items per chunk
	full [][]T // filled chunks, each cut to what it holds
	n    int   // items in full
	cur  []T
}

func (c *chunked[T]) len() int { return c.n + len(c.cur) }

// reserve makes room for need items in the current chunk, so that they are
// stored together.
func (c *chunked[T]) reserve(need int) {
	if len(c.cur)+need <= cap(c.cur) {
		return
	}
	if len(c.cur) > 0 {
		c.full = append(c.full, c.cur)
		c.n += len(c.cur)
	}
	c.cur = make([]T, 0, max(c.size, need))
}

// add appends items, within the room reserve made (or anywhere when they are
// not to be kept together).
func (c *chunked[T]) add(vs ...T) {
	c.reserve(len(vs))
	c.cur = append(c.cur, vs...)
}

// push appends one item (without add's copy of a list of one).
func (c *chunked[T]) push(v T) {
	c.reserve(1)
	c.cur = append(c.cur, v)
}

// flat returns every item in one slice, and empties c. The chunks are
// copied on every CPU: it moves hundreds of megabytes at nation scale.
func (c *chunked[T]) flat() []T {
	out := make([]T, c.len())
	chunks := append(c.full, c.cur)
	next := make(chan int, len(chunks))
	at := make([]int, len(chunks)) // where each chunk goes
	for i, ch := range chunks {
		next <- i
		if i+1 < len(chunks) {
			at[i+1] = at[i] + len(ch)
		}
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunks)) {
		wg.Go(func() {
			for i := range next {
				copy(out[at[i]:], chunks[i])
			}
		})
	}
	wg.Wait()
	*c = chunked[T]{size: c.size}
	return out
}

// take moves d's items after c's, without copying them, and empties d.
func (c *chunked[T]) take(d *chunked[T]) {
	if len(c.cur) > 0 {
		c.full = append(c.full, c.cur)
		c.n += len(c.cur)
		c.cur = nil
	}
	for _, f := range append(d.full, d.cur) {
		if len(f) > 0 {
			c.full = append(c.full, f)
			c.n += len(f)
		}
	}
	*d = chunked[T]{size: d.size}
}

// each calls fn with every item, in order.
func (c *chunked[T]) each(fn func(*T)) {
	for _, f := range append(c.full, c.cur) {
		for i := range f {
			fn(&f[i])
		}
	}
}
