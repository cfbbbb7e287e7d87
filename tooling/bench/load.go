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

	"grassroots/internal/server"
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
	// session, when set, is sent as the session cookie.
	session string
}

// post sends body and returns the status and the response body, valid until
// the next call.
func (p *poster) post(ctx context.Context, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if p.session != "" {
		req.AddCookie(&http.Cookie{Name: server.SessionCookie, Value: p.session})
	}
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

// pace sends fn at a fixed rate for d, whatever the answers' speed (an open
// loop, as users arrive): request i is due at start + i/rate, and one that
// falls behind its time is sent at once to catch up. Its latency counts from
// when it was ready to go (the timer that wakes the sender may fire up to a
// millisecond late, which is the client's delay, not the server's) and
// includes any wait for one of the maxInFlight connections, so a server that
// falls behind is charged for the queue it builds rather than offered less load.
func pace(ctx context.Context, url string, rate float64, d time.Duration, fn do) *LoadResult {
	const maxInFlight = 256
	client := newClient(maxInFlight)
	defer client.CloseIdleConnections()
	interval := time.Duration(float64(time.Second) / rate)
	total := int(d / interval)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		run     = &LoadResult{Workers: maxInFlight}
		lat     = make([]time.Duration, 0, total)
		posters = make(chan *poster, maxInFlight)
	)
	for range maxInFlight {
		posters <- &poster{client: client, url: url}
	}
	start := time.Now()
	for i := 0; i < total && ctx.Err() == nil; i++ {
		if w := time.Until(start.Add(time.Duration(i) * interval)); w > 0 {
			time.Sleep(w)
		}
		ready := time.Now()
		p := <-posters
		wg.Add(1)
		go func(seq int) {
			defer wg.Done()
			err := fn(ctx, p, seq)
			el := time.Since(ready)
			posters <- p
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				run.Errors++
				if len(run.Samples) < 5 {
					run.Samples = append(run.Samples, err.Error())
				}
				return
			}
			run.OK++
			lat = append(lat, el)
		}(i)
	}
	wg.Wait()
	run.Elapsed = time.Since(start)
	run.Requests = run.OK + run.Errors
	run.Latency = Summarize(lat)
	return run
}
