package search

import (
	"context"
	"database/sql"
	"fmt"
	"maps"

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

	var bd builder
	if err := loadRows(ctx, s.DB, &bd); err != nil {
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

func loadRows(ctx context.Context, db *sql.DB, bd *builder) error {
	var km keyMaker
	var (
		id                       int64
		ref                      sql.NullInt64
		name, latin, code, class sql.RawBytes
	)
	tables := []struct {
		typ   Type
		query string
		dest  []any
		attr  func() uint8
	}{
		{Region, "SELECT id, name, name_latin, parent_id, code, level FROM regions ORDER BY id",
			[]any{&id, &name, &latin, &ref, &code, &class}, func() uint8 { return levelAttr(string(class)) }},
		{Organization, "SELECT id, name, name_latin, region_id, '', kind FROM organizations ORDER BY id",
			[]any{&id, &name, &latin, &ref, &code, &class}, func() uint8 { return kindAttr(string(class)) }},
		{Person, "SELECT id, name, name_latin, home_region_id FROM people ORDER BY id",
			[]any{&id, &name, &latin, &ref}, func() uint8 { return 0 }},
	}
	for _, t := range tables {
		rows, err := db.QueryContext(ctx, t.query)
		if err != nil {
			return fmt.Errorf("search: load %s: %w", t.typ, err)
		}
		for rows.Next() {
			code = nil
			if err := rows.Scan(t.dest...); err != nil {
				rows.Close()
				return fmt.Errorf("search: load %s: %w", t.typ, err)
			}
			level := ""
			if t.typ == Region {
				level = string(class)
			}
			m := meta{ref: Ref{Type: t.typ, ID: int(id)}, parent: int(ref.Int64), attr: t.attr()}
			ks := km.make(name, latin, code, level)
			bd.add(m, &ks, 0)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("search: load %s: %w", t.typ, err)
		}
	}
	return nil
}
