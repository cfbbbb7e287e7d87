package synth

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"strings"
	"time"
)

// OpenDB returns a read-only database/sql handle whose only tables are the
// graph's organizations (id, region_id, parent_id, host_id) and links (id,
// kind, status, source_id, target_id, started_on, ended_on), served from
// memory in ID order: any query naming "FROM organizations" or "FROM links"
// returns all rows of that table with those columns, and one with "count(*)"
// returns a row of two columns, the numbers of organizations and of links.
func (g *Graph) OpenDB() *sql.DB { return sql.OpenDB(connector{g}) }

type connector struct{ g *Graph }

func (c connector) Connect(context.Context) (driver.Conn, error) { return conn(c), nil }
func (c connector) Driver() driver.Driver                        { return drv{} }

type drv struct{}

func (drv) Open(string) (driver.Conn, error) { return nil, errors.New("synth: use Graph.OpenDB") }

type conn struct{ g *Graph }

var errReadOnly = errors.New("synth: read-only, query-only database")

func (c conn) Prepare(string) (driver.Stmt, error) { return nil, errReadOnly }
func (c conn) Close() error                        { return nil }
func (c conn) Begin() (driver.Tx, error)           { return nil, errReadOnly }

func (c conn) QueryContext(_ context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	switch {
	case strings.Contains(query, "count(*)"), strings.Contains(query, "max(id) - min(id)"): // sizes (IDs are dense)
		return &countRows{n: []int64{int64(len(c.g.Orgs)), int64(len(c.g.Links))}}, nil
	case strings.Contains(query, "FROM organizations"):
		return &orgRows{g: c.g}, nil
	case strings.Contains(query, "FROM links"):
		return &linkRows{g: c.g}, nil
	}
	return nil, errors.New("synth: unsupported query")
}

type orgRows struct {
	g *Graph
	i int
}

func (r *orgRows) Columns() []string { return []string{"id", "region_id", "parent_id", "host_id"} }
func (r *orgRows) Close() error      { return nil }

func nullID(v int64) driver.Value {
	if v == 0 {
		return nil
	}
	return v
}

func (r *orgRows) Next(dest []driver.Value) error {
	if r.i >= len(r.g.Orgs) {
		return io.EOF
	}
	o := &r.g.Orgs[r.i]
	dest[0], dest[1], dest[2], dest[3] = OrgID(r.i), o.Region, nullID(o.Parent), nullID(o.Host)
	r.i++
	return nil
}

type linkRows struct {
	g *Graph
	i int
}

func (r *linkRows) Columns() []string {
	return []string{"id", "kind", "status", "source_id", "target_id", "started_on", "ended_on"}
}
func (r *linkRows) Close() error { return nil }

// DayTime is the UTC midnight of a day number, or nil for an open end.
func DayTime(d int32) any {
	if d == NoDay || d == EndDay {
		return nil
	}
	return time.Unix(int64(d)*86400, 0).UTC()
}

func (r *linkRows) Next(dest []driver.Value) error {
	if r.i >= len(r.g.Links) {
		return io.EOF
	}
	l := &r.g.Links[r.i]
	dest[0], dest[1], dest[2] = int64(r.i+1), LinkKinds[l.Kind], LinkStatuses[l.Status]
	dest[3], dest[4], dest[5], dest[6] = l.Src, l.Dst, DayTime(l.Start), DayTime(l.End)
	r.i++
	return nil
}

type countRows struct {
	n    []int64
	done bool
}

func (r *countRows) Columns() []string { return []string{"organizations", "links"} }
func (r *countRows) Close() error      { return nil }

func (r *countRows) Next(dest []driver.Value) error {
	if r.done {
		return io.EOF
	}
	r.done = true
	dest[0], dest[1] = r.n[0], r.n[1]
	return nil
}
