// Package loader batches the per-organization, per-person and per-region
// look-ups a GraphQL page asks for (current leaders, member counts, hosted
// party organizations, links, ancestors), so that a page of 50 costs the same
// number of SQL statements as a page of 5. Loaders live for one request.
package loader

import (
	"context"
	"net/http"
	"sync"
	"time"

	"grassroots/ent"
)

type ctxKey struct{}

// Loaders are the batch loaders of one request.
type Loaders struct {
	client *ent.Client

	mu    sync.Mutex
	lists map[queuedKey]chan struct{} // see listBatch

	currentLeaders     *batched[leaderKey, []*ent.Position]
	memberCount        *batched[int, int]
	partyOrganizations *batched[int, []*ent.Organization]
	currentPositions   *batched[int, []*ent.Position]
	ancestors          *batched[string, []*ent.Region]
	links              *batched[linkKey, *ent.LinkConnection]
	stats              *batched[string, RegionStats]
}

// New returns fresh loaders reading through client (or, inside a mutation, the
// transaction's client found in the context).
func New(client *ent.Client) *Loaders {
	l := &Loaders{client: client}
	l.currentLeaders = newBatched(l.fetchCurrentLeaders)
	l.memberCount = newBatched(l.fetchMemberCounts)
	l.partyOrganizations = newBatched(l.fetchPartyOrganizations)
	l.currentPositions = newBatched(l.fetchCurrentPositions)
	l.ancestors = newBatched(l.fetchAncestors)
	l.links = newBatched(l.fetchLinks)
	l.stats = newBatched(l.fetchStats)
	return l
}

// db is the client to read with: the transaction's when there is one.
func (l *Loaders) db(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return l.client
}

// Middleware gives every request its own Loaders.
func Middleware(client *ent.Client, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(With(r.Context(), New(client))))
	})
}

// With returns ctx carrying l.
func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the request's loaders, or fresh ones reading through fallback
// when the context has none (a call from outside an HTTP request).
func For(ctx context.Context, fallback *ent.Client) *Loaders {
	if l, ok := ctx.Value(ctxKey{}).(*Loaders); ok {
		return l
	}
	return New(fallback)
}

// today is the reference instant for "current" posts.
func today() time.Time { return time.Now().UTC() }
