package scope

import (
	"context"
	"sync"
	"sync/atomic"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/internal/views"
)

// RegionPath returns the materialized path of region id. An unknown id is a
// NOT_FOUND error blamed on field. Outside a transaction, on a client whose
// region paths a PathView keeps, a path already read is served from memory:
// every subtree filter needs its region's path, and paths almost never
// change.
func RegionPath(ctx context.Context, c *ent.Client, field string, id int) (string, error) {
	var pm *pathMemory
	if ent.TxFromContext(ctx) == nil { // in a mutation, read through the transaction: it may have moved the region
		if m, ok := memories.Load(c); ok {
			pm = m.(*pathMemory)
			if p, ok := pm.paths.Load(id); ok {
				return p.(string), nil
			}
		}
	}
	var epoch uint64
	if pm != nil {
		epoch = pm.epoch.Load()
	}
	p, err := c.Region.Query().Where(region.ID(id)).Select(region.FieldPath).String(ctx)
	if ent.IsNotFound(err) {
		return "", fault.Missing(field, "no region has ID %d", id)
	}
	if err == nil && pm != nil {
		pm.remember(id, p, epoch)
	}
	return p, err
}

// memories holds the region paths of each client (each database) that a
// PathView keeps current.
var memories sync.Map // *ent.Client → *pathMemory

// pathMemory is the remembered paths of one database.
type pathMemory struct {
	paths sync.Map      // region ID → path
	epoch atomic.Uint64 // advanced by every forget
}

// remember keeps a path read when the memory was at epoch, unless a region
// was forgotten since: the read may then predate the change that made it
// forgotten. Stored first and checked after, so that a forget running
// meanwhile either sees the path (and drops it) or is seen here.
func (m *pathMemory) remember(id int, path string, epoch uint64) {
	m.paths.Store(id, path)
	if m.epoch.Load() != epoch {
		m.paths.Delete(id)
	}
}

func (m *pathMemory) forget(ids []int) {
	m.epoch.Add(1)
	for _, id := range ids {
		m.paths.Delete(id)
	}
}

func (m *pathMemory) forgetAll() {
	m.epoch.Add(1)
	m.paths.Clear()
}

// PathView keeps the region paths RegionPath remembers for one client
// current: a region written here or by another process is forgotten, and
// read again when next asked for. A path changes only with its region's code
// or parent.
type PathView struct{ m *pathMemory }

// NewPathView starts remembering the region paths read through c.
func NewPathView(c *ent.Client) *PathView {
	m, _ := memories.LoadOrStore(c, &pathMemory{})
	return &PathView{m: m.(*pathMemory)}
}

func (v *PathView) Name() string { return "region paths" }

func (v *PathView) Follows() []string { return []string{ent.TypeRegion} }

// Load has nothing to read: paths are read when first asked for. Its install
// forgets every path (a resync).
func (v *PathView) Load(context.Context) (func(), error) { return v.m.forgetAll, nil }

func (v *PathView) Apply(_ context.Context, w views.Write) (func(), error) {
	if w.Op == views.Create {
		return nil, nil
	}
	return func() { v.m.forget(w.IDs) }, nil
}

func (v *PathView) Refresh(_ context.Context, c views.Change) error {
	v.m.forget(c.IDs)
	return nil
}
