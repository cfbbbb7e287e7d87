package loader

import (
	"context"
	"reflect"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"
)

// siblings returns every T in the list that holds the object whose
// field is being resolved: the object is either an element of a list
// (partyOrganizations) or the node of a connection edge (organizations.edges).
// Loading all of them at once, before the object's own key, makes a page cost
// one query per loader however many objects it holds — without depending on
// how gqlgen schedules the concurrent field resolvers.
func siblings[T any](ctx context.Context) []T {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Parent == nil {
		return nil
	}
	obj := fc.Parent // the field that returned the object
	var list *graphql.FieldContext
	var viaNode bool
	switch {
	case obj.Index != nil && obj.Parent != nil:
		list = obj.Parent
	case obj.Field.Name == "node" && obj.Parent != nil && obj.Parent.Index != nil && obj.Parent.Parent != nil:
		list, viaNode = obj.Parent.Parent, true
	default:
		return nil
	}
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

// loadWithSiblings loads key after queueing the keys of its siblings in the
// same batch.
func loadWithSiblings[T any, K comparable, V any](ctx context.Context, l *dataloadgen.Loader[K, V], key K, keyOf func(T) K) (V, error) {
	for _, s := range siblings[T](ctx) {
		l.LoadThunk(ctx, keyOf(s))
	}
	return l.Load(ctx, key)
}
