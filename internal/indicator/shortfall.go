package indicator

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"grassroots/internal/fault"
)

// Shortfall is a unit that falls short of an indicator's rule.
type Shortfall struct {
	Kind UnitKind
	// ID is the unit's: a region's, an organization's or a person's.
	ID int
	// Name and NameLatin are the unit's names.
	Name, NameLatin string
	// Region is where the unit lies (for a region unit, the unit itself).
	Region     Region
	Have, Need float64
	Reason     Text
}

// Shortfalls returns the units of code's indicator that fall short, for a
// region subtree and year: at most limit from offset, in region-code order
// (then by ID), and how many there are in all.
func (e *Engine) Shortfalls(ctx context.Context, code string, regionID, year, offset, limit int) ([]Shortfall, int, error) {
	defs, err := definitionsOf([]string{code})
	if err != nil {
		return nil, 0, err
	}
	if err := e.checkYear("year", year); err != nil {
		return nil, 0, err
	}
	d, r := defs[0], rules[code]
	root, err := e.root(ctx, regionID)
	if err != nil {
		return nil, 0, err
	}
	if e.Kept != nil {
		return e.keptShortfalls(ctx, d, root, year, offset, limit)
	}
	p, err := e.params(ctx, d, root, year)
	if err != nil {
		return nil, 0, err
	}
	p["limit"], p["offset"] = limit, offset
	q := `SELECT u.unit, n.name, COALESCE(n.name_latin, ''), u.have, g.id, g.code, g.name, COALESCE(g.name_latin, ''), g.path, g.level,` +
		` COUNT(*) OVER () AS total FROM (` + unitsOf(code, root) + `) u JOIN regions g ON g.path = u.path JOIN ` + unitTables[r.kind] + ` n ON n.id = u.unit` +
		` WHERE NOT (` + metSQL(d) + `)` +
		` ORDER BY u.path, u.unit LIMIT CAST(:limit AS INTEGER) OFFSET CAST(:offset AS INTEGER)`
	rows, err := e.query(ctx, q, p)
	if err != nil {
		return nil, 0, fmt.Errorf("indicator %s shortfalls: %w", code, err)
	}
	defer rows.Close()
	var (
		out   []Shortfall
		total int
	)
	need := p["need"].(float64)
	for rows.Next() {
		s := Shortfall{Kind: r.kind, Need: need}
		g := &s.Region
		if err := rows.Scan(&s.ID, &s.Name, &s.NameLatin, &s.Have, &g.ID, &g.Code, &g.Name, &g.NameLatin, &g.Path, &g.Level, &total); err != nil {
			return nil, 0, err
		}
		s.Reason = r.short(s.Have, need)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if len(out) == 0 { // an empty page (past the end, or of no rows): count alone
		cq := `SELECT COUNT(*) FROM (` + unitsOf(code, root) + `) u WHERE NOT (` + metSQL(d) + `)`
		crows, err := e.query(ctx, cq, p)
		if err != nil {
			return nil, 0, err
		}
		defer crows.Close()
		for crows.Next() {
			if err := crows.Scan(&total); err != nil {
				return nil, 0, err
			}
		}
		return nil, total, crows.Err()
	}
	return out, total, nil
}

// unitTables are the tables of the units of each kind.
var unitTables = map[UnitKind]string{RegionUnit: "regions", OrganizationUnit: "organizations", PersonUnit: "people"}

// Point is an indicator's figures in one year.
type Point struct {
	Year                   int
	Numerator, Denominator int
}

// Value is Numerator / Denominator; nil when there are no units.
func (p Point) Value() *float64 { return share(p.Numerator, p.Denominator) }

// Trend computes code's indicator for a region subtree in each year from
// fromYear to toYear: a count over the year's kept list, or one statement
// per year, Parallel at once.
func (e *Engine) Trend(ctx context.Context, code string, regionID, fromYear, toYear int) ([]Point, error) {
	defs, err := definitionsOf([]string{code})
	if err != nil {
		return nil, err
	}
	if err := e.checkYear("fromYear", fromYear); err != nil {
		return nil, err
	}
	if err := e.checkYear("toYear", toYear); err != nil {
		return nil, err
	}
	if toYear < fromYear {
		return nil, fault.Invalid("toYear", "toYear %d is before fromYear %d", toYear, fromYear)
	}
	root, err := e.root(ctx, regionID)
	if err != nil {
		return nil, err
	}
	d := defs[0]
	out := make([]Point, toYear-fromYear+1)
	errs := make([]error, len(out))
	inParallel(len(out), e.Parallel, func(i int) { out[i], errs[i] = e.point(ctx, d, root, fromYear+i) })
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// point is d's figures for root's subtree in year: counted over the kept
// list when there is one, else by one statement (a trend's past years are
// counted, not kept).
func (e *Engine) point(ctx context.Context, d Definition, root Region, year int) (Point, error) {
	pt := Point{Year: year}
	p, err := e.params(ctx, d, root, year)
	if err != nil {
		return pt, err
	}
	if e.Kept != nil {
		if l := e.Kept.peek(listKey{group: groupOf(d.Code), year: year, day: e.day(year).Unix()}); l != nil {
			a, b := l.rangeOf(root.Path)
			pt.Denominator, pt.Numerator = b-a, l.meeting(d, p["need"].(float64), a, b)
			return pt, nil
		}
	}
	q := `SELECT COUNT(*), COALESCE(SUM(CASE WHEN ` + metSQL(d) + ` THEN 1 ELSE 0 END), 0) FROM (` + unitsOf(d.Code, root) + `) u`
	rows, err := e.query(ctx, q, p)
	if err != nil {
		return pt, fmt.Errorf("indicator %s trend: %w", d.Code, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(&pt.Denominator, &pt.Numerator); err != nil {
			return pt, err
		}
	}
	return pt, rows.Err()
}

// keptShortfalls is Shortfalls read from the kept list of d's group: the
// units of root's range that fall short, with the names of the page's read
// in one statement.
func (e *Engine) keptShortfalls(ctx context.Context, d Definition, root Region, year, offset, limit int) ([]Shortfall, int, error) {
	need, err := e.need(ctx, d, year)
	if err != nil {
		return nil, 0, err
	}
	l, err := e.Kept.list(ctx, e, groupOf(d.Code), year)
	if err != nil {
		return nil, 0, err
	}
	have := l.have[columnOf(d.Code)]
	a, b := l.rangeOf(root.Path)
	var page []int
	total := 0
	for i := a; i < b; i++ {
		if meets(d, need, have[i]) {
			continue
		}
		if total >= offset && len(page) < limit {
			page = append(page, i)
		}
		total++
	}
	r := rules[d.Code]
	ids := make([]int, len(page))
	for j, i := range page {
		ids[j] = l.unit[i]
	}
	names, err := e.names(ctx, unitTables[r.kind], ids)
	if err != nil {
		return nil, 0, err
	}
	var out []Shortfall
	for _, i := range page {
		n := names[l.unit[i]]
		out = append(out, Shortfall{Kind: r.kind, ID: l.unit[i], Name: n[0], NameLatin: n[1], Region: l.regions.rows[l.region[i]],
			Have: have[i], Need: need, Reason: r.short(have[i], need)})
	}
	return out, total, nil
}

// names reads the names (and Latin names) of rows of table by ID, a few
// hundred at a time.
func (e *Engine) names(ctx context.Context, table string, ids []int) (map[int][2]string, error) {
	out := make(map[int][2]string, len(ids))
	for len(ids) > 0 {
		n := min(len(ids), 500)
		p := map[string]any{}
		marks := make([]string, n)
		for i, id := range ids[:n] {
			marks[i] = fmt.Sprintf(":id%d", i)
			p[marks[i][1:]] = id
		}
		rows, err := e.query(ctx, `SELECT id, name, COALESCE(name_latin, '') FROM `+table+` WHERE id IN (`+strings.Join(marks, ", ")+`)`, p)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var (
				id   int
				name [2]string
			)
			if err := rows.Scan(&id, &name[0], &name[1]); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = name
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		ids = ids[n:]
	}
	return out, nil
}
