// Package loader reads, for all the objects of one level of a GraphQL answer
// at once, what their derived fields ask for — current leaders, member
// counts, hosted party organizations, links, ancestors, subtree counts — so
// that a page of 50 costs the same number of SQL statements as a page of 5.
// The batch resolvers call it with every sibling object in one call (see
// graph/executor); it reads the field's selection to fetch only the columns
// asked for. Each function returns one result per object, in their order.
package loader

import (
	"context"
	"time"

	"grassroots/ent"
)

// db is the client to read with: the transaction's when there is one.
func db(ctx context.Context, c *ent.Client) *ent.Client {
	if tx := ent.FromContext(ctx); tx != nil {
		return tx
	}
	return c
}

// today is the reference instant for "current" posts.
func today() time.Time { return time.Now().UTC() }

// keys returns each object's key and the distinct keys, in first-seen order.
func keys[T any, K comparable](objs []T, key func(T) K) (all, distinct []K) {
	all = make([]K, len(objs))
	seen := make(map[K]bool, len(objs))
	for i, o := range objs {
		k := key(o)
		all[i] = k
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, k)
		}
	}
	return all, distinct
}

// aligned returns m's value for each key, in order.
func aligned[K comparable, V any](keys []K, m map[K]V) []V {
	out := make([]V, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// groupBy files rows under the key each belongs to, every key getting a
// (possibly empty) list in the rows' order.
func groupBy[T any](keys []int, rows []T, keyOf func(T) int) map[int][]T {
	out := make(map[int][]T, len(keys))
	for _, k := range keys {
		out[k] = []T{}
	}
	for _, r := range rows {
		out[keyOf(r)] = append(out[keyOf(r)], r)
	}
	return out
}

func orgID(o *ent.Organization) int { return o.ID }
