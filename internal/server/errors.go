package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"grassroots/ent"
	"grassroots/internal/fault"
	"grassroots/internal/naming"
)

// Extension keys every error carries.
const (
	extCode  = "code"       // one of the fault codes
	extField = "field"      // the offending input field, camelCase, when known
	extRetry = "retryAfter" // UNAVAILABLE: seconds after which to try again
)

// presenter maps every error to a fault code, and, for internal errors, logs
// the real error and tells the client only a request id.
type presenter struct{ log *slog.Logger }

func newPresenter(log *slog.Logger) *presenter { return &presenter{log: log} }

// NewErrorPresenter returns the error presenter the GraphQL handler uses, for
// callers that run the executable schema some other way.
func NewErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return newPresenter(log).present
}

// classified is what the client is told.
type classified struct {
	code       fault.Code
	field      string
	message    string
	retryAfter int // seconds
}

func (p *presenter) present(ctx context.Context, err error) *gqlerror.Error {
	base := graphql.DefaultErrorPresenter(ctx, err)
	c, ok := classify(ctx, err, base)
	if !ok {
		c = classified{code: fault.Internal, message: internalMessage(ctx)}
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			level = slog.LevelInfo // the client went away
		}
		p.log.Log(ctx, level, "graphql error", "request_id", RequestID(ctx), "path", base.Path.String(), "err", err)
	}
	ext := map[string]any{extCode: string(c.code)}
	if c.field != "" {
		ext[extField] = c.field
	}
	if c.retryAfter > 0 {
		ext[extRetry] = c.retryAfter
	}
	return &gqlerror.Error{
		Message:    c.message,
		Path:       base.Path,
		Locations:  base.Locations,
		Extensions: ext,
	}
}

// recovered is a panic already logged by recoverFunc.
type recovered struct{ message string }

func (r *recovered) Error() string { return r.message }

// recoverFunc logs a resolver panic with its stack; the client gets an
// INTERNAL error naming the request id.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "request_id", RequestID(ctx),
			"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return &recovered{message: internalMessage(ctx)}
	}
}

// classify returns what the client may be told about err; false means an
// internal error whose text must not leave the server.
func classify(ctx context.Context, err error, base *gqlerror.Error) (classified, bool) {
	var rec *recovered
	if errors.As(err, &rec) {
		return classified{code: fault.Internal, message: rec.message}, true
	}
	if fe, ok := fault.As(err); ok {
		if fe.Code == fault.Internal {
			return classified{}, false
		}
		return classified{code: fe.Code, field: fe.Field, message: fe.Error(), retryAfter: int(math.Ceil(fe.RetryAfter.Seconds()))}, true
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return classified{code: fault.Internal, message: "the request took too long and was stopped (request id " + RequestID(ctx) + ")"}, true
	}
	var nf *ent.NotFoundError
	if errors.As(err, &nf) {
		return classified{code: fault.NotFound, message: strings.TrimPrefix(nf.Error(), "ent: ")}, true
	}
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		return validation(ve), true
	}
	var ce *ent.ConstraintError
	if errors.As(err, &ce) {
		return constraint(ce)
	}
	if c, ok := requestError(ctx, base); ok {
		return c, true
	}
	return classified{}, false
}

// validation reports an ent validator failure as "<field>: <reason>".
func validation(ve *ent.ValidationError) classified {
	field := naming.Camel(ve.Name)
	reason := "is invalid"
	if inner := errors.Unwrap(ve); inner != nil {
		if cause := errors.Unwrap(inner); cause != nil {
			reason = cause.Error()
		} else if msg := inner.Error(); strings.Contains(msg, "missing required") {
			reason = "is required"
		} else {
			reason = strings.TrimPrefix(msg, "ent: ")
		}
	}
	return classified{code: fault.BadInput, field: field, message: field + ": " + reason}
}

var (
	sqliteUnique  = regexp.MustCompile(`UNIQUE constraint failed: (\w+)\.(\w+)((?:, \w+\.\w+)*)`)
	sqliteNotNull = regexp.MustCompile(`NOT NULL constraint failed: \w+\.(\w+)`)
	pqKey         = regexp.MustCompile(`^Key \(([^)]*)\)=`)
)

// constraint reports a database constraint violation without the driver's
// text (which quotes SQL and values).
func constraint(ce *ent.ConstraintError) (classified, bool) {
	var pe *pq.Error
	if errors.As(ce, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return unique(pe.Table, keyColumns(pe)), true
		case "23503": // foreign_key_violation
			if strings.Contains(pe.Detail, "still referenced") {
				return classified{code: fault.Conflict, message: "the record is still referenced by other records"}, true
			}
			return missingReference(keyColumns(pe)), true
		case "23502": // not_null_violation
			f := naming.Camel(pe.Column)
			return classified{code: fault.BadInput, field: f, message: f + ": is required"}, true
		case "23514": // check_violation
			return classified{code: fault.BadInput, message: "the value is out of range"}, true
		}
		return classified{}, false
	}
	msg := ce.Error()
	if m := sqliteUnique.FindStringSubmatch(msg); m != nil {
		cols := []string{m[2]}
		for _, tc := range strings.Split(m[3], ", ") {
			if _, col, ok := strings.Cut(tc, "."); ok {
				cols = append(cols, col)
			}
		}
		return unique(m[1], cols), true
	}
	if strings.Contains(msg, "FOREIGN KEY constraint failed") {
		return missingReference(nil), true
	}
	if m := sqliteNotNull.FindStringSubmatch(msg); m != nil {
		f := naming.Camel(m[1])
		return classified{code: fault.BadInput, field: f, message: f + ": is required"}, true
	}
	if strings.Contains(msg, "CHECK constraint failed") {
		return classified{code: fault.BadInput, message: "the value is out of range"}, true
	}
	return classified{}, false
}

