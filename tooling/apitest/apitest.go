// Package apitest runs the real HTTP handler against a fresh database for
// tests: it posts GraphQL operations, decodes answers and counts the SQL
// statements a request costs.
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
	"grassroots/ent/user"
	"grassroots/internal/account"
	"grassroots/internal/indicator"
	"grassroots/internal/network"
	"grassroots/internal/search"
	"grassroots/internal/server"
	"grassroots/internal/store"
	"grassroots/internal/views"
	"grassroots/tooling/testdb"
)

// API is a running server on a fresh database.
type API struct {
	t       testing.TB
	Dialect string
	Store   *store.Store
	Search  *search.Index
	Network *network.Index
	URL     string

	views      *views.Registry
	indicators *indicator.Kept
	log        *slog.Logger
	access     server.Access
	// bearer is the API token secret the requests carry; "" for anonymous.
	bearer string
	// session is the session cookie's token the requests carry; "" for none.
	session string
	// authCost is the statements authenticating one request costs.
	authCost int64
}

// New starts the handler on a fresh, migrated database of the dialect, with
// the server's views loaded and following the client's writes, as `serve`
// keeps them.
func New(t testing.TB, dialect string) *API {
	t.Helper()
	return start(t, dialect, testdb.Open(t, dialect))
}

// County starts the handler on a fresh database of the dialect holding the
// county-scale demo data (seed 1).
func County(t testing.TB, dialect string) *API {
	t.Helper()
	return start(t, dialect, testdb.County(t, dialect))
}

func start(t testing.TB, dialect string, st *store.Store) *API {
	t.Helper()
	a := &API{t: t, Dialect: dialect, Store: st, log: slog.New(slog.NewTextHandler(io.Discard, nil)), access: server.Access{Rate: -1}}
	vs := server.NewViews(st, a.log)
	// the indicators' lists are computed when read, not in the background
	// (which would run statements between those a test counts)
	vs.Indicators.Background = false
	st.Client.Use(vs.Hook())
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	vs.Start(ctx)
	wait, stop := context.WithTimeout(ctx, time.Minute)
	defer stop()
	if err := vs.Wait(wait); err != nil {
		t.Fatalf("views not loaded: %v", err)
	}
	a.Search, a.Network, a.views, a.indicators = vs.Search.Index, vs.Network.Index, vs.Registry, vs.Indicators
	a.serve(nil)
	a.bearer = a.token("admin", user.RoleADMIN, nil)
	a.authCost = a.measureAuth()
	return a
}

// measureAuth is what authenticating a request costs: the statements of an
// operation that reads nothing.
func (a *API) measureAuth() int64 {
	before := a.Statements()
	a.OK(`{ __typename }`, nil, nil)
	return a.Statements() - before
}

// AuthStatements is the number of statements authenticating one request
// costs (reading the API token and its owner), the same for every
// operation; 0 when anonymous.
func (a *API) AuthStatements() int64 { return a.authCost }

// As returns the API acting as a new user of the role (and, for a
// coordinator, the scope region; nil for the whole province): through an API
// token, or for a VIEWER (who holds none) through a signed-in session. The
// plain API acts as an admin.
func (a *API) As(role user.Role, scopeRegionID *int) *API {
	a.t.Helper()
	if role == user.RoleVIEWER {
		return a.SignedIn(role, scopeRegionID)
	}
	b := *a
	b.bearer, b.session = a.token(newUsername(role), role, scopeRegionID), ""
	b.authCost = b.measureAuth()
	return &b
}

// SignedIn returns the API acting as a new user of the role through a
// session: signed in with a password, as the web app is.
func (a *API) SignedIn(role user.Role, scopeRegionID *int) *API {
	a.t.Helper()
	const password = "a test user's password"
	name := newUsername(role)
	if _, err := account.Add(context.Background(), a.Store.Client, account.NewUser{Username: name, Role: role, Password: password, ScopeRegionID: scopeRegionID}); err != nil {
		a.t.Fatalf("test user: %v", err)
	}
	b := a.Anonymous()
	b.session = b.Login(name, password)
	b.authCost = b.measureAuth()
	return b
}

func newUsername(role user.Role) string {
	return fmt.Sprintf("%s%d", strings.ToLower(string(role)), time.Now().UnixNano()%1e9)
}

