package store

import (
	"context"
	stdsql "database/sql"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// countingDriver counts the statements ent sends, for the
// grassroots_sql_statements_total metric, benchmarks and tests that pin how
// many statements a request costs. With textBytes set it also passes []byte
// arguments as text: on PostgreSQL the connection uses lib/pq's
// binary_parameters (one round trip per statement instead of two), under which
// []byte would otherwise be sent in binary format, which jsonb columns reject.
type countingDriver struct {
	*entsql.Driver
	n         *atomic.Int64
	textBytes bool
	lists     listRewrite // IN lists become one parameter (arrayLists, jsonLists); nil: left alone
	stmts     *stmtCache  // nil: no prepared statements
}

func (d countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	query, args = d.lists.apply(query, args)
	return d.Driver.Exec(ctx, query, textArgs(d.textBytes, args), v)
}

func (d countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	query, args = d.lists.apply(query, args)
	if vr, ok := v.(*entsql.Rows); ok && d.stmts != nil {
		if argv, ok := args.([]any); ok {
			if stmt := d.stmts.get(ctx, query); stmt != nil {
				rows, err := stmt.QueryContext(ctx, textList(d.textBytes, argv)...)
				if err != nil {
					return err
				}
				*vr = entsql.Rows{ColumnScanner: rows}
				return nil
			}
		}
	}
	return d.Driver.Query(ctx, query, textArgs(d.textBytes, args), v)
}

// stmtCache keeps the read statements ent sends as prepared statements, so
// that the database parses each statement text once per connection.
type stmtCache struct {
	db    *stdsql.DB
	mu    sync.Mutex
	stmts map[string]*stdsql.Stmt
}

// maxPrepared bounds the cache; statements beyond it run unprepared.
const maxPrepared = 512

func (c *stmtCache) get(ctx context.Context, query string) *stdsql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.stmts[query]; ok {
		return s
	}
	if len(c.stmts) >= maxPrepared {
		return nil
	}
	s, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	c.stmts[query] = s
	return s
}

func (d countingDriver) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	d.n.Add(1)
	return d.Driver.ExecContext(ctx, query, textList(d.textBytes, args)...)
}

func (d countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	d.n.Add(1)
	return d.Driver.QueryContext(ctx, query, textList(d.textBytes, args)...)
}

// listRewrite turns the IN lists of a statement into one parameter each.
type listRewrite func(query string, args []any) (string, []any)

// apply rewrites an ent argument list ([]any).
func (r listRewrite) apply(query string, args any) (string, any) {
	if list, ok := args.([]any); ok && r != nil {
		return r(query, list)
	}
	return query, args
}

// textArgs converts the []byte values of an ent argument list ([]any) to strings.
func textArgs(on bool, args any) any {
	if list, ok := args.([]any); ok && on {
		return textList(on, list)
	}
	return args
}

func textList(on bool, list []any) []any {
	if !on {
		return list
	}
	var out []any
	for i, a := range list {
		var text string
		switch b := a.(type) {
		case []byte:
			text = string(b)
		case json.RawMessage:
			text = string(b)
		default:
			continue
		}
		if out == nil {
			out = append([]any(nil), list...)
		}
		out[i] = text
	}
	if out == nil {
		return list
	}
	return out
}

func (d countingDriver) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

func (d countingDriver) BeginTx(ctx context.Context, opts *stdsql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return countingTx{Tx: tx, n: d.n, textBytes: d.textBytes, lists: d.lists}, nil
}

type countingTx struct {
	dialect.Tx
	n         *atomic.Int64
	textBytes bool
	lists     listRewrite
}

func (t countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	query, args = t.lists.apply(query, args)
	return t.Tx.Exec(ctx, query, textArgs(t.textBytes, args), v)
}

func (t countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	query, args = t.lists.apply(query, args)
	return t.Tx.Query(ctx, query, textArgs(t.textBytes, args), v)
}

// QueryContext runs a statement written by hand in the transaction (ent's
// ExecQuery feature: internal/indicator inside a mutation).
func (t countingTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	q, ok := t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	})
	if !ok {
		return nil, fmt.Errorf("store: the transaction of %T cannot run %q", t.Tx, query)
	}
	t.n.Add(1)
	return q.QueryContext(ctx, query, textList(t.textBytes, args)...)
}

// ExecContext is QueryContext's counterpart for statements that return no rows.
func (t countingTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	e, ok := t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	})
	if !ok {
		return nil, fmt.Errorf("store: the transaction of %T cannot run %q", t.Tx, query)
	}
	t.n.Add(1)
	return e.ExecContext(ctx, query, textList(t.textBytes, args)...)
}

// Statements is the number of SQL statements sent through the client so far.
func (s *Store) Statements() int64 { return s.statements.Load() }
