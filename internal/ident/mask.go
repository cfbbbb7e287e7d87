package ident

import "strings"

// MaskResidentID keeps the 6-digit region prefix and the last four characters
// of a resident ID number: 222401********123X.
func MaskResidentID(s string) string {
	if len(s) <= 10 {
		return strings.Repeat("*", len(s))
	}
	return s[:6] + strings.Repeat("*", len(s)-10) + s[len(s)-4:]
}

// MaskPhone keeps the last four digits of a phone number.
func MaskPhone(s string) string {
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}
