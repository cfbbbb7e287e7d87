package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"grassroots/ent/user"
	"grassroots/internal/server"
	"grassroots/internal/store"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// env is a server on a fresh database, reached over real HTTP.
type env struct {
	url   string
	store *store.Store
	logs  *logBuffer
	// bearer is the admin's API token secret every request carries.
	bearer string
}

// forEachDialect runs f against a fresh server on every storage dialect.
func forEachDialect(t *testing.T, f func(t *testing.T, e *env)) {
	t.Helper()
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) { f(t, newEnv(t, d, server.Limits{})) })
	}
}

func newEnv(t *testing.T, dialect string, limits server.Limits) *env {
	t.Helper()
	return newEnvWith(t, dialect, limits, server.Access{Rate: -1})
}

// newEnvWith is newEnv with access settings (private mode, introspection,
// rate limit).
func newEnvWith(t *testing.T, dialect string, limits server.Limits, access server.Access) *env {
	t.Helper()
	st := testdb.Open(t, dialect)
	logs := &logBuffer{}
	h, err := server.New(server.Config{
		Store:  st,
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Limits: limits,
		Access: access,
	})
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return &env{url: ts.URL, store: st, logs: logs, bearer: apitest.Token(t, st.Client, "admin", user.RoleADMIN, nil)}
}

// response is a GraphQL response as a client sees it.
type response struct {
	status int
	header http.Header
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

type gqlError struct {
	Message    string `json:"message"`
	Path       []any  `json:"path"`
	Extensions struct {
		Code       string `json:"code"`
		Field      string `json:"field"`
		RetryAfter int    `json:"retryAfter"`
	} `json:"extensions"`
}

// codes every error must carry one of.
var codes = map[string]bool{
	"BAD_USER_INPUT": true, "NOT_FOUND": true, "CONFLICT": true, "FORBIDDEN": true, "UNAVAILABLE": true, "INTERNAL": true,
	"UNAUTHENTICATED": true, "RATE_LIMITED": true,
}

// query POSTs a GraphQL request.
func (e *env) query(t *testing.T, q string, vars map[string]any) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	return e.post(t, body, "application/json")
}

// post sends a raw body to /graphql.
func (e *env) post(t *testing.T, body []byte, contentType string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	return e.send(t, req)
}

// get sends a query in the URL.
func (e *env) get(t *testing.T, q string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, e.url+"/graphql?"+url.Values{"query": {q}}.Encode(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return e.send(t, req)
}

func (e *env) send(t *testing.T, req *http.Request) response {
	t.Helper()
	if e.bearer != "" && req.Header.Get("Authorization") == "" {
		req.Header.Set("Authorization", "Bearer "+e.bearer)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := response{status: res.StatusCode, header: res.Header}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s %s: status %d, body is not a GraphQL response: %v\n%s", req.Method, req.URL.Path, res.StatusCode, err, clip(raw))
	}
	for _, ge := range r.Errors {
		if !codes[ge.Extensions.Code] {
			t.Errorf("error without a known extensions.code: %+v", ge)
		}
	}
	return r
}

// ok fails the test unless r has data and no errors, and decodes the data.
func (r response) ok(t *testing.T, into any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors (status %d): %+v", r.status, r.Errors)
	}
	if into != nil {
		if err := json.Unmarshal(r.Data, into); err != nil {
			t.Fatalf("decode data: %v\n%s", err, r.Data)
		}
	}
}

// fails fails the test unless r's first error has the code (and the field,
// and a message containing msg, where given).
func (r response) fails(t *testing.T, code, field, msg string) gqlError {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("want error %s, got data %s (status %d)", code, r.Data, r.status)
	}
	got := r.Errors[0]
	if got.Extensions.Code != code {
		t.Errorf("code = %q, want %q (message %q)", got.Extensions.Code, code, got.Message)
	}
	if field != "" && got.Extensions.Field != field {
		t.Errorf("field = %q, want %q (message %q)", got.Extensions.Field, field, got.Message)
	}
	if msg != "" && !strings.Contains(got.Message, msg) {
		t.Errorf("message = %q, want it to contain %q", got.Message, msg)
	}
	return got
}

// alive fails the test unless the server still answers a query.
func (e *env) alive(t *testing.T) {
	t.Helper()
	var d struct {
		Typename string `json:"__typename"`
	}
	e.query(t, `{ __typename }`, nil).ok(t, &d)
	if d.Typename != "Query" {
		t.Fatalf("__typename = %q", d.Typename)
	}
}

// httpGet fetches a non-GraphQL route.
func (e *env) httpGet(t *testing.T, path string) (int, http.Header, string) {
	t.Helper()
	res, err := http.Get(e.url + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, string(b)
}

func clip(b []byte) string {
	if len(b) > 500 {
		return string(b[:500]) + "…"
	}
	return string(b)
}

// logBuffer collects log output safely across goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// records returns the JSON log records written so far.
func (l *logBuffer) records() []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(l.buf.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}
