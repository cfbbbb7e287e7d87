package network

import "time"

// Reach returns, for each organization within depth hops of from (from
// itself excluded) by links of any kind in force on asOf, the number of hops
// on its shortest path. An organization the index does not hold, or one
// dissolved, reaches nothing.
func (x *Index) Reach(from int, depth int, asOf time.Time) (map[int]int, error) {
	fl, err := compile(Filter{AsOf: asOf})
	if err != nil {
		return nil, err
	}
	s, err := x.serving()
	if err != nil {
		return nil, err
	}
	out := map[int]int{}
	v := s.node(int64(from))
	if v < 0 || !s.org(v).alive {
		return out, nil
	}
	seen := newIMap(64)
	seen.add(v, 0)
	level := []int32{v}
	var buf []half
	for d := 1; d <= depth && len(level) > 0; d++ {
		var next []int32
		for _, u := range level {
			buf = s.neighbors(u, &fl, buf[:0])
			for _, h := range buf {
				if seen.add(h.nbr, int32(d)) {
					next = append(next, h.nbr)
					out[int(s.id(h.nbr))] = d
				}
			}
		}
		level = next
	}
	return out, nil
}
