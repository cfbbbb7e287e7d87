package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/graph/executor"
	"grassroots/graph/extension"
)

// Media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// transport is GraphQL over HTTP (graphql.github.io/graphql-over-http) for
// POST with a JSON body and GET with URL parameters:
//
//   - the answer is application/graphql-response+json when the client
//     accepts it, else application/json;
//   - a request that cannot be executed (unparsable, invalid, arguments or
//     variables that do not coerce, over a limit) is answered without data:
//     400 under application/graphql-response+json, 200 under
//     application/json (legacy clients read the errors from the body);
//   - a body or variables that are not JSON are 400 under either;
//   - a mutation sent with GET is 405 and is not executed;
//   - the executor's data, already JSON, is written as it is.
type transport struct{}

var _ graphql.Transport = transport{}

func (transport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	if r.Method == http.MethodGet {
		return true
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return r.Method == http.MethodPost && err == nil && mt == mediaJSON
}

func (transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", media+"; charset=utf-8")

	params := &graphql.RawParams{Headers: r.Header, ReadTime: graphql.TraceTiming{Start: graphql.Now()}}
	if err := readParams(r, params); err != nil {
		writeResponse(w, http.StatusBadRequest, exec.DispatchError(ctx, gqlerror.List{err}))
		return
	}
	params.ReadTime.End = graphql.Now()

	rc, errs := exec.CreateOperationContext(ctx, params)
	if errs == nil && r.Method == http.MethodGet && rc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		errs = gqlerror.List{getMutation(rc.Operation)}
		writeResponse(w, http.StatusMethodNotAllowed, exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs))
		return
	}
	if errs != nil {
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs)
		resp.Data = nil // not executed: no data entry at all
		writeResponse(w, status, resp)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	writeResponse(w, http.StatusOK, resp)
	executor.Recycle(resp.Data)
}

// readParams reads the request: the JSON body of a POST (already size- and
// type-checked by limitBody), or the query, operationName, variables and
// extensions parameters of a GET.
func readParams(r *http.Request, p *graphql.RawParams) *gqlerror.Error {
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return requestProblem("could not read the request body")
		}
		if err := decodeJSON(body, p); err != nil {
			return requestProblem("the request body is not valid JSON: %v", err)
		}
		return nil
	}
	q := r.URL.Query()
	p.Query = q.Get("query")
	p.OperationName = q.Get("operationName")
	if v := q.Get("variables"); v != "" {
		if err := decodeJSON([]byte(v), &p.Variables); err != nil {
			return requestProblem("the variables parameter is not valid JSON: %v", err)
		}
	}
	if v := q.Get("extensions"); v != "" {
		if err := decodeJSON([]byte(v), &p.Extensions); err != nil {
			return requestProblem("the extensions parameter is not valid JSON: %v", err)
		}
	}
	return nil
}

// getMutation is the error of a mutation sent with GET.
func getMutation(op *ast.OperationDefinition) *gqlerror.Error {
	e := gqlerror.Errorf("only queries may be sent with GET; send %ss with POST", op.Operation)
	if op.Position != nil {
		e.Locations = []gqlerror.Location{{Line: op.Position.Line, Column: op.Position.Column}}
	}
	e.Extensions = map[string]any{extension.ExtCode: "BAD_USER_INPUT"}
	return e
}

func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return dec.Decode(v)
}

func requestProblem(format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	e.Extensions = map[string]any{extension.ExtCode: "BAD_USER_INPUT"}
	return e
}

// responseMedia picks the answer's media type from the Accept header:
// application/graphql-response+json when the client names it (and does not
// refuse it with q=0), else application/json, which is also what a client
// that accepts anything, or says nothing, gets.
func responseMedia(accept string) string {
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err == nil && mt == mediaGraphQLResponse && params["q"] != "0" {
			return mediaGraphQLResponse
		}
	}
	return mediaJSON
}

// writeResponse writes resp as JSON: errors, then data (JSON already, as
// the executor made it), then extensions. A response without data (a
// request that was not executed) has no data entry. The answer is put
// together in one buffer and sent with its length in one write: written in
// pieces, a large answer went out chunked in more system calls.
func writeResponse(w http.ResponseWriter, status int, resp *graphql.Response) {
	buf := responseBuffers.Get().(*[]byte)
	b := append((*buf)[:0], '{')
	sep := func() {
		if b[len(b)-1] != '{' {
			b = append(b, ',')
		}
	}
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(resp.Errors)
		if err != nil {
			errs = []byte(`[{"message":"the errors could not be written","extensions":{"code":"INTERNAL"}}]`)
		}
		b = append(append(b, `"errors":`...), errs...)
	}
	if resp.Data != nil {
		sep()
		b = append(append(b, `"data":`...), resp.Data...)
	}
	if len(resp.Extensions) > 0 {
		if ext, err := json.Marshal(resp.Extensions); err == nil {
			sep()
			b = append(append(b, `"extensions":`...), ext...)
		}
	}
	b = append(b, '}')
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
	if cap(b) <= maxKeptBuffer {
		*buf = b
		responseBuffers.Put(buf)
	}
}

// responseBuffers keep the answers' buffers for the next answers, up to
// maxKeptBuffer bytes each.
var responseBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxKeptBuffer = 1 << 20
