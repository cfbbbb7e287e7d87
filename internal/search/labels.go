package search

import "strings"

// levels are the region levels, highest first; a region's attr is its index.
var levels = []string{"PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE", "COMMUNITY"}

// kinds are the organization kinds with the label a subtitle shows; an
// organization's attr is its index.
var kinds = []struct{ kind, label string }{
	{"PARTY_COMMITTEE", "党委"},
	{"PARTY_GENERAL_BRANCH", "党总支"},
	{"PARTY_BRANCH", "党支部"},
	{"VILLAGERS_COMMITTEE", "村民委员会"},
	{"COLLECTIVE_ECONOMY", "集体经济组织"},
	{"COOPERATIVE", "合作社"},
	{"ENTERPRISE", "企业"},
	{"YOUTH_LEAGUE", "共青团"},
	{"WOMENS_CONGRESS", "妇女代表大会"},
	{"MILITIA", "民兵组织"},
	{"URBAN_COMMUNITY", "城市社区"},
	{"GOVERNMENT_ORGAN", "机关"},
	{"MASS_ORGANIZATION", "群团组织"},
	{"COLLEGE", "高校"},
	{"PUBLIC_INSTITUTION", "事业单位"},
	{"BORDER_UNIT", "边防单位"},
}

const unknownAttr = 0xFF

func levelAttr(s string) uint8 {
	for i, l := range levels {
		if l == s {
			return uint8(i)
		}
	}
	return unknownAttr
}

func kindAttr(s string) uint8 {
	for i, k := range kinds {
		if k.kind == s {
			return uint8(i)
		}
	}
	return unknownAttr
}

func kindLabel(attr uint8) string {
	if int(attr) < len(kinds) {
		return kinds[attr].label
	}
	return ""
}

// Separators in subtitles.
const (
	pathSep = " / "
	kindSep = " · "
)

// subtitle tells namesakes apart: the names of the regions above a region
// (province first), the region path of an organization down to its own region
// followed by its kind, a person's home region path.
func (x *Index) subtitle(typ Type, attr uint8, parent int) string {
	var names []string
	seen := 0
	for id := parent; id != 0 && seen < 16; seen++ { // the bound guards against a cycle
		name, up, ok := x.region(id)
		if !ok {
			break
		}
		names = append(names, name)
		id = up
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	s := strings.Join(names, pathSep)
	if typ == Organization {
		if l := kindLabel(attr); l != "" {
			if s != "" {
				s += kindSep
			}
			s += l
		}
	}
	return s
}

// region returns the name and parent of a region; x.mu must be held.
func (x *Index) region(id int) (string, int, bool) {
	r := Ref{Type: Region, ID: id}
	if it, ok := x.live[r]; ok {
		return string(it.keys.k[kName]), it.meta.parent, true
	}
	if _, ok := x.dead[r]; ok {
		return "", 0, false
	}
	if e := x.base.find(r); e != nil {
		return string(x.base.keyAt(e, kName)), e.parent, true
	}
	return "", 0, false
}
