package search_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"grassroots/internal/fault"
	"grassroots/internal/search"
	"grassroots/tooling/testdb"
)

// loaded returns an index loaded from a fresh database holding the world.
func loaded(t *testing.T, dialect string) (*search.Index, *world) {
	t.Helper()
	st := testdb.Open(t, dialect)
	w := buildWorld(builder{t, context.Background(), st.Client})
	x := search.New()
	if err := x.Load(context.Background(), st); err != nil {
		t.Fatalf("Load: %v", err)
	}
	return x, w
}

func TestQueryFindsByNamePinyinAndCode(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			x, w := loaded(t, d)
			for _, tc := range []struct {
				name, q string
				first   string // "TYPE title" of the best hit
				id      int
			}{
				{"initials", "yj", "REGION 延吉市", w.yanji.ID},
				{"full pinyin", "yanji", "REGION 延吉市", w.yanji.ID},
				{"pinyin with the suffix", "yanjishi", "REGION 延吉市", w.yanji.ID},
				{"pinyin with tone marks and spaces", " Yánjí Shì ", "REGION 延吉市", w.yanji.ID},
				{"upper-case pinyin", "YANJI", "REGION 延吉市", w.yanji.ID},
				{"Chinese name without suffix", "延吉", "REGION 延吉市", w.yanji.ID},
				{"Chinese substring", "吉市", "REGION 延吉市", w.yanji.ID},
				{"Chinese substring of an organization", "组织", "ORGANIZATION 延吉市委组织部", w.organDept.ID},
				{"autonomous prefecture by its short name", "延边", "REGION 延边朝鲜族自治州", w.prefecture.ID},
				{"stored Latin name", "yanbianchaoxianzuzizhizhou", "REGION 延边朝鲜族自治州", w.prefecture.ID},
				{"code", "222401000000", "REGION 延吉市", w.yanji.ID},
				{"significant code prefix", "222401", "REGION 延吉市", w.yanji.ID},
				{"code prefix", "2224011", "REGION 依兰镇", w.yilan.ID},
				{"prefecture code prefix", "2224", "REGION 延边朝鲜族自治州", w.prefecture.ID},
				{"ü typed as v", "lvming", "PERSON 吕明", w.lv.ID},
				{"ü typed as u", "luming", "PERSON 吕明", w.lv.ID},
				{"given name in pinyin", "ming", "PERSON 吕明", w.lv.ID},
				{"full-width digits", "２２２４０１", "REGION 延吉市", w.yanji.ID},
			} {
				t.Run(tc.name, func(t *testing.T) {
					hits := query(t, x, tc.q)
					if len(hits) == 0 {
						t.Fatalf("Query(%q) found nothing", tc.q)
					}
					if got := titles(hits)[0]; got != tc.first || hits[0].ID != tc.id {
						t.Errorf("Query(%q) best = %s (id %d), want %s (id %d); all: %v", tc.q, got, hits[0].ID, tc.first, tc.id, titles(hits))
					}
				})
			}
		})
	}
}

func TestQueryMissesWhatDoesNotMatch(t *testing.T) {
	x, _ := loaded(t, testdb.Dialects[0])
	for _, q := range []string{
		"anji",        // not at a syllable start of yanji
		"2401",        // codes match by prefix only
		"北京",          // no such name
		"yanjicity",   // longer than every key
		"'-",          // nothing left after normalisation
		"zhang wei x", // more than the name
	} {
		if hits := query(t, x, q); len(hits) != 0 {
			t.Errorf("Query(%q) = %v, want nothing", q, titles(hits))
		}
	}
}

func TestQueryRanksExactThenPrefixThenSubstring(t *testing.T) {
	x, w := loaded(t, testdb.Dialects[0])
	hits := query(t, x, "东光村")
	want := []string{
		"REGION 东光村", "REGION 东光村", // exact
		"ORGANIZATION 东光村党支部", "ORGANIZATION 东光村党支部", // prefix
		"REGION 新东光村", // substring
	}
	if got := titles(hits); !slices.Equal(got, want) {
		t.Fatalf("Query(东光村) = %v, want %v", got, want)
	}
	for i, lo, hi := 0, 1.0, 1.0; i < len(hits); i++ {
		switch i {
		case 2:
			lo, hi = 1.0/3, 2.0/3
		case 4:
			lo, hi = 0, 1.0/3
		}
		if s := hits[i].Score; s < lo || s > hi || (lo < 1 && (s == lo || s == hi)) {
			t.Errorf("hit %d (%s) score %v, want in class (%v, %v]", i, titles(hits)[i], s, lo, hi)
		}
	}
	// Same score: by id.
	if hits[0].ID != w.dongguangA.ID || hits[2].ID != w.branchA.ID {
		t.Errorf("ties not broken by id: %+v", hits[:4])
	}
	// Shorter names first within a class: 延吉市 covers more of "yanji…" than 延吉市委组织部.
	hits = query(t, x, "yanj")
	if got := titles(hits); len(got) < 2 || got[0] != "REGION 延吉市" || got[1] != "ORGANIZATION 延吉市委组织部" {
		t.Errorf("Query(yanj) = %v, want 延吉市 then 延吉市委组织部", got)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Errorf("scores not descending: %v", hits)
		}
	}
}

