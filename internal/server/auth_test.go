package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"grassroots/ent/user"
	"grassroots/internal/account"
	"grassroots/internal/server"
	"grassroots/tooling/testdb"
)

const password = "correct horse battery"

// login posts the login mutation with an optional cookie already set, and
// returns the answer and the session cookie it set ("" for none).
func (e *env) login(t *testing.T, username, pw, cookie string) (response, *http.Cookie) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { role user { username } } }`,
		"variables": map[string]any{"u": username, "p": pw}})
	req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: server.SessionCookie, Value: cookie})
	}
	res, err := http.DefaultClient.Do(req) // without the admin's token
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r response
	r.status = res.StatusCode
	_ = json.NewDecoder(res.Body).Decode(&r)
	for _, c := range res.Cookies() {
		if c.Name == server.SessionCookie {
			return r, c
		}
	}
	return r, nil
}

// as posts an operation with a session cookie (and no token).
func (e *env) as(t *testing.T, cookie, q string) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(&http.Cookie{Name: server.SessionCookie, Value: cookie})
	return e.sendRaw(t, req)
}

// sendRaw sends a request as it is (without the admin's token).
func (e *env) sendRaw(t *testing.T, req *http.Request) response {
	t.Helper()
	bearer := e.bearer
	e.bearer = ""
	defer func() { e.bearer = bearer }()
	return e.send(t, req)
}

func (e *env) addUser(t *testing.T, name string, role user.Role) {
	t.Helper()
	if _, err := account.Add(context.Background(), e.store.Client, account.NewUser{Username: name, Role: role, Password: password}); err != nil {
		t.Fatal(err)
	}
}

func TestSessionCookie(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleANALYST)
		e.addUser(t, "mallory", user.RoleVIEWER)

		r, c := e.login(t, "ada", password, "")
		r.ok(t, nil)
		if c == nil || c.Value == "" || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure || c.Path != "/" {
			t.Fatalf("session cookie = %+v, want HttpOnly, SameSite=Lax, not Secure over plain HTTP, Path /", c)
		}
		var d struct{ Viewer struct{ Role string } }
		e.as(t, c.Value, `{ viewer { role } }`).ok(t, &d)
		if d.Viewer.Role != "ANALYST" {
			t.Fatalf("viewer = %+v", d)
		}

		// Session fixation: a token planted before login (here mallory's
		// own) is ended by the login, which issues a new one.
		_, planted := e.login(t, "mallory", password, "")
		_, fresh := e.login(t, "ada", password, planted.Value)
		if fresh == nil || fresh.Value == planted.Value {
			t.Fatalf("login kept the planted session token")
		}
		e.as(t, planted.Value, `{ viewer { role } }`).fails(t, "UNAUTHENTICATED", "", "")

		// Logout ends the session; replaying its cookie is refused and the
		// refusal removes the cookie.
		out := e.as(t, fresh.Value, `mutation { logout }`)
		out.ok(t, nil)
		replay := e.as(t, fresh.Value, `{ viewer { role } }`)
		if replay.status != http.StatusUnauthorized {
			t.Errorf("replayed cookie: status %d, want 401", replay.status)
		}
		replay.fails(t, "UNAUTHENTICATED", "", "")

		// A forged cookie is refused the same way.
		forged := e.as(t, "forged-token", `{ organizations { totalCount } }`)
		if forged.status != http.StatusUnauthorized {
			t.Errorf("forged cookie: status %d, want 401", forged.status)
		}
		forged.fails(t, "UNAUTHENTICATED", "", "")
		e.alive(t)
	})
}

func TestLoginRefusalsLookAlike(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleANALYST)
		unknown, c1 := e.login(t, "nobody", password, "")
		wrong, c2 := e.login(t, "ada", "not the password", "")
		a, b := unknown.fails(t, "UNAUTHENTICATED", "", ""), wrong.fails(t, "UNAUTHENTICATED", "", "")
		if a.Message != b.Message || c1 != nil || c2 != nil {
			t.Errorf("unknown user %q vs wrong password %q (cookies %v %v): want the same refusal and no cookie", a.Message, b.Message, c1, c2)
		}
		// Five failures for an account lock it for a while, with a code and
		// a retry time; the right password does not get through meanwhile.
		for i := 0; i < 4; i++ {
			e.login(t, "ada", "not the password", "")
		}
		locked, _ := e.login(t, "ada", password, "")
		got := locked.fails(t, "RATE_LIMITED", "", "")
		if got.Extensions.RetryAfter <= 0 {
			t.Errorf("RATE_LIMITED without retryAfter: %+v", got)
		}
	})
}

func TestCrossSiteRequestsAreRefused(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleADMIN)
		_, c := e.login(t, "ada", password, "")
		for _, h := range []map[string]string{
			{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
			{"Origin": "https://evil.example"},
		} {
			body := []byte(`{"query":"mutation { logout }"}`)
			req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			for k, v := range h {
				req.Header.Set(k, v)
			}
			req.AddCookie(c)
			r := e.sendRaw(t, req)
			if r.status != http.StatusForbidden {
				t.Errorf("%v: status %d, want 403", h, r.status)
			}
			r.fails(t, "FORBIDDEN", "", "another site")
		}
		// A form post never reaches the API.
		req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", strings.NewReader("query=mutation+%7B+logout+%7D"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(c)
		if r := e.sendRaw(t, req); r.status != http.StatusUnsupportedMediaType {
			t.Errorf("form post: status %d, want 415", r.status)
		}
		// The session survived both attempts.
		e.as(t, c.Value, `{ viewer { role } }`).ok(t, nil)
	})
}

func TestTokens(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleANALYST)
		_, c := e.login(t, "ada", password, "")
		var made struct {
			CreateAPIToken struct {
				Secret string
				Token  struct{ ID, Name, Role string }
			} `json:"createApiToken"`
		}
		e.as(t, c.Value, `mutation { createApiToken(name: "notebook") { secret token { id name role } } }`).ok(t, &made)
		secret := made.CreateAPIToken.Secret
		if !strings.HasPrefix(secret, "grt_") || made.CreateAPIToken.Token.Role != "ANALYST" {
			t.Fatalf("new token = %+v", made)
		}
		bearer := func(secret, q string) response {
			body, _ := json.Marshal(map[string]any{"query": q})
			req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+secret)
			return e.sendRaw(t, req)
		}
		var d struct {
			Viewer struct {
				Role  string
				Token struct{ Name string }
			}
			APITokens []struct {
				Name       string
				LastUsedAt *string
			} `json:"apiTokens"`
		}
		bearer(secret, `{ viewer { role token { name } } apiTokens { name lastUsedAt } }`).ok(t, &d)
		if d.Viewer.Role != "ANALYST" || d.Viewer.Token.Name != "notebook" || len(d.APITokens) != 1 || d.APITokens[0].LastUsedAt == nil {
			t.Fatalf("as the token: %+v", d)
		}
		// A token cannot make tokens, and cannot write.
		bearer(secret, `mutation { createApiToken(name: "more") { secret } }`).fails(t, "FORBIDDEN", "", "")

		// Revoked: refused with 401.
		e.as(t, c.Value, `mutation { revokeApiToken(id: "`+made.CreateAPIToken.Token.ID+`") { revokedAt } }`).ok(t, nil)
		r := bearer(secret, `{ viewer { role } }`)
		if r.status != http.StatusUnauthorized {
			t.Errorf("revoked token: status %d", r.status)
		}
		r.fails(t, "UNAUTHENTICATED", "", "")

		// Expired: refused too.
		e.as(t, c.Value, `mutation { createApiToken(name: "short", expiresOn: "2099-01-01") { secret } }`).ok(t, &made)
		if _, err := e.store.Client.ExecContext(context.Background(), "UPDATE api_tokens SET expires_on = $1 WHERE name = 'short'", time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
		bearer(made.CreateAPIToken.Secret, `{ viewer { role } }`).fails(t, "UNAUTHENTICATED", "", "")
		// Garbage, and an unknown scheme.
		bearer("grt_nonsense", `{ viewer { role } }`).fails(t, "UNAUTHENTICATED", "", "")
		req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", strings.NewReader(`{"query":"{ viewer { role } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Basic YWRhOnB3")
		if r := e.sendRaw(t, req); r.status != http.StatusUnauthorized {
			t.Errorf("Basic auth: status %d, want 401", r.status)
		}
		e.alive(t)
	})
}

