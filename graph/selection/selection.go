// Package selection reads the GraphQL selection of the field being resolved:
// which fields it asks for below it, and so which columns and which related
// rows a resolver needs to read. It is the one place, with the limits in
// graph/extension, that walks selections.
package selection

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Field is the field being resolved, as the document spells it; nil outside
// a GraphQL request.
func Field(ctx context.Context) *ast.Field {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return fc.Field.Field
	}
	return nil
}

// Under returns the fields selected at path below field (each element a
// field name, e.g. "edges", "node"), fragments expanded; ok is false outside
// a GraphQL request or without a field, when the caller must assume that
// everything is asked for.
func Under(ctx context.Context, field *ast.Field, path ...string) (fields []graphql.CollectedField, ok bool) {
	if field == nil || !graphql.HasOperationContext(ctx) {
		return nil, false
	}
	op := graphql.GetOperationContext(ctx)
	level := []ast.SelectionSet{field.SelectionSet}
	for _, name := range path {
		var next []ast.SelectionSet
		for _, set := range level {
			for _, f := range graphql.CollectFields(op, set, nil) {
				if f.Name == name {
					next = append(next, f.Selections)
				}
			}
		}
		level = next
	}
	for _, set := range level {
		fields = append(fields, graphql.CollectFields(op, set, nil)...)
	}
	return fields, true
}

// IDOnly reports whether fields ask for nothing but the id (and
// __typename).
func IDOnly(fields []graphql.CollectedField) bool {
	for _, f := range fields {
		if f.Name != "id" && f.Name != "__typename" {
			return false
		}
	}
	return true
}

// Has reports whether fields include one named name.
func Has(fields []graphql.CollectedField, name string) bool {
	for _, f := range fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

// IsConnection reports whether f returns a Relay connection.
func IsConnection(f *ast.Field) bool {
	return f.Definition != nil && f.Definition.Type != nil && strings.HasSuffix(f.Definition.Type.Name(), "Connection")
}

// Argument returns argument arg of the first field named name among fields,
// with the operation's variables applied; ok is false when no such field
// gives it.
func Argument(ctx context.Context, fields []graphql.CollectedField, name, arg string) (v any, ok bool) {
	for _, f := range fields {
		if f.Name == name {
			v, ok = f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)[arg]
			return v, ok && v != nil
		}
	}
	return nil, false
}
