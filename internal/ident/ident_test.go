package ident

import (
	"strings"
	"testing"
)

func TestResidentID(t *testing.T) {
	cases := []struct {
		id, err string
	}{
		{"11010519491231002X", ""},
		{"11010519491231002x", ""},
		{"110105194912310021", "checksum"},
		{"1101051949123100", "18 characters"},
		{"11010519491331002X", "checksum"}, // month 13 fails the checksum first
		{"1101051949A231002X", "not a digit"},
	}
	for _, c := range cases {
		err := ValidateResidentID(c.id)
		if (c.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("ValidateResidentID(%q) = %v, want %q", c.id, err, c.err)
		}
	}
	// A well-formed number with a correct check character but an impossible date.
	first := "22240119901340123"
	ch, _ := ResidentCheckChar(first)
	if err := ValidateResidentID(first + string(ch)); err == nil || !strings.Contains(err.Error(), "birth date") {
		t.Errorf("impossible date accepted: %v", err)
	}
}

func TestCreditCode(t *testing.T) {
	// Check characters computed by hand from the GB 32100 weights.
	valid := "91350100M000100Y43"
	if err := ValidateCreditCode(valid); err != nil {
		t.Fatalf("%s: %v", valid, err)
	}
	for _, bad := range []string{"91350100M000100Y44", "91350100M000100Y4", "9135O100M000100Y43"} {
		if err := ValidateCreditCode(bad); err == nil {
			t.Errorf("ValidateCreditCode(%q) accepted a bad code", bad)
		}
	}
	ch, err := CreditCheckChar("91220101MA0Y2K1X3")
	if err != nil || strings.IndexByte(creditAlphabet, ch) < 0 {
		t.Fatalf("CreditCheckChar = %q, %v", ch, err)
	}
	if err := ValidateCreditCode("91220101MA0Y2K1X3" + string(ch)); err != nil {
		t.Fatal(err)
	}
}

func TestDivision(t *testing.T) {
	cases := []struct {
		code, level, parent, parentLevel, err string
	}{
		{"220000000000", LevelProvince, "", "", ""},
		{"222400000000", LevelCity, "220000000000", LevelProvince, ""},
		{"222401000000", LevelCounty, "222400000000", LevelCity, ""},
		{"222401001000", LevelTownship, "222401000000", LevelCounty, ""},
		{"222401001002", LevelVillage, "222401001000", LevelTownship, ""},
		{"222401001002", LevelCommunity, "222401001000", LevelTownship, ""},
		{"22240100100", LevelVillage, "222401001000", LevelTownship, "12 digits"},
		{"22240100100A", LevelVillage, "222401001000", LevelTownship, "digits only"},
		{"222402001002", LevelVillage, "222401001000", LevelTownship, "does not extend"},
		{"222401001000", LevelVillage, "222401001000", LevelTownship, "must not be all zero"},
		{"222401001002", LevelVillage, "222401000000", LevelCounty, "cannot sit directly under"},
		{"222401001002", LevelTownship, "222401000000", LevelCounty, "must end in 3 zeros"},
	}
	for _, c := range cases {
		err := ValidateDivision(c.code, c.level, c.parent, c.parentLevel)
		if (c.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("ValidateDivision(%s, %s, %s) = %v, want %q", c.code, c.level, c.parent, err, c.err)
		}
	}
}

func TestMask(t *testing.T) {
	if got := MaskResidentID("11010519491231002X"); got != "110105********002X" {
		t.Errorf("MaskResidentID = %q", got)
	}
	if got := MaskPhone("13812345678"); got != "*******5678" {
		t.Errorf("MaskPhone = %q", got)
	}
}
