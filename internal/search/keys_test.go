package search

import (
	"slices"
	"testing"
)

func TestMakeKeys(t *testing.T) {
	for _, tc := range []struct {
		name, latin, code, level string
		want                     map[kind]string
	}{
		{"延吉市", "Yanji Shi", "222401000000", "COUNTY", map[kind]string{
			kName: "延吉市", kPy: "yanjishi", kIni: "yjs", kLat: "", kLati: "ys",
			kCode: "222401000000", kSig: "222401",
			kNameCore: "延吉", kPyCore: "yanji", kIniCore: "yj", kLatCore: "",
		}},
		// The library reads 长 as zhang; the stored Latin name has the right reading.
		{"长春市", "Changchun Shi", "220100000000", "CITY", map[kind]string{
			kPy: "zhangchunshi", kLat: "changchunshi", kLati: "cs",
			kSig: "2201", kNameCore: "长春", kPyCore: "zhangchun", kLatCore: "changchun",
		}},
		{"延边朝鲜族自治州", "Yanbian Chaoxianzu Zizhizhou", "222400000000", "CITY", map[kind]string{
			kNameCore: "延边", kPyCore: "yanbian", kIniCore: "yb", kSig: "2224",
		}},
		{"东光村", "Dongguang Cun", "222401100201", "VILLAGE", map[kind]string{
			kSig: "", kNameCore: "东光", kPyCore: "dongguang",
		}},
		// Too short a core is no alias.
		{"和县", "He Xian", "340523000000", "COUNTY", map[kind]string{kNameCore: "", kPyCore: ""}},
		{"吕明", "Lǚ Míng", "", "", map[kind]string{kPy: "luming", kIni: "lm", kLat: "", kLati: "", kNameCore: ""}},
		{"第２村民小组ABC", "", "", "", map[kind]string{kPy: "di2cunminxiaozuabc", kIni: "d2cmxzabc"}},
	} {
		ks := makeKeys([]byte(tc.name), []byte(tc.latin), []byte(tc.code), tc.level)
		for k, want := range tc.want {
			if got := string(ks.k[k]); got != want {
				t.Errorf("%s: key %d = %q, want %q", tc.name, k, got, want)
			}
		}
	}
}

func TestSyllableMarks(t *testing.T) {
	ks := makeKeys([]byte("延吉市"), nil, nil, "")
	var starts []int
	for p := range ks.k[kPy] {
		if bit(ks.mask[0], p) {
			starts = append(starts, p)
		}
	}
	if !slices.Equal(starts, []int{0, 3, 5}) {
		t.Errorf("syllable starts of yanjishi = %v", starts)
	}
	for q, want := range map[string]int{"ji": substring, "jishi": substring, "anji": none, "shi": substring, "hi": none, "yan": prefix, "yanjishi": exact} {
		if got := matchKey([]byte(q), ks.k[kPy], ks.mask[0], kPy); got != want {
			t.Errorf("matchKey(%q, yanjishi) = %d, want %d", q, got, want)
		}
	}
}

func TestLatinWords(t *testing.T) {
	for in, want := range map[string][]string{
		"Lǚ Míng":        {"lu", "ming"},
		"Xi'an Shi":      {"xi", "an", "shi"},
		"ZHANG-WEI":      {"zhang", "wei"},
		"  ":             nil,
		"Nǚ  Ｚhǎng 2":    {"nu", "zhang", "2"},
		"Ürümqi":         {"urumqi"},
		"lv":             {"lu"},
		"Chaoxianzu123x": {"chaoxianzu123x"},
	} {
		var got []string
		for _, w := range latinWords([]byte(in)) {
			got = append(got, string(w))
		}
		if !slices.Equal(got, want) {
			t.Errorf("latinWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	for in, want := range map[string]query{
		"Yán Jí": {q: []byte("yanji"), latin: true},
		"yj":     {q: []byte("yj"), latin: true},
		"222401": {q: []byte("222401"), latin: true},
		"２２２４":   {q: []byte("2224"), latin: true},
		"延吉":     {q: []byte("延吉")},
		"延吉 shi": {q: []byte("延吉 shi")},
	} {
		got := parseQuery(in)
		if string(got.q) != string(want.q) || got.latin != want.latin {
			t.Errorf("parseQuery(%q) = {%q %v}, want {%q %v}", in, got.q, got.latin, want.q, want.latin)
		}
	}
}
