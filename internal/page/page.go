// Package page holds the page sizes of the API's connections, written once:
// the schema's descriptions state them (tooling/entgqldoc writes them into
// graph/ent.graphqls) and the GraphQL limits enforce them (graph/extension).
package page

const (
	// Default is the page a connection returns without first or last.
	Default = 20
	// Max is the largest first or last a connection accepts.
	Max = 100
)
