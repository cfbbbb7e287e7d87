package indicator

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"

	"grassroots/internal/domain"
	"grassroots/internal/fault"
)

// The years an indicator can be computed for: from FirstYear to the year
// after the current one.
const FirstYear = 2000

// Querier runs raw statements: an *ent.Client or *ent.Tx (through ent's
// ExecQuery feature), or a *sql.DB.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Engine computes indicators from the database.
type Engine struct {
	db      Querier
	dialect string
	// Today is the current day (UTC midnight); tests set it.
	Today func() time.Time
	// Parallel is how many indicators Compute runs at once (at least 1);
	// only for a querier that is safe for concurrent use (not a transaction).
	Parallel int
	// Kept, when set, holds the units of the indicators: figures,
	// shortfalls and trends are read from it rather than computed in the
	// database. Only for an engine reading outside a transaction (the kept
	// lists do not see a transaction's writes).
	Kept *Kept
}

// New returns an engine reading through db, of the dialect (dialect.SQLite
// or dialect.Postgres).
func New(db Querier, d string) *Engine {
	return &Engine{db: db, dialect: d, Today: domain.Today}
}

// Region is a region an indicator is computed over.
type Region struct {
	ID              int
	Code, Name      string
	NameLatin, Path string
	Level           string
}

// Result is an indicator computed for a region subtree and a year.
type Result struct {
	Definition
	Region Region
	Year   int
	// Day is the day "current" means: the end of the year, or today in the
	// current year.
	Day                    time.Time
	Numerator, Denominator int
	// Note is the admin's note on a target they set; TargetSet says the
	// target is not the default.
	Note      string
	TargetSet bool
	// Breakdown has one result per child region (in code order), or per
	// region of BreakdownLevel in the subtree, and one for the region itself
	// when some units lie in it directly rather than in one of those; nil
	// when not computed.
	Breakdown      []Result
	BreakdownLevel string
}

// Value is Numerator / Denominator; nil when there are no units.
func (r Result) Value() *float64 { return share(r.Numerator, r.Denominator) }

func share(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	v := float64(num) / float64(den)
	return &v
}

// Gap is how many more units must meet the rule for the target to be met.
func (r Result) Gap() int {
	need := int(math.Ceil(r.Target*float64(r.Denominator) - 1e-9))
	return max(0, need-r.Numerator)
}

// Met reports whether the target is met (always, when there are no units).
func (r Result) Met() bool { return r.Gap() == 0 }

// Overdue reports whether the target is due by Day and not met.
func (r Result) Overdue() bool {
	return !r.Met() && !r.Deadline.IsZero() && !r.Deadline.After(r.Day)
}

// Request names what to compute. A zero RegionID is the whole province.
type Request struct {
	Codes    []string // nil: all, in the order of Definitions
	RegionID int
	Year     int
	// Level is the level of the breakdown's regions (COUNTY, …); "" is the
	// level below the region.
	Level string
}

