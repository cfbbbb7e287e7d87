// Package grassroots is the module root: `go generate ./...` runs ent first
// (ent/generate.go), then gqlgen from here.
package grassroots

//go:generate go tool gqlgen generate --config gqlgen.yml
