package server_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestHealthChecks(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		if status, _, body := e.httpGet(t, "/livez"); status != http.StatusOK || strings.TrimSpace(body) != "ok" {
			t.Errorf("/livez = %d %q", status, body)
		}
		if status, _, body := e.httpGet(t, "/readyz"); status != http.StatusOK {
			t.Errorf("/readyz = %d %q, want 200", status, body)
		}

		if err := e.store.DB.Close(); err != nil {
			t.Fatal(err)
		}
		status, _, body := e.httpGet(t, "/readyz")
		if status != http.StatusServiceUnavailable || !strings.Contains(body, "database") {
			t.Errorf("/readyz with the database closed = %d %q, want 503 naming the database", status, body)
		}
		if status, _, _ := e.httpGet(t, "/livez"); status != http.StatusOK {
			t.Errorf("/livez with the database closed = %d, want 200", status)
		}
	})
}

func TestMetricsCountRequests(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		e.query(t, `query Ping { __typename }`, nil).ok(t, nil)
		e.query(t, `query Ping { __typename }`, nil).ok(t, nil)
		e.query(t, `query Broken { nope }`, nil).fails(t, "BAD_USER_INPUT", "", "")
		e.post(t, []byte(`{"query": "query A { __typename }", "operationName": "x-y\n"}`), "application/json").
			fails(t, "BAD_USER_INPUT", "", "")
		e.post(t, []byte(`{"query": "{ __typename }"}`), "application/json").ok(t, nil)

		status, _, body := e.httpGet(t, "/metrics")
		if status != http.StatusOK {
			t.Fatalf("/metrics = %d", status)
		}
		for _, want := range []string{
			`grassroots_graphql_requests_total{operation="Ping",outcome="ok"} 2`,
			`grassroots_graphql_requests_total{operation="Broken",outcome="rejected"} 1`,
			`grassroots_graphql_requests_total{operation="xy",outcome="rejected"} 1`,
			`grassroots_graphql_requests_total{operation="anonymous",outcome="ok"} 1`,
			`grassroots_graphql_request_duration_seconds_count{operation="Ping"} 2`,
			`go_goroutines `,
			`process_cpu_seconds_total `,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %q", want)
			}
		}
	})
}

func TestRequestIDAndAccessLog(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", strings.NewReader(`{"query": "query Hello { __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-ID", "trace-42")
		r := e.send(t, req)
		r.ok(t, nil)
		if got := r.header.Get("X-Request-ID"); got != "trace-42" {
			t.Errorf("X-Request-ID = %q, want the client's", got)
		}

		_, h, _ := e.httpGet(t, "/livez")
		if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(h.Get("X-Request-ID")) {
			t.Errorf("generated X-Request-ID = %q", h.Get("X-Request-ID"))
		}

		req, _ = http.NewRequest(http.MethodGet, e.url+"/livez", nil)
		req.Header.Set("X-Request-ID", "bad id\twith spaces")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get("X-Request-ID"); got == "" || strings.Contains(got, " ") {
			t.Errorf("malformed client id was not replaced: %q", got)
		}

		var line map[string]any
		for _, rec := range e.logs.records() {
			if rec["msg"] == "request" && rec["request_id"] == "trace-42" {
				line = rec
			}
		}
		if line == nil {
			t.Fatalf("no access log line with the request id; logs: %v", e.logs.records())
		}
		for k, want := range map[string]any{"method": "POST", "path": "/graphql", "status": float64(200), "operation": "Hello", "outcome": "ok"} {
			if line[k] != want {
				t.Errorf("access log %s = %v, want %v", k, line[k], want)
			}
		}
		if _, ok := line["duration"]; !ok {
			t.Errorf("access log has no duration: %v", line)
		}
	})
}

func TestPages(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		// The web app, built into the binary or not: its own routes get
		// index.html (or the page saying how to build it).
		for _, p := range []string{"/", "/graphiql", "/organizations/123", "/network?seeds=1"} {
			status, h, body := e.httpGet(t, p)
			if status != http.StatusOK || !strings.Contains(h.Get("Content-Type"), "text/html") ||
				!(strings.Contains(body, `<div id="root">`) || strings.Contains(body, "was not built")) {
				t.Errorf("%s = %d %s %q", p, status, h.Get("Content-Type"), body)
			}
		}
		if status, _, _ := e.httpGet(t, "/assets/no-such-file.js"); status != http.StatusNotFound {
			t.Errorf("/assets/no-such-file.js = %d, want 404", status)
		}

		req, _ := http.NewRequest(http.MethodOptions, e.url+"/graphql", nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode >= 300 || !strings.Contains(res.Header.Get("Allow"), "POST") {
			t.Errorf("OPTIONS /graphql = %d, Allow %q", res.StatusCode, res.Header.Get("Allow"))
		}
		req, _ = http.NewRequest(http.MethodDelete, e.url+"/graphql", nil)
		res, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("DELETE /graphql = %d, want 405", res.StatusCode)
		}
	})
}
