// Package aggregate counts and sums the records a filter keeps, grouped by
// region (at a chosen level), kind, status, role, year and other
// dimensions: one GROUP BY statement over the filtered query, with at most
// MaxGroups groups.
package aggregate

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"grassroots/ent/region"
	"grassroots/internal/fault"
)

// Limits of an aggregate.
const (
	// MaxGroups is the most groups an aggregate returns; one that would
	// return more is refused.
	MaxGroups = 1000
	// MaxDimensions is the most dimensions it groups by.
	MaxDimensions = 3
)

// Dimension is what records are grouped by.
type Dimension string

// The dimensions.
const (
	Region          Dimension = "REGION"
	Kind            Dimension = "KIND"
	Status          Dimension = "STATUS"
	Role            Dimension = "ROLE"
	Year            Dimension = "YEAR"
	Gender          Dimension = "GENDER"
	Education       Dimension = "EDUCATION"
	PoliticalStatus Dimension = "POLITICAL_STATUS"
)

// Entity says how to group one entity's records: the path from its table to
// the region it lies in, the columns of its dimensions, and the column its
// sums add up.
type Entity struct {
	Name string
	// regionJoins join, in order, the tables from the entity's table to
	// the region: {table, alias, column of the previous table}.
	regionJoins []join
	columns     map[Dimension]column
	sum         string
}

type join struct{ table, alias, from string }

// column is a dimension's column; a date column groups by its year.
type column struct {
	name string
	date bool
}

// The entities aggregates cover.
var (
	Organizations = Entity{Name: "organizations", regionJoins: []join{{"regions", "g", "region_id"}},
		columns: map[Dimension]column{Kind: {name: "kind"}, Status: {name: "status"}, Year: {name: "founded_on", date: true}}}
	People = Entity{Name: "people", regionJoins: []join{{"regions", "g", "home_region_id"}},
		columns: map[Dimension]column{Gender: {name: "gender"}, Education: {name: "education"},
			PoliticalStatus: {name: "political_status"}, Year: {name: "joined_party_on", date: true}}}
	Positions = Entity{Name: "positions", regionJoins: []join{{"organizations", "o", "organization_id"}, {"regions", "g", "region_id"}},
		columns: map[Dimension]column{Role: {name: "role"}, Year: {name: "started_on", date: true}}, sum: "basic_remuneration"}
	Links = Entity{Name: "links", regionJoins: []join{{"organizations", "o", "target_id"}, {"regions", "g", "region_id"}},
		columns: map[Dimension]column{Kind: {name: "kind"}, Status: {name: "status"}, Year: {name: "started_on", date: true}}}
	Projects = Entity{Name: "projects", regionJoins: []join{{"regions", "g", "region_id"}},
		columns: map[Dimension]column{Kind: {name: "kind"}, Status: {name: "status"}, Year: {name: "started_on", date: true}}, sum: "investment"}
	Incomes = Entity{Name: "project incomes", regionJoins: []join{{"projects", "j", "project_id"}, {"regions", "g", "region_id"}},
		columns: map[Dimension]column{Year: {name: "year"}, Kind: {name: "kind"}}, sum: "income"}
)

// kindOfIncome: an income's kind is its project's.
func init() { Incomes.columns[Kind] = column{name: "j.kind"} }

// Group is one group's keys and figures. Keys are by dimension; a region
// key is the region's path at the chosen level ("" when the record lies
// above that level or has no region).
type Group struct {
	Keys  map[Dimension]string
	Count int
	Sum   *float64
}

// Result is an aggregate: the totals and the groups, in key order.
type Result struct {
	Count  int
	Sum    *float64
	Groups []Group
}

// pathLength is the length of a region's path at each level: 12 digits and
// '/' per level.
var pathLength = map[region.Level]int{
	region.LevelPROVINCE: 13, region.LevelCITY: 26, region.LevelCOUNTY: 39,
	region.LevelTOWNSHIP: 52, region.LevelVILLAGE: 65, region.LevelCOMMUNITY: 65,
}

