// Package naming converts between the storage (snake_case) and API (camelCase)
// spellings of field names.
package naming

import "strings"

// Camel turns snake_case into camelCase: "ended_on" → "endedOn", "home_region_id" → "homeRegionID".
func Camel(s string) string {
	parts := strings.Split(s, "_")
	var b strings.Builder
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i == 0 {
			b.WriteString(p)
			continue
		}
		if p == "id" {
			b.WriteString("ID")
			continue
		}
		b.WriteString(strings.ToUpper(p[:1]) + p[1:])
	}
	return b.String()
}

// Snake turns camelCase into snake_case, Camel's inverse: "nameLatin" →
// "name_latin", "homeRegionID" → "home_region_id".
func Snake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			b.WriteByte(c)
			continue
		}
		if i > 0 {
			b.WriteByte('_')
		}
		if strings.HasPrefix(s[i:], "ID") && (i+2 == len(s) || s[i+2] >= 'A' && s[i+2] <= 'Z') {
			b.WriteString("id")
			i++
			continue
		}
		b.WriteByte(c + 'a' - 'A')
	}
	return b.String()
}
