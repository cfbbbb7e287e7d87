// Package changes is the change feed: it tells subscribers about committed
// writes, those of this process and, on PostgreSQL, those of every other
// process sharing the database. The views registry (package views) is its
// subscriber in the server: it hands the other processes' changes to the
// in-memory views that follow their entity.
//
// A Feed's Hook sees every mutation. When the write commits it delivers a
// Change to the feed's subscribers and, on PostgreSQL, sends the change to
// the other processes with NOTIFY on the channel grassroots_changes, inside
// the writing transaction so that PostgreSQL delivers it only if the
// transaction commits. Listen receives the other processes' notifications and
// delivers them as remote changes. Changes name entities by ID only: a
// subscriber re-reads the rows it needs.
package changes

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/internal/store"
)

// Channel is the PostgreSQL notification channel.
const Channel = "grassroots_changes"

// Ops of a Change.
const (
	Create = "create"
	Update = "update"
	Delete = "delete"
	// Resync: notifications may have been missed, or a write touched too
	// many rows to name them. IDs is empty; Entity is "*" (everything) or the
	// entity whose rows are to be reloaded.
	Resync = "resync"
)

// All is the Entity of a resync of everything.
const All = "*"

// Change is a committed write.
type Change struct {
	// Entity is the ent type name in lower case: "region", "organization",
	// "person", "link", "linkactivity", "position", "project",
	// "projectincome"; "*" for a resync of everything.
	Entity string
	Op     string // Create, Update, Delete or Resync
	IDs    []int
	// Remote is set on changes made by another process. A subscriber that
	// already follows this process's writes through its own hook (the views
	// registry does) skips the others.
	Remote bool
}

// Feed is one process's change feed. The zero value is not usable; see New.
type Feed struct {
	origin string // identifies this process's notifications
	notify bool   // send NOTIFY (PostgreSQL)
	log    *slog.Logger

	mu      sync.Mutex
	subs    []func(Change)
	queue   []Change
	running bool // a goroutine is delivering the queue
	idle    *sync.Cond

	seq atomic.Uint64 // orders the writes of a transaction
}

// New returns the feed of a process using st. Register its Hook with
// st.Client.Use; on PostgreSQL start Listen to hear the other processes.
func New(st *store.Store, log *slog.Logger) *Feed {
	if log == nil {
		log = slog.Default()
	}
	var b [12]byte
	_, _ = rand.Read(b[:])
	f := &Feed{origin: hex.EncodeToString(b[:]), notify: st.Target.Dialect == store.Postgres, log: log}
	f.idle = sync.NewCond(&f.mu)
	return f
}

// Origin is the ID this process's notifications carry.
func (f *Feed) Origin() string { return f.origin }

// Subscribe adds subscribers. Each is called with every change from then on,
// one change at a time and in the order the feed learned of them, on a
// goroutine of the feed's: a subscriber must not block for long.
func (f *Feed) Subscribe(fns ...func(Change)) {
	f.mu.Lock()
	f.subs = append(f.subs[:len(f.subs):len(f.subs)], fns...)
	f.mu.Unlock()
}

// publish queues changes for the subscribers; it never blocks on them.
func (f *Feed) publish(cs ...Change) {
	if len(cs) == 0 {
		return
	}
	f.mu.Lock()
	f.queue = append(f.queue, cs...)
	start := !f.running
	f.running = true
	f.mu.Unlock()
	if start {
		go f.deliver()
	}
}

// deliver hands the queue to the subscribers until it is empty. At most one
// runs at a time, which keeps deliveries in order.
func (f *Feed) deliver() {
	for {
		f.mu.Lock()
		if len(f.queue) == 0 {
			f.running = false
			f.queue = nil
			f.idle.Broadcast()
			f.mu.Unlock()
			return
		}
		c := f.queue[0]
		f.queue = f.queue[1:]
		subs := f.subs
		f.mu.Unlock()
		for _, s := range subs {
			f.call(s, c)
		}
	}
}

