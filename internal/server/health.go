package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"grassroots/internal/store"
)

// readyTimeout bounds the database ping of /readyz.
const readyTimeout = 2 * time.Second

// livez answers while the process can serve HTTP at all.
func livez(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 when the database does, 503 with the reason otherwise.
// The reason names the failing dependency, not the driver's message (logged).
func readyz(s *store.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		if err := s.Ping(ctx); err != nil {
			reason := "database unavailable"
			if errors.Is(err, context.DeadlineExceeded) {
				reason = "database did not answer within " + readyTimeout.String()
			}
			log.WarnContext(r.Context(), "not ready", "request_id", RequestID(r.Context()), "reason", reason, "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready: " + reason + "\n"))
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
}
