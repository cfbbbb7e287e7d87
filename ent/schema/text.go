package schema

import (
	"context"
	"reflect"
	"strings"
	"sync"

	"entgo.io/ent"

	"grassroots/internal/fault"
	"grassroots/internal/naming"
	"grassroots/internal/printable"
)

// plainText refuses, on every entity and operation, a string that
// printable.Check rejects: in a string or text field, in the strings of a
// list or JSON field, and in values appended to a list. It runs before any
// other hook, so that trimming cannot hide a control character and the
// database never sees one.
func plainText(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		for _, f := range m.Fields() {
			v, _ := m.Field(f)
			if err := checkText(reflect.ValueOf(v)); err != nil {
				return nil, fault.Invalid(naming.Camel(f), "%v", err)
			}
		}
		for _, a := range appendedLists(m) {
			if err := checkText(a.values); err != nil {
				return nil, fault.Invalid(a.field, "%v", err)
			}
		}
		return next.Mutate(ctx, m)
	})
}

// checkText checks every string inside v: strings and string-kinded enums,
// and those in lists, maps and the exported fields of JSON structs.
func checkText(v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		return printable.Check(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return checkText(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := checkText(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if err := checkText(it.Key()); err != nil {
				return err
			}
			if err := checkText(it.Value()); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if err := checkText(v.Field(i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// appended is what a mutation appends to a list field, with the GraphQL
// input field that carries it (appendSkills).
type appended struct {
	field  string
	values reflect.Value
}

// appendedLists reads the values appended to list fields. ent's Mutation
// interface does not expose them, so the generated AppendedX methods are
// found by name (once per mutation type).
func appendedLists(m ent.Mutation) []appended {
	mv := reflect.ValueOf(m)
	var out []appended
	for _, meth := range appendMethods(mv.Type()) {
		res := mv.Method(meth.index).Call(nil)
		if res[1].Bool() {
			out = append(out, appended{field: meth.field, values: res[0]})
		}
	}
	return out
}

type appendMethod struct {
	index int
	field string
}

var appendMethodsOf sync.Map // reflect.Type → []appendMethod

// appendMethods lists t's methods of the form AppendedX() (T, bool).
func appendMethods(t reflect.Type) []appendMethod {
	if ms, ok := appendMethodsOf.Load(t); ok {
		return ms.([]appendMethod)
	}
	var ms []appendMethod
	for i := range t.NumMethod() {
		meth := t.Method(i)
		name, ok := strings.CutPrefix(meth.Name, "Appended")
		ft := meth.Type // the receiver is its first argument
		if ok && name != "" && ft.NumIn() == 1 && ft.NumOut() == 2 && ft.Out(1).Kind() == reflect.Bool {
			ms = append(ms, appendMethod{index: i, field: "append" + name})
		}
	}
	appendMethodsOf.Store(t, ms)
	return ms
}
