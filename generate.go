// Package grassroots is the module root. `go generate ./...` regenerates
// everything derived from the ent schema: first the ent client and the GraphQL
// schema graph/ent.graphqls (entc with entgql), then the gqlgen executable
// schema, resolver stubs and the executor's per-type code (tooling/gqlgen).
package grassroots

//go:generate go run -C ent -mod=mod entc.go
//go:generate go run ./tooling/gqlgen
