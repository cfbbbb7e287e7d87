// Package extension holds the GraphQL handler's extensions that read
// gqlgen's operation and field contexts: the limits every operation must
// keep (and the default page written into it), the error presenter that
// gives every error a code, the observer that tells the HTTP host how an
// operation ended, and the transaction each mutation runs in. The HTTP host
// (internal/server) mounts gqlgen and registers them in a documented order.
package extension

import "context"

// Extension keys every error carries.
const (
	ExtCode  = "code"       // one of the fault codes
	ExtField = "field"      // the offending input field, camelCase, when known
	ExtRetry = "retryAfter" // UNAVAILABLE: seconds after which to try again
)

// RequestID names the HTTP request a context belongs to ("" if none), for
// the log lines and the messages of internal errors.
type RequestID func(ctx context.Context) string
