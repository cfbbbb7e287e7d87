package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"grassroots/internal/store"
	"grassroots/internal/views"
)

// readyTimeout bounds the database ping of /readyz.
const readyTimeout = 2 * time.Second

// livez answers while the process can serve HTTP at all.
func livez(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 when the database does and the required views are
// loaded, 503 with the reason otherwise; then one line per view says where it
// stands. A reason names the failing dependency, not the driver's message
// (logged).
func readyz(s *store.Store, reg *views.Registry, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		var body strings.Builder
		reason := ""
		if err := s.Ping(ctx); err != nil {
			reason = "database unavailable"
			if errors.Is(err, context.DeadlineExceeded) {
				reason = "database did not answer within " + readyTimeout.String()
			}
			log.WarnContext(r.Context(), "not ready", "request_id", RequestID(r.Context()), "reason", reason, "err", err)
		} else if reg != nil {
			for _, st := range reg.Statuses() {
				if st.Required && st.State != views.Ready {
					reason = st.Name + " " + string(st.State)
					break
				}
			}
		}
		if reason == "" {
			body.WriteString("ok\n")
		} else {
			w.WriteHeader(http.StatusServiceUnavailable)
			body.WriteString("not ready: " + reason + "\n")
		}
		if reg != nil {
			for _, st := range reg.Statuses() {
				body.WriteString(viewLine(st))
			}
		}
		_, _ = w.Write([]byte(body.String()))
	})
}

// viewLine is a view's line in /readyz: "search: loading for 3.2 s (not
// waited for)".
func viewLine(st views.Status) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", st.Name, st.State)
	switch st.State {
	case views.Ready:
		fmt.Fprintf(&b, ", loaded in %.1f s", st.Took.Seconds())
	case views.Loading:
		fmt.Fprintf(&b, " for %.1f s", time.Since(st.Since).Seconds())
	case views.Failed:
		b.WriteString(", retrying (the log says why)")
	}
	if !st.Required {
		b.WriteString(" (not waited for)")
	}
	b.WriteString("\n")
	return b.String()
}
