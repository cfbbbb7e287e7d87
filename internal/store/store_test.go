package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

func TestParseDSN(t *testing.T) {
	cases := []struct {
		in, dialect, path, err string
	}{
		{in: "", dialect: store.SQLite, path: "data/grassroots.db"},
		{in: "sqlite:data/x.db", dialect: store.SQLite, path: "data/x.db"},
		{in: "sqlite:///tmp/x.db", dialect: store.SQLite, path: "/tmp/x.db"},
		{in: "sqlite://tmp/x.db", err: "absolute"},
		{in: "sqlite:", err: "empty"},
		{in: "postgres://u@h/db", dialect: store.Postgres},
		{in: "postgresql://u@h/db", dialect: store.Postgres},
		{in: "mysql://u@h/db", err: "expected"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := store.ParseDSN(c.in)
			if c.err != "" {
				if err == nil || !contains(err.Error(), c.err) {
					t.Fatalf("ParseDSN(%q) error = %v, want one mentioning %q", c.in, err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Dialect != c.dialect || (c.path != "" && got.Path != c.path) {
				t.Fatalf("ParseDSN(%q) = %+v", c.in, got)
			}
		})
	}
}

func TestRedactedHidesPassword(t *testing.T) {
	tg, _ := store.ParseDSN("postgres://alice:secret@db:5432/x")
	if r := tg.Redacted(); contains(r, "secret") || !contains(r, "alice") {
		t.Fatalf("Redacted() = %q", r)
	}
}

// TestMigrationsMatchSchema replays the committed migrations on a scratch
// database of each dialect and asks for the difference to the ent schema: there
// must be none.
func TestMigrationsMatchSchema(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join("..", "..", "ent", "migrate", "migrations", d)
			entries, err := os.ReadDir(src)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				b, err := os.ReadFile(filepath.Join(src, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := store.Open(context.Background(), testdb.DSN(t, d))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			wrote, err := s.Diff(context.Background(), dir, "drift")
			if err != nil {
				t.Fatal(err)
			}
			if wrote {
				files, _ := os.ReadDir(dir)
				t.Fatalf("the ent schema differs from the committed %s migrations (run make migration NAME=…); files now: %v", d, files)
			}
		})
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			s := testdb.Open(t, d)
			again, err := s.Migrate(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(again) != 0 {
				t.Fatalf("second Migrate applied %v", again)
			}
			pending, err := s.Pending(context.Background())
			if err != nil || len(pending) != 0 {
				t.Fatalf("Pending() = %v, %v", pending, err)
			}
		})
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
