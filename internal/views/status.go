package views

import "time"

// State is where a view stands.
type State string

const (
	// Loading: the first load is running; the view has nothing to serve.
	Loading State = "loading"
	// Ready: the view is in place and follows every change (a reload may
	// be running; the view serves what it holds meanwhile).
	Ready State = "ready"
	// Failed: the last load failed and is being retried; Err says why.
	Failed State = "failed"
)

// Status is one view's state.
type Status struct {
	Name     string
	Required bool // /readyz waits for it
	State    State
	Err      error         // the last load's error, when Failed
	Since    time.Time     // when State was entered
	Took     time.Duration // the last successful load
}

// Statuses reports every view, in the order registered.
func (r *Registry) Statuses() []Status {
	out := make([]Status, 0, len(r.entries))
	for _, e := range r.entries {
		out = append(out, e.status())
	}
	return out
}

func (e *entry) status() Status {
	e.mu.Lock()
	defer e.mu.Unlock()
	return Status{Name: e.v.Name(), Required: e.need == Required, State: e.state, Err: e.err, Since: e.since, Took: e.took}
}
