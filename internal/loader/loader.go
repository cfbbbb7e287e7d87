// Package loader batches the per-organization and per-person look-ups that a
// GraphQL page asks for (current leaders, member counts, links, ancestors …),
// so that a page of 50 costs the same number of SQL statements as a page of 5.
// Loaders live for one request.
package loader

import (
	"context"
	"net/http"

	"grassroots/ent"
)

type ctxKey struct{}

// Loaders are the batch loaders of one request.
type Loaders struct {
	client *ent.Client
}

// New returns fresh loaders reading through client.
func New(client *ent.Client) *Loaders { return &Loaders{client: client} }

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

// For returns the request's loaders.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	return l
}
