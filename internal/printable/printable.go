// Package printable decides which strings the API accepts as text: valid
// UTF-8 without control characters, tab and line breaks aside. The databases
// disagree on the rest (PostgreSQL refuses NUL outright, SQLite stores it and
// then cuts strings at it), and no name, note or query needs them.
package printable

import (
	"fmt"
	"unicode/utf8"
)

// Check returns nil for acceptable text, else an error saying what is wrong
// with it (for the client, after the field's name). Refused are invalid
// UTF-8 and the control characters U+0000–U+001F, U+007F and U+0080–U+009F,
// except tab (U+0009), line feed (U+000A) and carriage return (U+000D), which
// multi-line text and pasted CRLF line ends carry.
func Check(s string) error {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !validAt(s, i):
			return fmt.Errorf("must be valid UTF-8 (byte %d is not)", i)
		case control(r):
			return fmt.Errorf("must not contain the control character U+%04X", r)
		}
	}
	return nil
}

// validAt tells a literal U+FFFD in s from the error rune that ranging over
// an invalid byte yields.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size > 1
}

func control(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	}
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}
