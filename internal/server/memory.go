package server

import (
	"context"
	"log/slog"
	"math"
	"os"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"time"
)

// serveGCPercent is the GOGC the server runs with unless GOGC is set.
const serveGCPercent = 400

// The soft memory limit the server sets unless GOMEMLIMIT is set: the live
// heap plus as much again, and at least memoryHeadroom more.
const (
	memoryHeadroom = 1 << 30
	memoryRetune   = 30 * time.Second
)

// tuneGC trades memory for fewer collections without letting the heap run
// away. GOGC=400 lets a GraphQL page's hundreds of short-lived objects die
// young between collections. But on a large live heap (the in-memory indexes
// at nation scale hold about 1 GiB) it would let the heap grow to 5 GiB,
// and every page of that is first faulted in by the kernel at a cost far
// above the collections it saves: the indexes are pointer-free and a
// collection marks 1 GiB in milliseconds. So a soft limit of twice the live
// heap (live + at least 1 GiB) caps the headroom; it follows the live heap
// as the data grows, until ctx is done.
func tuneGC(ctx context.Context, log *slog.Logger) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var last int64
	set := func() {
		live := liveHeap()
		limit := live + max(live, memoryHeadroom)
		if limit != last {
			debug.SetMemoryLimit(limit)
			log.Debug("soft memory limit", "live_heap_mib", live>>20, "limit_mib", limit>>20)
			last = limit
		}
	}
	set()
	go func() {
		t := time.NewTicker(memoryRetune)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				debug.SetMemoryLimit(math.MaxInt64)
				return
			case <-t.C:
				set()
			}
		}
	}()
}

// liveHeap is the heap that survived the last collection, in bytes.
func liveHeap() int64 {
	s := []rtmetrics.Sample{{Name: "/gc/heap/live:bytes"}}
	rtmetrics.Read(s)
	if s[0].Value.Kind() != rtmetrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
