package model

// NetworkComponent is one connected cluster; its member organizations are
// loaded a page at a time by the resolver.
type NetworkComponent struct {
	Size      int
	LinkCount int
	// Members are organization IDs, best connected first.
	Members []int
}
