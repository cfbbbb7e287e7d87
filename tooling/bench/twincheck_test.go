package bench

import (
	"strings"
	"testing"
)

func decodeT(t *testing.T, raw, root string) any {
	t.Helper()
	v, err := decodeRoot(200, []byte(raw), root)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// One organization with three links: ours lists both directions together,
// PostGraphile each direction apart.
const (
	oursNestedAnswer = `{"data":{"organizations":{"totalCount":7,"edges":[{"node":{"id":"5","name":"甲村党支部","region":{"name":"甲村"},
		"positions":{"edges":[{"node":{"role":"SECRETARY","person":{"name":"王一"}}},{"node":{"role":"MEMBER","person":{"name":"李二"}}}]},
		"links":{"totalCount":3,"edges":[
			{"node":{"kind":"VILLAGE_VILLAGE","status":"ACTIVE","source":{"id":"5","name":"甲村党支部"},"target":{"id":"9","name":"乙村党支部"}}},
			{"node":{"kind":"URBAN_RURAL_TWINNING","status":"ACTIVE","source":{"id":"12","name":"某局"},"target":{"id":"5","name":"甲村党支部"}}},
			{"node":{"kind":"VILLAGE_VILLAGE","status":"ENDED","source":{"id":"5","name":"甲村党支部"},"target":{"id":"10","name":"丙村党支部"}}}]}}}]}}}`
	v4NestedAnswer = `{"data":{"allOrganizations":{"totalCount":7,"edges":[{"node":{"id":"5","name":"甲村党支部","regionByRegionId":{"name":"甲村"},
		"positionsByOrganizationId":{"edges":[{"node":{"role":"SECRETARY","personByPersonId":{"name":"王一"}}},{"node":{"role":"MEMBER","personByPersonId":{"name":"李二"}}}]},
		"linksBySourceId":{"totalCount":2,"edges":[
			{"node":{"kind":"VILLAGE_VILLAGE","status":"ACTIVE","organizationByTargetId":{"id":"9","name":"乙村党支部"}}},
			{"node":{"kind":"VILLAGE_VILLAGE","status":"ENDED","organizationByTargetId":{"id":"10","name":"丙村党支部"}}}]},
		"linksByTargetId":{"totalCount":1,"edges":[
			{"node":{"kind":"URBAN_RURAL_TWINNING","status":"ACTIVE","organizationBySourceId":{"id":"12","name":"某局"}}}]}}}]}}}`
)

func TestNestedTwinsAgreeInNormalForm(t *testing.T) {
	ours := normaliseNested(flavourOurs, decodeT(t, oursNestedAnswer, "organizations"))
	if len(ours.Orgs) != 1 || ours.Orgs[0].Links[1] != "URBAN_RURAL_TWINNING ACTIVE 12 某局" || ours.Orgs[0].Posts[0] != "SECRETARY 王一" {
		t.Fatalf("ours in normal form: %+v", ours)
	}
	for _, got := range []nestedPage{
		normaliseNested(flavourV4, decodeT(t, v4NestedAnswer, "allOrganizations")),
		normaliseNested(flavourV5, decodeT(t, strings.ReplaceAll(v4NestedAnswer, `"id"`, `"rowId"`), "allOrganizations")),
	} {
		o := ours
		settleLinks(&o, &got)
		if d := firstDiff(o, got); d != "" {
			t.Errorf("the same links read from both ends differ: %s", d)
		}
	}
}

func TestSettleLinksTakesOnlyAFullPageOfTheirs(t *testing.T) {
	theirs := func(total int, links ...string) nestedPage {
		return nestedPage{Orgs: []nestedOrg{{ID: "5", LinkTotal: total, Links: links}}}
	}
	ten := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	for name, c := range map[string]struct {
		ours, theirs nestedPage
		same         bool
	}{
		"the same, another order":       {theirs(2, "a", "b"), theirs(2, "b", "a"), true},
		"a page of 10 of 12":            {theirs(12, ten...), theirs(12, append([]string{"x", "y"}, ten...)...), true},
		"one missing":                   {theirs(3, "a", "b"), theirs(3, "a", "b", "c"), false},
		"one PostGraphile lacks":        {theirs(2, "a", "z"), theirs(2, "a", "b"), false},
		"twice where PostGraphile once": {theirs(2, "a", "a"), theirs(2, "a", "b"), false},
		"other totals":                  {theirs(2, "a", "b"), theirs(3, "a", "b", "c"), false},
	} {
		settleLinks(&c.ours, &c.theirs)
		if d := firstDiff(c.ours, c.theirs); (d == "") != c.same {
			t.Errorf("%s: diff %q", name, d)
		}
	}
}

func TestNestedTwinsDifferWhereTheDataDoes(t *testing.T) {
	ours := normaliseNested(flavourOurs, decodeT(t, oursNestedAnswer, "organizations"))
	for name, c := range map[string]struct{ from, to, field string }{
		"another region":  {`"regionByRegionId":{"name":"甲村"}`, `"regionByRegionId":{"name":"丁村"}`, "Orgs[0].Region"},
		"posts reordered": {`"SECRETARY","personByPersonId":{"name":"王一"}`, `"SECRETARY","personByPersonId":{"name":"李二"}`, "Orgs[0].Posts[0]"},
		"another total":   {`"totalCount":7`, `"totalCount":8`, "Total"},
		"another count":   {`"linksByTargetId":{"totalCount":1`, `"linksByTargetId":{"totalCount":2`, "Orgs[0].LinkTotal"},
	} {
		v4 := normaliseNested(flavourV4, decodeT(t, strings.Replace(v4NestedAnswer, c.from, c.to, 1), "allOrganizations"))
		o := ours
		settleLinks(&o, &v4)
		if d := firstDiff(o, v4); !strings.HasPrefix(d, c.field) {
			t.Errorf("%s: diff %q, want one at %s", name, d, c.field)
		}
	}
}

func TestFlatTwinsCompareInOrder(t *testing.T) {
	ours := normaliseFlat(flavourOurs, decodeT(t, `{"data":{"organizations":{"edges":[{"node":{"id":"1","name":"甲","kind":"PARTY_BRANCH","status":"ACTIVE"}},{"node":{"id":"2","name":"乙","kind":"COOPERATIVE","status":"ACTIVE"}}]}}}`, "organizations"))
	v5 := normaliseFlat(flavourV5, decodeT(t, `{"data":{"allOrganizations":{"edges":[{"node":{"rowId":"1","name":"甲","kind":"PARTY_BRANCH","status":"ACTIVE"}},{"node":{"rowId":"2","name":"乙","kind":"COOPERATIVE","status":"ACTIVE"}}]}}}`, "allOrganizations"))
	if d := firstDiff(ours, v5); d != "" || len(ours) != 2 {
		t.Errorf("the same list differs: %q (%d)", d, len(ours))
	}
	swapped := []string{v5[1], v5[0]}
	if d := firstDiff(ours, swapped); !strings.HasPrefix(d, "[0]") {
		t.Errorf("another order passes: %q", d)
	}
	if d := firstDiff(ours, v5[:1]); !strings.Contains(d, "2 entries against 1") {
		t.Errorf("a shorter list: %q", d)
	}
}

func TestPageTwinsAgreeInNormalForm(t *testing.T) {
	ours := []string{
		`{"data":{"node":{"__typename":"Organization","id":"5","name":"甲村党支部","kind":"PARTY_BRANCH","status":"ACTIVE","foundedOn":"1963-10-04","memberCount":2,
			"region":{"id":"40","name":"甲村","ancestors":[{"id":"1","name":"吉林省"},{"id":"2","name":"长春市"}]},
			"parent":{"id":"3"},"host":null,"partyOrganizations":[],"children":{"totalCount":0},
			"currentLeaders":[{"id":"70","role":"SECRETARY","person":{"id":"80"}}]}}}`,
		`{"data":{"node":{"id":"5","positions":{"totalCount":3}}}}`,
		`{"data":{"node":{"id":"5","links":{"totalCount":3,"edges":[{"node":{"id":"21"}},{"node":{"id":"22"}},{"node":{"id":"100"}}]}}}}`,
		`{"data":{"node":{"id":"5","projects":{"totalCount":1,"edges":[{"node":{"id":"31"}}]}}}}`,
		`{"data":{"node":{"id":"5","positions":{"totalCount":4},"links":{"totalCount":3}}}}`,
	}
	v4 := []string{
		`{"data":{"organizationById":{"id":"5","name":"甲村党支部","kind":"PARTY_BRANCH","status":"ACTIVE","foundedOn":"1963-10-04T00:00:00+00:00",
			"regionByRegionId":{"id":"40","name":"甲村","regionByParentId":{"id":"2","name":"长春市","regionByParentId":{"id":"1","name":"吉林省","regionByParentId":null}}},
			"organizationByParentId":{"id":"3"},"organizationByHostId":null,
			"organizationsByHostId":{"nodes":[{"id":"6","kind":"COOPERATIVE","status":"ACTIVE"},{"id":"7","kind":"PARTY_BRANCH","status":"DISSOLVED"}]},
			"organizationsByParentId":{"totalCount":0},
			"positionsByOrganizationId":{"nodes":[{"id":"70","role":"SECRETARY","personByPersonId":{"id":"80"}},{"id":"71","role":"MEMBER","personByPersonId":{"id":"81"}},{"id":"72","role":"MEMBER","personByPersonId":{"id":"80"}}]}}}}`,
		`{"data":{"organizationById":{"id":"5","positionsByOrganizationId":{"totalCount":3}}}}`,
		`{"data":{"organizationById":{"id":"5","linksBySourceId":{"totalCount":2,"edges":[{"node":{"id":"22"}},{"node":{"id":"100"}}]},"linksByTargetId":{"totalCount":1,"edges":[{"node":{"id":"21"}}]}}}}`,
		`{"data":{"organizationById":{"id":"5","projectsByOrganizationId":{"totalCount":1,"edges":[{"node":{"id":"31"}}]}}}}`,
		`{"data":{"organizationById":{"id":"5","positionsByOrganizationId":{"totalCount":4},"linksBySourceId":{"totalCount":2},"linksByTargetId":{"totalCount":1}}}}`,
	}
	roots := func(f flavour, answers []string) []any {
		var out []any
		for _, a := range answers {
			out = append(out, decodeT(t, a, rootField(f, shapePage)))
		}
		return out
	}
	o := normalisePage(flavourOurs, roots(flavourOurs, ours))
	g := normalisePage(flavourV4, roots(flavourV4, v4))
	if d := firstDiff(o, g); d != "" {
		t.Fatalf("the same page differs: %s\nours %+v\nv4   %+v", d, o, g)
	}
	if o.Founded != "1963-10-04" || strings.Join(o.Regions, "/") != "吉林省/长春市/甲村" || o.MemberCount != 2 || strings.Join(o.Links, ",") != "21,22,100" {
		t.Errorf("ours in normal form: %+v", o)
	}
	// a cooperative set up in it is no party organization; a party branch in it would be
	v4[0] = strings.Replace(v4[0], `{"id":"6","kind":"COOPERATIVE"`, `{"id":"6","kind":"PARTY_BRANCH"`, 1)
	if d := firstDiff(o, normalisePage(flavourV4, roots(flavourV4, v4))); !strings.HasPrefix(d, "PartyOrganizations") {
		t.Errorf("a hosted party branch: %q", d)
	}
}

func TestAnswersAreChecked(t *testing.T) {
	ok := `{"data":{"allOrganizations":{"edges":[{"node":{}},{"node":{}}]}}}`
	for name, c := range map[string]struct {
		code int
		raw  string
		want string // "" passes
	}{
		"good":       {200, ok, ""},
		"HTTP 500":   {500, ok, "HTTP 500"},
		"not JSON":   {200, `<html>`, "not JSON"},
		"errors":     {200, `{"errors":[{"message":"boom"}],"data":{"allOrganizations":{"edges":[]}}}`, "boom"},
		"null data":  {200, `{"data":null}`, "no data.allOrganizations"},
		"null root":  {200, `{"data":{"allOrganizations":null}}`, "no data.allOrganizations"},
		"short list": {200, `{"data":{"allOrganizations":{"edges":[{"node":{}}]}}}`, "1 edges, want 2"},
		"other root": {200, `{"data":{"organizations":{"edges":[{},{}]}}}`, "no data.allOrganizations"},
	} {
		err := checkList(c.code, []byte(c.raw), "allOrganizations", 2)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
	if err := checkOrg(200, []byte(`{"data":{"organizationByRowId":{"rowId":"5"}}}`), "organizationByRowId", "rowId", "5"); err != nil {
		t.Error(err)
	}
	if err := checkOrg(200, []byte(`{"data":{"organizationByRowId":{"rowId":"6"}}}`), "organizationByRowId", "rowId", "5"); err == nil {
		t.Error("another organization passes")
	}
	if err := checkOrg(200, []byte(`{"data":{"node":null}}`), "node", "id", "5"); err == nil {
		t.Error("no organization passes")
	}
}
