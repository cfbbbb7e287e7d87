package indicator

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Kept keeps, in memory, the units of every indicator over the whole
// province for the years asked for: each unit's ID, the region it lies in
// and its measures, in region-path order. An engine with Kept set reads a
// region's figures, its breakdown, its shortfall pages and its trend from
// these lists instead of computing them in the database: the figures of any
// region are counted over a range of a list.
//
// A list is computed the first time it is asked for (readers asking at the
// same time share the computation) and dropped as soon as a committed write
// changes a table its statement reads (Invalidate): the next reader computes
// it again, so that nothing committed before a request is missing from its
// answer. Once started, the store computes the lists a change dropped again
// in the background, so that the dashboard stays fast while the province
// writes. Lists of the current year are kept per day: "current"
// moves at midnight.
type Kept struct {
	db      Querier // safe for concurrent use
	dialect string
	// Budget is the most units kept in all lists; the lists read least
	// recently are dropped beyond it.
	Budget int
	// Parallel is how many lists the background work computes at once:
	// one by default, leaving the other cores to the requests (a request
	// computes the lists it needs as many at once as its engine's
	// Parallel).
	Parallel int
	// Today is the current day (UTC midnight); tests set it.
	Today func() time.Time
	// Background, set by default, has the lists of the current day that a
	// change dropped computed again Rewarm after it (once Start has set the
	// context of that work); without it lists are computed only when read.
	Background bool
	Rewarm     time.Duration

	mu      sync.Mutex
	regions *regionsEntry
	lists   map[listKey]*unitList
	clock   uint64 // advanced by every read, for least-recently-used order
	units   int    // kept in the lists that are computed
	warmCtx context.Context
	pending bool // a re-warm is scheduled
	// dropped are the computed lists changes dropped since the last
	// re-warm.
	dropped map[listKey]bool
}

// DefaultBudget is the most units kept by default: about 100 MB.
const DefaultBudget = 5_000_000

// NewKept returns an empty store of lists read through db (a pool, not a
// transaction) of the dialect.
func NewKept(db Querier, dialect string) *Kept {
	e := New(db, dialect)
	return &Kept{db: db, dialect: dialect, Budget: DefaultBudget, Parallel: 1, Today: e.Today, Background: true, Rewarm: 500 * time.Millisecond,
		lists: map[listKey]*unitList{}, dropped: map[listKey]bool{}}
}

// engine is an engine reading through the store's pool with its lists.
func (k *Kept) engine() *Engine {
	e := New(k.db, k.dialect)
	e.Today, e.Parallel, e.Kept = k.Today, k.Parallel, k
	return e
}

// listKey names a list: a group (an indicator's code, or the family's name
// for the indicators that share their units), a year and the day "current"
// means in it.
type listKey struct {
	group string
	year  int
	day   int64 // Unix seconds
}

// unitList is the units of a group over the province for a year.
type unitList struct {
	done chan struct{} // closed once computed
	err  error
	// set once done
	regions *regionTable // the regions region indexes
	region  []int32      // index of the unit's region in regions; ascending
	unit    []int        // ascending within a region
	have    [][]float64  // per measure column of the group: have[col][i]
	tables  []string     // the tables the statement reads (set at once)
	used    uint64
}

// regionsEntry is the table of regions, computed once for all readers.
type regionsEntry struct {
	done chan struct{}
	t    *regionTable
	err  error
}

// regionTable is every region, in path order.
type regionTable struct {
	rows   []Region
	parent []int // parent region's ID, 0 for a root
	byPath map[string]int32
	byID   map[int]int32
}

// subtree is the range of rows in path's subtree (path itself included).
func (t *regionTable) subtree(path string) (lo, hi int) {
	lo = sort.Search(len(t.rows), func(i int) bool { return t.rows[i].Path >= path })
	hi = lo + sort.Search(len(t.rows)-lo, func(i int) bool { return !strings.HasPrefix(t.rows[lo+i].Path, path) })
	return lo, hi
}

// span is the range of the list's units that lie in rows lo to hi of its
// region table.
func (l *unitList) span(lo, hi int) (int, int) {
	a := sort.Search(len(l.region), func(i int) bool { return int(l.region[i]) >= lo })
	b := a + sort.Search(len(l.region)-a, func(i int) bool { return int(l.region[a+i]) >= hi })
	return a, b
}

// rangeOf is the range of the list's units in path's subtree.
func (l *unitList) rangeOf(path string) (int, int) { return l.span(l.regions.subtree(path)) }

// Size is how many lists are kept, computed, and how many units they hold.
func (k *Kept) Size() (lists, units int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, l := range k.lists {
		if isDone(l.done) {
			lists++
		}
	}
	return lists, k.units
}

// Invalidate drops the lists whose statements read one of tables (and the
// regions, when regions is one of them): a write to them has committed.
func (k *Kept) Invalidate(tables ...string) {
	if len(tables) == 0 {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if slices.Contains(tables, "regions") {
		k.regions = nil
	}
	for key, l := range k.lists {
		if !slices.ContainsFunc(l.tables, func(t string) bool { return slices.Contains(tables, t) }) {
			continue
		}
		k.drop(key, l)
	}
	k.scheduleRewarm()
}

// Reset drops every list and the regions.
func (k *Kept) Reset() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.regions = nil
	for key, l := range k.lists {
		k.drop(key, l)
	}
}

