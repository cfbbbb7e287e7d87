package views

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Retry delays of a load that failed: doubled after each failure, up to the
// last.
const (
	firstRetry = time.Second
	lastRetry  = 30 * time.Second
)

// entry is a registered view and the bookkeeping that keeps its loads and its
// changes apart.
//
// Work (the application of a local write, or the refresh of a remote one)
// either runs at once or, while the view loads, waits in a queue. A load
// begins once the work already running has finished, so every change whose
// work began before it was committed before the load reads, and is in what it
// reads; work queued during the load runs after install, in order. Work queued
// before a load attempt begins is dropped by it: its change was committed
// before the attempt reads.
type entry struct {
	v    View
	need Readiness
	log  *slog.Logger

	mu       sync.Mutex
	idle     *sync.Cond // signalled when running drops to 0
	running  int        // work running outside the queue
	loading  bool       // a load is in progress or pending: work is queued
	again    bool       // a resync came during the load: load again after it
	queue    []func()
	state    State
	err      error
	since    time.Time     // when state was entered
	took     time.Duration // the last successful load
	ready    chan struct{} // closed once the first load is in place
	readyNow bool
	tried    chan struct{} // closed once the first load has succeeded or failed
	triedNow bool
}

func newEntry(v View, need Readiness, log *slog.Logger) *entry {
	e := &entry{v: v, need: need, log: log, loading: true, state: Loading, since: time.Now(), ready: make(chan struct{}), tried: make(chan struct{})}
	e.idle = sync.NewCond(&e.mu)
	return e
}

// do runs work now, or after the load in progress.
func (e *entry) do(work func()) {
	e.mu.Lock()
	if e.loading {
		e.queue = append(e.queue, work)
		e.mu.Unlock()
		return
	}
	e.running++
	e.mu.Unlock()
	defer func() {
		e.mu.Lock()
		e.running--
		if e.running == 0 {
			e.idle.Broadcast()
		}
		e.mu.Unlock()
	}()
	e.run(work)
}

// run runs one piece of work; a panic is logged, not spread to the writer
// whose commit delivered it.
func (e *entry) run(work func()) {
	defer func() {
		if p := recover(); p != nil {
			e.log.Error("view: change not applied", "view", e.v.Name(), "panic", p)
		}
	}()
	work()
}

// startReload marks e as loading; false means a load is in progress or
// pending already (it will load again once done).
func (e *entry) startReload() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.loading {
		e.again = true
		return false
	}
	e.loading = true
	return true
}

// loadLoop loads e until a load succeeds with no resync pending, or ctx is done.
func (e *entry) loadLoop(ctx context.Context) {
	retry := firstRetry
	for {
		e.mu.Lock()
		for e.running > 0 {
			e.idle.Wait()
		}
		e.queue, e.again = nil, false
		e.mu.Unlock()

		start := time.Now()
		install, err := e.v.Load(ctx)
		if err != nil {
			e.failed(err)
			if ctx.Err() != nil {
				return
			}
			e.log.Error("view: load failed", "view", e.v.Name(), "retry_in", retry, "error", err)
			t := time.NewTimer(retry)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			retry = min(2*retry, lastRetry)
			continue
		}
		install()
		e.mu.Lock()
		for len(e.queue) > 0 {
			q := e.queue
			e.queue = nil
			e.mu.Unlock()
			for _, work := range q {
				e.run(work)
			}
			e.mu.Lock()
		}
		if e.again {
			e.mu.Unlock()
			continue
		}
		e.loading = false
		e.took = time.Since(start)
		e.state, e.err, e.since = Ready, nil, time.Now()
		first := !e.readyNow
		e.readyNow = true
		e.mu.Unlock()
		e.log.Info("view loaded", "view", e.v.Name(), "took", e.took.Round(time.Millisecond))
		if first {
			if r, ok := e.v.(Readier); ok {
				r.Ready()
			}
			close(e.ready)
			e.mu.Lock()
			e.triedOnce()
			e.mu.Unlock()
		}
		return
	}
}

func (e *entry) failed(err error) {
	e.mu.Lock()
	e.state, e.err, e.since = Failed, err, time.Now()
	e.triedOnce()
	e.mu.Unlock()
}

// triedOnce closes tried the first time; e.mu must be held.
func (e *entry) triedOnce() {
	if !e.triedNow {
		e.triedNow = true
		close(e.tried)
	}
}
