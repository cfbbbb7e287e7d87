package changes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"

	gen "grassroots/ent"
	"grassroots/internal/store"
)

// Payload limits: PostgreSQL takes notification payloads shorter than 8000
// bytes. A change naming more IDs than fit in one is split; one that would
// need more than maxNotices notifications is sent as a resync of its entity.
const (
	maxPayload = 7900
	maxNotices = 16
)

// notice is a notification's payload.
type notice struct {
	Origin string `json:"o"`
	Entity string `json:"e"`
	Op     string `json:"op"`
	IDs    []int  `json:"ids,omitempty"`
}

// payloads encodes changes as notification payloads, each under maxPayload bytes.
func payloads(origin string, cs []Change) []string {
	var out []string
	for _, c := range cs {
		head := `{"o":` + strconv.Quote(origin) + `,"e":` + strconv.Quote(c.Entity) + `,"op":` + strconv.Quote(c.Op)
		if len(c.IDs) == 0 {
			out = append(out, head+"}")
			continue
		}
		var ps []string
		buf := []byte(head + `,"ids":[`)
		n := 0
		for _, id := range c.IDs {
			s := strconv.Itoa(id)
			if n > 0 && len(buf)+len(s)+3 > maxPayload {
				ps = append(ps, string(append(buf, "]}"...)))
				buf, n = []byte(head+`,"ids":[`), 0
			}
			if n > 0 {
				buf = append(buf, ',')
			}
			buf = append(buf, s...)
			n++
		}
		ps = append(ps, string(append(buf, "]}"...)))
		if len(ps) > maxNotices {
			ps = []string{`{"o":` + strconv.Quote(origin) + `,"e":` + strconv.Quote(c.Entity) + `,"op":"` + Resync + `"}`}
		}
		out = append(out, ps...)
	}
	return out
}

// sendNotify sends cs to the other processes through c, which is bound to the
// writing transaction when there is one. The generated Tx offers no
// ExecContext through the store's statement-counting driver, so the NOTIFY
// travels as a query: SELECT count(*) FROM (SELECT pg_notify(…), …) AS n.
func sendNotify(ctx context.Context, c *gen.Client, origin string, cs []Change) error {
	ps := payloads(origin, cs)
	for len(ps) > 0 {
		chunk := ps[:min(len(ps), maxPerStatement)]
		ps = ps[len(chunk):]
		if err := notifyAll(ctx, c, chunk); err != nil {
			return err
		}
	}
	return nil
}

// maxPerStatement bounds the notifications, and so the parameters, of one statement.
const maxPerStatement = 1000

func notifyAll(ctx context.Context, c *gen.Client, ps []string) error {
	_, err := c.Region.Query().Modify(func(s *entsql.Selector) {
		s.Select().SelectExpr(entsql.Expr("count(*)"))
		s.FromExpr(entsql.ExprFunc(func(b *entsql.Builder) {
			b.WriteString("(SELECT ")
			for i, p := range ps {
				if i > 0 {
					b.Comma()
				}
				b.WriteString("pg_notify('" + Channel + "', ").Arg(p).WriteString(")")
			}
			b.WriteString(") AS n")
		}))
	}).Ints(ctx)
	if err != nil {
		return fmt.Errorf("changes: notify: %w", err)
	}
	return nil
}

// decode reads a notification payload.
func decode(payload string) (notice, error) {
	var n notice
	if err := json.Unmarshal([]byte(payload), &n); err != nil {
		return n, err
	}
	if n.Entity == "" || n.Op == "" {
		return n, errors.New("entity or op missing")
	}
	return n, nil
}

// Listen hears the other processes' changes: it LISTENs on Channel over its
// own connection to the database dsn (see store.ParseDSN) and delivers what
// arrives as remote changes until ctx is done. It returns once listening, or
// with an error when the first connection fails. After a lost connection it
// reconnects and delivers Change{Entity: "*", Op: "resync"}, since
// notifications may have been missed meanwhile. On SQLite it does nothing:
// one process owns the file.
func (f *Feed) Listen(ctx context.Context, dsn string) error {
	t, err := store.ParseDSN(dsn)
	if err != nil {
		return err
	}
	if t.Dialect != store.Postgres {
		return nil
	}
	l := pq.NewListener(t.URL, 50*time.Millisecond, 2*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventDisconnected:
			f.log.Warn("change feed: connection lost", "error", err)
		case pq.ListenerEventReconnected:
			f.log.Info("change feed: reconnected")
		case pq.ListenerEventConnectionAttemptFailed:
			f.log.Warn("change feed: cannot connect", "error", err)
		}
	})
	listening := make(chan error, 1)
	go func() { listening <- l.Listen(Channel) }()
	wait := time.NewTimer(15 * time.Second)
	defer wait.Stop()
	select {
	case err := <-listening:
		if err != nil {
			l.Close()
			return fmt.Errorf("changes: listen: %w", err)
		}
	case <-ctx.Done():
		l.Close()
		return ctx.Err()
	case <-wait.C:
		l.Close()
		return fmt.Errorf("changes: listen: no connection to %s", t.Redacted())
	}
	go f.receive(ctx, l)
	return nil
}

// pingEvery is how often an idle listening connection is checked.
const pingEvery = 30 * time.Second

func (f *Feed) receive(ctx context.Context, l *pq.Listener) {
	defer l.Close()
	tick := time.NewTicker(pingEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case n := <-l.Notify:
			if n == nil { // reconnected: what happened meanwhile is unknown
				f.publish(Change{Entity: All, Op: Resync, Remote: true})
				continue
			}
			m, err := decode(n.Extra)
			if err != nil {
				f.log.Warn("change feed: bad notification", "payload", n.Extra, "error", err)
				continue
			}
			if m.Origin == f.origin {
				continue
			}
			f.publish(Change{Entity: m.Entity, Op: m.Op, IDs: m.IDs, Remote: true})
		case <-tick.C:
			go l.Ping() // a dead connection shows as a disconnect event
		}
	}
}
