package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"grassroots/internal/server"
	"grassroots/tooling/testdb"
)

// waitFor fails the test unless ch yields within a generous deadline.
func waitFor[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// slowServer serves the real handler behind a gate: a request with header
// X-Test-Hold reports that it arrived, then waits for release before the
// GraphQL handler runs it.
type slowServer struct {
	arrived chan struct{}
	release chan struct{}
	served  chan error
	stopped chan struct{}
	cancel  context.CancelFunc
	url     string
}

func startSlowServer(t *testing.T, dialect string, grace time.Duration) *slowServer {
	t.Helper()
	st := testdb.Open(t, dialect)
	h, err := server.New(server.Config{Store: st, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	s := &slowServer{
		arrived: make(chan struct{}, 1),
		release: make(chan struct{}),
		served:  make(chan error, 1),
		stopped: make(chan struct{}),
	}
	gated := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Test-Hold") != "" {
			s.arrived <- struct{}{}
			<-s.release
		}
		h.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.url = "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	t.Cleanup(cancel)
	go func() {
		s.served <- server.Serve(ctx, ln, gated, server.ServeOptions{
			Logger:        slog.New(slog.DiscardHandler),
			ShutdownGrace: grace,
			OnShutdown:    func() { close(s.stopped) },
		})
	}()
	return s
}

type result struct {
	status int
	body   string
	err    error
}

// held sends a query that waits at the gate.
func (s *slowServer) held(query string) <-chan result {
	out := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, s.url+"/graphql", strings.NewReader(`{"query": "`+query+`"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Test-Hold", "1")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			out <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		out <- result{status: res.StatusCode, body: string(b), err: err}
	}()
	return out
}

func TestShutdownLetsRequestsInFlightFinish(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			s := startSlowServer(t, d, time.Minute)
			reply := s.held(`query Slow { __typename }`)
			waitFor(t, s.arrived, "the request to arrive")

			s.cancel() // what SIGTERM does in Run
			waitFor(t, s.stopped, "shutdown to begin")

			select {
			case err := <-s.served:
				t.Fatalf("Serve returned (%v) while a request was in flight", err)
			default:
			}
			if c, err := net.Dial("tcp", strings.TrimPrefix(s.url, "http://")); err == nil {
				c.Close()
				t.Errorf("new connections are still accepted during shutdown")
			}

			close(s.release)
			r := waitFor(t, reply, "the in-flight reply")
			if r.err != nil || r.status != http.StatusOK {
				t.Fatalf("in-flight request: status %d, err %v, body %s", r.status, r.err, r.body)
			}
			var resp struct {
				Data struct {
					Typename string `json:"__typename"`
				}
				Errors []any
			}
			if err := json.Unmarshal([]byte(r.body), &resp); err != nil || resp.Data.Typename != "Query" || len(resp.Errors) > 0 {
				t.Errorf("in-flight reply = %s (%v)", r.body, err)
			}
			if err := waitFor(t, s.served, "Serve to return"); err != nil {
				t.Errorf("Serve = %v, want nil after a clean shutdown", err)
			}
		})
	}
}

func TestShutdownGivesUpAfterGrace(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			s := startSlowServer(t, d, 50*time.Millisecond)
			reply := s.held(`{ __typename }`)
			waitFor(t, s.arrived, "the request to arrive")
			s.cancel()
			err := waitFor(t, s.served, "Serve to give up")
			if err == nil || !strings.Contains(err.Error(), "still running") {
				t.Errorf("Serve = %v, want an error about requests still running", err)
			}
			close(s.release)
			waitFor(t, reply, "the abandoned request to end")
		})
	}
}
