package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"sync"
	"time"
)

// requestIDHeader carries the request id in and out.
const requestIDHeader = "X-Request-ID"

// request is what the middleware and the GraphQL extensions learn about one
// request; the access log line and the metrics are written from it.
type request struct {
	id     string
	method string

	mu        sync.Mutex
	operation string // GraphQL operation name, "" if none
	outcome   string // outcome* below, "" if the GraphQL handler never ran
}

const (
	outcomeOK       = "ok"       // executed without errors
	outcomeError    = "error"    // executed, with errors in the response
	outcomeRejected = "rejected" // refused before execution (parse, validation, limits, body)
)

func (r *request) set(operation, outcome string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if operation != "" {
		r.operation = operation
	}
	if outcome != "" {
		r.outcome = outcome
	}
}

func (r *request) get() (operation, outcome string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.operation, r.outcome
}

type requestKey struct{}

// requestFrom returns the request's record, or nil outside a request.
func requestFrom(ctx context.Context) *request {
	r, _ := ctx.Value(requestKey{}).(*request)
	return r
}

// RequestID returns the id of the request ctx belongs to, or "".
func RequestID(ctx context.Context) string {
	if r := requestFrom(ctx); r != nil {
		return r.id
	}
	return ""
}

var clientRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,64}$`)

// requestID keeps a well-formed id the client sent (so that its logs and ours
// line up) and makes one otherwise.
func requestID(r *http.Request) string {
	if id := r.Header.Get(requestIDHeader); clientRequestID.MatchString(id) {
		return id
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// observe gives each request its id, then writes one access log line and, for
// /graphql, the request metrics.
func observe(log *slog.Logger, m *metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		req := &request{id: requestID(r), method: r.Method}
		w.Header().Set(requestIDHeader, req.id)
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), requestKey{}, req)))

		elapsed := time.Since(start)
		status := sw.status
		if status == 0 {
			status = http.StatusOK
		}
		op, outcome := req.get()
		attrs := []slog.Attr{
			slog.String("request_id", req.id),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Duration("duration", elapsed),
			slog.Int64("bytes", sw.bytes),
		}
		if r.URL.Path == "/graphql" && r.Method != http.MethodOptions {
			if outcome == "" {
				outcome = outcomeRejected
				if status >= 500 {
					outcome = outcomeError
				}
			}
			label := m.observe(op, outcome, elapsed)
			attrs = append(attrs, slog.String("operation", label), slog.String("outcome", outcome))
		}
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		log.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// recoverPanics turns a panic outside GraphQL execution (which has its own
// recover) into a logged 500.
func recoverPanics(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p)
			}
			log.ErrorContext(r.Context(), "panic while serving request",
				"request_id", RequestID(r.Context()), "panic", p, "stack", string(debug.Stack()))
			http.Error(w, "internal error (request id "+RequestID(r.Context())+")", http.StatusInternalServerError)
		}()
		next.ServeHTTP(w, r)
	})
}

// withTimeout bounds the request's context: database calls and resolvers stop
// when it expires.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
