// Package model holds the GraphQL types that are not ent entities: gqlgen
// generates most of them (models_gen.go); the ones written here carry what
// a resolver needs besides the fields.
package model

// NetworkComponent is one connected cluster; its member organizations are
// loaded a page at a time by the resolver.
type NetworkComponent struct {
	Size      int
	LinkCount int
	// Members are organization IDs, best connected first.
	Members []int
}