// drop removes a list; k.mu is held.
func (k *Kept) drop(key listKey, l *unitList) {
	delete(k.lists, key)
	if isDone(l.done) {
		k.units -= len(l.unit)
		k.dropped[key] = true
	}
}

func isDone(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// regionTable returns the table of regions, reading it when it is not kept.
func (k *Kept) regionTable(ctx context.Context) (*regionTable, error) {
	k.mu.Lock()
	r := k.regions
	if r == nil {
		r = &regionsEntry{done: make(chan struct{})}
		k.regions = r
		k.mu.Unlock()
		r.t, r.err = k.readRegions(context.WithoutCancel(ctx))
		close(r.done)
		if r.err != nil {
			k.mu.Lock()
			if k.regions == r {
				k.regions = nil
			}
			k.mu.Unlock()
		}
	} else {
		k.mu.Unlock()
	}
	select {
	case <-r.done:
		return r.t, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (k *Kept) readRegions(ctx context.Context) (*regionTable, error) {
	rows, err := k.db.QueryContext(ctx, `SELECT `+regionColumns+`, COALESCE(parent_id, 0) FROM regions`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type row struct {
		Region
		parent int
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.ID, &r.Code, &r.Name, &r.NameLatin, &r.Path, &r.Level, &r.parent); err != nil {
			return nil, err
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// in byte order, which the subtree ranges rely on (the database's
	// collation may order '/' otherwise)
	slices.SortFunc(all, func(a, b row) int { return strings.Compare(a.Path, b.Path) })
	t := &regionTable{byPath: make(map[string]int32, len(all)), byID: make(map[int]int32, len(all))}
	for i, r := range all {
		t.byPath[r.Path], t.byID[r.ID] = int32(i), int32(i)
		t.rows = append(t.rows, r.Region)
		t.parent = append(t.parent, r.parent)
	}
	return t, nil
}

// list returns the list of group in year, computing it through e when it is
// not kept.
func (k *Kept) list(ctx context.Context, e *Engine, group string, year int) (*unitList, error) {
	key := listKey{group: group, year: year, day: e.day(year).Unix()}
	k.mu.Lock()
	k.clock++
	l := k.lists[key]
	if l == nil { // its tables are known at once: a change while it is computed drops it
		l = &unitList{done: make(chan struct{}), tables: groupTables(group)}
		k.lists[key] = l
		k.mu.Unlock()
		k.compute(context.WithoutCancel(ctx), e, key, l)
		k.mu.Lock()
	}
	l.used = k.clock
	k.mu.Unlock()
	select {
	case <-l.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if l.err != nil {
		return nil, l.err
	}
	return l, nil
}

// peek returns the list of key when it is kept and computed, else nil.
func (k *Kept) peek(key listKey) *unitList {
	k.mu.Lock()
	defer k.mu.Unlock()
	l := k.lists[key]
	if l == nil || !isDone(l.done) || l.err != nil {
		return nil
	}
	k.clock++
	l.used = k.clock
	return l
}

// compute computes l, puts it in place (unless a change dropped it
// meanwhile) and drops the lists read least recently beyond the budget.
func (k *Kept) compute(ctx context.Context, e *Engine, key listKey, l *unitList) {
	l.err = k.load(ctx, e, key, l)
	k.mu.Lock()
	defer k.mu.Unlock()
	defer close(l.done)
	if k.lists[key] != l {
		return
	}
	if l.err != nil {
		delete(k.lists, key)
		return
	}
	k.units += len(l.unit)
	for k.units > k.Budget {
		var (
			oldKey listKey
			old    *unitList
		)
		for kk, x := range k.lists {
			if x != l && isDone(x.done) && (old == nil || x.used < old.used) {
				oldKey, old = kk, x
			}
		}
		if old == nil {
			break
		}
		delete(k.lists, oldKey)
		k.units -= len(old.unit)
	}
}

// load runs the statement of key's group over the whole province and fills
// l, sorted by region path, then unit.
func (k *Kept) load(ctx context.Context, e *Engine, key listKey, l *unitList) error {
	regions, err := k.regionTable(ctx)
	if err != nil {
		return err
	}
	l.regions = regions
	if len(regions.rows) == 0 {
		_, cols := groupStatement(key.group, Region{Path: "/"})
		l.have = make([][]float64, len(cols))
		return nil
	}
	root := regions.rows[0]
	stmt, cols := groupStatement(key.group, root)
	p := e.baseParams(root, key.year)
	rows, err := e.query(ctx, stmt, p)
	if err != nil {
		return err
	}
	defer rows.Close()
	type unitRow struct {
		region int32
		unit   int
		have   []float64
	}
	var (
		list  []unitRow
		path  sql.RawBytes
		fresh bool
	)
	for rows.Next() {
		u := unitRow{have: make([]float64, len(cols))}
		dest := []any{&u.unit, &path}
		for i := range u.have {
			dest = append(dest, &u.have[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		r, ok := regions.byPath[string(path)]
		if !ok && !fresh { // a region written after the table was read: read them again
			old := regions
			if regions, err = k.readRegions(ctx); err != nil {
				return err
			}
			fresh = true
			kept := list[:0]
			for _, u := range list {
				if n, ok := regions.byPath[old.rows[u.region].Path]; ok {
					u.region = n
					kept = append(kept, u)
				}
			}
			list = kept
			r, ok = regions.byPath[string(path)]
		}
		if !ok { // the region moved or went meanwhile: the change drops this list
			continue
		}
		u.region = r
		list = append(list, u)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	slices.SortFunc(list, func(a, b unitRow) int {
		return cmp.Or(cmp.Compare(a.region, b.region), cmp.Compare(a.unit, b.unit))
	})
	l.regions = regions
	l.region, l.unit = make([]int32, len(list)), make([]int, len(list))
	l.have = make([][]float64, len(cols))
	for c := range cols {
		l.have[c] = make([]float64, len(list))
	}
	for i, u := range list {
		l.region[i], l.unit[i] = u.region, u.unit
		for c := range cols {
			l.have[c][i] = u.have[c]
		}
	}
	return nil
}

// groupOf is the group of code's indicator: its family, or itself.
func groupOf(code string) string {
	if f := rules[code].family; f != "" {
		return f
	}
	return code
}

// columnOf is the index of code's measure among its group's columns.
func columnOf(code string) int {
	f := rules[code].family
	if f == "" {
		return 0
	}
	return slices.Index(familyColumns(f), rules[code].col)
}

// familyColumns are the measure columns of a family, in the order of
// Definitions.
func familyColumns(f string) []string {
	var cols []string
	for _, d := range Definitions {
		if r := rules[d.Code]; r.family == f {
			cols = append(cols, r.col)
		}
	}
	return cols
}

// groupStatement is the statement of a group's units over root's subtree:
// unit, path, then its measure columns.
func groupStatement(group string, root Region) (string, []string) {
	if _, ok := families[group]; ok {
		cols := familyColumns(group)
		return `SELECT f.unit, f.path, f.` + strings.Join(cols, ", f.") + ` FROM (` + familyUnits(group, root) + `) f`, cols
	}
	return `SELECT u.unit, u.path, u.have FROM (` + unitsOf(group, root) + `) u`, []string{"have"}
}

var tableName = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+([a-z_]+)`)

// tablesOf lists the tables a statement reads.
func tablesOf(stmt string) []string {
	var out []string
	for _, m := range tableName.FindAllStringSubmatch(stmt, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return out
}

// groupTables lists the tables a group's statement reads.
func groupTables(group string) []string {
	stmt, _ := groupStatement(group, Region{Path: "/"})
	return tablesOf(stmt)
}

// Tables lists the tables the kept lists read: a write to any of them
// drops some. (Targets and the rural income are read with each request.)
func Tables() []string {
	var out []string
	for _, d := range Definitions {
		for _, t := range groupTables(groupOf(d.Code)) {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}

// fill computes the lists of keys (their days aside), Parallel at once.
func (k *Kept) fill(ctx context.Context, e *Engine, keys []listKey) error {
	errs := make([]error, len(keys))
	inParallel(len(keys), e.Parallel, func(i int) { _, errs[i] = k.list(ctx, e, keys[i].group, keys[i].year) })
	return errors.Join(errs...)
}

// Start sets the context that bounds the background work. Nothing is
// computed before it is read: a server starting up has other work.
func (k *Kept) Start(ctx context.Context) {
	k.mu.Lock()
	k.warmCtx = ctx
	k.mu.Unlock()
}

// scheduleRewarm computes the dropped lists of the current day again after
// Rewarm (once for the changes that come meanwhile); k.mu is held.
func (k *Kept) scheduleRewarm() {
	if k.pending || !k.Background || k.warmCtx == nil || len(k.dropped) == 0 {
		return
	}
	k.pending = true
	ctx := k.warmCtx
	time.AfterFunc(k.Rewarm, func() {
		e := k.engine()
		k.mu.Lock()
		k.pending = false
		var keys []listKey
		for key := range k.dropped {
			if key.day == e.day(key.year).Unix() {
				keys = append(keys, key)
			}
		}
		clear(k.dropped)
		k.mu.Unlock()
		if ctx.Err() == nil {
			_ = k.fill(ctx, e, keys)
		}
	})
}

// meets reports whether a unit with have meets d's rule, given need.
func meets(d Definition, need, have float64) bool {
	if rules[d.Code].strict {
		return have > need
	}
	return have >= need
}

// meeting counts the units a to b of the list that meet d's rule.
func (l *unitList) meeting(d Definition, need float64, a, b int) int {
	have, n := l.have[columnOf(d.Code)], 0
	for _, h := range have[a:b] {
		if meets(d, need, h) {
			n++
		}
	}
	return n
}
