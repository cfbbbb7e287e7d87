package executor

import (
	"strconv"
	"unicode/utf8"
)

// Writer is the answer's JSON, appended to one buffer. It is an io.Writer so
// that gqlgen's marshalers (custom scalars, enums) write into it directly.
type Writer struct{ buf []byte }

// Write appends p.
func (w *Writer) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// WriteString appends s, for io.WriteString.
func (w *Writer) WriteString(s string) (int, error) {
	w.buf = append(w.buf, s...)
	return len(s), nil
}

// Bytes is what has been written.
func (w *Writer) Bytes() []byte { return w.buf }

func (w *Writer) raw(s string) { w.buf = append(w.buf, s...) }

func (w *Writer) byte(b byte) { w.buf = append(w.buf, b) }

// Null writes null.
func (w *Writer) Null() { w.raw("null") }

// Bool writes a GraphQL Boolean.
func (w *Writer) Bool(v bool) { w.buf = strconv.AppendBool(w.buf, v) }

// Int writes a GraphQL Int.
func (w *Writer) Int(v int) { w.buf = strconv.AppendInt(w.buf, int64(v), 10) }

// Int64 writes a GraphQL Int held in an int64.
func (w *Writer) Int64(v int64) { w.buf = strconv.AppendInt(w.buf, v, 10) }

// Int32 writes a GraphQL Int held in an int32.
func (w *Writer) Int32(v int32) { w.buf = strconv.AppendInt(w.buf, int64(v), 10) }

// StringPtr writes a nullable GraphQL String.
func (w *Writer) StringPtr(s *string) {
	if s == nil {
		w.Null()
		return
	}
	w.String(*s)
}

// IntPtr writes a nullable GraphQL Int.
func (w *Writer) IntPtr(v *int) {
	if v == nil {
		w.Null()
		return
	}
	w.Int(*v)
}

// BoolPtr writes a nullable GraphQL Boolean.
func (w *Writer) BoolPtr(v *bool) {
	if v == nil {
		w.Null()
		return
	}
	w.Bool(*v)
}

// Append writes v with an allocation-free appender, such as a custom
// scalar's AppendX(dst []byte, v T) []byte.
func Append[T any](w *Writer, appendTo func([]byte, T) []byte, v T) {
	w.buf = appendTo(w.buf, v)
}

const hex = "0123456789abcdef"

// String writes s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD so that the answer is
// always valid JSON.
func (w *Writer) String(s string) {
	w.byte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.raw(s[start:i])
			switch c {
			case '"':
				w.raw(`\"`)
			case '\\':
				w.raw(`\\`)
			case '\n':
				w.raw(`\n`)
			case '\r':
				w.raw(`\r`)
			case '\t':
				w.raw(`\t`)
			default:
				w.raw(`\u00`)
				w.byte(hex[c>>4])
				w.byte(hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.raw(s[start:i])
			w.raw(`\ufffd`)
			i++
			start = i
			continue
		}
		i += size
	}
	w.raw(s[start:])
	w.byte('"')
}
