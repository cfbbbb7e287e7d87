package ident

import (
	"errors"
	"fmt"
	"strings"
)

// Division levels, from the province down. Villages and communities share the
// last level.
const (
	LevelProvince  = "PROVINCE"
	LevelCity      = "CITY"
	LevelCounty    = "COUNTY"
	LevelTownship  = "TOWNSHIP"
	LevelVillage   = "VILLAGE"
	LevelCommunity = "COMMUNITY"
)

// significant is the number of leading digits a division code uses at each level:
// 2 province, 2 city, 2 county, 3 township, 3 village.
var significant = map[string]int{
	LevelProvince: 2, LevelCity: 4, LevelCounty: 6, LevelTownship: 9, LevelVillage: 12, LevelCommunity: 12,
}

var depth = map[string]int{
	LevelProvince: 0, LevelCity: 1, LevelCounty: 2, LevelTownship: 3, LevelVillage: 4, LevelCommunity: 4,
}

// ValidateDivisionCode checks the shape of a 12-digit statistical division code.
func ValidateDivisionCode(code string) error {
	if len(code) != 12 {
		return fmt.Errorf("division code must have 12 digits, got %d characters", len(code))
	}
	for i := 0; i < 12; i++ {
		if code[i] < '0' || code[i] > '9' {
			return errors.New("division code must contain digits only")
		}
	}
	return nil
}

// DivisionPrefix is the part of a code that a division's descendants share.
func DivisionPrefix(code, level string) string {
	n, ok := significant[level]
	if !ok || len(code) < n {
		return code
	}
	return code[:n]
}

// ValidateDivision checks that a code fits its level (digits below the level are
// zero, the level's own digits are not) and, when a parent is given, that the
// level sits directly below the parent's and the code extends the parent's.
func ValidateDivision(code, level, parentCode, parentLevel string) error {
	if err := ValidateDivisionCode(code); err != nil {
		return err
	}
	n, ok := significant[level]
	if !ok {
		return fmt.Errorf("unknown level %q", level)
	}
	if strings.Trim(code[n:], "0") != "" {
		return fmt.Errorf("a %s code must end in %d zeros", strings.ToLower(level), 12-n)
	}
	if parentLevel == "" {
		if level != LevelProvince && parentCode == "" {
			return nil // a detached division: its code alone is checked
		}
	} else {
		if depth[level] != depth[parentLevel]+1 {
			return fmt.Errorf("a %s cannot sit directly under a %s", strings.ToLower(level), strings.ToLower(parentLevel))
		}
		p := DivisionPrefix(parentCode, parentLevel)
		if !strings.HasPrefix(code, p) {
			return fmt.Errorf("code %s does not extend its parent's code %s", code, parentCode)
		}
		if strings.Trim(code[len(p):n], "0") == "" {
			return fmt.Errorf("code %s repeats its parent's code; the %s digits must not be all zero", code, strings.ToLower(level))
		}
	}
	return nil
}
