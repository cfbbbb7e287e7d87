package store

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/lib/pq"

	"grassroots/ent"
	"grassroots/internal/fault"
	"grassroots/internal/naming"
)

// Fault explains a storage error to a client: a record not found, a
// validator's refusal, or a constraint the database enforced (a duplicate, a
// reference to nothing, a missing value), with the field to blame and
// without the driver's text, which quotes SQL and values. It returns nil for
// any other error: those are internal.
func Fault(err error) *fault.Error {
	var nf *ent.NotFoundError
	if errors.As(err, &nf) {
		return &fault.Error{Code: fault.NotFound, Message: strings.TrimPrefix(nf.Error(), "ent: "), Err: err}
	}
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		f := validation(ve)
		f.Err = err
		return f
	}
	var ce *ent.ConstraintError
	if errors.As(err, &ce) {
		if f := constraint(ce); f != nil {
			f.Err = err
			return f
		}
	}
	return nil
}

// validation reports an ent validator failure as "<field>: <reason>".
func validation(ve *ent.ValidationError) *fault.Error {
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
	return &fault.Error{Code: fault.BadInput, Field: field, Message: reason}
}

var (
	sqliteUnique  = regexp.MustCompile(`UNIQUE constraint failed: (\w+)\.(\w+)((?:, \w+\.\w+)*)`)
	sqliteNotNull = regexp.MustCompile(`NOT NULL constraint failed: \w+\.(\w+)`)
	pqKey         = regexp.MustCompile(`^Key \(([^)]*)\)=`)
)

// constraint reports a database constraint violation without the driver's
// text (which quotes SQL and values).
func constraint(ce *ent.ConstraintError) *fault.Error {
	var pe *pq.Error
	if errors.As(ce, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return unique(pe.Table, keyColumns(pe))
		case "23503": // foreign_key_violation
			if strings.Contains(pe.Detail, "still referenced") {
				return &fault.Error{Code: fault.Conflict, Message: "the record is still referenced by other records"}
			}
			return missingReference(keyColumns(pe))
		case "23502": // not_null_violation
			return &fault.Error{Code: fault.BadInput, Field: naming.Camel(pe.Column), Message: "is required"}
		case "23514": // check_violation
			return &fault.Error{Code: fault.BadInput, Message: "the value is out of range"}
		}
		return nil
	}
	msg := ce.Error()
	if m := sqliteUnique.FindStringSubmatch(msg); m != nil {
		cols := []string{m[2]}
		for _, tc := range strings.Split(m[3], ", ") {
			if _, col, ok := strings.Cut(tc, "."); ok {
				cols = append(cols, col)
			}
		}
		return unique(m[1], cols)
	}
	if strings.Contains(msg, "FOREIGN KEY constraint failed") {
		return missingReference(nil)
	}
	if m := sqliteNotNull.FindStringSubmatch(msg); m != nil {
		return &fault.Error{Code: fault.BadInput, Field: naming.Camel(m[1]), Message: "is required"}
	}
	if strings.Contains(msg, "CHECK constraint failed") {
		return &fault.Error{Code: fault.BadInput, Message: "the value is out of range"}
	}
	return nil
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
func unique(table string, cols []string) *fault.Error {
	what := entityName(table)
	if len(cols) == 0 {
		return &fault.Error{Code: fault.Conflict, Message: fmt.Sprintf("%s like this already exists", article(what))}
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
		return &fault.Error{Code: fault.Conflict, Field: field,
			Message: fmt.Sprintf("%s with this %s already exists", article(what), humanize(cols[0]))}
	}
	human := make([]string, len(cols))
	for i, c := range cols {
		human[i] = humanize(strings.TrimSuffix(c, "_id"))
	}
	return &fault.Error{Code: fault.Conflict, Field: field,
		Message: fmt.Sprintf("%s with the same %s already exists", article(what), strings.Join(human, " and "))}
}

// missingReference reports an ID that names no record.
func missingReference(cols []string) *fault.Error {
	if len(cols) == 1 {
		return &fault.Error{Code: fault.BadInput, Field: naming.Camel(cols[0]), Message: "refers to a record that does not exist"}
	}
	return &fault.Error{Code: fault.BadInput, Message: "refers to a record that does not exist"}
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
