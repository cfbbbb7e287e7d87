package views

import (
	"context"
	"slices"

	entsql "entgo.io/ent/dialect/sql"

	gen "grassroots/ent"
)

// Lock says how Reread's read is to lock the rows it reads.
type Lock struct {
	Share bool // FOR SHARE (PostgreSQL)
	Skip  bool // SKIP LOCKED: leave out the rows others hold
}

// Options are the lock options of a query's ForShare, when Share is set.
func (l Lock) Options() []entsql.LockOption {
	if l.Skip {
		return []entsql.LockOption{entsql.WithLockAction(entsql.SkipLocked)}
	}
	return nil
}

// Read reads rows ids in tx, locked as l says, and numbers what it read
// before it returns (the rows are still locked then). It reports the rows
// found, and the function that applies them, and the rows named in gone as
// deleted, once tx has committed.
type Read func(ctx context.Context, tx *gen.Tx, ids []int, l Lock) (found map[int]bool, apply func(gone []int), err error)

// rereadChunk bounds the IDs of one read (PostgreSQL takes 65535 parameters).
const rereadChunk = 10000

// Reread re-reads the rows ids another process wrote, for a view that numbers
// each local write when its statement has run and keeps, per row, the
// highest-numbered state it was given.
//
// On PostgreSQL the rows are read FOR SHARE: a row that a transaction of this
// process is writing is then read as that transaction leaves it, so the
// change its commit delivers (numbered before the read) is never newer than
// what the read applied. Rows locked by others are first skipped and then
// read one at a time, so that the read never holds a lock while it waits for
// one (no deadlock with the writers). A row not found is gone.
func Reread(ctx context.Context, c *gen.Client, postgres bool, ids []int, read Read) error {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		if !postgres {
			if _, err := inTx(ctx, c, chunk, Lock{}, true, read); err != nil {
				return err
			}
			continue
		}
		found, err := inTx(ctx, c, chunk, Lock{Share: true, Skip: true}, false, read)
		if err != nil {
			return err
		}
		for _, id := range chunk {
			if found[id] {
				continue
			}
			// skipped because locked (or gone): wait for this row alone
			if _, err := inTx(ctx, c, []int{id}, Lock{Share: true}, true, read); err != nil {
				return err
			}
		}
	}
	return nil
}

// inTx runs read in a transaction and applies what it read once that
// commits; with final set, a row not found is applied as gone.
func inTx(ctx context.Context, c *gen.Client, ids []int, l Lock, final bool, read Read) (map[int]bool, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	found, apply, err := read(ctx, tx, ids, l)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	var gone []int
	if final {
		for _, id := range ids {
			if !found[id] {
				gone = append(gone, id)
			}
		}
	}
	apply(gone)
	return found, nil
}
