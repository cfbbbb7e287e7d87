package loader

import (
	"context"
	"reflect"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"
)

// siblingList returns the list that holds the object whose field is being
// resolved: the object is either an element of a list (partyOrganizations)
// or the node of a connection edge (organizations.edges, viaNode). It
// returns nil when the object is not in a list.
func siblingList(ctx context.Context) (fc, list *graphql.FieldContext, viaNode bool) {
	fc = graphql.GetFieldContext(ctx)
	if fc == nil || fc.Parent == nil {
		return nil, nil, false
	}
	obj := fc.Parent // the field that returned the object
	switch {
	case obj.Index != nil && obj.Parent != nil:
		return fc, obj.Parent, false
	case obj.Field.Name == "node" && obj.Parent != nil && obj.Parent.Index != nil && obj.Parent.Parent != nil:
		return fc, obj.Parent.Parent, true
	}
	return nil, nil, false
}

// siblings returns every T in list (see siblingList). Loading all of them at
// once, before the object's own key, makes a page cost one query per loader
// however many objects it holds — without depending on how gqlgen schedules
// the concurrent field resolvers.
func siblings[T any](list *graphql.FieldContext, viaNode bool) []T {
	v := reflect.ValueOf(list.Result)
	if v.Kind() != reflect.Slice {
		return nil
	}
	out := make([]T, 0, v.Len())
	for i := 0; i < v.Len(); i++ {
		e := v.Index(i)
		if viaNode {
			if e.Kind() == reflect.Pointer {
				if e.IsNil() {
					continue
				}
				e = e.Elem()
			}
			if e.Kind() != reflect.Struct {
				return nil
			}
			e = e.FieldByName("Node")
			if !e.IsValid() {
				return nil
			}
		}
		if e.Kind() == reflect.Pointer && e.IsNil() {
			continue
		}
		t, ok := e.Interface().(T)
		if !ok {
			return nil
		}
		out = append(out, t)
	}
	return out
}

// queuedKey names the siblings of one list queued in one loader for one
// field (its response name: aliases of a field may take other arguments).
type queuedKey struct {
	loader any
	list   *graphql.FieldContext
	field  string
}

// firstOfList reports whether the siblings of k still have to be queued, and
// records that they are: of the N fields of a list, only the first to resolve
// queues the N keys (instead of each queueing all N, N² in all).
func (l *Loaders) firstOfList(k queuedKey) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.queued[k] {
		return false
	}
	if l.queued == nil {
		l.queued = map[queuedKey]bool{}
	}
	l.queued[k] = true
	return true
}

// loadWithSiblings loads key after queueing the keys of its siblings in the
// same batch.
func loadWithSiblings[T any, K comparable, V any](ctx context.Context, ls *Loaders, l *dataloadgen.Loader[K, V], key K, keyOf func(T) K) (V, error) {
	if fc, list, viaNode := siblingList(ctx); list != nil && ls.firstOfList(queuedKey{loader: l, list: list, field: fc.Field.Alias}) {
		for _, s := range siblings[T](list, viaNode) {
			l.LoadThunk(ctx, keyOf(s))
		}
	}
	return l.Load(ctx, key)
}
