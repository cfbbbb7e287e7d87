// Package ent holds the code generated from ent/schema by `go generate ./...`.
package ent

//go:generate go run -mod=mod entc.go
