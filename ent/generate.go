// Package ent holds the code generated from ent/schema by `go generate ./...`
// (see generate.go at the module root; entc.go is the generator).
package ent
