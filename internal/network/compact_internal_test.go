package network

// compact merges the overlay synchronously, for tests that want the
// rebuilt base rather than the overlay.
func (x *Index) compact() {
	x.merges.Wait()
	x.mu.Lock()
	s := newSnap(x.cur.Load().rebuild())
	x.cur.Store(s)
	x.mu.Unlock()
}
