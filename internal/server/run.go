package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"grassroots/internal/changes"
	"grassroots/internal/network"
	"grassroots/internal/scope"
	"grassroots/internal/search"
	"grassroots/internal/store"
)

// defaultShutdownGrace is how long in-flight requests may take to finish once
// the process is told to stop.
const defaultShutdownGrace = 30 * time.Second

// Options configure Run.
type Options struct {
	// Addr is the address to listen on, host:port. Default ":8080".
	Addr string
	// DB is the database URL (see store.ParseDSN). Default store.DefaultDSN.
	DB     string
	Logger *slog.Logger
	Limits Limits
	// ShutdownGrace defaults to defaultShutdownGrace.
	ShutdownGrace time.Duration
	// Listening, if set, is called with the bound address once requests are
	// accepted (":0" picks a free port).
	Listening func(net.Addr)
	// Pprof, if set, is a loopback host:port on which Go's profiler is
	// served (see servePprof). Off by default.
	Pprof string
}

// Run opens and migrates the database, builds the search index, and serves
// until ctx is cancelled; then it stops accepting connections and lets the
// requests in flight finish (see Serve).
func Run(ctx context.Context, o Options) error {
	start := time.Now()
	if o.Addr == "" {
		o.Addr = ":8080"
	}
	if o.DB == "" {
		o.DB = store.DefaultDSN
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	log := o.Logger

	if o.Pprof != "" {
		if _, err := servePprof(ctx, o.Pprof, log); err != nil {
			return err
		}
	}
	st, err := store.Open(ctx, o.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	log.Info("database open", "db", st.Target.Redacted())

	applied, err := st.Migrate(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if len(applied) > 0 {
		log.Info("migrations applied", "versions", strings.Join(applied, ", "))
	} else {
		log.Info("database schema up to date")
	}

	h, err := Prepare(ctx, st, log, o.Limits)
	if err != nil {
		return err
	}
	// After the indexes are built, so that the limit starts from their size.
	runtime.GC()
	tuneGC(ctx, log)
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	log.Info("serving", "addr", ln.Addr().String(), "startup", time.Since(start).Round(time.Millisecond),
		"graphiql", "http://"+displayAddr(ln.Addr())+"/graphiql")
	if o.Listening != nil {
		o.Listening(ln.Addr())
	}
	return Serve(ctx, ln, h, ServeOptions{
		Logger:         log,
		ShutdownGrace:  o.ShutdownGrace,
		RequestTimeout: o.Limits.withDefaults().RequestTimeout,
	})
}

// Prepare builds what the server keeps in memory — the search index and the
// organization network index, kept current by their hooks and by the change
// feed — and returns the handler of every route. ctx bounds the change feed's
// listener.
func Prepare(ctx context.Context, st *store.Store, log *slog.Logger, limits Limits) (http.Handler, error) {
	idx := search.New()
	netIdx := network.New()
	// Follow the other processes' writes before the indexes are built, so
	// that none committed meanwhile is missed.
	if _, err := FollowChanges(ctx, st, idx, netIdx, log); err != nil {
		return nil, err
	}
	t := time.Now()
	if err := idx.Load(ctx, st); err != nil {
		return nil, fmt.Errorf("build search index: %w", err)
	}
	st.Client.Use(idx.Hook())
	log.Info("search index built", "took", time.Since(t).Round(time.Millisecond))
	t = time.Now()
	if err := netIdx.Load(ctx, st.DB); err != nil {
		return nil, fmt.Errorf("build network index: %w", err)
	}
	st.Client.Use(netIdx.Hook())
	orgs, links := netIdx.Size()
	log.Info("network index built", "took", time.Since(t).Round(time.Millisecond), "organizations", orgs, "links", links)
	return New(Config{Store: st, Search: idx, Network: netIdx, Logger: log, Limits: limits})
}

// FollowChanges keeps what the process builds from the database current with
// the writes of the other processes sharing it: it registers a change feed's
// hook with st.Client, subscribes Followers to it and, on PostgreSQL, listens
// for the other processes' changes until ctx is done. Register the indexes'
// own Hooks as well (they apply this process's writes); the followers act on
// remote changes only. netIdx may be nil.
func FollowChanges(ctx context.Context, st *store.Store, idx *search.Index, netIdx *network.Index, log *slog.Logger) (*changes.Feed, error) {
	if log == nil {
		log = slog.Default()
	}
	feed := changes.New(st, log)
	st.Client.Use(feed.Hook())
	feed.Subscribe(Followers(st, idx, netIdx, log)...)
	if st.Target.Dialect == store.Postgres {
		if err := feed.Listen(ctx, st.Target.URL); err != nil {
			return nil, fmt.Errorf("change feed: %w", err)
		}
	}
	return feed, nil
}

// Followers are the change feed's subscribers: everything kept in memory
// that is built from the database.
func Followers(st *store.Store, idx *search.Index, netIdx *network.Index, log *slog.Logger) []func(changes.Change) {
	fs := []func(changes.Change){
		searchFollower(st, idx, log),
		regionPathFollower(st, log),
	}
	if netIdx != nil {
		fs = append(fs, networkFollower(st, netIdx, log))
	}
	return fs
}

// networkFollower re-reads the organizations and links other processes wrote
// into the network index; a resync reloads it.
func networkFollower(st *store.Store, netIdx *network.Index, log *slog.Logger) func(changes.Change) {
	return func(c changes.Change) {
		if !c.Remote || (c.Entity != "organization" && c.Entity != "link" && c.Entity != changes.All) {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), followTimeout)
		defer cancel()
		var err error
		if c.Op == changes.Resync {
			err = netIdx.Load(ctx, st.DB)
		} else {
			err = netIdx.Refresh(ctx, st.Client, c.Entity, c.IDs)
		}
		if err != nil {
			log.Error("network index: remote change not applied", "entity", c.Entity, "op", c.Op, "ids", len(c.IDs), "error", err)
		}
	}
}

// followTimeout bounds the work one remote change costs a follower.
const followTimeout = 2 * time.Minute

// searchFollower re-reads the regions, organizations and people other
// processes wrote into the search index; a resync reloads it.
func searchFollower(st *store.Store, idx *search.Index, log *slog.Logger) func(changes.Change) {
	types := map[string]search.Type{"region": search.Region, "organization": search.Organization, "person": search.Person}
	return func(c changes.Change) {
		if !c.Remote {
			return // applied by the index's own hook
		}
		typ, indexed := types[c.Entity]
		if !indexed && c.Entity != changes.All {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), followTimeout)
		defer cancel()
		var err error
		if c.Op == changes.Resync {
			err = idx.Load(ctx, st)
		} else {
			err = idx.Refresh(ctx, st, typ, c.IDs)
		}
		if err != nil {
			log.Error("search index: remote change not applied", "entity", c.Entity, "op", c.Op, "ids", len(c.IDs), "error", err)
		}
	}
}

// regionPathFollower forgets the remembered paths of regions other
// processes changed; after a resync, those of every region.
func regionPathFollower(st *store.Store, log *slog.Logger) func(changes.Change) {
	return func(c changes.Change) {
		if !c.Remote || (c.Entity != "region" && c.Entity != changes.All) {
			return
		}
		switch c.Op {
		case changes.Update, changes.Delete:
			for _, id := range c.IDs {
				scope.ForgetRegionPath(id)
			}
		case changes.Resync:
			ctx, cancel := context.WithTimeout(context.Background(), followTimeout)
			defer cancel()
			ids, err := st.Client.Region.Query().IDs(ctx)
			if err != nil {
				log.Error("region paths: resync failed", "error", err)
				return
			}
			for _, id := range ids {
				scope.ForgetRegionPath(id)
			}
		}
	}
}

// displayAddr turns ":8080" or "[::]:8080" into something a browser opens.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// ServeOptions configure Serve.
type ServeOptions struct {
	Logger *slog.Logger
	// ShutdownGrace defaults to defaultShutdownGrace.
	ShutdownGrace time.Duration
	// RequestTimeout sizes the write timeout; default DefaultRequestTimeout.
	RequestTimeout time.Duration
	// OnShutdown, if set, is called once shutdown has begun and the listener
	// is closed.
	OnShutdown func()
}

// Serve answers on ln with h until ctx is cancelled, then shuts down: the
// listener closes at once, requests in flight get ShutdownGrace to finish,
// and Serve returns nil if they did. Requests do not inherit ctx, so that
// cancelling it does not cut them short.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, o ServeOptions) error {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = defaultShutdownGrace
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      o.RequestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
		ErrorLog:          slog.NewLogLogger(o.Logger.Handler(), slog.LevelWarn),
	}
	if o.OnShutdown != nil {
		srv.RegisterOnShutdown(o.OnShutdown)
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return err // the listener failed; nothing is in flight to wait for
	case <-ctx.Done():
	}

	o.Logger.Info("shutting down", "grace", o.ShutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), o.ShutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err != nil {
		_ = srv.Close()
		return fmt.Errorf("shutdown: requests still running after %s: %w", o.ShutdownGrace, err)
	}
	o.Logger.Info("stopped")
	return nil
}
