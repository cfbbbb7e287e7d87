package loader

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// wait is how long a batch stays open for more keys once its first key
// arrived: long enough for the concurrent resolvers of one page (the lists
// nested in a list, say) to join it. A variable only so that a test can
// shorten it.
var wait = 250 * time.Microsecond

// maxBatch is the number of keys after which a batch is fetched at once
// instead of waiting for more; a list's keys are never split across
// batches, so one list can take a batch beyond it.
const maxBatch = 500

// batched loads values by key for one request, each key once, many keys in
// one fetch. Keys join the open batch, fetched when its wait ends (or when it
// is full); the keys of one list join together, so a list is never split
// across fetches whatever the timing (see loadWithSiblings).
type batched[K comparable, V any] struct {
	fetch func(context.Context, []K) (map[K]V, error)

	mu    sync.Mutex
	open  *batch[K, V]
	byKey map[K]*batch[K, V] // the batch each key was or will be fetched in
}

type batch[K comparable, V any] struct {
	ctx    context.Context
	keys   []K
	done   chan struct{}
	values map[K]V
	err    error
}

func newBatched[K comparable, V any](fetch func(context.Context, []K) (map[K]V, error)) *batched[K, V] {
	return &batched[K, V]{fetch: fetch, byKey: map[K]*batch[K, V]{}}
}

// add puts the keys not seen yet into the open batch, all at once, opening
// one if needed.
func (b *batched[K, V]) add(ctx context.Context, keys ...K) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, k := range keys {
		if _, ok := b.byKey[k]; ok {
			continue
		}
		if b.open == nil {
			bt := &batch[K, V]{ctx: ctx, done: make(chan struct{})}
			b.open = bt
			time.AfterFunc(wait, func() { b.dispatch(bt) })
		}
		b.open.keys = append(b.open.keys, k)
		b.byKey[k] = b.open
	}
	if b.open != nil && len(b.open.keys) >= maxBatch {
		go b.dispatch(b.open)
	}
}

// dispatch closes bt to new keys and fetches it, once.
func (b *batched[K, V]) dispatch(bt *batch[K, V]) {
	b.mu.Lock()
	if b.open != bt {
		b.mu.Unlock()
		return // already dispatched
	}
	b.open = nil
	b.mu.Unlock()
	defer close(bt.done)
	defer func() {
		if p := recover(); p != nil {
			bt.err = fmt.Errorf("loader: fetch panicked: %v", p)
		}
	}()
	bt.values, bt.err = b.fetch(bt.ctx, bt.keys)
}

// load returns the value of key, fetched in its batch.
func (b *batched[K, V]) load(ctx context.Context, key K) (V, error) {
	b.add(ctx, key)
	b.mu.Lock()
	bt := b.byKey[key]
	b.mu.Unlock()
	var zero V
	select {
	case <-bt.done:
	case <-ctx.Done():
		return zero, ctx.Err()
	}
	if bt.err != nil {
		return zero, bt.err
	}
	v, ok := bt.values[key]
	if !ok {
		return zero, fmt.Errorf("loader: no value for %v", key)
	}
	return v, nil
}
