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
}

// New returns an engine reading through db, of the dialect (dialect.SQLite
// or dialect.Postgres).
func New(db Querier, d string) *Engine {
	return &Engine{db: db, dialect: d, Today: func() time.Time {
		y, m, d := time.Now().UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}}
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
// region: per indicator one statement over the subtree, grouped by child.
func (e *Engine) Compute(ctx context.Context, req Request) ([]Result, error) {
	defs, err := definitionsOf(req.Codes)
	if err != nil {
		return nil, err
	}
	if err := e.checkYear("year", req.Year); err != nil {
		return nil, err
	}
	root, err := e.region(ctx, req.RegionID)
	if err != nil {
		return nil, err
	}
	children, err := e.breakdownRegions(ctx, root, req.Level)
	if err != nil {
		return nil, err
	}
	targets, err := e.targets(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(defs))
	errs := make([]error, len(defs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(e.Parallel, len(defs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = e.compute(ctx, defs[i], root, children, req.Year, targets)
				out[i].BreakdownLevel = req.Level
			}
		}()
	}
	for i := range defs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// compute runs one indicator over root's subtree, grouped by children.
func (e *Engine) compute(ctx context.Context, d Definition, root Region, children []Region, year int, targets map[string]setTarget) (Result, error) {
	p, err := e.params(ctx, d, root, year)
	if err != nil {
		return Result{}, err
	}
	p["keylen"] = len(root.Path) + 13 // a child's path: the parent's, a 12-digit code and '/'
	if len(children) > 0 {
		p["keylen"] = len(children[0].Path)
	}
	q := `SELECT substr(u.path, 1, CAST(:keylen AS INTEGER)) AS k, COUNT(*) AS n, SUM(CASE WHEN ` + metSQL(d) + ` THEN 1 ELSE 0 END) AS m` +
		` FROM (` + unitsOf(d.Code, root) + `) u GROUP BY substr(u.path, 1, CAST(:keylen AS INTEGER))`
	rows, err := e.query(ctx, q, p)
	if err != nil {
		return Result{}, fmt.Errorf("indicator %s: %w", d.Code, err)
	}
	defer rows.Close()
	byKey := map[string][2]int{}
	for rows.Next() {
		var (
			k    string
			n, m int
		)
		if err := rows.Scan(&k, &n, &m); err != nil {
			return Result{}, err
		}
		byKey[k] = [2]int{m, n}
	}
	if err := rows.Err(); err != nil {
		return Result{}, err
	}
	res := e.result(d, root, year, targets)
	res.Breakdown = []Result{}
	for _, c := range children {
		r := e.result(d, c, year, targets)
		r.Numerator, r.Denominator = byKey[c.Path][0], byKey[c.Path][1]
		delete(byKey, c.Path)
		res.Breakdown = append(res.Breakdown, r)
		res.Numerator += r.Numerator
		res.Denominator += r.Denominator
	}
	if len(byKey) > 0 { // units in the region itself, not in a child
		self := e.result(d, root, year, targets)
		for _, v := range byKey {
			self.Numerator += v[0]
			self.Denominator += v[1]
		}
		res.Numerator += self.Numerator
		res.Denominator += self.Denominator
		if len(children) > 0 {
			res.Breakdown = append(res.Breakdown, self)
		}
	}
	return res, nil
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

// unitsOf is the unit statement of code's indicator over root's subtree.
func unitsOf(code string, root Region) string {
	if strings.Count(root.Path, "/") == 1 { // the top of the tree: every region
		return wholeTree(rules[code].units)
	}
	return rules[code].units
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
	return map[string]any{
		"day":    e.day(year),
		"ystart": time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
		"year":   year,
		"young":  time.Date(year-35, 12, 31, 0, 0, 0, 0, time.UTC),
		"prefix": root.Path + "%",
		"need":   need,
	}, nil
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
		if id == 0 {
			return Region{}, fault.Missing("region", "there are no regions yet")
		}
		return Region{}, fault.Invalid("region", "ID %d is not a region's", id)
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
	if level == "" {
		return e.regions(ctx, `SELECT `+regionColumns+` FROM regions WHERE parent_id = :id ORDER BY code`, map[string]any{"id": root.ID})
	}
	depth, ok := depths[level]
	if !ok || depth <= len(root.Path) {
		return nil, fault.Invalid("level", "a breakdown of %s (a %s) is by a level below it, not %s", root.Name, strings.ToLower(root.Level), level)
	}
	return e.regions(ctx, `SELECT `+regionColumns+` FROM regions WHERE path LIKE :prefix AND length(path) = CAST(:depth AS INTEGER) ORDER BY path`,
		map[string]any{"prefix": root.Path + "%", "depth": depth})
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

func isNameByte(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' }

var sprintf = fmt.Sprintf

// num writes a figure without needless decimals: 2, 7.5, 50000.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
