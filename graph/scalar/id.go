package scalar

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalID writes a global ID as a string.
func MarshalID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = w.Write(AppendID(nil, id))
	})
}

// AppendID appends the JSON of a global ID to dst: the executor writes IDs
// with it, without an allocation per ID.
func AppendID(dst []byte, id int) []byte {
	dst = append(dst, '"')
	dst = strconv.AppendInt(dst, int64(id), 10)
	return append(dst, '"')
}

// UnmarshalID reads a global ID: a string (or JSON number) of decimal digits.
func UnmarshalID(v any) (int, error) {
	var s string
	switch t := v.(type) {
	case string:
		s = t
	case json.Number:
		s = t.String()
	case int:
		return checkID(int64(t), v)
	case int64:
		return checkID(t, v)
	default:
		return 0, fmt.Errorf("an ID must be a string of digits, not %T", v)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a valid ID (IDs are strings of digits)", s)
	}
	return checkID(n, v)
}

func checkID(n int64, v any) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("%v is not a valid ID (IDs are positive)", v)
	}
	return int(n), nil
}
