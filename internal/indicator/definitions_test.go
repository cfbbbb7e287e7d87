package indicator

import (
	_ "embed"
	"slices"
	"strings"
	"testing"
)

//go:embed three-projects.txt
var source string

// The codes of DESIGN.md §3, in its order.
var codes = []string{
	"COOP_PARTY_COVERAGE", "SECRETARY_DIRECTOR_CONCURRENT", "MASS_ORG_HEADS_IN_PARTY", "BORDER_TOWNSHIP_OFFICER",
	"BORDER_VILLAGE_OFFICER", "RESERVE_CADRES", "COLLEGE_GRADUATE_OFFICIAL", "ACTIVISTS", "YOUNG_MEMBER_ADMITTED",
	"YOUNG_MEMBER_SHARE", "SECRETARY_LEADS_PROJECT", "SECRETARY_SKILLED", "VENUE_COVERAGE", "HEADS_INSURED",
	"CADRE_ROTATION_TRAINED", "HEADS_TRAINING_DAYS", "BACKWARD_VILLAGE_TWINNED", "SECRETARY_PAY_FLOOR", "PARTY_ORG_APPRAISED",
}

func TestEveryIndicatorIsDefinedOnce(t *testing.T) {
	var got []string
	for _, d := range Definitions {
		got = append(got, d.Code)
	}
	if !slices.Equal(got, codes) {
		t.Errorf("codes = %v\nwant %v", got, codes)
	}
	for _, c := range codes {
		if _, ok := ByCode(c); !ok {
			t.Errorf("ByCode(%s) found nothing", c)
		}
	}
	if _, ok := ByCode("NONE"); ok {
		t.Error("ByCode(NONE) found something")
	}
}

// Every definition is complete, and its clause stands in the source
// document word for word.
func TestDefinitionsAreCompleteAndQuoteTheSource(t *testing.T) {
	for _, d := range Definitions {
		for what, s := range map[string]string{
			"title zh": d.Title.ZH, "title en": d.Title.EN, "unit zh": d.Unit.ZH, "unit en": d.Unit.EN,
			"rule zh": d.Rule.ZH, "rule en": d.Rule.EN, "clause": d.Clause,
		} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s has no %s", d.Code, what)
			}
		}
		if !strings.Contains(source, d.Clause) {
			t.Errorf("%s quotes a clause the source does not hold: %q", d.Code, d.Clause)
		}
		if d.Target <= 0 || d.Target > 1 {
			t.Errorf("%s target %v is not a share", d.Code, d.Target)
		}
		if d.Yearly && !d.Deadline.IsZero() {
			t.Errorf("%s is yearly and has a deadline", d.Code)
		}
		switch d.Project {
		case OrganizationSetup, CadreQuality, Entrepreneurship:
		default:
			t.Errorf("%s belongs to no project: %q", d.Code, d.Project)
		}
	}
}
