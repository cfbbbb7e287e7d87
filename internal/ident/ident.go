// Package ident validates the national identifier formats the model stores:
// 18-digit resident identity numbers (GB 11643), unified social credit codes
// (GB 32100) and 12-digit statistical division codes.
package ident

import (
	"errors"
	"fmt"
	"strings"
)

var residentWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const residentCheck = "10X98765432"

// ResidentCheckChar returns the GB 11643 check character for the first 17 digits.
func ResidentCheckChar(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, errors.New("needs 17 digits")
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := first17[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("character %d is not a digit", i+1)
		}
		sum += int(c-'0') * residentWeights[i]
	}
	return residentCheck[sum%11], nil
}

// ValidateResidentID checks an 18-character resident identity number: 17 digits,
// a plausible birth date and the GB 11643 check character (digit or X).
func ValidateResidentID(s string) error {
	if len(s) != 18 {
		return fmt.Errorf("resident ID number must have 18 characters, got %d", len(s))
	}
	want, err := ResidentCheckChar(s[:17])
	if err != nil {
		return fmt.Errorf("resident ID number: %w", err)
	}
	if got := s[17]; got != want && !(want == 'X' && got == 'x') {
		return errors.New("resident ID number fails the GB 11643 checksum")
	}
	month := int(s[10]-'0')*10 + int(s[11]-'0')
	day := int(s[12]-'0')*10 + int(s[13]-'0')
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return errors.New("resident ID number has an impossible birth date")
	}
	return nil
}

// creditAlphabet is the GB 32100 character set: digits and upper-case letters
// without I, O, Z, S and V; a character's value is its index.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// CreditCheckChar returns the GB 32100 check character for the first 17 characters.
func CreditCheckChar(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, errors.New("needs 17 characters")
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(creditAlphabet, first17[i])
		if v < 0 {
			return 0, fmt.Errorf("character %d (%q) is not allowed", i+1, first17[i])
		}
		sum += v * creditWeights[i]
	}
	return creditAlphabet[(31-sum%31)%31], nil
}

// ValidateCreditCode checks an 18-character unified social credit code.
func ValidateCreditCode(s string) error {
	if len(s) != 18 {
		return fmt.Errorf("unified social credit code must have 18 characters, got %d", len(s))
	}
	want, err := CreditCheckChar(s[:17])
	if err != nil {
		return fmt.Errorf("unified social credit code: %w", err)
	}
	if s[17] != want {
		return errors.New("unified social credit code fails the GB 32100 checksum")
	}
	return nil
}
