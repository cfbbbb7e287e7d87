package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"grassroots/internal/store"
)

// sqliteWriter inserts rows with prepared multi-row INSERT statements on one
// connection, all chunks in one transaction, then records the ids it wrote
// in sqlite_sequence.
type sqliteWriter struct {
	st    *store.Store
	conn  *sql.Conn
	tx    *sql.Tx
	full  [numTables]*sql.Stmt // a statement inserting batch[t] rows
	batch [numTables]int
	vals  []any
}

// sqliteMaxVars is SQLite's default limit on bound parameters per statement.
const sqliteMaxVars = 32766

func (w *sqliteWriter) begin(ctx context.Context, st *store.Store) error {
	w.st = st
	conn, err := st.DB.Conn(ctx)
	if err != nil {
		return err
	}
	w.conn = conn
	// a larger page cache for the load; synchronous stays as the store set it
	for _, p := range []string{`PRAGMA cache_size = -262144`, `PRAGMA temp_store = MEMORY`} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w.tx = tx
	for t := range TableNames {
		w.batch[t] = min(256, sqliteMaxVars/len(columns[t]))
	}
	return nil
}

func (w *sqliteWriter) bases(ctx context.Context) ([numTables]int64, error) {
	var b [numTables]int64
	for i, t := range TableNames {
		var seq int64
		err := w.tx.QueryRowContext(ctx, `SELECT seq FROM sqlite_sequence WHERE name = ?`, t).Scan(&seq)
		if err != nil && err != sql.ErrNoRows {
			return b, fmt.Errorf("id sequence of %s: %w", t, err)
		}
		b[i] = rangeBase(seq)
	}
	return b, nil
}

func insertSQL(t, rows int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(TableNames[t])
	b.WriteString(" (")
	b.WriteString(strings.Join(columns[t], ", "))
	b.WriteString(") VALUES ")
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", len(columns[t])), ",") + ")"
	for i := 0; i < rows; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(one)
	}
	return b.String()
}

func (w *sqliteWriter) write(ctx context.Context, enc *encoder, c *Chunk) error {
	n := c.Counts()
	for t := 0; t < numTables; t++ {
		for i := 0; i < n[t]; {
			k := min(w.batch[t], n[t]-i)
			w.vals = w.vals[:0]
			for j := i; j < i+k; j++ {
				w.vals = enc.row(c, t, j, w.vals)
			}
			var err error
			if k == w.batch[t] {
				if w.full[t] == nil {
					if w.full[t], err = w.tx.PrepareContext(ctx, insertSQL(t, k)); err != nil {
						return fmt.Errorf("insert into %s: %w", TableNames[t], err)
					}
				}
				_, err = w.full[t].ExecContext(ctx, w.vals...)
			} else {
				_, err = w.tx.ExecContext(ctx, insertSQL(t, k), w.vals...)
			}
			if err != nil {
				return fmt.Errorf("insert into %s: %w", TableNames[t], err)
			}
			i += k
		}
	}
	return nil
}

func (w *sqliteWriter) finish(ctx context.Context, n Counts) error {
	for _, s := range w.full {
		if s != nil {
			s.Close()
		}
	}
	w.full = [numTables]*sql.Stmt{}
	for i, t := range TableNames {
		if n[i] == 0 {
			continue
		}
		var maxID int64
		if err := w.tx.QueryRowContext(ctx, `SELECT max(id) FROM `+t).Scan(&maxID); err != nil {
			return err
		}
		res, err := w.tx.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?`, maxID, t)
		if err != nil {
			return fmt.Errorf("sqlite_sequence %s: %w", t, err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			if _, err := w.tx.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)`, t, maxID); err != nil {
				return fmt.Errorf("sqlite_sequence %s: %w", t, err)
			}
		}
	}
	if err := w.tx.Commit(); err != nil {
		return err
	}
	w.tx = nil
	if _, err := w.conn.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	if w.st.Target.Path != ":memory:" {
		if _, err := w.conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("checkpoint: %w", err)
		}
	}
	return nil
}

func (w *sqliteWriter) close() {
	for _, s := range w.full {
		if s != nil {
			s.Close()
		}
	}
	if w.tx != nil {
		w.tx.Rollback()
	}
	if w.conn != nil {
		// give the pool back its usual cache size
		w.conn.ExecContext(context.Background(), `PRAGMA cache_size = -2000`)
		w.conn.Close()
	}
}