func TestPrivateModeAndIntrospectionSwitch(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			e := newEnvWith(t, d, server.Limits{}, server.Access{Private: true, NoIntrospection: true, Rate: -1})
			e.addUser(t, "ada", user.RoleVIEWER)
			anon := func(q string) response {
				req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", strings.NewReader(`{"query":`+quote(q)+`}`))
				req.Header.Set("Content-Type", "application/json")
				return e.sendRaw(t, req)
			}
			anon(`{ organizations { totalCount } }`).fails(t, "UNAUTHENTICATED", "", "private")
			anon(`{ search(query: "x") { title } }`).fails(t, "UNAUTHENTICATED", "", "private")
			anon(`{ viewer { role } }`).ok(t, nil)
			_, c := e.login(t, "ada", password, "")
			e.as(t, c.Value, `{ organizations { totalCount } }`).ok(t, nil)
			e.as(t, c.Value, `{ __schema { queryType { name } } }`).fails(t, "FORBIDDEN", "", "introspection")
			if status, _, _ := e.httpGet(t, "/graphiql"); status != http.StatusNotFound {
				t.Errorf("GraphiQL with introspection off: status %d", status)
			}
		})
	}
}

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }

func TestSecurityHeadersAndRateLimit(t *testing.T) {
	e := newEnvWith(t, testdb.Dialects[0], server.Limits{}, server.Access{Rate: 5})
	for _, path := range []string{"/", "/graphiql"} {
		_, h, _ := e.httpGet(t, path)
		if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: headers %v", path, h)
		}
	}
	// Bursts of twice the rate go through; then RATE_LIMITED with a retry time.
	var limited response
	for i := 0; i < 30; i++ {
		if r := e.query(t, `{ __typename }`, nil); r.status == http.StatusTooManyRequests {
			limited = r
			break
		}
	}
	if limited.status != http.StatusTooManyRequests || limited.header.Get("Retry-After") == "" {
		t.Fatalf("no 429 with Retry-After within 30 quick requests at 5/s")
	}
	limited.fails(t, "RATE_LIMITED", "", "")
}

