// Package grassroots is the module root. `go generate ./...` regenerates
// everything derived from the ent schema: first the ent client and the GraphQL
// schema graph/ent.graphqls (entc with entgql), then the gqlgen executable
// schema and resolver stubs.
package grassroots

//go:generate go run -C ent -mod=mod entc.go
//go:generate go tool gqlgen generate --config gqlgen.yml