// Compute computes the indicators of req with their breakdown by child
// region: per indicator (or family) one statement over the subtree, grouped
// by child, or with Kept a count over the ranges of its kept list.
func (e *Engine) Compute(ctx context.Context, req Request) ([]Result, error) {
	defs, err := definitionsOf(req.Codes)
	if err != nil {
		return nil, err
	}
	if err := e.checkYear("year", req.Year); err != nil {
		return nil, err
	}
	root, children, err := e.places(ctx, req.RegionID, req.Level)
	if err != nil {
		return nil, err
	}
	targets, err := e.targets(ctx)
	if err != nil {
		return nil, err
	}
	// the indicators that share their units (a family) are computed in
	// one statement
	var groups [][]int
	byFamily := map[string]int{}
	for i, d := range defs {
		f := rules[d.Code].family
		if g, ok := byFamily[f]; ok && f != "" {
			groups[g] = append(groups[g], i)
			continue
		}
		byFamily[f] = len(groups)
		groups = append(groups, []int{i})
	}
	out := make([]Result, len(defs))
	errs := make([]error, len(groups))
	inParallel(len(groups), e.Parallel, func(g int) {
		ds := make([]Definition, len(groups[g]))
		for j, i := range groups[g] {
			ds[j] = defs[i]
		}
		rs, err := e.compute(ctx, ds, root, children, req.Year, targets)
		errs[g] = err
		for j, i := range groups[g] {
			if err == nil {
				out[i] = rs[j]
				out[i].BreakdownLevel = req.Level
			}
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// inParallel runs do(0) to do(n-1), at most parallel (at least one) at
// once, and returns when all have returned.
func inParallel(n, parallel int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(parallel, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// figures are a group's counts under one key: units, and units meeting
// each indicator's rule.
type figures struct {
	n int
	m []int
}

// compute computes indicators that share their units (one, or several of a
// family) over root's subtree, grouped by children.
func (e *Engine) compute(ctx context.Context, ds []Definition, root Region, children []Region, year int, targets map[string]setTarget) ([]Result, error) {
	needs := make([]float64, len(ds))
	for i, d := range ds {
		n, err := e.need(ctx, d, year)
		if err != nil {
			return nil, err
		}
		needs[i] = n
	}
	count := e.countSQL
	if e.Kept != nil {
		count = e.countKept
	}
	byKey, err := count(ctx, ds, needs, root, children, year)
	if err != nil {
		return nil, fmt.Errorf("indicator %s: %w", ds[0].Code, err)
	}
	out := make([]Result, len(ds))
	for i, d := range ds {
		res := e.result(d, root, year, targets)
		res.Breakdown = []Result{}
		seen := map[string]bool{}
		for _, c := range children {
			r := e.result(d, c, year, targets)
			if f, ok := byKey[c.Path]; ok {
				r.Numerator, r.Denominator = f.m[i], f.n
			}
			seen[c.Path] = true
			res.Breakdown = append(res.Breakdown, r)
			res.Numerator += r.Numerator
			res.Denominator += r.Denominator
		}
		self := e.result(d, root, year, targets)
		for k, f := range byKey { // units in the region itself, not in a child
			if !seen[k] {
				self.Numerator += f.m[i]
				self.Denominator += f.n
			}
		}
		if self.Denominator > 0 {
			res.Numerator += self.Numerator
			res.Denominator += self.Denominator
			if len(children) > 0 {
				res.Breakdown = append(res.Breakdown, self)
			}
		}
		out[i] = res
	}
	return out, nil
}

// countSQL counts ds's units over root's subtree in one statement, grouped
// by the child they lie in (keyed by the child's path; a unit in none of
// them under its own region's), each indicator with its own measure column
// of the family's units.
func (e *Engine) countSQL(ctx context.Context, ds []Definition, needs []float64, root Region, children []Region, year int) (map[string]figures, error) {
	p := e.baseParams(root, year)
	units := unitsOf(ds[0].Code, root)
	var sums strings.Builder
	for i, d := range ds {
		need := fmt.Sprintf("need_%d", i)
		p[need] = needs[i]
		col := "have"
		if f := rules[d.Code].family; f != "" {
			units = familyUnits(f, root)
			col = rules[d.Code].col
		}
		cond := "u." + col + " >= CAST(:" + need + " AS DOUBLE PRECISION)"
		if rules[d.Code].strict {
			cond = "u." + col + " > CAST(:" + need + " AS DOUBLE PRECISION)"
		}
		fmt.Fprintf(&sums, ", SUM(CASE WHEN %s THEN 1 ELSE 0 END) AS m%d", cond, i)
	}
	p["keylen"] = len(root.Path) + 13 // a child's path: the parent's, a 12-digit code and '/'
	if len(children) > 0 {
		p["keylen"] = len(children[0].Path)
	}
	q := `SELECT substr(u.path, 1, CAST(:keylen AS INTEGER)) AS k, COUNT(*) AS n` + sums.String() +
		` FROM (` + units + `) u GROUP BY substr(u.path, 1, CAST(:keylen AS INTEGER))`
	rows, err := e.query(ctx, q, p)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byKey := map[string]figures{}
	for rows.Next() {
		var k string
		f := figures{m: make([]int, len(ds))}
		dest := []any{&k, &f.n}
		for i := range f.m {
			dest = append(dest, &f.m[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		byKey[k] = f
	}
	return byKey, rows.Err()
}

// countKept counts ds's units over root's subtree from the kept list of
// their group, by child: each child's subtree is a range of the list, and
// the units between those ranges lie in the region itself.
func (e *Engine) countKept(ctx context.Context, ds []Definition, needs []float64, root Region, children []Region, year int) (map[string]figures, error) {
	l, err := e.Kept.list(ctx, e, groupOf(ds[0].Code), year)
	if err != nil {
		return nil, err
	}
	byKey := map[string]figures{}
	add := func(key string, a, b int) {
		if b <= a {
			return
		}
		f := byKey[key]
		if f.m == nil {
			f.m = make([]int, len(ds))
		}
		f.n += b - a
		for i, d := range ds {
			f.m[i] += l.meeting(d, needs[i], a, b)
		}
		byKey[key] = f
	}
	a, b := l.rangeOf(root.Path)
	at := a
	for _, c := range children { // in path order: their ranges follow each other
		ca, cb := l.rangeOf(c.Path)
		add(root.Path, at, ca)
		add(c.Path, ca, cb)
		at = max(at, cb)
	}
	add(root.Path, at, b)
	return byKey, nil
}

// result is d's result for region r and year, without figures.
func (e *Engine) result(d Definition, r Region, year int, targets map[string]setTarget) Result {
	res := Result{Definition: d, Region: r, Year: year, Day: e.day(year)}
	if t, ok := targets[d.Code]; ok {
		res.Target, res.Deadline, res.Note, res.TargetSet = t.target, t.deadline, t.note, true
	}
	if d.Yearly && res.Deadline.IsZero() { // due at the end of every year
		res.Deadline = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return res
}

// unitsOf is the unit statement of code's indicator over root's subtree:
// unit, path and have.
func unitsOf(code string, root Region) string {
	r := rules[code]
	if r.family != "" {
		return `SELECT f.unit, f.path, f.` + r.col + ` AS have FROM (` + familyUnits(r.family, root) + `) f`
	}
	return overTree(r.units, root)
}

// familyUnits is the statement of a family's units over root's subtree.
func familyUnits(f string, root Region) string { return overTree(families[f], root) }

// overTree fits a unit statement to root: at the top of the tree, where
// every region is in, it drops the subtree conditions.
func overTree(units string, root Region) string {
	if strings.Count(root.Path, "/") == 1 {
		return wholeTree(units)
	}
	return units
}

// metSQL is the condition under which a unit (alias u) meets d's rule.
func metSQL(d Definition) string {
	if rules[d.Code].strict {
		return `u.have > CAST(:need AS DOUBLE PRECISION)`
	}
	return `u.have >= CAST(:need AS DOUBLE PRECISION)`
}

// day is the day "current" means in year: today in the current year, the
// last day of any other (next year's too).
func (e *Engine) day(year int) time.Time {
	if t := e.Today(); t.Year() == year {
		return t
	}
	return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
}

// params are the named parameters of d's statements for root and year.
func (e *Engine) params(ctx context.Context, d Definition, root Region, year int) (map[string]any, error) {
	need, err := e.need(ctx, d, year)
	if err != nil {
		return nil, err
	}
	p := e.baseParams(root, year)
	p["need"] = need
	return p, nil
}

// baseParams are the named parameters of the unit statements for root and
// year (all but :need).
func (e *Engine) baseParams(root Region, year int) map[string]any {
	return map[string]any{
		"day":    e.day(year),
		"ystart": time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
		"year":   year,
		"young":  time.Date(year-35, 12, 31, 0, 0, 0, 0, time.UTC),
		"prefix": root.Path + "%",
	}
}

// need is what a unit must have to meet d's rule in year.
func (e *Engine) need(ctx context.Context, d Definition, year int) (float64, error) {
	if d.Code != "SECRETARY_PAY_FLOOR" {
		return rules[d.Code].need, nil
	}
	rows, err := e.query(ctx, `SELECT income_per_head FROM rural_incomes WHERE year = :year`, map[string]any{"year": year - 1})
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	floor := noFloor
	for rows.Next() {
		if err := rows.Scan(&floor); err != nil {
			return 0, err
		}
	}
	return floor, rows.Err()
}

// checkYear refuses a year before FirstYear or after next year, on field.
func (e *Engine) checkYear(field string, year int) error {
	if last := e.Today().Year() + 1; year < FirstYear || year > last {
		return fault.Invalid(field, "indicators are computed for %d to %d, not %d", FirstYear, last, year)
	}
	return nil
}

// definitionsOf returns the definitions of codes (all for nil); an unknown
// code is refused.
func definitionsOf(codes []string) ([]Definition, error) {
	if codes == nil {
		return Definitions, nil
	}
	out := make([]Definition, 0, len(codes))
	for _, c := range codes {
		d, ok := ByCode(c)
		if !ok {
			return nil, fault.Invalid("code", "no indicator has the code %q", c)
		}
		out = append(out, d)
	}
	return out, nil
}

const regionColumns = `id, code, name, COALESCE(name_latin, ''), path, level`

// places are the region id (0: the province) and the regions of its
// breakdown at level ("": its children): from the kept regions, or read.
func (e *Engine) places(ctx context.Context, id int, level string) (Region, []Region, error) {
	root, err := e.root(ctx, id)
	if err != nil {
		return Region{}, nil, err
	}
	if e.Kept == nil {
		children, err := e.breakdownRegions(ctx, root, level)
		return root, children, err
	}
	t, err := e.Kept.regionTable(ctx)
	if err != nil {
		return Region{}, nil, err
	}
	depth, err := levelDepth(root, level)
	if err != nil {
		return Region{}, nil, err
	}
	lo, hi := t.subtree(root.Path)
	var children []Region
	for j := lo; j < hi; j++ {
		if level == "" && t.parent[j] == root.ID || level != "" && len(t.rows[j].Path) == depth {
			children = append(children, t.rows[j])
		}
	}
	return root, children, nil
}

// root is the region id (0: the province): kept, or read.
func (e *Engine) root(ctx context.Context, id int) (Region, error) {
	if e.Kept == nil {
		return e.region(ctx, id)
	}
	t, err := e.Kept.regionTable(ctx)
	if err != nil {
		return Region{}, err
	}
	i, ok := int32(0), len(t.rows) > 0
	if id != 0 {
		i, ok = t.byID[id]
	}
	if !ok {
		return Region{}, missingRegion(id)
	}
	return t.rows[i], nil
}

// missingRegion is the error of a region ID that is not a region's (0:
// there are no regions).
func missingRegion(id int) error {
	if id == 0 {
		return fault.Missing("region", "there are no regions yet")
	}
	return fault.Invalid("region", "ID %d is not a region's", id)
}

// region reads region id, or the province (the root region) for 0. An ID
// that is not a region's is refused on the field region.
func (e *Engine) region(ctx context.Context, id int) (Region, error) {
	q := `SELECT ` + regionColumns + ` FROM regions WHERE id = :id`
	if id == 0 {
		q = `SELECT ` + regionColumns + ` FROM regions WHERE parent_id IS NULL ORDER BY code LIMIT 1`
	}
	rs, err := e.regions(ctx, q, map[string]any{"id": id})
	if err != nil {
		return Region{}, err
	}
	if len(rs) == 0 {
		return Region{}, missingRegion(id)
	}
	return rs[0], nil
}

// depths are the lengths of the paths of each level's regions: a 12-digit
// code and '/' per level.
var depths = map[string]int{"PROVINCE": 13, "CITY": 26, "COUNTY": 39, "TOWNSHIP": 52, "VILLAGE": 65, "COMMUNITY": 65}

// breakdownRegions reads the regions a breakdown of root has: its children,
// or the regions of level in its subtree (villages and urban communities
// both, at the village level), in code order.
func (e *Engine) breakdownRegions(ctx context.Context, root Region, level string) ([]Region, error) {
	depth, err := levelDepth(root, level)
	if err != nil {
		return nil, err
	}
	if level == "" {
		return e.regions(ctx, `SELECT `+regionColumns+` FROM regions WHERE parent_id = :id ORDER BY code`, map[string]any{"id": root.ID})
	}
	return e.regions(ctx, `SELECT `+regionColumns+` FROM regions WHERE path LIKE :prefix AND length(path) = CAST(:depth AS INTEGER) ORDER BY path`,
		map[string]any{"prefix": root.Path + "%", "depth": depth})
}

// levelDepth is the length of the paths of the regions of level, below
// root (0 for ""): a level not below root is refused.
func levelDepth(root Region, level string) (int, error) {
	if level == "" {
		return 0, nil
	}
	depth, ok := depths[level]
	if !ok || depth <= len(root.Path) {
		return 0, fault.Invalid("level", "a breakdown of %s (a %s) is by a level below it, not %s", root.Name, strings.ToLower(root.Level), level)
	}
	return depth, nil
}

func (e *Engine) regions(ctx context.Context, q string, p map[string]any) ([]Region, error) {
	rows, err := e.query(ctx, q, p)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Region
	for rows.Next() {
		var r Region
		if err := rows.Scan(&r.ID, &r.Code, &r.Name, &r.NameLatin, &r.Path, &r.Level); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// setTarget is a target an admin set.
type setTarget struct {
	target   float64
	deadline time.Time
	note     string
}

// targets reads the targets admins set, by code; the definitions' defaults
// hold for the others.
func (e *Engine) targets(ctx context.Context) (map[string]setTarget, error) {
	rows, err := e.query(ctx, `SELECT code, target, deadline, COALESCE(note, '') FROM indicator_targets`, nil)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]setTarget{}
	for rows.Next() {
		var (
			code string
			t    setTarget
			dl   sql.NullTime
		)
		if err := rows.Scan(&code, &t.target, &dl, &t.note); err != nil {
			return nil, err
		}
		if dl.Valid {
			t.deadline = dl.Time.UTC()
		}
		out[code] = t
	}
	return out, rows.Err()
}

// query runs q with its :named parameters bound in the dialect's style.
func (e *Engine) query(ctx context.Context, q string, p map[string]any) (*sql.Rows, error) {
	text, args := bind(e.dialect, q, p)
	return e.db.QueryContext(ctx, text, args...)
}

// bind turns the :name parameters of q into the dialect's placeholders ($1
// on PostgreSQL, ? on SQLite) and returns the arguments in order.
func bind(d, q string, p map[string]any) (string, []any) {
	var (
		b    strings.Builder
		args []any
		pos  = map[string]int{}
	)
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != ':' || i+1 >= len(q) || !isNameByte(q[i+1]) {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(q) && isNameByte(q[j]) {
			j++
		}
		name := q[i+1 : j]
		v, ok := p[name]
		if !ok {
			panic("indicator: no value for :" + name)
		}
		if d == dialect.Postgres {
			n, seen := pos[name]
			if !seen {
				args = append(args, v)
				n = len(args)
				pos[name] = n
			}
			b.WriteString("$" + strconv.Itoa(n))
		} else {
			args = append(args, v)
			b.WriteByte('?')
		}
		i = j - 1
	}
	return b.String(), args
}

func isNameByte(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

var sprintf = fmt.Sprintf

// num writes a figure without needless decimals: 2, 7.5, 50000.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
