package store

import (
	"context"
	"fmt"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect/sql/schema"
)

// Diff replays the migration directory dirPath on this (empty, scratch)
// database and writes a new migration file named name holding whatever the ent
// schema needs beyond it. It returns whether a file was written: false means
// the migrations already produce exactly the ent schema.
func (s *Store) Diff(ctx context.Context, dirPath, name string) (bool, error) {
	dir, err := atlas.NewLocalDir(dirPath)
	if err != nil {
		return false, err
	}
	before, err := dir.Files()
	if err != nil {
		return false, err
	}
	err = s.Client.Schema.NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(entDialect(s.Target.Dialect)),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
	)
	if err != nil {
		return false, fmt.Errorf("diff %s migrations: %w", s.Target.Dialect, err)
	}
	after, err := dir.Files()
	if err != nil {
		return false, err
	}
	return len(after) > len(before), nil
}

func entDialect(d string) string {
	if d == Postgres {
		return "postgres"
	}
	return "sqlite3"
}
