package extension

import (
	"context"
	"log/slog"
	"regexp"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/internal/fault"
)

// How an operation ended, as Observer reports it.
const (
	OutcomeOK       = "ok"       // executed without errors
	OutcomeError    = "error"    // executed, with errors in the response
	OutcomeRejected = "rejected" // refused before execution (parse, validation, limits)
)

// Observer reports each operation's name and outcome (for the access log
// and the metrics), and is the last line of defence for errors that reach
// the response without passing the presenter (entgql's transaction builds
// its commit errors itself): those are logged and replaced.
type Observer struct {
	Log       *slog.Logger
	RequestID RequestID
	// Report receives the operation's name ("" when it has none) and its
	// outcome.
	Report func(ctx context.Context, operation, outcome string)
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = Observer{}

func (Observer) ExtensionName() string                   { return "GrassrootsObserver" }
func (Observer) Validate(graphql.ExecutableSchema) error { return nil }

type executedKey struct{}

// InterceptOperation only runs for operations that passed every check.
func (Observer) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, executedKey{}, true))
}

func (o Observer) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	for i, e := range resp.Errors {
		if _, ok := e.Extensions[ExtCode]; ok {
			continue
		}
		o.Log.ErrorContext(ctx, "graphql error bypassed the presenter", "request_id", o.RequestID(ctx), "err", e.Message)
		resp.Errors[i] = &gqlerror.Error{
			Message:    internalMessage(ctx, o.RequestID),
			Path:       e.Path,
			Locations:  e.Locations,
			Extensions: map[string]any{ExtCode: string(fault.Internal)},
		}
	}
	if o.Report == nil {
		return resp
	}
	outcome := OutcomeRejected
	if executed, _ := ctx.Value(executedKey{}).(bool); executed {
		outcome = OutcomeOK
		if len(resp.Errors) > 0 {
			outcome = OutcomeError
		}
	}
	o.Report(ctx, operationName(ctx), outcome)
	return resp
}

// operationName is the operation's name: the one it was given, else the one
// the request asked for, else the one a refused document starts with (it
// still tells which client sent it).
func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	oc := graphql.GetOperationContext(ctx)
	switch {
	case oc.Operation != nil && oc.Operation.Name != "":
		return oc.Operation.Name
	case oc.OperationName != "":
		return oc.OperationName
	}
	if m := leadingOperation.FindStringSubmatch(oc.RawQuery); m != nil {
		return m[1]
	}
	return ""
}

var leadingOperation = regexp.MustCompile(`^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)`)
