package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"sync"

	"grassroots/internal/store"
)

// Load fills the index from the database, replacing what it held. It streams
// three plain queries and never builds ent entities. Changes applied while it
// runs are kept on top of what it read.
func (x *Index) Load(ctx context.Context, s *store.Store) error {
	install, err := x.build(ctx, s)
	if err != nil {
		return err
	}
	install()
	return nil
}

// build reads the rows into a new base and returns the function that puts it
// in place of the old one. The overlay's changes that were there when build
// began go with the old base (the database had them when build read it).
func (x *Index) build(ctx context.Context, s *store.Store) (install func(), err error) {
	x.mu.RLock()
	taken := maps.Clone(x.live)
	x.mu.RUnlock()

	bd, err := loadRows(ctx, s.DB)
	if err != nil {
		return nil, err
	}
	nb := bd.finish()
	return func() {
		x.mu.Lock()
		x.base = nb
		x.dropTaken(taken)
		x.mu.Unlock()
	}, nil
}

// table is what Load reads of one indexed table.
type table struct {
	typ   Type
	name  string
	cols  string // id, name, name_latin, the parent's ID, code, class
	class func(class []byte) uint8
}

var tables = []table{
	{Region, "regions", "id, name, name_latin, parent_id, code, level", func(c []byte) uint8 { return levelAttr(string(c)) }},
	{Organization, "organizations", "id, name, name_latin, region_id, '', kind", func(c []byte) uint8 { return kindAttr(string(c)) }},
	{Person, "people", "id, name, name_latin, home_region_id, '', ''", func([]byte) uint8 { return 0 }},
}

// Tables of more rows than partRows are read in parts, one per CPU (at most
// maxParts), on as many connections: turning rows into keys is most of a
// load's work.
var partRows = 200_000 // a variable for tests

const maxParts = 4

// loadRows reads the tables into one builder, each table in ID order.
func loadRows(ctx context.Context, db *sql.DB) (*builder, error) {
	var all []*builder
	for _, t := range tables {
		parts, err := t.load(ctx, db)
		if err != nil {
			return nil, fmt.Errorf("search: load %s: %w", t.name, err)
		}
		all = append(all, parts...)
	}
	return join(all), nil
}

// load reads t in ID ranges at the same time, a builder for each.
func (t table) load(ctx context.Context, db *sql.DB) ([]*builder, error) {
	var lo, hi sql.NullInt64 // through the primary key: counting would read every row
	if err := db.QueryRowContext(ctx, "SELECT min(id), max(id) FROM "+t.name).Scan(&lo, &hi); err != nil {
		return nil, err
	}
	if !lo.Valid {
		return nil, nil
	}
	span := hi.Int64 - lo.Int64 + 1 // about the rows, as IDs are hardly ever deleted
	parts := int(min(int64(maxParts), int64(runtime.GOMAXPROCS(0)), max(1, span/int64(partRows))))
	bds := make([]*builder, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	step := (hi.Int64 - lo.Int64 + int64(parts)) / int64(parts)
	for p := range parts {
		from := lo.Int64 + int64(p)*step
		to := from + step // exclusive; the last part runs to hi
		if p == parts-1 {
			to = hi.Int64 + 1
		}
		bds[p] = &builder{}
		wg.Go(func() { errs[p] = t.read(ctx, db, from, to, bds[p]) })
	}
	wg.Wait()
	return bds, errors.Join(errs...)
}

// read adds the rows of t with from ≤ id < to to bd.
func (t table) read(ctx context.Context, db *sql.DB, from, to int64, bd *builder) error {
	rows, err := db.QueryContext(ctx, "SELECT "+t.cols+" FROM "+t.name+" WHERE id >= $1 AND id < $2 ORDER BY id", from, to)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		km                       keyMaker
		id                       int64
		ref                      sql.NullInt64
		name, latin, code, class sql.RawBytes
	)
	for rows.Next() {
		if err := rows.Scan(&id, &name, &latin, &ref, &code, &class); err != nil {
			return err
		}
		level := ""
		if t.typ == Region {
			level = string(class)
		}
		m := meta{ref: Ref{Type: t.typ, ID: int(id)}, parent: int(ref.Int64), attr: t.class(class)}
		ks := km.make(name, latin, code, level)
		bd.add(m, &ks, 0)
	}
	return rows.Err()
}
