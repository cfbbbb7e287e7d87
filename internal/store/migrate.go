package store

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"

	"grassroots/ent/migrate/migrations"
)

// migrationsTable records which migration files have been applied.
const migrationsTable = "grassroots_migrations"

// Migrations returns the migration directory for a dialect, checked against its atlas.sum.
func Migrations(dialect string) (migrate.Dir, error) {
	sub, err := fs.Sub(migrations.FS, dialect)
	if err != nil {
		return nil, err
	}
	dir := migrate.OpenMemDir("grassroots-" + dialect)
	err = fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, path)
		if err != nil {
			return err
		}
		return dir.WriteFile(path, b)
	})
	if err != nil {
		return nil, err
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("migration directory %s: %w", dialect, err)
	}
	return dir, nil
}

// Migrate applies every migration not yet applied, each file in its own
// transaction, and returns the versions it applied. Concurrent callers on
// PostgreSQL serialize on an advisory lock; on SQLite on the write lock.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	dir, err := Migrations(s.Target.Dialect)
	if err != nil {
		return nil, err
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Version() < files[j].Version() })
	if _, err := s.DB.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+migrationsTable+
		` (version varchar(64) PRIMARY KEY, description varchar(255) NOT NULL, applied_at timestamp NOT NULL)`); err != nil {
		return nil, fmt.Errorf("create %s: %w", migrationsTable, err)
	}
	var applied []string
	for _, f := range files {
		done, err := s.applyOne(ctx, f)
		if err != nil {
			return applied, err
		}
		if done {
			applied = append(applied, f.Version())
		}
	}
	return applied, nil
}

func (s *Store) applyOne(ctx context.Context, f migrate.File) (bool, error) {
	stmts, err := f.Stmts()
	if err != nil {
		return false, fmt.Errorf("migration %s: %w", f.Name(), err)
	}
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if s.Target.Dialect == Postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7264001)`); err != nil {
			return false, err
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM `+migrationsTable+` WHERE version = ?`), f.Version()).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return false, fmt.Errorf("migration %s: %s: %w", f.Name(), firstLine(st), err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO `+migrationsTable+` (version, description, applied_at) VALUES (?, ?, ?)`),
		f.Version(), f.Desc(), time.Now().UTC()); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// Pending lists the migration versions not yet applied.
func (s *Store) Pending(ctx context.Context) ([]string, error) {
	dir, err := Migrations(s.Target.Dialect)
	if err != nil {
		return nil, err
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	rows, err := s.DB.QueryContext(ctx, `SELECT version FROM `+migrationsTable)
	if err == nil {
		defer rows.Close()
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				return nil, err
			}
			have[v] = true
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	var pending []string
	for _, f := range files {
		if !have[f.Version()] {
			pending = append(pending, f.Version())
		}
	}
	return pending, nil
}

// rebind turns ? placeholders into $n on PostgreSQL.
func (s *Store) rebind(q string) string {
	if s.Target.Dialect != Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}
