package demo

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lib/pq"

	"grassroots/internal/store"
)

// pgWriter copies rows with COPY FROM STDIN (lib/pq CopyIn), all chunks in
// one transaction, then moves each identity past the ids it wrote.
type pgWriter struct {
	st   *store.Store
	tx   *sql.Tx
	vals []any
}

func (w *pgWriter) begin(ctx context.Context, st *store.Store) error {
	w.st = st
	tx, err := st.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w.tx = tx
	// the load is one transaction: nothing is lost by not waiting for the WAL flush
	if _, err := tx.ExecContext(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
		return err
	}
	return nil
}

func (w *pgWriter) bases(ctx context.Context) ([numTables]int64, error) {
	var b [numTables]int64
	for i, t := range TableNames {
		var start int64
		err := w.tx.QueryRowContext(ctx, `SELECT s.seqstart FROM pg_sequence s WHERE s.seqrelid = pg_get_serial_sequence($1, 'id')::regclass`, t).Scan(&start)
		if err != nil {
			return b, fmt.Errorf("id sequence of %s: %w", t, err)
		}
		b[i] = rangeBase(start)
	}
	return b, nil
}

func (w *pgWriter) write(ctx context.Context, enc *encoder, c *Chunk) error {
	n := c.Counts()
	for t := 0; t < numTables; t++ {
		if n[t] == 0 {
			continue
		}
		stmt, err := w.tx.PrepareContext(ctx, pq.CopyIn(TableNames[t], columns[t]...))
		if err != nil {
			return fmt.Errorf("copy %s: %w", TableNames[t], err)
		}
		for i := 0; i < n[t]; i++ {
			w.vals = enc.row(c, t, i, w.vals[:0])
			if _, err := stmt.ExecContext(ctx, w.vals...); err != nil {
				stmt.Close()
				return fmt.Errorf("copy %s: %w", TableNames[t], err)
			}
		}
		if _, err := stmt.ExecContext(ctx); err != nil {
			stmt.Close()
			return fmt.Errorf("copy %s: %w", TableNames[t], err)
		}
		if err := stmt.Close(); err != nil {
			return fmt.Errorf("copy %s: %w", TableNames[t], err)
		}
	}
	return nil
}

func (w *pgWriter) finish(ctx context.Context, n Counts) error {
	for i, t := range TableNames {
		if n[i] == 0 {
			continue
		}
		if _, err := w.tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM `+t+`))`, t); err != nil {
			return fmt.Errorf("advance the id sequence of %s: %w", t, err)
		}
	}
	if err := w.tx.Commit(); err != nil {
		return err
	}
	w.tx = nil
	// VACUUM sets the visibility map of the freshly written pages, so that
	// counts and other index-only scans need not visit the table until
	// autovacuum would have come round; ANALYZE gives the planner its
	// statistics.
	for _, t := range TableNames {
		if _, err := w.st.DB.ExecContext(ctx, `VACUUM (ANALYZE) `+t); err != nil {
			return fmt.Errorf("vacuum %s: %w", t, err)
		}
	}
	return nil
}

func (w *pgWriter) close() {
	if w.tx != nil {
		w.tx.Rollback()
	}
}
