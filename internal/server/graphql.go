package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	gqlextension "github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	gqltransport "github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/graph/extension"
	"grassroots/internal/fault"
)

// newGraphQL builds the /graphql handler. The order of the extensions matters:
// the observer wraps everything (it sees the final response), the limits
// (size, depth, pages, cost, text) run before anything is executed, and the
// transaction is innermost.
func newGraphQL(cfg Config, schema graphql.ExecutableSchema) *handler.Server {
	srv := handler.New(schema)
	srv.AddTransport(gqltransport.Options{})
	srv.AddTransport(transport{})

	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(cfg.Limits.ParserTokens)
	srv.SetErrorPresenter(extension.Presenter(cfg.Logger, RequestID))
	srv.SetRecoverFunc(extension.Recover(cfg.Logger, RequestID))

	srv.Use(extension.Observer{Log: cfg.Logger, RequestID: RequestID, Report: report})
	if cfg.Access.NoIntrospection {
		srv.Use(extension.NoIntrospection{})
	} else {
		srv.Use(gqlextension.Introspection{})
	}
	if cfg.Access.Private {
		srv.Use(extension.Private{})
	}
	srv.Use(&extension.Limits{Complexity: cfg.Limits.Complexity, Depth: cfg.Limits.Depth, Fields: cfg.Limits.Fields, ParserTokens: cfg.Limits.ParserTokens, Cache: cache})
	srv.Use(extension.Transactions(cfg.Client))
	return srv
}

// report records an operation's name and outcome for the access log and the
// metrics.
func report(ctx context.Context, operation, outcome string) {
	if req := requestFrom(ctx); req != nil {
		req.set(operation, outcome)
	}
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
