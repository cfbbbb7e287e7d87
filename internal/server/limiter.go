package server

import (
	"sync"
	"time"
)

// limiter is a token bucket per key (a client address, an API token): each
// holds up to burst requests and refills at rate per second. A nil limiter
// lets everything through.
type limiter struct {
	rate, burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxBuckets bounds the memory the limiter keeps: past it, full buckets
// (idle keys) are dropped.
const maxBuckets = 100_000

func newLimiter(rate float64) *limiter {
	if rate < 0 {
		return nil
	}
	if rate == 0 {
		rate = DefaultRate
	}
	return &limiter{rate: rate, burst: 2 * rate, buckets: map[string]*bucket{}}
}

// take spends one request of key's bucket; it returns 0 when the request
// may go ahead, else how long until it could.
func (l *limiter) take(key string, now time.Time) time.Duration {
	if l == nil {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.at).Seconds()*l.rate)
	b.at = now
	if b.tokens < 1 {
		return time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
	}
	b.tokens--
	return 0
}

// sweep drops the buckets that have refilled.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}
