package main

import (
	"context"
	"log/slog"
	"os"

	"grassroots/internal/server"
)

func init() {
	register("serve", "serve the API, GraphiQL and the web app", func(ctx context.Context, args []string) error {
		fs := newFlags("serve", "serve [--addr host:port] [--db URL] [--pprof 127.0.0.1:PORT]")
		defAddr := os.Getenv("GRASSROOTS_ADDR")
		if defAddr == "" {
			defAddr = ":8080"
		}
		addr := fs.String("addr", defAddr, "address to listen on, host:port (env GRASSROOTS_ADDR)")
		db := dbFlag(fs)
		pprof := fs.String("pprof", "", "serve Go's profiler at http://ADDR/debug/pprof/ (a loopback host:port; off by default)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		log := slog.New(slog.NewTextHandler(os.Stderr, nil))
		return server.Run(ctx, server.Options{Addr: *addr, DB: *db, Logger: log, Pprof: *pprof})
	})
}
