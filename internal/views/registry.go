package views

import (
	"context"
	"log/slog"
	"strings"
	"sync"
)

// Registry holds the views of a process. Register every view, then register
// Hook with the ent client, subscribe the change feed with Follow, and call
// Start.
type Registry struct {
	log     *slog.Logger
	entries []*entry
	follows map[string][]*entry // ent type name → the views that follow it
	names   map[string]string   // lower-case entity name (as the feed writes it) → ent type name

	mu  sync.Mutex
	ctx context.Context // Start's: bounds every load
}

// New returns an empty registry.
func New(log *slog.Logger) *Registry {
	if log == nil {
		log = slog.Default()
	}
	return &Registry{log: log, follows: map[string][]*entry{}, names: map[string]string{}}
}

// Register adds a view. Until Start loads it, the changes for it wait.
func (r *Registry) Register(v View, need Readiness) {
	e := newEntry(v, need, r.log)
	r.entries = append(r.entries, e)
	for _, name := range v.Follows() {
		r.follows[name] = append(r.follows[name], e)
		r.names[strings.ToLower(name)] = name
	}
}

// Start loads the views, each on its own goroutine, and returns at once: the
// Required views first, the Background ones once each Required view's first
// load has ended (so that on a small machine they do not slow down what
// readiness waits for). A load that fails is retried until it succeeds or
// ctx is done. ctx also bounds the reloads a resync triggers later.
func (r *Registry) Start(ctx context.Context) {
	r.mu.Lock()
	r.ctx = ctx
	r.mu.Unlock()
	var later []*entry
	for _, e := range r.entries {
		if e.need == Required {
			go e.loadLoop(ctx)
		} else {
			later = append(later, e)
		}
	}
	go func() {
		for _, e := range r.entries {
			if e.need != Required {
				continue
			}
			select {
			case <-e.tried:
			case <-ctx.Done():
				return
			}
		}
		for _, e := range later {
			go e.loadLoop(ctx)
		}
	}()
}

// reload loads e again (a resync), unless it is loading already, in which
// case it loads again once that load is done.
func (r *Registry) reload(e *entry) {
	r.mu.Lock()
	ctx := r.ctx
	r.mu.Unlock()
	if e.startReload() && ctx != nil {
		go e.loadLoop(ctx)
	}
}

// Wait returns once every view has been loaded, or with ctx's error.
func (r *Registry) Wait(ctx context.Context) error {
	for _, e := range r.entries {
		select {
		case <-e.ready:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
