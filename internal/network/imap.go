package network

// imap is an open-addressing hash map from node index to int32, cheaper than
// a Go map for the small per-query sets.
type imap struct {
	keys  []int32 // -1 = empty
	vals  []int32
	n     int
	shift uint32
}

func newIMap(hint int) *imap {
	bits := uint32(4)
	for 1<<bits < hint*2 {
		bits++
	}
	m := &imap{}
	m.init(bits)
	return m
}

func (m *imap) init(bits uint32) {
	m.keys = make([]int32, 1<<bits)
	m.vals = make([]int32, 1<<bits)
	for i := range m.keys {
		m.keys[i] = -1
	}
	m.shift = 32 - bits
	m.n = 0
}

func (m *imap) slot(k int32) uint32 { return (uint32(k) * 0x9E3779B1) >> m.shift }

func (m *imap) get(k int32) (int32, bool) {
	mask := uint32(len(m.keys) - 1)
	for i := m.slot(k); ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return m.vals[i], true
		case -1:
			return 0, false
		}
	}
}

func (m *imap) has(k int32) bool {
	_, ok := m.get(k)
	return ok
}

// add inserts k → v unless k is present; it reports whether it inserted.
func (m *imap) add(k, v int32) bool {
	if (m.n+1)*2 > len(m.keys) {
		m.grow()
	}
	mask := uint32(len(m.keys) - 1)
	for i := m.slot(k); ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return false
		case -1:
			m.keys[i], m.vals[i] = k, v
			m.n++
			return true
		}
	}
}

func (m *imap) grow() {
	keys, vals := m.keys, m.vals
	bits := 32 - m.shift + 1
	m.init(bits)
	for i, k := range keys {
		if k >= 0 {
			m.add(k, vals[i])
		}
	}
}
