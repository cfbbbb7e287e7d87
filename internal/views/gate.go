package views

import (
	"context"
	"sync"
	"time"

	"grassroots/internal/fault"
)

// RetryAfter is the hint a reader held back by a Gate is given.
const RetryAfter = 5 * time.Second

// Gate holds a view's readers back until its first load is in place. A nil
// Gate is open: an index built by hand (tests, tools) needs none.
type Gate struct {
	what string
	ch   chan struct{}
	once sync.Once
}

// NewGate returns a closed gate; what names the view in errors ("the search
// index").
func NewGate(what string) *Gate { return &Gate{what: what, ch: make(chan struct{})} }

// Open lets every reader through, from now on.
func (g *Gate) Open() {
	if g != nil {
		g.once.Do(func() { close(g.ch) })
	}
}

// Wait returns nil once the gate is open. When ctx ends first it returns an
// UNAVAILABLE error saying the view is still loading, with a retry hint.
func (g *Gate) Wait(ctx context.Context) error {
	if g == nil {
		return nil
	}
	select {
	case <-g.ch:
		return nil
	default:
	}
	select {
	case <-g.ch:
		return nil
	case <-ctx.Done():
		return fault.NotYet(RetryAfter, "%s is still loading after the server started; try again in a few seconds", g.what)
	}
}