func TestMalformedLogins(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleANALYST)
		raw := func(body string) response {
			req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			return e.sendRaw(t, req)
		}
		huge := `{"query":"mutation { login(username: \"ada\", password: \"` + strings.Repeat("x", 2<<20) + `\") { role } }"}`
		if r := raw(huge); r.status != http.StatusRequestEntityTooLarge {
			t.Errorf("2 MiB login: status %d, want 413", r.status)
		} else {
			r.fails(t, "BAD_USER_INPUT", "", "larger than")
		}
		long, _ := e.login(t, "ada", strings.Repeat("长", 10_000), "")
		long.fails(t, "UNAUTHENTICATED", "", "")
		longName, _ := e.login(t, strings.Repeat("a", 10_000), password, "")
		longName.fails(t, "UNAUTHENTICATED", "", "")
		raw(`{"query":"mutation { login(username: \"ada\") { role } }"}`).fails(t, "BAD_USER_INPUT", "", "")
		raw(`{"query":"mutation { login(username: \"ada\", password: 5) { role } }"}`).fails(t, "BAD_USER_INPUT", "", "")
		raw(`{"query":"mutation { login(`).fails(t, "BAD_USER_INPUT", "", "")
		raw(`not json`).fails(t, "BAD_USER_INPUT", "", "")
		if n, err := e.store.Client.Session.Query().Count(context.Background()); err != nil || n != 0 {
			t.Errorf("sessions after bad logins: %d, %v", n, err)
		}
		e.alive(t)
	})
}

func TestBehindProxy(t *testing.T) {
	e := newEnvWith(t, testdb.Dialects[0], server.Limits{}, server.Access{BehindProxy: true, Rate: -1})
	e.addUser(t, "ada", user.RoleANALYST)
	body, _ := json.Marshal(map[string]any{"query": `mutation { login(username: "ada", password: "` + password + `") { role } }`})
	req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-Proto", "https")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	cs := res.Cookies()
	if len(cs) != 1 || !cs[0].Secure {
		t.Errorf("behind a TLS proxy: cookies %+v, want one Secure session cookie", cs)
	}
	// The throttle counts the forwarded client, not the proxy: another
	// client's failures do not lock this one out.
	for i := 0; i < 6; i++ {
		fail, _ := json.Marshal(map[string]any{"query": `mutation { login(username: "x` + string(rune('a'+i)) + `", password: "wrong password") { role } }`})
		req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(fail))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Forwarded-For", "203.0.113.7")
		e.sendRaw(t, req)
	}
	req, _ = http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", "198.51.100.2")
	e.sendRaw(t, req).ok(t, nil)
	req, _ = http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", "203.0.113.7")
	e.sendRaw(t, req).fails(t, "RATE_LIMITED", "", "")
}

// Signing in, or out, with a dead cookie still works: it needs no session.
func TestSignInWithADeadCookie(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.addUser(t, "ada", user.RoleANALYST)
		r, c := e.login(t, "ada", password, "dead-token")
		r.ok(t, nil)
		if c == nil || c.Value == "" || c.Value == "dead-token" {
			t.Fatalf("login with a dead cookie set %+v", c)
		}
		out := e.as(t, "dead-token", `mutation { logout }`)
		out.ok(t, nil)
		// Anything else with the dead cookie is refused.
		if r := e.as(t, "dead-token", `mutation { logout createApiToken(name: "x") { secret } }`); r.status != http.StatusUnauthorized {
			t.Errorf("a mixed operation with a dead cookie: status %d", r.status)
		}
	})
}
