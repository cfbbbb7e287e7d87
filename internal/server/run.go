package server

import (
	"context"
	"errors"
	"fmt"
	"grassroots/internal/account"
	"grassroots/internal/indicator"
	"grassroots/internal/indicator/live"
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
	"grassroots/internal/views"
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
	// Access configures sign-in, private mode and rate limits.
	Access Access
	// ShutdownGrace defaults to defaultShutdownGrace.
	ShutdownGrace time.Duration
	// Listening, if set, is called with the bound address once requests are
	// accepted (":0" picks a free port).
	Listening func(net.Addr)
	// Pprof, if set, is a loopback host:port on which Go's profiler is
	// served (see servePprof). Off by default.
	Pprof string
	// StaleDays: an active twinning with no activity in this many days is
	// stale. Default twinning.DefaultStaleDays.
	StaleDays int
}

// Run opens and migrates the database, starts loading the views (see
// Prepare), and serves until ctx is cancelled; then it stops accepting
// connections and lets the requests in flight finish (see Serve). It listens
// as soon as the database is migrated: /readyz tells when the views the
// queries need are in place.
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
	if none, err := account.None(ctx, st.Client); err != nil {
		return err
	} else if none {
		log.Info("no user yet; create the first admin with: grassroots user add USERNAME --role ADMIN --db " + st.Target.Redacted())
	}

	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	h, reg, err := Prepare(ctx, st, log, Config{Limits: o.Limits, Access: o.Access, StaleDays: o.StaleDays})
	if err != nil {
		ln.Close()
		return err
	}
	go func() {
		if reg.Wait(ctx) != nil {
			return
		}
		log.Info("views loaded", "startup", time.Since(start).Round(time.Millisecond))
		// Once the views are in, so that the limit starts from their size.
		runtime.GC()
		tuneGC(ctx, log)
	}()
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

// Views are what the server keeps in memory, built from the database.
type Views struct {
	*views.Registry
	Search     *search.View
	Network    *network.View
	Indicators *indicator.Kept
}

// NewViews lists the server's views over st in a new registry: the
// organization network and the remembered region paths, which the queries
// other than search need before the server is ready, the search index, and
// the indicators' kept units.
func NewViews(st *store.Store, log *slog.Logger) *Views {
	v := &Views{Registry: views.New(log), Search: search.NewView(st), Network: network.NewView(st),
		Indicators: indicator.NewKept(st.Client, st.Target.Dialect)}
	v.Register(v.Network, views.Required)
	v.Register(scope.NewPathView(st.Client), views.Required)
	v.Register(v.Search, views.Background)
	v.Register(live.View{Kept: v.Indicators}, views.Background)
	return v
}

// Prepare registers the views' one hook and the change feed with st.Client,
// starts loading the views (until ctx is done) and returns the handler of
// every route, which answers at once: /readyz reports the views, search
// waits for its index. ctx also bounds the change feed's listener. cfg
// gives the settings (Limits, Access, StaleDays); Prepare fills in the rest.
func Prepare(ctx context.Context, st *store.Store, log *slog.Logger, cfg Config) (http.Handler, *Views, error) {
	vs := NewViews(st, log)
	st.Client.Use(vs.Hook())
	// Listening before the views load, so that no write committed
	// meanwhile by another process is missed.
	if _, err := FollowChanges(ctx, st, vs.Registry, log); err != nil {
		return nil, nil, err
	}
	vs.Start(ctx)
	cfg.Store, cfg.Search, cfg.Network, cfg.Indicators, cfg.Views, cfg.Logger = st, vs.Search.Index, vs.Network.Index, vs.Indicators, vs.Registry, log
	h, err := New(cfg)
	return h, vs, err
}

// FollowChanges registers a change feed's hook with st.Client, which tells
// the other processes sharing the database of this one's writes, and on
// PostgreSQL listens for theirs until ctx is done and hands them to reg.
func FollowChanges(ctx context.Context, st *store.Store, reg *views.Registry, log *slog.Logger) (*changes.Feed, error) {
	if log == nil {
		log = slog.Default()
	}
	feed := changes.New(st, log)
	st.Client.Use(feed.Hook())
	reg.Follow(feed)
	if st.Target.Dialect == store.Postgres {
		if err := feed.Listen(ctx, st.Target.URL); err != nil {
			return nil, fmt.Errorf("change feed: %w", err)
		}
	}
	return feed, nil
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
