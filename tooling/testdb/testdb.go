// Package testdb gives tests fresh, migrated databases: an SQLite file in the
// test's temp dir, or a new PostgreSQL database created on the server named by
// GRASSROOTS_TEST_POSTGRES (default: the local trust-auth server) and dropped
// when the test ends. A missing PostgreSQL server fails the test; it never skips.
package testdb

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// Dialects every storage test runs against.
var Dialects = []string{store.SQLite, store.Postgres}

// AdminURL is the PostgreSQL server tests create their databases on.
func AdminURL() string {
	if u := os.Getenv("GRASSROOTS_TEST_POSTGRES"); u != "" {
		return u
	}
	return store.DefaultPostgresAdmin
}

// DSN returns the connection string of a new, empty database of the dialect,
// removed when tb ends.
func DSN(tb testing.TB, dialect string) string {
	tb.Helper()
	switch dialect {
	case store.SQLite:
		return "sqlite:" + filepath.Join(tb.TempDir(), "test.db")
	case store.Postgres:
		u, drop, err := store.ScratchPostgres(context.Background(), AdminURL(), "grassroots_test")
		if err != nil {
			tb.Fatalf("PostgreSQL is required for this test (set GRASSROOTS_TEST_POSTGRES): %v", err)
		}
		tb.Cleanup(func() {
			if err := drop(); err != nil {
				tb.Errorf("drop test database: %v", err)
			}
		})
		return u
	}
	tb.Fatalf("unknown dialect %q", dialect)
	return ""
}

// Open returns a migrated store on a new database of the dialect, closed when tb ends.
func Open(tb testing.TB, dialect string) *store.Store {
	tb.Helper()
	return OpenDSN(tb, DSN(tb, dialect))
}

// OpenDSN returns a migrated store on the database dsn, closed when tb ends.
// Each call opens its own connections, as another server process sharing the
// database would.
func OpenDSN(tb testing.TB, dsn string) *store.Store {
	tb.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		tb.Fatalf("open %s: %v", dsn, err)
	}
	// Registered after DSN's cleanup, so it runs first: close before drop.
	tb.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(context.Background()); err != nil {
		tb.Fatalf("migrate %s: %v", dsn, err)
	}
	return s
}

// County returns a migrated store of the dialect holding the county-scale demo
// data (seed 1), for tests that need a realistic network.
func County(tb testing.TB, dialect string) *store.Store {
	tb.Helper()
	s := Open(tb, dialect)
	if _, err := demo.Load(context.Background(), s, demo.County, 1, demo.Options{}); err != nil {
		tb.Fatalf("load county demo data: %v", err)
	}
	return s
}

// WaitForLockWait returns once a session of st's PostgreSQL database waits
// for a lock, and fails tb when none does within 10 s.
func WaitForLockWait(tb testing.TB, st *store.Store) {
	tb.Helper()
	end := time.Now().Add(10 * time.Second)
	for {
		var n int
		err := st.DB.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&n)
		if err != nil {
			tb.Fatal(err)
		}
		if n > 0 {
			return
		}
		if time.Now().After(end) {
			tb.Fatal("no session waits for a lock")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
