package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"regexp"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	gqltransport "github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/internal/fault"
)

// newGraphQL builds the /graphql handler. The order of the extensions matters:
// the observer wraps everything (it sees the final response), the limits run
// before the complexity calculation (which walks fragments without memo and
// must only see documents already known to be small), and the transaction is
// innermost.
func newGraphQL(cfg Config, schema graphql.ExecutableSchema) *handler.Server {
	srv := handler.New(schema)
	srv.AddTransport(gqltransport.Options{})
	srv.AddTransport(transport{})

	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(cfg.Limits.ParserTokens)
	srv.SetErrorPresenter(newPresenter(cfg.Logger).present)
	srv.SetRecoverFunc(recoverFunc(cfg.Logger))

	srv.Use(observer{log: cfg.Logger})
	srv.Use(extension.Introspection{})
	srv.Use(&limits{Limits: cfg.Limits, cache: cache})
	srv.Use(extension.FixedComplexityLimit(cfg.Limits.Complexity))
	srv.Use(transactioner{entgql.Transactioner{TxOpener: cfg.Client}})
	return srv
}

// transactioner runs each mutation in one transaction (entgql.Transactioner),
// except that it lets responses without an operation pass: gqlgen builds those
// for requests refused before parsing (malformed JSON), and entgql's
// interceptor would panic on them.
type transactioner struct{ entgql.Transactioner }

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}

// limitBody refuses bodies over max bytes (413) and POST bodies that are not
// JSON (415), with a GraphQL-shaped error body either way. It reads the body
// up front: the POST transport would read it whole anyway.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
			writeError(w, http.StatusUnsupportedMediaType, fault.Invalid("", "send the request as JSON with Content-Type: application/json"))
			return
		}
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, bodyTooLarge(max))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				writeError(w, http.StatusRequestEntityTooLarge, bodyTooLarge(max))
				return
			}
			writeError(w, http.StatusBadRequest, fault.Invalid("", "could not read the request body"))
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func bodyTooLarge(max int64) *fault.Error {
	return fault.Invalid("", "request body is larger than %d bytes", max)
}

// writeError answers with a GraphQL response holding one error, for refusals
// that happen before gqlgen sees the request.
func writeError(w http.ResponseWriter, status int, fe *fault.Error) {
	ext := map[string]any{"code": string(fe.Code)}
	if fe.Field != "" {
		ext["field"] = fe.Field
	}
	b, _ := json.Marshal(graphql.Response{Errors: gqlerror.List{{Message: fe.Error(), Extensions: ext}}})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// observer records the operation name and outcome for the access log and the
// metrics, and is the last line of defence for errors that reach the response
// without passing the error presenter (entgql's Transactioner builds its
// commit errors itself): those are logged and replaced.
type observer struct{ log *slog.Logger }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = observer{}

func (observer) ExtensionName() string                   { return "GrassrootsObserver" }
func (observer) Validate(graphql.ExecutableSchema) error { return nil }

type executedKey struct{}

// InterceptOperation only runs for operations that passed every check.
func (observer) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, executedKey{}, true))
}

func (o observer) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	for i, e := range resp.Errors {
		if _, ok := e.Extensions["code"]; ok {
			continue
		}
		o.log.ErrorContext(ctx, "graphql error bypassed the presenter", "request_id", RequestID(ctx), "err", e.Message)
		resp.Errors[i] = &gqlerror.Error{
			Message:    internalMessage(ctx),
			Path:       e.Path,
			Locations:  e.Locations,
			Extensions: map[string]any{"code": string(fault.Internal)},
		}
	}
	if req := requestFrom(ctx); req != nil {
		op := ""
		if graphql.HasOperationContext(ctx) {
			oc := graphql.GetOperationContext(ctx)
			op = oc.OperationName
			switch {
			case oc.Operation != nil && oc.Operation.Name != "":
				op = oc.Operation.Name
			case op == "":
				// Refused before the document was understood: the name
				// still tells which client sent it.
				if m := leadingOperation.FindStringSubmatch(oc.RawQuery); m != nil {
					op = m[1]
				}
			}
		}
		outcome := outcomeRejected
		if executed, _ := ctx.Value(executedKey{}).(bool); executed {
			outcome = outcomeOK
			if len(resp.Errors) > 0 {
				outcome = outcomeError
			}
		}
		req.set(op, outcome)
	}
	return resp
}

var leadingOperation = regexp.MustCompile(`^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)`)

// internalMessage is the only thing a client learns of an internal error.
func internalMessage(ctx context.Context) string {
	if id := RequestID(ctx); id != "" {
		return fmt.Sprintf("internal error (request id %s)", id)
	}
	return "internal error"
}
