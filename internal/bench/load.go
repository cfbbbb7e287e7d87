package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// requestTimeout bounds one request of a load test.
const requestTimeout = 10 * time.Second

// newClient returns a keep-alive HTTP client holding up to conns idle
// connections to the server.
func newClient(conns int) *http.Client {
	return &http.Client{
		Timeout: requestTimeout,
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConns:        conns + 4,
			MaxIdleConnsPerHost: conns + 4,
			MaxConnsPerHost:     conns + 4,
			IdleConnTimeout:     time.Minute,
			DisableCompression:  true,
		},
	}
}

// poster posts GraphQL bodies to one URL, reusing its read buffer: one per worker.
type poster struct {
	client *http.Client
	url    string
	buf    bytes.Buffer
}

// post sends body and returns the status and the response body, valid until
// the next call.
func (p *poster) post(ctx context.Context, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	p.buf.Reset()
	if _, err := p.buf.ReadFrom(resp.Body); err != nil {
		return resp.StatusCode, nil, err
	}
	return resp.StatusCode, p.buf.Bytes(), nil
}

// LoadResult is the outcome of one load test.
type LoadResult struct {
	Workers  int
	Elapsed  time.Duration // from the first request to the last answer
	OK       int           // requests that passed their check
	Errors   int           // requests that failed (transport, status, GraphQL errors, bad data)
	Samples  []string      // the first few failures, for the report
	Latency  Latencies     // of the requests that passed
	Requests int           // OK + Errors
}

// Throughput is the rate of requests that passed.
func (r *LoadResult) Throughput() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.OK) / r.Elapsed.Seconds()
}

// do is one request of a load test: seq numbers the requests of the whole
// test (to rotate over inputs); a non-nil error marks the request failed.
type do func(ctx context.Context, p *poster, seq int) error

// hammer runs fn on workers goroutines, each sending one request after the
// other over its own keep-alive connection, for d; requests in flight at the
// end are waited for (each is bounded by requestTimeout).
func hammer(ctx context.Context, url string, workers int, d time.Duration, fn do) *LoadResult {
	client := newClient(workers)
	defer client.CloseIdleConnections()
	var (
		seq     atomic.Int64
		wg      sync.WaitGroup
		mu      sync.Mutex
		run     = &LoadResult{Workers: workers}
		all     [][]time.Duration
		stopped atomic.Bool
	)
	start := time.Now()
	deadline := start.Add(d)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &poster{client: client, url: url}
			lat := make([]time.Duration, 0, 4096)
			var ok, bad int
			var samples []string
			for !stopped.Load() && ctx.Err() == nil && time.Now().Before(deadline) {
				n := int(seq.Add(1) - 1)
				t := time.Now()
				err := fn(ctx, p, n)
				el := time.Since(t)
				if err != nil {
					bad++
					if len(samples) < 5 {
						samples = append(samples, err.Error())
					}
					continue
				}
				ok++
				lat = append(lat, el)
			}
			mu.Lock()
			defer mu.Unlock()
			all = append(all, lat)
			run.OK += ok
			run.Errors += bad
			for _, s := range samples {
				if len(run.Samples) < 5 {
					run.Samples = append(run.Samples, s)
				}
			}
		}()
	}
	wg.Wait()
	stopped.Store(true)
	run.Elapsed = time.Since(start)
	run.Requests = run.OK + run.Errors
	var merged []time.Duration
	for _, l := range all {
		merged = append(merged, l...)
	}
	run.Latency = Summarize(merged)
	return run
}

// clip shortens a response body for an error message.
func clip(b []byte) string {
	const n = 300
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

// drain reads and closes a response body so that its connection is reused.
func drain(r io.ReadCloser) {
	_, _ = io.Copy(io.Discard, r)
	_ = r.Close()
}

func statusError(code int, body []byte) error {
	return fmt.Errorf("HTTP %d: %s", code, clip(body))
}
