// Package views keeps what the server holds in memory and builds from the
// database — the search index, the organization network, remembered region
// paths, and whatever comes next — current with every committed write, by one
// contract.
//
// A View loads its state from the database, applies the writes this process
// commits and refreshes the rows other processes wrote. A Registry holds the
// views: it registers one ent hook for all of them, applies each committed
// local write to every view that follows its entity, routes the change feed's
// remote changes the same way, loads the views concurrently, and reports each
// one's state for readiness. While a view loads, the changes for it wait in a
// queue and are applied once the new state is in place, so a load never loses
// a write that commits during it.
package views

import (
	"context"

	"entgo.io/ent"

	gen "grassroots/ent"
)

// View is in-memory state built from the database.
type View interface {
	// Name names the view in logs and in /readyz.
	Name() string
	// Follows lists the entities whose writes change the view, as ent type
	// names (ent.TypeOrganization, …).
	Follows() []string
	// Load reads the view's state from the database and returns the
	// function that puts it in place. The registry runs no Apply or Refresh
	// work of the view while it loads; it calls install, then applies the
	// changes that came meanwhile.
	Load(ctx context.Context) (install func(), err error)
	// Apply is called inside the writing transaction right after a local
	// write's statement has run. It reads what it needs (w.Client sees the
	// write) and returns the work that applies the write, which the
	// registry runs once the write commits, and never if it rolls back. A nil
	// work means nothing to do; an error fails the write.
	Apply(ctx context.Context, w Write) (work func(), err error)
	// Refresh re-reads the rows another process wrote, named by c, and
	// applies what it finds: a row found replaces what the view holds, a row
	// not found is gone.
	Refresh(ctx context.Context, c Change) error
}

// Readier is a View whose readers wait for its first load: the registry
// calls Ready once that load is in place and the changes that came during it
// are applied.
type Readier interface {
	Ready()
}

// Op is what a write did.
type Op string

// Ops of a Write or a Change.
const (
	Create Op = "create"
	Update Op = "update"
	Delete Op = "delete"
)

// Write is a local write, seen inside its transaction.
type Write struct {
	// Entity is the ent type name (ent.TypeRegion, …).
	Entity string
	Op     Op
	// IDs are the rows written: read before an update or delete ran; the
	// new row's after a create.
	IDs []int
	// Value is what the mutation returned: the new entity of a create.
	Value ent.Value
	// Client is the write's client: inside a transaction, bound to it.
	Client *gen.Client
}

// Change is a write another process committed, known by the IDs it touched.
type Change struct {
	Entity string // ent type name
	Op     Op
	IDs    []int
}

// Readiness says whether /readyz waits for a view.
type Readiness int

const (
	// Required views must be loaded before the server reports ready: the
	// queries that are not search need them.
	Required Readiness = iota
	// Background views load while the server already answers; their
	// readers wait for them (see each view).
	Background
)
