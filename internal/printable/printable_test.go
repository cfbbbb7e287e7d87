package printable_test

import (
	"strings"
	"testing"

	"grassroots/internal/printable"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		s    string
		ok   bool
		says string
	}{
		{"东光村党支部", true, ""},
		{"Ying'an Zhen", true, ""},
		{"line one\nline two\r\n\tindented", true, ""},
		{"replacement \uFFFD written out", true, ""},
		{"", true, ""},
		{"东光\x00村", false, "U+0000"},
		{"\x01", false, "U+0001"},
		{"bell\a", false, "U+0007"},
		{"vertical\vtab", false, "U+000B"},
		{"form\ffeed", false, "U+000C"},
		{"escape\x1b[31m", false, "U+001B"},
		{"\x1f", false, "U+001F"},
		{"delete\x7f", false, "U+007F"},
		{"next line\u0085", false, "U+0085"},
		{"\u009f", false, "U+009F"},
		{"\u00a0no-break space", true, ""},
		{"bad \xff byte", false, "UTF-8"},
		{"cut 东"[:len("cut 东")-1], false, "UTF-8"},
	} {
		err := printable.Check(tc.s)
		switch {
		case tc.ok && err != nil:
			t.Errorf("Check(%q) = %v, want nil", tc.s, err)
		case !tc.ok && err == nil:
			t.Errorf("Check(%q) = nil, want an error", tc.s)
		case !tc.ok && !strings.Contains(err.Error(), tc.says):
			t.Errorf("Check(%q) = %v, want it to name %s", tc.s, err, tc.says)
		}
	}
}