// Querier is an entity's ent query without predicates: Modify runs the
// grouping through it (every generated XxxQuery's Modify gives such a
// select).
type Querier[S interface {
	Scan(context.Context, any) error
}] interface {
	Modify(...func(*sql.Selector)) S
}

// Run groups the records of q that where keeps (nil: all) by dims (regions
// at level) and returns the groups and totals. Dimensions the entity lacks,
// repeated ones, more than MaxDimensions, or more than MaxGroups groups are
// refused on groupBy.
//
// Grouped by region, the records are counted in two stages: first by the
// column that leads to their region and their other dimensions, reading
// only the entity's table (from an index, when one covers those columns),
// then those counts by region, joining the regions once per first-stage
// group rather than once per record.
func Run[S interface {
	Scan(context.Context, any) error
}](ctx context.Context, q Querier[S], where func(*sql.Selector), e Entity, dims []Dimension, level region.Level) (*Result, error) {
	if len(dims) > MaxDimensions {
		return nil, fault.Invalid("groupBy", "group by at most %d dimensions, not %d", MaxDimensions, len(dims))
	}
	for i, d := range dims {
		if _, ok := e.columns[d]; !ok && d != Region {
			return nil, fault.Invalid("groupBy", "%s cannot be grouped by %s", e.Name, d)
		}
		if slices.Contains(dims[:i], d) {
			return nil, fault.Invalid("groupBy", "%s is named twice", d)
		}
	}
	_, ok := pathLength[level]
	if !ok {
		return nil, fault.Invalid("regionLevel", "no region level %q", level)
	}
	var rows []struct {
		K0    *string  `json:"k0"`
		K1    *string  `json:"k1"`
		K2    *string  `json:"k2"`
		Count int      `json:"n"`
		Sum   *float64 `json:"total"`
	}
	err := q.Modify(func(s *sql.Selector) {
		if e.twoStage(dims) {
			*s = *e.grouped(s, where, dims, level)
			return
		}
		if where != nil {
			where(s)
		}
		keys := make([]string, MaxDimensions)
		joined := false
		for i := range keys {
			keys[i] = "NULL"
			if i >= len(dims) {
				continue
			}
			if dims[i] == Region {
				if !joined {
					e.joinRegion(s, s.C)
					joined = true
				}
				keys[i] = regionKey(level)
				continue
			}
			c := e.columns[dims[i]]
			col := c.name
			if !strings.Contains(col, ".") {
				col = s.C(col)
			} else if !joined {
				e.joinRegion(s, s.C)
				joined = true
			}
			keys[i] = textOf(s.Dialect(), col, c.date)
		}
		sum := "NULL"
		if e.sum != "" {
			sum = "SUM(" + s.C(e.sum) + ")"
		}
		selectGroups(s, keys, len(dims), "COUNT(*)", sum)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	if len(rows) > MaxGroups {
		return nil, fault.Invalid("groupBy", "more than %d groups: group by fewer dimensions, a higher region level, or filter with where", MaxGroups)
	}
	res := &Result{Groups: []Group{}}
	for _, r := range rows {
		res.Count += r.Count
		if r.Sum != nil {
			v := *r.Sum
			if res.Sum != nil {
				v += *res.Sum
			}
			res.Sum = &v
		}
		if len(dims) == 0 {
			continue
		}
		g := Group{Keys: map[Dimension]string{}, Count: r.Count, Sum: r.Sum}
		for i, k := range []*string{r.K0, r.K1, r.K2}[:len(dims)] {
			if k != nil {
				g.Keys[dims[i]] = *k
			}
		}
		res.Groups = append(res.Groups, g)
	}
	if e.sum == "" {
		res.Sum = nil
	}
	return res, nil
}

// twoStage reports whether the records are counted in two stages: when
// grouped by region, by the entity's own columns (not a joined table's).
func (e Entity) twoStage(dims []Dimension) bool {
	if !slices.Contains(dims, Region) {
		return false
	}
	for _, d := range dims {
		if d != Region && strings.Contains(e.columns[d].name, ".") {
			return false
		}
	}
	return true
}

// grouped is the two-stage statement: the records of s that where keeps,
// counted by the column leading to their region and their other dimensions
// (alias a), then by region at level. The first stage is written out at
// once, while the predicates still name the entity's table.
func (e Entity) grouped(s *sql.Selector, where func(*sql.Selector), dims []Dimension, level region.Level) *sql.Selector {
	inner := s.Clone()
	if where != nil {
		where(inner)
	}
	lead := inner.C(e.regionJoins[0].from)
	inner.Select()
	inner.AppendSelectExprAs(sql.Expr(lead), "r")
	group := []string{lead}
	a := sql.Dialect(s.Dialect()).Table("a")
	keys := make([]string, MaxDimensions)
	for i := range keys {
		keys[i] = "NULL"
		if i >= len(dims) {
			continue
		}
		if dims[i] == Region {
			keys[i] = regionKey(level)
			continue
		}
		c := e.columns[dims[i]]
		k := textOf(s.Dialect(), inner.C(c.name), c.date)
		inner.AppendSelectExprAs(sql.Expr(k), fmt.Sprintf("k%d", i))
		group = append(group, k)
		keys[i] = a.C(fmt.Sprintf("k%d", i))
	}
	inner.AppendSelectExprAs(sql.Expr("COUNT(*)"), "n")
	sum := "NULL"
	if e.sum != "" {
		inner.AppendSelectExprAs(sql.Expr("SUM("+inner.C(e.sum)+")"), "total")
		sum = "SUM(" + a.C("total") + ")"
	}
	inner.GroupBy(group...)
	text, args := inner.Query()
	outer := sql.Dialect(s.Dialect()).Select().FromExpr(sql.Expr("("+text+") AS a", args...))
	e.joinRegion(outer, func(string) string { return a.C("r") })
	selectGroups(outer, keys, len(dims), "SUM("+a.C("n")+")", sum)
	return outer
}

// regionKey is the key of a record's region (alias g) at level: its path
// cut to the level, "" above it.
func regionKey(level region.Level) string {
	plen := pathLength[level]
	cond := fmt.Sprintf("length(g.path) >= %d", plen)
	if level == region.LevelVILLAGE || level == region.LevelCOMMUNITY {
		// Villages and communities lie at the same depth: a record's
		// region at either level is its own region, when of that level.
		cond += fmt.Sprintf(" AND g.level = '%s'", level)
	}
	return fmt.Sprintf("CASE WHEN %s THEN substr(g.path, 1, %d) ELSE '' END", cond, plen)
}

// selectGroups makes s select the keys (k0…), the count and the sum of
// each group of the first n keys, in key order, at most MaxGroups + 1.
func selectGroups(s *sql.Selector, keys []string, n int, count, sum string) {
	s.Select()
	for i, k := range keys {
		s.AppendSelectExprAs(sql.Expr(k), fmt.Sprintf("k%d", i))
	}
	s.AppendSelectExprAs(sql.Expr(count), "n")
	s.AppendSelectExprAs(sql.Expr(sum), "total")
	if n > 0 {
		s.GroupBy(keys[:n]...)
		s.OrderBy(keys[:n]...)
	}
	s.Limit(MaxGroups + 1)
}

// joinRegion joins the tables from the entity to its region (alias g), the
// first on the column from names.
func (e Entity) joinRegion(s *sql.Selector, from func(string) string) {
	for _, j := range e.regionJoins {
		t := sql.Table(j.table).As(j.alias)
		s.LeftJoin(t).On(from(j.from), t.C("id"))
		from = t.C
	}
}

// textOf is a dimension column as text: a date's year, a number or an enum
// as it is.
func textOf(d, col string, date bool) string {
	switch {
	case date && d == dialect.Postgres:
		return "CAST(CAST(EXTRACT(YEAR FROM " + col + " AT TIME ZONE 'UTC') AS INTEGER) AS TEXT)"
	case date:
		return "substr(" + col + ", 1, 4)"
	default:
		return "CAST(" + col + " AS TEXT)"
	}
}
