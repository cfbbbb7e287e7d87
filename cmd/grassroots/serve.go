package main

import (
	"context"
	"fmt"
	"grassroots/internal/twinning"
	"log/slog"
	"os"

	"grassroots/internal/account"
	"grassroots/internal/server"
)

// rateLimit turns the --rate flag into server.Access.Rate: 0 or less means
// no limit.
func rateLimit(perSecond float64) float64 {
	if perSecond <= 0 {
		return -1
	}
	return perSecond
}

func init() {
	register("serve", "serve the API, GraphiQL and the web app", func(ctx context.Context, args []string) error {
		fs := newFlags("serve", "serve [--addr host:port] [--db URL] [--private] [--no-introspection] [--rate N] [--session-idle D] [--behind-proxy] [--stale-days N] [--pprof 127.0.0.1:PORT]")
		defAddr := os.Getenv("GRASSROOTS_ADDR")
		if defAddr == "" {
			defAddr = ":8080"
		}
		addr := fs.String("addr", defAddr, "address to listen on, host:port (env GRASSROOTS_ADDR)")
		db := dbFlag(fs)
		private := fs.Bool("private", false, "refuse anonymous reading: every operation but signing in needs a user")
		noIntro := fs.Bool("no-introspection", false, "switch GraphQL introspection and GraphiQL off")
		rate := fs.Float64("rate", server.DefaultRate, "requests per second allowed to each client address and each API token, bursts twice that; 0 or less for no limit")
		proxied := fs.Bool("behind-proxy", false, "trust the reverse proxy in front: the client address is the last in X-Forwarded-For, X-Forwarded-Proto: https makes the session cookie Secure")
		idle := fs.Duration("session-idle", account.DefaultIdle, "how long an unused session lasts")
		stale := fs.Int("stale-days", twinning.DefaultStaleDays, "days without activity after which an active twinning is stale")
		pprof := fs.String("pprof", "", "serve Go's profiler at http://ADDR/debug/pprof/ (a loopback host:port; off by default)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		if *stale < 1 {
			return fmt.Errorf("--stale-days must be 1 or more, not %d", *stale)
		}
		log := slog.New(slog.NewTextHandler(os.Stderr, nil))
		return server.Run(ctx, server.Options{Addr: *addr, DB: *db, Logger: log, Pprof: *pprof, StaleDays: *stale,
			Access: server.Access{Private: *private, NoIntrospection: *noIntro, Rate: rateLimit(*rate), SessionIdle: *idle, BehindProxy: *proxied}})
	})
}
