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
