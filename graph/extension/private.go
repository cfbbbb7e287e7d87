package extension

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/internal/fault"
	"grassroots/internal/viewer"
)

// Private refuses every operation of an anonymous request except signing in
// (login, logout, viewer and introspection): anonymous reading is off
// (serve --private). It covers every path, the in-memory search and network
// indexes included, because it judges the operation before any resolver
// runs.
type Private struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = Private{}

// open are the root fields an anonymous request may still select.
var open = []string{"login", "logout", "viewer", "__schema", "__type", "__typename"}

func (Private) ExtensionName() string                   { return "Private" }
func (Private) Validate(graphql.ExecutableSchema) error { return nil }

func (Private) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	v, ok := viewer.FromContext(ctx)
	if !ok || !v.Anonymous() || selectsOnly(graphql.GetOperationContext(ctx).Operation, open) {
		return next(ctx)
	}
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
		Message:    "this server is private: sign in first",
		Extensions: map[string]any{ExtCode: string(fault.Unauthenticated)},
	}}})
}

// signIn are the root fields of signing in and out.
var signIn = []string{"login", "logout", "__typename"}

// SignsInOnly reports whether the operation does nothing but sign in or
// out: it needs no live session, and runs outside the mutation transaction.
func SignsInOnly(op *ast.OperationDefinition) bool {
	return op != nil && op.Operation == ast.Mutation && selectsOnly(op, signIn)
}

// selectsOnly reports whether the operation's root selects nothing but the
// named fields.
func selectsOnly(op *ast.OperationDefinition, names []string) bool {
	if op == nil {
		return true
	}
	for _, s := range op.SelectionSet {
		f, ok := s.(*ast.Field)
		if !ok || !slices.Contains(names, f.Name) {
			return false
		}
	}
	return true
}

// NoIntrospection refuses operations that ask for the schema (__schema,
// __type) with FORBIDDEN, when introspection is switched off.
type NoIntrospection struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = NoIntrospection{}

func (NoIntrospection) ExtensionName() string                   { return "NoIntrospection" }
func (NoIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

func (NoIntrospection) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx).Operation
	if op != nil {
		for _, s := range op.SelectionSet {
			if f, ok := s.(*ast.Field); ok && (f.Name == "__schema" || f.Name == "__type") {
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
					Message:    "introspection is switched off on this server",
					Extensions: map[string]any{ExtCode: string(fault.Forbidden)},
				}}})
			}
		}
	}
	return next(ctx)
}