// Login signs in through the login mutation and returns the session
// cookie's token (the API then carries it).
func (a *API) Login(username, password string) string {
	a.t.Helper()
	b := a.Anonymous()
	r, header := b.send(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { role } }`, map[string]any{"u": username, "p": password})
	if len(r.Errors) > 0 {
		a.t.Fatalf("login %s: %+v", username, r.Errors)
	}
	for _, c := range (&http.Response{Header: header}).Cookies() {
		if c.Name == server.SessionCookie && c.Value != "" {
			return c.Value
		}
	}
	a.t.Fatalf("login %s set no session cookie", username)
	return ""
}

// Anonymous returns the API acting for nobody.
func (a *API) Anonymous() *API {
	b := *a
	b.bearer, b.session, b.authCost = "", "", 0
	return &b
}

// WithAccess returns another API on the same database and views whose
// handler runs with acc (private mode, introspection off, a rate limit).
func (a *API) WithAccess(acc server.Access) *API {
	b := *a
	b.access = acc
	b.serve(nil)
	return &b
}

// WithSession returns the API carrying a session cookie's token instead of
// its API token.
func (a *API) WithSession(token string) *API {
	b := *a
	b.bearer, b.session = "", token
	return &b
}

// Bearer is the API token secret the requests carry ("" for anonymous).
func (a *API) Bearer() string { return a.bearer }

// token makes a user with no usable password and an API token for it, and
// uses the token once (its first use records when it was used).
func (a *API) token(username string, role user.Role, scopeRegionID *int) string {
	a.t.Helper()
	secret := Token(a.t, a.Store.Client, username, role, scopeRegionID)
	b := *a
	b.bearer = secret
	b.OK(`{ viewer { role } }`, nil, nil)
	return secret
}

// WithSchema returns another API on the same database and views whose
// handler runs schema instead of the default one.
func (a *API) WithSchema(schema graphql.ExecutableSchema) *API {
	b := *a
	b.serve(schema)
	return &b
}

func (a *API) serve(schema graphql.ExecutableSchema) {
	h, err := server.New(server.Config{Store: a.Store, Search: a.Search, Network: a.Network, Indicators: a.indicators, Views: a.views,
		Schema: schema, Logger: a.log, Access: a.access})
	if err != nil {
		a.t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	a.t.Cleanup(ts.Close)
	a.URL = ts.URL
}

// For returns the API reporting failures to t (use it in subtests).
func (a *API) For(t testing.TB) *API {
	b := *a
	b.t = t
	return &b
}

// Client is the ent client of the API's database (for building test data).
func (a *API) Client() *ent.Client { return a.Store.Client }

// Statements is the number of SQL statements run so far.
func (a *API) Statements() int64 { return a.Store.Statements() }

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Field is extensions.field.
func (e Error) Field() string { s, _ := e.Extensions["field"].(string); return s }

// Response is a decoded GraphQL answer.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Do posts an operation and decodes the answer; transport failures fail the test.
func (a *API) Do(query string, vars map[string]any) Response {
	a.t.Helper()
	r, _ := a.send(query, vars)
	return r
}

// send posts an operation and returns the decoded answer and its headers.
func (a *API) send(query string, vars map[string]any) (Response, http.Header) {
	a.t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		a.t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, a.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if a.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+a.bearer)
	}
	if a.session != "" {
		req.AddCookie(&http.Cookie{Name: server.SessionCookie, Value: a.session})
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		a.t.Fatal(err)
	}
	var r Response
	if err := json.Unmarshal(raw, &r); err != nil {
		a.t.Fatalf("answer is not JSON (%d): %s", resp.StatusCode, raw)
	}
	r.Status = resp.StatusCode
	return r, resp.Header
}

// OK posts an operation that must succeed and decodes its data into out.
func (a *API) OK(query string, vars map[string]any, out any) {
	a.t.Helper()
	r := a.Do(query, vars)
	if len(r.Errors) > 0 {
		a.t.Fatalf("unexpected errors: %+v\nquery: %s", r.Errors, query)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			a.t.Fatalf("decode %s: %v", r.Data, err)
		}
	}
}

// Fail posts an operation that must fail with one error of the code (and, when
// field is not empty, that field) and returns that error.
func (a *API) Fail(query string, vars map[string]any, code, field string) Error {
	a.t.Helper()
	r := a.Do(query, vars)
	if len(r.Errors) == 0 {
		a.t.Fatalf("expected a %s error, got data %s\nquery: %s", code, r.Data, query)
	}
	e := r.Errors[0]
	if e.Code() != code || (field != "" && e.Field() != field) {
		a.t.Fatalf("error = %q code=%q field=%q, want code %q field %q", e.Message, e.Code(), e.Field(), code, field)
	}
	for _, leak := range []string{"SELECT", "INSERT", "UPDATE ", "pq:", "sqlite", "goroutine", ".go:"} {
		if strings.Contains(e.Message, leak) {
			a.t.Fatalf("error message leaks internals (%q): %s", leak, e.Message)
		}
	}
	return e
}
