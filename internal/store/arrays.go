package store

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/lib/pq"
)

// arrayLists rewrites, for PostgreSQL, the IN lists ent writes with one
// placeholder per value — `"people"."id" IN ($1, $2, …, $424)` — into one
// array parameter: `"people"."id" = ANY($1)` (and NOT IN into <> ALL). The
// statement's text then no longer depends on how many values it carries, so
// PostgreSQL parses and plans it once (it is prepared once per connection),
// and 424 IDs travel as one parameter, not 424. Lists of fewer than
// minArrayList values, or of values that are not all integers or all
// strings, are left alone.
func arrayLists(query string, args []any) (string, []any) {
	if !strings.Contains(query, " IN ($") {
		return query, args
	}
	var b strings.Builder
	out := make([]any, 0, len(args))
	rest := query
	next := 1 // the next placeholder number of the rewritten statement
	for {
		i := strings.Index(rest, "$")
		if i < 0 {
			b.WriteString(rest)
			return b.String(), out
		}
		// An IN list starting here?
		head := rest[:i]
		if list, n, ok := inList(rest[i:], args); ok && (strings.HasSuffix(head, " IN (") || strings.HasSuffix(head, " NOT IN (")) {
			op := " = ANY("
			trim := len(" IN (")
			if strings.HasSuffix(head, " NOT IN (") {
				op, trim = " <> ALL(", len(" NOT IN (")
			}
			b.WriteString(head[:len(head)-trim])
			b.WriteString(op)
			b.WriteString("$" + strconv.Itoa(next) + ")")
			next++
			out = append(out, list)
			rest = rest[i+n:]
			continue
		}
		// A single placeholder: renumber it.
		j := i + 1
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		k, err := strconv.Atoi(rest[i+1 : j])
		if err != nil || k < 1 || k > len(args) {
			return query, args // not ent's shape: leave the statement as it is
		}
		b.WriteString(head)
		b.WriteString("$" + strconv.Itoa(next))
		next++
		out = append(out, args[k-1])
		rest = rest[j:]
	}
}

// minArrayList is the shortest IN list worth an array parameter.
const minArrayList = 4

// inList reads "$a, $a+1, …, $b)" at the start of s: consecutive
// placeholders closing an IN list, all of whose values are integers or all
// strings. It returns them as one array value and the length of s it read,
// including the closing parenthesis.
func inList(s string, args []any) (value any, n int, ok bool) {
	var idx []int
	pos := 0
	for {
		if pos >= len(s) || s[pos] != '$' {
			return nil, 0, false
		}
		j := pos + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		k, err := strconv.Atoi(s[pos+1 : j])
		if err != nil || k < 1 || k > len(args) || (len(idx) > 0 && k != idx[len(idx)-1]+1) {
			return nil, 0, false
		}
		idx = append(idx, k)
		switch {
		case strings.HasPrefix(s[j:], ", "):
			pos = j + 2
		case strings.HasPrefix(s[j:], ")"):
			if len(idx) < minArrayList {
				return nil, 0, false
			}
			v, ok := array(args[idx[0]-1 : idx[len(idx)-1]])
			return v, j + 1, ok
		default:
			return nil, 0, false
		}
	}
}

// array is vs as one PostgreSQL array value: bigint[] or text[].
func array(vs []any) (any, bool) {
	switch vs[0].(type) {
	case int, int64:
		a := make(pq.Int64Array, len(vs))
		for i, v := range vs {
			switch n := v.(type) {
			case int:
				a[i] = int64(n)
			case int64:
				a[i] = n
			default:
				return nil, false
			}
		}
		return a, true
	case string:
		a := make(pq.StringArray, len(vs))
		for i, v := range vs {
			s, ok := v.(string)
			if !ok {
				return nil, false
			}
			a[i] = s
		}
		return a, true
	}
	return nil, false
}

// jsonLists is arrayLists for SQLite, which has no array parameters: an IN
// list of ? placeholders becomes `IN (SELECT value FROM json_each(?))`, its
// values one JSON array.
func jsonLists(query string, args []any) (string, []any) {
	if !strings.Contains(query, " IN (?, ") {
		return query, args
	}
	var b strings.Builder
	out := make([]any, 0, len(args))
	rest := query
	arg := 0 // the argument of the next placeholder
	for {
		i := strings.IndexByte(rest, '?')
		if i < 0 {
			b.WriteString(rest)
			if arg != len(args) {
				return query, args // not ent's shape: leave the statement as it is
			}
			return b.String(), out
		}
		head := rest[:i]
		n := 1
		for strings.HasPrefix(rest[i+3*n-2:], ", ?") && i+3*n+1 <= len(rest) {
			n++
		}
		if n >= minArrayList && strings.HasSuffix(head, " IN (") && strings.HasPrefix(rest[i+3*n-2:], ")") && arg+n <= len(args) {
			if list, ok := jsonArray(args[arg : arg+n]); ok {
				b.WriteString(head)
				b.WriteString("SELECT value FROM json_each(?))")
				out = append(out, list)
				rest = rest[i+3*n-1:]
				arg += n
				continue
			}
		}
		if arg >= len(args) {
			return query, args
		}
		b.WriteString(rest[:i+1])
		out = append(out, args[arg])
		arg++
		rest = rest[i+1:]
	}
}

// jsonArray is vs as one JSON array of integers or of strings.
func jsonArray(vs []any) (string, bool) {
	a, ok := array(vs)
	if !ok {
		return "", false
	}
	b, err := json.Marshal(a)
	return string(b), err == nil
}
