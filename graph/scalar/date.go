// Package scalar implements the custom GraphQL scalars.
package scalar

import (
	"fmt"
	"io"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// DateLayout is the only accepted Date spelling: ISO 8601 calendar date.
const DateLayout = "2006-01-02"

// MarshalDate writes a time as its UTC calendar date.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = w.Write(AppendDate(nil, t))
	})
}

// AppendDate appends the JSON of a Date to dst: the executor writes dates
// with it, without an allocation per date.
func AppendDate(dst []byte, t time.Time) []byte {
	dst = append(dst, '"')
	dst = t.UTC().AppendFormat(dst, DateLayout)
	return append(dst, '"')
}

// UnmarshalDate reads "YYYY-MM-DD" into midnight UTC; anything else is rejected.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("Date must be a string in the form YYYY-MM-DD")
	}
	t, err := time.ParseInLocation(DateLayout, s, time.UTC)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a valid date (want YYYY-MM-DD)", s)
	}
	if t.Year() < 1900 || t.Year() > 2100 {
		return time.Time{}, fmt.Errorf("date %s is out of range (years 1900–2100)", s)
	}
	return t, nil
}
