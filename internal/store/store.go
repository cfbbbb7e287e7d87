// Package store opens the database (embedded SQLite or PostgreSQL), applies the
// versioned migrations and hands out the ent client.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // PostgreSQL driver
	_ "modernc.org/sqlite" // pure-Go SQLite driver

	"grassroots/ent"
	_ "grassroots/ent/runtime" // schema hooks and defaults
)

// Store is an open database.
type Store struct {
	Target Target
	DB     *sql.DB
	Client *ent.Client

	statements atomic.Int64
}

// Open connects to the database named by dsn (see ParseDSN). It does not migrate.
func Open(ctx context.Context, dsn string, opts ...ent.Option) (*Store, error) {
	t, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	var (
		db  *sql.DB
		drv string
	)
	switch t.Dialect {
	case SQLite:
		if t.Path != ":memory:" {
			if err := os.MkdirAll(filepath.Dir(t.Path), 0o755); err != nil {
				return nil, fmt.Errorf("create database folder: %w", err)
			}
		}
		db, err = sql.Open("sqlite", sqliteDSN(t.Path))
		if err != nil {
			return nil, err
		}
		if t.Path == ":memory:" {
			db.SetMaxOpenConns(1) // every connection would be a new, empty database
		} else {
			// Connections are kept, not reopened per burst of requests: a
			// new one re-reads the schema and starts with a cold cache and
			// no prepared statements.
			db.SetMaxOpenConns(16)
			db.SetMaxIdleConns(16)
		}
		drv = dialect.SQLite
	case Postgres:
		db, err = sql.Open("postgres", withBinaryParameters(t.URL))
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(32)
		db.SetMaxIdleConns(32)
		db.SetConnMaxIdleTime(5 * time.Minute)
		drv = dialect.Postgres
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s: %w", t.Redacted(), err)
	}
	s := &Store{Target: t, DB: db}
	counted := countingDriver{Driver: entsql.OpenDB(drv, db), n: &s.statements, textBytes: t.Dialect == Postgres,
		lists: jsonLists, stmts: &stmtCache{db: db, stmts: map[string]*sql.Stmt{}}}
	if t.Dialect == Postgres {
		counted.lists = arrayLists
	}
	s.Client = ent.NewClient(append([]ent.Option{ent.Driver(counted)}, opts...)...)
	return s, nil
}

// sqliteDSN sets the pragmas every connection needs: foreign keys on, WAL so
// that readers never wait for the writer, a busy timeout, and transactions that
// take the write lock up front (no upgrade deadlocks between writers).
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	if path != ":memory:" {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "mmap_size(1073741824)")
		// Pages are read through a memory map, shared by the connections,
		// not copied in by a read(2) each time a page falls out of a
		// connection's small cache.
	}
	q.Add("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Close closes the client and the connection pool.
func (s *Store) Close() error { return s.Client.Close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.DB.PingContext(ctx) }

// withBinaryParameters turns on lib/pq's binary_parameters unless the URL sets
// it: a parameterised statement then takes one round trip instead of two.
func withBinaryParameters(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	q := u.Query()
	if q.Get("binary_parameters") == "" {
		q.Set("binary_parameters", "yes")
		u.RawQuery = q.Encode()
	}
	return u.String()
}
