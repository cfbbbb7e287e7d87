package server

import (
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// maxOperationLabels bounds the distinct operation labels: operation names are
// chosen by clients, and each new label is a new time series.
const maxOperationLabels = 200

// metrics live in their own registry, so that two servers in one process
// (tests) do not collide and nothing registered globally leaks in.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec

	mu     sync.Mutex
	labels map[string]bool
}

// newMetrics creates the registry; statements, when set, reads the number of
// SQL statements sent so far (store.Store.Statements).
func newMetrics(statements func() int64) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "grassroots_graphql_requests_total",
			Help: "GraphQL requests by operation name and outcome (ok, error, rejected).",
		}, []string{"operation", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "grassroots_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL request, by operation name.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"operation"}),
		labels: map[string]bool{},
	}
	m.reg.MustRegister(
		m.requests, m.duration,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	if statements != nil {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "grassroots_sql_statements_total",
			Help: "SQL statements sent to the database through the ent client.",
		}, func() float64 { return float64(statements()) }))
	}
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

var notInLabel = regexp.MustCompile(`[^A-Za-z0-9_]+`)

// label turns an operation name into a metric label: the name less any
// character outside [A-Za-z0-9_], at most 64 long; "anonymous" when nothing
// is left; "other" once maxOperationLabels names have been seen.
func (m *metrics) label(op string) string {
	op = notInLabel.ReplaceAllString(op, "")
	if len(op) > 64 {
		op = op[:64]
	}
	if op == "" {
		return "anonymous"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.labels[op] {
		return op
	}
	if len(m.labels) >= maxOperationLabels {
		return "other"
	}
	m.labels[op] = true
	return op
}

// observe records one request and returns the label it was counted under.
func (m *metrics) observe(op, outcome string, d time.Duration) string {
	l := m.label(op)
	m.requests.WithLabelValues(l, outcome).Inc()
	m.duration.WithLabelValues(l).Observe(d.Seconds())
	return l
}
