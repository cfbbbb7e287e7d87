package loader

import (
	"context"
	"reflect"

	"github.com/99designs/gqlgen/graphql"
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

// queuedKey names the siblings of one list loaded by one loader for one
// field (its response name: aliases of a field may take other arguments).
type queuedKey struct {
	loader any
	list   *graphql.FieldContext
	field  string
}

// listBatch returns the channel closed once the siblings of k are loaded,
// and whether the caller is the first of them, the one to load them.
func (l *Loaders) listBatch(k queuedKey) (done chan struct{}, first bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if done, ok := l.lists[k]; ok {
		return done, false
	}
	if l.lists == nil {
		l.lists = map[queuedKey]chan struct{}{}
	}
	done = make(chan struct{})
	l.lists[k] = done
	return done, true
}

// loadWithSiblings loads key, an object's, together with the keys of the
// other objects of its list: the first of their resolvers adds them all to
// the loader's batch at once, and the others wait until it has. A page then
// costs one fetch per loader however many objects it holds, and however
// gqlgen schedules its concurrent resolvers; the lists nested in a list
// share the batch too when they come within its wait.
func loadWithSiblings[T any, K comparable, V any](ctx context.Context, ls *Loaders, b *batched[K, V], key K, keyOf func(T) K) (V, error) {
	if fc, list, viaNode := siblingList(ctx); list != nil {
		done, first := ls.listBatch(queuedKey{loader: b, list: list, field: fc.Field.Alias})
		if first {
			sibs := siblings[T](list, viaNode)
			keys := make([]K, 0, len(sibs)+1)
			for _, s := range sibs {
				keys = append(keys, keyOf(s))
			}
			b.add(ctx, append(keys, key)...)
			close(done)
		} else {
			select {
			case <-done:
			case <-ctx.Done():
				var zero V
				return zero, ctx.Err()
			}
		}
	}
	return b.load(ctx, key)
}
