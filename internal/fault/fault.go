// Package fault defines the errors the API reports to clients: each carries a
// stable code and, for bad input, the offending field. Packages below the API
// return these; the GraphQL error presenter turns them into extensions.
package fault

import (
	"errors"
	"fmt"
	"time"
)

// Code is the stable machine-readable kind of an error (extensions.code).
type Code string

const (
	BadInput  Code = "BAD_USER_INPUT"
	NotFound  Code = "NOT_FOUND"
	Conflict  Code = "CONFLICT"
	Forbidden Code = "FORBIDDEN"
	// Unavailable: the server cannot answer yet (an index is still
	// loading); the same request may succeed after RetryAfter.
	Unavailable Code = "UNAVAILABLE"
	Internal    Code = "INTERNAL"
	// Unauthenticated: the request needs a user, and names none that
	// can be accepted (wrong password, unknown or ended session).
	Unauthenticated Code = "UNAUTHENTICATED"
	// Stale: the request was prepared from data that has changed since
	// (a twinning plan whose partners' places changed); prepare it again.
	Stale Code = "STALE"
	// RateLimited: too many attempts; the same request may succeed after
	// RetryAfter.
	RateLimited Code = "RATE_LIMITED"
)

// Error is an error with a code and, where one input field is to blame, its name
// as the client wrote it (camelCase).
type Error struct {
	Code    Code
	Field   string
	Message string
	Err     error
	// RetryAfter, for Unavailable and RateLimited, is when to try again.
	RetryAfter time.Duration
}

func (e *Error) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.Message
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Invalid reports bad input in one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: BadInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Missing reports an unknown ID or a record that does not exist.
func Missing(field, format string, args ...any) *Error {
	return &Error{Code: NotFound, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Conflicting reports a write that collides with the stored state.
func Conflicting(field, format string, args ...any) *Error {
	return &Error{Code: Conflict, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Refused reports a request the viewer is not allowed to make.
func Refused(format string, args ...any) *Error {
	return &Error{Code: Forbidden, Message: fmt.Sprintf(format, args...)}
}

// NotYet reports that the server cannot answer yet, and when to ask again.
func NotYet(retryAfter time.Duration, format string, args ...any) *Error {
	return &Error{Code: Unavailable, Message: fmt.Sprintf(format, args...), RetryAfter: retryAfter}
}

// As returns the *Error inside err, if any.
func As(err error) (*Error, bool) {
	var fe *Error
	ok := errors.As(err, &fe)
	return fe, ok
}