func TestQueryOrdersRegionsByLevelOnTies(t *testing.T) {
	x, _ := loaded(t, testdb.Dialects[0])
	// "2224" is the prefecture's significant code (exact); the counties' start with it.
	hits := query(t, x, "2224", search.Region)
	got := titles(hits)
	want := []string{"REGION 延边朝鲜族自治州", "REGION 图们市", "REGION 延吉市"}
	if len(got) < 3 || !slices.Equal(got[:3], want) {
		t.Errorf("Query(2224) = %v, want to start with %v", got, want)
	}
}

func TestQueryFiltersTypes(t *testing.T) {
	x, _ := loaded(t, testdb.Dialects[0])
	for _, tc := range []struct {
		types []search.Type
		want  []string
	}{
		{[]search.Type{search.Organization}, []string{"ORGANIZATION 东光村党支部", "ORGANIZATION 东光村党支部"}},
		{[]search.Type{search.Region}, []string{"REGION 东光村", "REGION 东光村", "REGION 新东光村"}},
		{[]search.Type{search.Person}, nil},
		{[]search.Type{search.Person, search.Organization}, []string{"ORGANIZATION 东光村党支部", "ORGANIZATION 东光村党支部"}},
		{nil, []string{"REGION 东光村", "REGION 东光村", "ORGANIZATION 东光村党支部", "ORGANIZATION 东光村党支部", "REGION 新东光村"}},
	} {
		if got := titles(query(t, x, "dongguang", tc.types...)); !slices.Equal(got, tc.want) {
			t.Errorf("Query(dongguang, %v) = %v, want %v", tc.types, got, tc.want)
		}
	}
}

func TestQueryHonoursFirst(t *testing.T) {
	x, _ := loaded(t, testdb.Dialects[0])
	all := query(t, x, "东光")
	hits, err := x.Query("东光", nil, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 3 || !slices.Equal(titles(hits), titles(all[:2])) {
		t.Errorf("first 2 = %v, want the best 2 of %v", titles(hits), titles(all))
	}
}

func TestSubtitlesTellNamesakesApart(t *testing.T) {
	x, w := loaded(t, testdb.Dialects[1%len(testdb.Dialects)])
	want := map[[2]int]string{
		{int(search.Region), w.dongguangA.ID}:      "吉林省 / 延边朝鲜族自治州 / 延吉市 / 依兰镇",
		{int(search.Region), w.dongguangB.ID}:      "吉林省 / 延边朝鲜族自治州 / 图们市 / 月晴镇",
		{int(search.Organization), w.branchA.ID}:   "吉林省 / 延边朝鲜族自治州 / 延吉市 / 依兰镇 / 东光村 · 党支部",
		{int(search.Organization), w.branchB.ID}:   "吉林省 / 延边朝鲜族自治州 / 图们市 / 月晴镇 / 东光村 · 党支部",
		{int(search.Person), w.zhangA.ID}:          "吉林省 / 延边朝鲜族自治州 / 延吉市 / 依兰镇 / 东光村",
		{int(search.Person), w.zhangB.ID}:          "吉林省 / 延边朝鲜族自治州 / 图们市 / 月晴镇 / 东光村",
		{int(search.Region), w.province.ID}:        "",
		{int(search.Organization), w.organDept.ID}: "吉林省 / 延边朝鲜族自治州 / 延吉市 · 机关",
	}
	seen := 0
	for _, q := range []string{"东光村", "zw", "吉林", "组织部"} {
		for _, h := range query(t, x, q) {
			if s, ok := want[[2]int{int(h.Type), h.ID}]; ok {
				seen++
				if h.Subtitle != s {
					t.Errorf("%s %s (%d): subtitle %q, want %q", h.Type, h.Title, h.ID, h.Subtitle, s)
				}
			}
		}
	}
	if seen < len(want) {
		t.Errorf("saw %d of the %d rows checked", seen, len(want))
	}
}

func TestQueryRejectsBadInput(t *testing.T) {
	x := search.New()
	for _, tc := range []struct {
		q     string
		first int
		field string
	}{
		{"", 20, "query"},
		{"  \t　", 20, "query"},
		{"延吉\x00", 20, "query"},
		{"\x1b[2J", 20, "query"},
		{"yanji\u0085", 20, "query"},
		{"\xff", 20, "query"},
		{strings.Repeat("延", search.MaxQueryLen+1), 20, "query"},
		{"延吉", 0, "first"},
		{"延吉", -1, "first"},
		{"延吉", search.MaxFirst + 1, "first"},
	} {
		_, err := x.Query(tc.q, nil, tc.first)
		fe, ok := fault.As(err)
		if !ok || fe.Code != fault.BadInput || fe.Field != tc.field {
			t.Errorf("Query(%q, first %d) error = %v, want BAD_USER_INPUT on %s", tc.q, tc.first, err, tc.field)
		}
	}
	if hits, err := x.Query("延吉", nil, search.MaxFirst); err != nil || len(hits) != 0 {
		t.Errorf("empty index: %v, %v", hits, err)
	}
	if _, err := search.ParseType("TOWN"); err == nil {
		t.Error("ParseType accepted an unknown type")
	}
}