// keyColumns reads the columns of a PostgreSQL key violation from its detail,
// 'Key (code)=(…) already exists.', without the values.
func keyColumns(pe *pq.Error) []string {
	m := pqKey.FindStringSubmatch(pe.Detail)
	if m == nil {
		return nil
	}
	cols := strings.Split(m[1], ",")
	for i := range cols {
		cols[i] = strings.Trim(strings.TrimSpace(cols[i]), `"`)
	}
	return cols
}

// unique reports a duplicate: "a region with this code already exists". Of
// several columns, the field is the one the client most likely typed (not a
// reference to another record).
func unique(table string, cols []string) classified {
	what := entityName(table)
	if len(cols) == 0 {
		return classified{code: fault.Conflict, message: fmt.Sprintf("%s like this already exists", article(what))}
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = naming.Camel(c)
	}
	field := names[0]
	if i := slices.IndexFunc(cols, func(c string) bool { return !strings.HasSuffix(c, "_id") }); i >= 0 {
		field = names[i]
	}
	if len(names) == 1 {
		return classified{code: fault.Conflict, field: field,
			message: fmt.Sprintf("%s with this %s already exists", article(what), humanize(cols[0]))}
	}
	human := make([]string, len(cols))
	for i, c := range cols {
		human[i] = humanize(strings.TrimSuffix(c, "_id"))
	}
	return classified{code: fault.Conflict, field: field,
		message: fmt.Sprintf("%s with the same %s already exists", article(what), strings.Join(human, " and "))}
}

// missingReference reports an ID that names no record.
func missingReference(cols []string) classified {
	if len(cols) == 1 {
		f := naming.Camel(cols[0])
		return classified{code: fault.BadInput, field: f, message: f + ": refers to a record that does not exist"}
	}
	return classified{code: fault.BadInput, message: "refers to a record that does not exist"}
}

// entityName turns a table name into what the API calls one row of it.
func entityName(table string) string {
	switch {
	case table == "":
		return "record"
	case table == "people":
		return "person"
	case strings.HasSuffix(table, "ies"):
		table = strings.TrimSuffix(table, "ies") + "y"
	case strings.HasSuffix(table, "s"):
		table = strings.TrimSuffix(table, "s")
	}
	return humanize(table)
}

func humanize(s string) string { return strings.ReplaceAll(s, "_", " ") }

func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

// gqlgen's and gqlparser's codes for requests refused before execution.
const codeComplexity = "COMPLEXITY_LIMIT_EXCEEDED"

var argumentName = regexp.MustCompile(`[Aa]rgument "(\w+)"`)

// requestError recognises errors in the request itself: parse and validation
// errors, limits, undecodable JSON, and arguments that do not coerce (a Date
// that is not a date). They keep gqlparser's message and path.
func requestError(ctx context.Context, e *gqlerror.Error) (classified, bool) {
	if e == nil {
		return classified{}, false
	}
	c := classified{code: fault.BadInput, message: e.Message, field: fieldOf(e)}
	switch code, _ := e.Extensions[extCode].(string); code {
	case errcode.ParseFailed, errcode.ValidationFailed, codeComplexity, string(fault.BadInput):
		return c, true
	}
	if strings.HasPrefix(e.Message, "json request body could not be decoded") {
		msg, _, _ := strings.Cut(e.Message, " body:") // gqlgen appends the whole body
		c.message = strings.Replace(msg, "json request body could not be decoded", "the request body is not valid JSON", 1)
		return c, true
	}
	if isArgumentError(ctx, e) {
		return c, true
	}
	return classified{}, false
}

// fieldOf names the input field an error is about: one set by the limits,
// else the last name on the error's path, else an argument in its message.
func fieldOf(e *gqlerror.Error) string {
	if f, ok := e.Extensions[extField].(string); ok {
		return f
	}
	for i := len(e.Path) - 1; i >= 0; i-- {
		if n, ok := e.Path[i].(ast.PathName); ok {
			return string(n)
		}
	}
	if m := argumentName.FindStringSubmatch(e.Message); m != nil {
		return m[1]
	}
	return ""
}

// isArgumentError reports whether e arose while coercing the arguments of the
// field being resolved: its path continues past the field into one of the
// field's arguments (gqlgen puts the argument name on the path).
func isArgumentError(ctx context.Context, e *gqlerror.Error) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return false
	}
	fp := fc.Path()
	if len(e.Path) <= len(fp) {
		return false
	}
	for i := range fp {
		if fp[i] != e.Path[i] {
			return false
		}
	}
	arg, ok := e.Path[len(fp)].(ast.PathName)
	return ok && fc.Field.Arguments.ForName(string(arg)) != nil
}
