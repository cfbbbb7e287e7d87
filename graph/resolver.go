// Package graph holds the GraphQL resolvers: thin translations between the
// generated executable schema and the ent client and internal packages.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
	"grassroots/graph/generated"
	"grassroots/internal/account"
	"grassroots/internal/indicator"
	"grassroots/internal/network"
	"grassroots/internal/search"
	"grassroots/internal/twinning"
)

// Resolver carries the dependencies every resolver shares.
type Resolver struct {
	Client *ent.Client
	// Dialect is the database's (store.SQLite or store.Postgres), for the
	// statements written by hand (internal/indicator).
	Dialect string
	Search  *search.Index
	Network *network.Index
	// Accounts signs users in and out and manages their accounts.
	Accounts *account.Sessions
	// Indicators, when set, keeps the indicators' units: queries outside a
	// transaction read their figures from it.
	Indicators *indicator.Kept
	// Twinning runs the twinning mutations and queries.
	Twinning *twinning.Service
}

// NewSchema returns the executable schema served at /graphql.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	return generated.NewLevelExecutableSchema(generated.Config{Resolvers: r})
}
