package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// synthRow is a row of a synthetic province: what Load reads from the database.
type synthRow struct {
	typ    Type
	id     int
	name   string
	latin  string
	code   string // regions
	level  string // regions
	kind   string // organizations
	parent int
}

// Surnames weighted roughly by frequency (common ones repeated), including the
// Korean surnames frequent in Yanbian.
var synthSurnames = []rune("王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤朴朴欧")

var synthGiven = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱香月瑞凡佳嘉琼勤珍莉晶妍秋珊锦青倩婷颖露瑶怡丹蓉君琴薇梦岚馨韵悦冰爽宁欣柔凝晓欢枫菲寒亚宜可舒国建文志永海东立成德福金山林生龙元全胜祥才发武新利清飞彬富顺信子杰涛昌进波宏")

var synthPlace = []rune("东西南北中新安和平兴隆丰太阳光明永胜利合山河林泉沟岭屯堡长青红星富民庆前进团结友谊双龙凤凰松柏桦杨柳榆河湾桥石台岗坪甸子营城家集店沿江")

var synthIndustry = []string{"种植", "养殖", "农机", "果蔬", "人参", "木耳", "稻米", "肉牛", "黄牛", "旅游", "电商", "劳务"}

var synthCities = []struct{ code, name, latin string }{
	{"2201", "长春市", "Changchun Shi"}, {"2202", "吉林市", "Jilin Shi"}, {"2203", "四平市", "Siping Shi"},
	{"2204", "辽源市", "Liaoyuan Shi"}, {"2205", "通化市", "Tonghua Shi"}, {"2206", "白山市", "Baishan Shi"},
	{"2207", "松原市", "Songyuan Shi"}, {"2208", "白城市", "Baicheng Shi"},
	{"2224", "延边朝鲜族自治州", "Yanbian Chaoxianzu Zizhizhou"},
}

// latinOf writes a name the way name_latin holds it: capitalised pinyin words.
// words gives the number of characters per word (the rest is the last word).
func latinOf(name string, words ...int) string {
	var out []string
	var w strings.Builder
	n := 0
	for _, r := range name {
		s := syllable(r)
		if s == "" {
			continue
		}
		if w.Len() == 0 {
			s = string(unicode.ToUpper(rune(s[0]))) + s[1:]
		}
		w.WriteString(s)
		n++
		if len(words) > 0 && n == words[0] {
			out = append(out, w.String())
			w.Reset()
			words, n = words[1:], 0
		}
	}
	if w.Len() > 0 {
		out = append(out, w.String())
	}
	return strings.Join(out, " ")
}

func pick(r *rand.Rand, rs []rune, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(rs[r.IntN(len(rs))])
	}
	return b.String()
}

// synthProvince generates a deterministic province of about villages villages
// with orgsPer organizations and peoplePer people each.
func synthProvince(seed uint64, villages, orgsPer, peoplePer int) []synthRow {
	r := rand.New(rand.NewPCG(seed, 1))
	var rows []synthRow
	nextID := map[Type]int{Region: 30064771072, Organization: 8589934592, Person: 12884901888}
	add := func(row synthRow) int {
		row.id = nextID[row.typ]
		nextID[row.typ]++
		rows = append(rows, row)
		return row.id
	}
	prov := add(synthRow{typ: Region, name: "吉林省", latin: "Jilin Sheng", code: "220000000000", level: "PROVINCE"})
	perCounty := max(1, villages/60)
	var villageIDs []int
	var villageNames []string
	for ci, c := range synthCities {
		city := add(synthRow{typ: Region, name: c.name, latin: c.latin, code: c.code + "00000000", level: "CITY", parent: prov})
		counties := 60 / len(synthCities)
		if ci < 60%len(synthCities) {
			counties++
		}
		for k := 1; k <= counties; k++ {
			suffix := []string{"县", "市", "区"}[r.IntN(3)]
			base := pick(r, synthPlace, 2)
			if c.code == "2224" && k == 1 {
				base = "延吉"
				suffix = "市"
			}
			cname := base + suffix
			county := add(synthRow{typ: Region, name: cname, latin: latinOf(cname, 2), code: fmt.Sprintf("%s%02d000000", c.code, k), level: "COUNTY", parent: city})
			add(synthRow{typ: Organization, name: cname + "委组织部", latin: latinOf(cname + "委组织部"), kind: "GOVERNMENT_ORGAN", parent: county})
			towns := max(1, perCounty/10)
			for t := 1; t <= towns; t++ {
				tname := pick(r, synthPlace, 2) + []string{"镇", "乡"}[r.IntN(2)]
				town := add(synthRow{typ: Region, name: tname, latin: latinOf(tname, 2), code: fmt.Sprintf("%s%02d%03d000", c.code, k, 100+t), level: "TOWNSHIP", parent: county})
				add(synthRow{typ: Organization, name: tname + "党委", latin: latinOf(tname + "党委"), kind: "PARTY_COMMITTEE", parent: town})
				for v := 1; v <= 10; v++ {
					vname := pick(r, synthPlace, 2) + "村"
					vid := add(synthRow{typ: Region, name: vname, latin: latinOf(vname, 2), code: fmt.Sprintf("%s%02d%03d%03d", c.code, k, 100+t, 200+v), level: "VILLAGE", parent: town})
					villageIDs = append(villageIDs, vid)
					villageNames = append(villageNames, vname)
				}
			}
		}
	}
	orgKinds := []struct{ suffix, kind string }{
		{"党支部", "PARTY_BRANCH"}, {"村民委员会", "VILLAGERS_COMMITTEE"}, {"股份经济合作社", "COLLECTIVE_ECONOMY"},
		{"团支部", "YOUTH_LEAGUE"}, {"妇联", "WOMENS_CONGRESS"}, {"民兵连", "MILITIA"},
	}
	for i, vid := range villageIDs {
		v := villageNames[i]
		for j := range orgsPer {
			var name, kind string
			if j < len(orgKinds) {
				name, kind = v+orgKinds[j].suffix, orgKinds[j].kind
			} else if j%2 == 0 {
				name, kind = v+pick(r, synthPlace, 2)+synthIndustry[r.IntN(len(synthIndustry))]+"专业合作社", "COOPERATIVE"
			} else {
				name, kind = "吉林省"+pick(r, synthPlace, 2)+synthIndustry[r.IntN(len(synthIndustry))]+"有限公司", "ENTERPRISE"
			}
			add(synthRow{typ: Organization, name: name, latin: latinOf(name), kind: kind, parent: vid})
		}
	}
	for _, vid := range villageIDs {
		for range peoplePer {
			name := pick(r, synthSurnames, 1) + pick(r, synthGiven, 1+r.IntN(2))
			add(synthRow{typ: Person, name: name, latin: latinOf(name, 1), parent: vid})
		}
	}
	return rows
}

// buildSynth builds a base the way Load does, from rows instead of a database.
func buildSynth(rows []synthRow) *base {
	var bd builder
	var km keyMaker
	for _, row := range rows {
		ks := km.make([]byte(row.name), []byte(row.latin), []byte(row.code), row.level)
		attr := uint8(0)
		switch row.typ {
		case Region:
			attr = levelAttr(row.level)
		case Organization:
			attr = kindAttr(row.kind)
		}
		bd.add(meta{ref: Ref{row.typ, row.id}, parent: row.parent, attr: attr}, &ks, 0)
	}
	return bd.finish()
}
