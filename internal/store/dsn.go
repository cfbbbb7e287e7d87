package store

import (
	"fmt"
	"path/filepath"
	"strings"
)

// DefaultDSN is the embedded database used when no --db flag or GRASSROOTS_DB is given.
const DefaultDSN = "sqlite:data/grassroots.db"

// Dialects.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Target is a parsed --db value.
type Target struct {
	Dialect string // SQLite or Postgres
	Path    string // SQLite: file path
	URL     string // Postgres: connection URL for lib/pq
}

// ParseDSN reads "sqlite:relative/path.db", "sqlite:///absolute/path.db",
// "sqlite::memory:" or "postgres://…" (also "postgresql://…").
func ParseDSN(s string) (Target, error) {
	switch {
	case s == "":
		return ParseDSN(DefaultDSN)
	case strings.HasPrefix(s, "postgres://"), strings.HasPrefix(s, "postgresql://"):
		return Target{Dialect: Postgres, URL: s}, nil
	case strings.HasPrefix(s, "sqlite://"):
		p := strings.TrimPrefix(s, "sqlite://")
		if !strings.HasPrefix(p, "/") {
			return Target{}, fmt.Errorf("database %q: write sqlite:///absolute/path.db or sqlite:relative/path.db", s)
		}
		return Target{Dialect: SQLite, Path: filepath.Clean(p)}, nil
	case strings.HasPrefix(s, "sqlite:"):
		p := strings.TrimPrefix(s, "sqlite:")
		if p == "" {
			return Target{}, fmt.Errorf("database %q: the SQLite file path is empty", s)
		}
		if p == ":memory:" {
			return Target{Dialect: SQLite, Path: p}, nil
		}
		return Target{Dialect: SQLite, Path: filepath.Clean(p)}, nil
	default:
		return Target{}, fmt.Errorf("database %q: expected sqlite:PATH, sqlite:///ABSOLUTE/PATH or postgres://URL", s)
	}
}

// Redacted is the target as it may be logged: without a password.
func (t Target) Redacted() string {
	if t.Dialect == SQLite {
		return "sqlite:" + t.Path
	}
	u := t.URL
	if at := strings.LastIndex(u, "@"); at > 0 {
		if i := strings.Index(u, "://"); i > 0 && i < at {
			cred := u[i+3 : at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return u[:i+3] + cred[:c] + ":***" + u[at:]
			}
		}
	}
	return u
}
