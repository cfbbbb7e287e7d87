// Package server is the HTTP face of grassroots: the GraphQL endpoint with its
// limits, error presentation and transactions, GraphiQL, health checks,
// Prometheus metrics, request ids and access logs, and the graceful start and
// stop of the process (Run, Serve).
package server

import (
	"errors"

	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
	"grassroots/graph"
	"grassroots/internal/account"
	"grassroots/internal/fault"
	"grassroots/internal/indicator"
	"grassroots/internal/network"
	"grassroots/internal/search"
	"grassroots/internal/store"
	"grassroots/internal/twinning"
	"grassroots/internal/views"
	"grassroots/internal/webui"
)

// Limits bound what one request may cost. A zero field takes its default.
type Limits struct {
	// Complexity caps the cost of an operation, in which every paginated
	// field costs its selection times its page size (graph/extension.Limits).
	// Default 25,000: 50 organizations each with their region, current
	// leaders and 10 links cost about 3,000; two nested pages of 100 cost
	// 30,000.
	Complexity int
	// Depth caps the nesting of fields; introspection subtrees are not
	// counted. Default 12.
	Depth int
	// Fields caps the number of field selections after fragment expansion.
	// Default 500.
	Fields int
	// ParserTokens caps the tokens of a query document. Default 15,000.
	ParserTokens int
	// BodyBytes caps a request body. Default 1 MiB.
	BodyBytes int64
	// RequestTimeout bounds the handling of one request. Default 30 s.
	RequestTimeout time.Duration
}

// Defaults of Limits.
const (
	DefaultComplexity     = 25_000
	DefaultDepth          = 12
	DefaultFields         = 500
	DefaultParserTokens   = 15_000
	DefaultBodyBytes      = 1 << 20
	DefaultRequestTimeout = 30 * time.Second
)

// withDefaults fills the zero fields.
func (l Limits) withDefaults() Limits {
	set := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	set(&l.Complexity, DefaultComplexity)
	set(&l.Depth, DefaultDepth)
	set(&l.Fields, DefaultFields)
	set(&l.ParserTokens, DefaultParserTokens)
	if l.BodyBytes <= 0 {
		l.BodyBytes = DefaultBodyBytes
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = DefaultRequestTimeout
	}
	return l
}

// Config is what New needs.
type Config struct {
	// Store is the open, migrated database; /readyz pings it.
	Store *store.Store
	// Client defaults to Store.Client. Register the views' hook on it
	// before serving (Prepare does).
	Client *ent.Client
	// Search defaults to an empty index.
	Search *search.Index
	// Network defaults to an empty index.
	Network *network.Index
	// Views, when set, are the views behind Search and Network: /readyz
	// waits for the required ones and reports them all.
	Views *views.Registry
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	Limits Limits
	// Access configures sign-in, private mode and rate limits.
	Access Access
	// Sessions defaults to sessions kept through Client.
	Sessions *account.Sessions
	// Indicators, when set, keeps the indicators' units (a view of Views);
	// without it every indicator is computed in the database.
	Indicators *indicator.Kept
	// Twinning runs the twinning mutations and queries; by default over
	// Network, with StaleDays (twinning.DefaultStaleDays when 0).
	Twinning  *twinning.Service
	StaleDays int
	// Schema defaults to graph.NewSchema over Client, the store's dialect,
	// Search, Network, Sessions and Indicators.
	Schema graphql.ExecutableSchema
}

// New returns the handler of every route:
//
//	/graphql   POST, GET (queries only) and OPTIONS
//	/graphiql  GraphiQL, opened on an example query
//	/livez     200 "ok" while the process runs
//	/readyz    200 when the database answers within 2 s and the required
//	           views are loaded, else 503 and why; the body lists the views
//	/metrics   Prometheus
//	/export/…  CSV downloads of indicators and aggregates (see exports)
//	/…         the web app (GraphiQL at /graphiql is one of its pages)
func New(cfg Config) (http.Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: Config.Store is required")
	}
	if cfg.Client == nil {
		cfg.Client = cfg.Store.Client
	}
	if cfg.Network == nil {
		cfg.Network = network.New()
	}
	if cfg.Search == nil {
		cfg.Search = search.New()
	}
	if cfg.Twinning == nil {
		cfg.Twinning = twinning.New(cfg.Network)
		if cfg.StaleDays > 0 {
			cfg.Twinning.StaleDays = cfg.StaleDays
		}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cfg.Limits = cfg.Limits.withDefaults()
	if cfg.Sessions == nil {
		cfg.Sessions = &account.Sessions{Client: cfg.Client, Idle: cfg.Access.SessionIdle}
	}

	m := newMetrics(cfg.Store.Statements)
	if cfg.Schema == nil {
		cfg.Schema = graph.NewSchema(&graph.Resolver{Client: cfg.Client, Dialect: cfg.Store.Target.Dialect, Search: cfg.Search,
			Network: cfg.Network, Accounts: cfg.Sessions, Indicators: cfg.Indicators, Twinning: cfg.Twinning})
	}
	gql := newGraphQL(cfg, cfg.Schema)

	mux := http.NewServeMux()
	// Unsafe requests from another site are refused (403) before anything
	// else: a cookie never carries a foreign page's mutation.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, fault.Refused("a request from another site cannot change anything here"))
	}))
	limit := newLimiter(cfg.Access.Rate)
	signedIn := func(h http.Handler) http.Handler { return authenticate(cfg.Sessions, limit, cfg.Access.BehindProxy, h) }
	api := cop.Handler(limitBody(cfg.Limits.BodyBytes, signedIn(gql)))
	mux.Handle("POST /graphql", api)
	mux.Handle("GET /graphql", api)
	mux.Handle("OPTIONS /graphql", api)
	exports{cfg: cfg, gql: gql}.register(mux, signedIn)
	mux.HandleFunc("GET /livez", livez)
	mux.Handle("GET /readyz", readyz(cfg.Store, cfg.Views, cfg.Logger))
	mux.Handle("GET /metrics", m.handler())
	// Every other GET is the web app: its files, or index.html for its routes.
	mux.Handle("GET /", webui.New().Handler())
	if cfg.Access.NoIntrospection {
		mux.Handle("GET /graphiql", http.NotFoundHandler())
	}

	var h http.Handler = mux
	h = withTimeout(cfg.Limits.RequestTimeout, h)
	h = recoverPanics(cfg.Logger, h)
	h = secureHeaders(h)
	h = observe(cfg.Logger, m, h)
	return h, nil
}
