// Package committed runs work once a write has committed: right away outside
// a transaction, from the transaction's commit hook inside one, so that a
// rolled-back write never reaches what is kept in memory.
package committed

import (
	"context"

	"entgo.io/ent"

	gen "grassroots/ent"
)

// Mutation is what every generated mutation offers.
type Mutation interface {
	ent.Mutation
	Tx() (*gen.Tx, error)
	Client() *gen.Client
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
}

// After runs f once m's write has committed: at once when m runs outside a
// transaction (its statement has committed), else after the transaction's
// commit succeeds; never when it fails or is rolled back.
func After(m interface{ Tx() (*gen.Tx, error) }, f func()) {
	tx, err := m.Tx()
	if err != nil {
		f()
		return
	}
	tx.OnCommit(func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			f()
			return nil
		})
	})
}

// Prepare turns a write that has run into the work to do once it commits: v is
// what the mutation returned, ids the rows an update or delete touched (read
// before it ran). A nil func means nothing to do.
type Prepare func(ctx context.Context, m Mutation, v ent.Value, ids []int) (func(), error)

// Hook is an ent hook for the mutations match accepts: it reads the IDs an
// update or delete will touch, runs the mutation, lets prepare turn it into
// work (inside the transaction, so prepare may read the rows back) and runs
// that work after commit.
func Hook(match func(ent.Mutation) (Mutation, bool), prepare Prepare) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			tm, ok := match(m)
			if !ok {
				return next.Mutate(ctx, m)
			}
			var ids []int
			if !m.Op().Is(ent.OpCreate) {
				var err error
				if ids, err = tm.IDs(ctx); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			work, err := prepare(ctx, tm, v, ids)
			if err != nil {
				return nil, err
			}
			if work != nil {
				After(tm, work)
			}
			return v, nil
		})
	}
}