func (f *Feed) call(s func(Change), c Change) {
	defer func() {
		if r := recover(); r != nil {
			f.log.Error("change subscriber panicked", "entity", c.Entity, "op", c.Op, "panic", r)
		}
	}()
	s(c)
}

// Wait returns once every change published so far has been delivered.
func (f *Feed) Wait() {
	f.mu.Lock()
	for f.running {
		f.idle.Wait()
	}
	f.mu.Unlock()
}

// mutation is what every generated mutation offers.
type mutation interface {
	ent.Mutation
	Tx() (*gen.Tx, error)
	Client() *gen.Client
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
}

// Hook reports every create, update and delete once it is committed: right
// away outside a transaction, from the transaction's commit hook inside one
// (a rolled-back write reports nothing). Register it with client.Use.
//
// On PostgreSQL each write is also sent to the other processes with NOTIFY
// right after its statement, in its transaction: PostgreSQL delivers the
// notification when, and only if, the transaction commits.
func (f *Feed) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			tm, ok := m.(mutation)
			if !ok {
				return next.Mutate(ctx, m)
			}
			var (
				ids []int
				op  string
			)
			switch o := m.Op(); {
			case o.Is(ent.OpCreate):
				op = Create
			case o.Is(ent.OpDelete | ent.OpDeleteOne):
				op = Delete
			default:
				op = Update
			}
			if op != Create { // the rows matched, before the write
				var err error
				if ids, err = tm.IDs(ctx); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if op == Create {
				if id, ok := tm.ID(); ok {
					ids = []int{id}
				}
			}
			if len(ids) == 0 {
				return v, nil
			}
			c := Change{Entity: strings.ToLower(m.Type()), Op: op, IDs: ids}
			tx, txErr := tm.Tx()
			if f.notify {
				if err := sendNotify(ctx, tm.Client(), f.origin, []Change{c}); err != nil {
					if txErr == nil {
						return nil, err
					}
					// outside a transaction the write stands; the others miss it
					f.log.Warn("change notification not sent", "entity", c.Entity, "op", c.Op, "error", err)
				}
			}
			if txErr != nil { // not in a transaction: the write is committed
				f.publish(c)
				return v, nil
			}
			f.onCommit(tx, c, f.seq.Add(1))
			return v, nil
		})
	}
}

// committed collects, during one commit, the changes of the transaction's
// commit hooks. The hooks run in reverse order of registration, and the
// generated code hands out a new *Tx for every mutation of a transaction, so
// the transaction is known only through its commit: the outermost of the
// feed's commit hooks (that of the first write) puts a collector in the
// commit's context, the others add their change to it once the transaction
// has committed, and the outermost publishes them all in the order written.
type committed struct {
	mu sync.Mutex
	cs []seqChange
}

type seqChange struct {
	seq uint64
	c   Change
}

type committedKey struct{ f *Feed }

func (f *Feed) onCommit(tx *gen.Tx, c Change, seq uint64) {
	tx.OnCommit(func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			col, inner := ctx.Value(committedKey{f}).(*committed)
			if !inner {
				col = &committed{}
				ctx = context.WithValue(ctx, committedKey{f}, col)
			}
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			col.mu.Lock()
			col.cs = append(col.cs, seqChange{seq, c})
			cs := col.cs
			col.mu.Unlock()
			if inner {
				return nil
			}
			slices.SortFunc(cs, func(a, b seqChange) int { return cmp.Compare(a.seq, b.seq) })
			f.publish(coalesce(cs)...)
			return nil
		})
	})
}

// coalesce merges runs of like writes (a bulk create) into one change.
func coalesce(cs []seqChange) []Change {
	var out []Change
	for _, sc := range cs {
		c := sc.c
		if n := len(out); n > 0 && out[n-1].Entity == c.Entity && out[n-1].Op == c.Op {
			out[n-1].IDs = append(out[n-1].IDs, c.IDs...)
			continue
		}
		c.IDs = slices.Clone(c.IDs)
		out = append(out, c)
	}
	return out
}
