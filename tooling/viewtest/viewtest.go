// Package viewtest lets tests interleave their writes with the loads of a
// view (see package views) deterministically: a Held view reads the database
// as the view it wraps does, then waits to be let go before its state is put
// in place.
package viewtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"grassroots/ent"

	"grassroots/internal/views"
)

// Held wraps a view whose loads wait for Release once they have read the
// database.
type Held struct {
	views.View
	read    chan int // receives the number of each load once it has read
	release chan struct{}
	mu      sync.Mutex
	loads   int
	fail    error // the next load fails with it
}

// Open registers vs, all Required, in a registry without a change feed,
// hooks it into c as the server does, and returns it once every view is
// loaded; the test fails when one is not within a minute.
func Open(t testing.TB, c *ent.Client, vs ...views.View) *views.Registry {
	t.Helper()
	r := views.New(nil)
	for _, v := range vs {
		r.Register(v, views.Required)
	}
	c.Use(r.Hook())
	r.Start(t.Context())
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	if err := r.Wait(ctx); err != nil {
		t.Fatalf("views not loaded: %v: %+v", err, r.Statuses())
	}
	return r
}

// Hold wraps v.
func Hold(v views.View) *Held {
	return &Held{View: v, read: make(chan int, 16), release: make(chan struct{})}
}

// Load reads as the wrapped view does, reports that it has read, and waits
// for Release (or ctx) before it returns.
func (h *Held) Load(ctx context.Context) (func(), error) {
	h.mu.Lock()
	fail := h.fail
	h.fail = nil
	h.loads++
	n := h.loads
	h.mu.Unlock()
	if fail != nil {
		return nil, fail
	}
	install, err := h.View.Load(ctx)
	h.read <- n
	select {
	case <-h.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return install, err
}

// Read waits until a load has read the database and returns its number
// (1 for the first).
func (h *Held) Read(ctx context.Context) (int, error) {
	select {
	case n := <-h.read:
		return n, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// Release lets every load through, now and from now on.
func (h *Held) Release() { close(h.release) }

// FailNext makes the next load fail with err before it reads.
func (h *Held) FailNext(err error) {
	h.mu.Lock()
	h.fail = err
	h.mu.Unlock()
}

// Loads is the number of loads begun.
func (h *Held) Loads() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.loads
}

// Ready passes the registry's call on to the wrapped view.
func (h *Held) Ready() {
	if r, ok := h.View.(views.Readier); ok {
		r.Ready()
	}
}
