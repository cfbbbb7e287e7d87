package extension

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"regexp"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/internal/fault"
	"grassroots/internal/store"
)

// Presenter gives every error a fault code and, for bad input, the field:
// faults keep theirs, storage errors are explained (store.Fault), errors in
// the request itself (parse, validation, limits, arguments that do not
// coerce) are BAD_USER_INPUT. Anything else is INTERNAL: the real error is
// logged and the client is told only the request id.
func Presenter(log *slog.Logger, requestID RequestID) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		base := graphql.DefaultErrorPresenter(ctx, err)
		c, ok := classify(ctx, err, base, requestID)
		if !ok {
			c = classified{code: fault.Internal, message: internalMessage(ctx, requestID)}
			level := slog.LevelError
			if errors.Is(err, context.Canceled) {
				level = slog.LevelInfo // the client went away
			}
			log.Log(ctx, level, "graphql error", "request_id", requestID(ctx), "path", base.Path.String(), "err", err)
		}
		ext := map[string]any{ExtCode: string(c.code)}
		if c.field != "" {
			ext[ExtField] = c.field
		}
		if c.retryAfter > 0 {
			ext[ExtRetry] = c.retryAfter
		}
		return &gqlerror.Error{Message: c.message, Path: base.Path, Locations: base.Locations, Extensions: ext}
	}
}

// Recover logs a resolver's panic with its stack; the client gets an
// INTERNAL error naming the request id.
func Recover(log *slog.Logger, requestID RequestID) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "request_id", requestID(ctx),
			"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return &recovered{message: internalMessage(ctx, requestID)}
	}
}

// recovered is a panic already logged by Recover.
type recovered struct{ message string }

func (r *recovered) Error() string { return r.message }

// internalMessage is the only thing a client learns of an internal error.
func internalMessage(ctx context.Context, requestID RequestID) string {
	if id := requestID(ctx); id != "" {
		return fmt.Sprintf("internal error (request id %s)", id)
	}
	return "internal error"
}

// classified is what the client is told.
type classified struct {
	code       fault.Code
	field      string
	message    string
	retryAfter int // seconds
}

// classify returns what the client may be told about err; false means an
// internal error whose text must not leave the server.
func classify(ctx context.Context, err error, base *gqlerror.Error, requestID RequestID) (classified, bool) {
	var rec *recovered
	if errors.As(err, &rec) {
		return classified{code: fault.Internal, message: rec.message}, true
	}
	fe, ok := fault.As(err)
	if !ok {
		fe = store.Fault(err)
	}
	if fe != nil {
		if fe.Code == fault.Internal {
			return classified{}, false
		}
		return classified{code: fe.Code, field: fe.Field, message: fe.Error(), retryAfter: int(math.Ceil(fe.RetryAfter.Seconds()))}, true
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return classified{code: fault.Internal, message: "the request took too long and was stopped (request id " + requestID(ctx) + ")"}, true
	}
	return requestError(ctx, base)
}

// gqlgen's code for an operation over the complexity limit.
const codeComplexity = "COMPLEXITY_LIMIT_EXCEEDED"

var argumentName = regexp.MustCompile(`[Aa]rgument "(\w+)"`)

// requestError recognises errors in the request itself: parse and
// validation errors, limits, undecodable JSON, and arguments that do not
// coerce (a Date that is not a date). They keep gqlparser's message and path.
func requestError(ctx context.Context, e *gqlerror.Error) (classified, bool) {
	if e == nil {
		return classified{}, false
	}
	c := classified{code: fault.BadInput, message: e.Message, field: fieldOf(e)}
	switch code, _ := e.Extensions[ExtCode].(string); code {
	case errcode.ParseFailed, errcode.ValidationFailed, codeComplexity, string(fault.BadInput):
		return c, true
	}
	return c, isArgumentError(ctx, e)
}

// fieldOf names the input field an error is about: one set by the limits,
// else the last name on the error's path, else an argument in its message.
func fieldOf(e *gqlerror.Error) string {
	if f, ok := e.Extensions[ExtField].(string); ok {
		return f
	}
	for i := len(e.Path) - 1; i >= 0; i-- {
		if n, ok := e.Path[i].(ast.PathName); ok {
			return string(n)
		}
	}
	if m := argumentName.FindStringSubmatch(e.Message); m != nil {
		return m[1]
	}
	return ""
}

// isArgumentError reports whether e arose while coercing the arguments of the
// field being resolved: its path continues past the field into one of the
// field's arguments (gqlgen puts the argument name on the path).
func isArgumentError(ctx context.Context, e *gqlerror.Error) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return false
	}
	fp := fc.Path()
	if len(e.Path) <= len(fp) {
		return false
	}
	for i := range fp {
		if fp[i] != e.Path[i] {
			return false
		}
	}
	arg, ok := e.Path[len(fp)].(ast.PathName)
	return ok && fc.Field.Arguments.ForName(string(arg)) != nil
}
