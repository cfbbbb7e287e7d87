package demo

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
)

// jilin-divisions.csv is a copy of shared/data/jilin-divisions.csv: the real
// prefecture- and county-level divisions of Jilin with their codes, pinyin and
// border flag.
//
//go:embed jilin-divisions.csv
var divisionsCSV string

// division is one row of jilin-divisions.csv.
type division struct {
	Code, Name, Latin, Level, ParentCode string
	Border                               bool
	// Short forms used inside unit names: 珲春 / Hunchun for 珲春市.
	Short, ShortLatin string
	Lat, Lon          float64
}

var divisions = mustParseDivisions()

func mustParseDivisions() []division {
	recs, err := csv.NewReader(strings.NewReader(divisionsCSV)).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("demo: jilin-divisions.csv: %v", err))
	}
	var out []division
	for i, rec := range recs {
		if i == 0 {
			continue
		}
		if len(rec) != 6 {
			panic(fmt.Sprintf("demo: jilin-divisions.csv line %d: %d fields", i+1, len(rec)))
		}
		d := division{Code: rec[0], Name: rec[1], Latin: rec[2], Level: rec[3], ParentCode: rec[4], Border: rec[5] == "true"}
		d.Short, d.ShortLatin = shortName(d)
		if c, ok := centers[d.Code[:6]]; ok {
			d.Lat, d.Lon = c[0], c[1]
		} else {
			panic("demo: no coordinates for " + d.Code)
		}
		out = append(out, d)
	}
	return out
}

// shortName drops the level suffix: 珲春市 → 珲春, 长白朝鲜族自治县 → 长白.
func shortName(d division) (string, string) {
	special := map[string][2]string{
		"220721000000": {"前郭", "Qianguo"},
		"222400000000": {"延边", "Yanbian"},
		"220000000000": {"吉林", "Jilin"},
	}
	if s, ok := special[d.Code]; ok {
		return s[0], s[1]
	}
	name := d.Name
	for _, suf := range []string{"朝鲜族自治县", "满族自治县", "市", "县", "区"} {
		if strings.HasSuffix(name, suf) && len([]rune(name)) > len([]rune(suf))+1 {
			name = strings.TrimSuffix(name, suf)
			break
		}
	}
	latin := d.Latin
	if i := strings.IndexByte(latin, ' '); i > 0 {
		latin = latin[:i]
	}
	return name, latin
}

// centers are approximate coordinates (latitude, longitude) of each city and
// county seat, by the first six digits of the code.
var centers = map[string][2]float64{
	"220000": {43.90, 125.33}, "220100": {43.88, 125.32}, "220102": {43.86, 125.35}, "220103": {43.92, 125.33},
	"220104": {43.83, 125.29}, "220105": {43.87, 125.37}, "220106": {43.88, 125.25}, "220112": {43.52, 125.66},
	"220113": {44.15, 125.84}, "220122": {44.43, 125.18}, "220182": {44.83, 126.53}, "220183": {44.53, 125.70},
	"220184": {43.50, 124.82}, "220200": {43.84, 126.55}, "220202": {43.88, 126.57}, "220203": {43.91, 126.56},
	"220204": {43.83, 126.54}, "220211": {43.72, 126.68}, "220221": {43.67, 126.50}, "220281": {43.72, 127.34},
	"220282": {42.97, 126.75}, "220283": {44.41, 126.97}, "220284": {42.95, 126.06}, "220300": {43.17, 124.35},
	"220302": {43.15, 124.35}, "220303": {43.16, 124.41}, "220322": {43.31, 124.34}, "220323": {43.35, 125.31},
	"220382": {43.52, 123.50}, "220400": {42.89, 125.14}, "220402": {42.90, 125.14}, "220403": {42.93, 125.15},
	"220421": {42.68, 125.53}, "220422": {42.93, 124.99}, "220500": {41.73, 125.94}, "220502": {41.73, 125.96},
	"220503": {41.77, 126.04}, "220521": {41.68, 125.76}, "220523": {42.68, 126.05}, "220524": {42.28, 125.74},
	"220581": {42.54, 125.68}, "220582": {41.12, 126.19}, "220600": {41.94, 126.42}, "220602": {41.94, 126.42},
	"220605": {42.05, 126.59}, "220621": {42.33, 127.28}, "220622": {42.39, 126.81}, "220623": {41.42, 128.20},
	"220681": {41.81, 126.92}, "220700": {45.14, 124.82}, "220702": {45.17, 124.82}, "220721": {44.95, 124.45},
	"220722": {44.28, 123.97}, "220723": {45.00, 124.02}, "220781": {44.99, 126.04}, "220800": {45.62, 122.84},
	"220802": {45.62, 122.85}, "220821": {45.85, 123.20}, "220822": {44.81, 123.09}, "220881": {45.34, 122.79},
	"220882": {45.51, 124.29}, "222400": {42.89, 129.51}, "222401": {42.89, 129.51}, "222402": {42.97, 129.84},
	"222403": {43.37, 128.23}, "222404": {42.86, 130.36}, "222405": {42.77, 129.43}, "222406": {42.55, 129.01},
	"222424": {43.31, 129.77}, "222426": {43.11, 128.90},
}

// villageCounts are the administrative villages generated per county, fixed
// per county so that a county's content is the same at every scale. They sum
// to about 1,050 for Yanbian and 9,300 for the province.
var villageCounts = map[string]int{
	// Yanbian
	"222401": 45, "222402": 85, "222403": 260, "222404": 150, "222405": 120, "222406": 115, "222424": 145, "222426": 120,
	// Changchun
	"220102": 30, "220103": 45, "220104": 25, "220105": 40, "220106": 45, "220112": 135, "220113": 300,
	"220122": 360, "220182": 370, "220183": 310, "220184": 400,
	// Jilin city
	"220202": 95, "220203": 90, "220204": 60, "220211": 70, "220221": 140, "220281": 230, "220282": 150, "220283": 230, "220284": 255,
	// Siping
	"220302": 25, "220303": 45, "220322": 330, "220323": 180, "220382": 230,
	// Liaoyuan
	"220402": 30, "220403": 20, "220421": 210, "220422": 230,
	// Tonghua
	"220502": 40, "220503": 45, "220521": 170, "220523": 150, "220524": 220, "220581": 300, "220582": 135,
	// Baishan
	"220602": 70, "220605": 60, "220621": 120, "220622": 95, "220623": 70, "220681": 85,
	// Songyuan
	"220702": 130, "220721": 300, "220722": 240, "220723": 175, "220781": 370,
	// Baicheng
	"220802": 160, "220821": 160, "220822": 170, "220881": 230, "220882": 220,
}

// profile is a county's population mix: the share of villages that are
// Korean-Chinese (朝鲜族) villages, and of Manchu, Mongol and Hui residents.
type profile struct {
	korean, manchu, mongol, hui float64
}

func countyProfile(code string) profile {
	p := profile{korean: 0.02, manchu: 0.05, mongol: 0.01, hui: 0.01}
	switch code[:6] {
	case "222401", "222405":
		p.korean = 0.6
	case "222402", "222406":
		p.korean = 0.55
	case "222404":
		p.korean = 0.45
	case "222424":
		p.korean = 0.3
	case "222426":
		p.korean = 0.25
	case "222403":
		p.korean = 0.06
	case "220623":
		p.korean = 0.15
	case "220581", "220582", "220521":
		p.korean = 0.06
	case "220323":
		p.manchu = 0.4
	case "220721":
		p.mongol = 0.15
	}
	return p
}

// Scale is the size of the generated data set (DESIGN §5).
type Scale string

// Scales.
const (
	County     Scale = "county"     // one county of Yanbian (珲春市), its prefecture and the province
	Prefecture Scale = "prefecture" // Yanbian and all its counties
	Province   Scale = "province"   // all of Jilin
)

// Scales lists the supported scales, smallest first.
var Scales = []Scale{County, Prefecture, Province}

// ParseScale reads a scale name.
func ParseScale(s string) (Scale, error) {
	for _, sc := range Scales {
		if string(sc) == strings.ToLower(strings.TrimSpace(s)) {
			return sc, nil
		}
	}
	return "", fmt.Errorf("unknown scale %q: use county, prefecture or province", s)
}

// Range is an inclusive expected interval for a count.
type Range struct{ Min, Max int }

// Contains reports whether n lies in the range.
func (r Range) Contains(n int) bool { return n >= r.Min && n <= r.Max }

// Expectation gives the ranges a scale's counts fall in (DESIGN §5 tiers).
type Expectation struct {
	Villages, Organizations, People, Links Range
}

// Expect returns the tier's expected ranges.
func (s Scale) Expect() Expectation {
	switch s {
	case County:
		return Expectation{Range{120, 200}, Range{1_100, 2_200}, Range{5_500, 11_000}, Range{200, 450}}
	case Prefecture:
		return Expectation{Range{850, 1_250}, Range{7_500, 14_000}, Range{38_000, 70_000}, Range{1_400, 3_000}}
	case Province:
		return Expectation{Range{8_000, 10_500}, Range{65_000, 110_000}, Range{320_000, 560_000}, Range{11_000, 21_000}}
	}
	return Expectation{}
}

// plan is what a scale generates: the province, the cities and counties in file order.
func plan(s Scale) (province division, cities []division, counties []division, err error) {
	var keepCity func(d division) bool
	switch s {
	case County:
		keepCity = func(d division) bool { return d.Code == "222400000000" }
	case Prefecture:
		keepCity = func(d division) bool { return d.Code == "222400000000" }
	case Province:
		keepCity = func(division) bool { return true }
	default:
		return division{}, nil, nil, fmt.Errorf("unknown scale %q: use county, prefecture or province", s)
	}
	for _, d := range divisions {
		switch d.Level {
		case "PROVINCE":
			province = d
		case "CITY":
			if keepCity(d) {
				cities = append(cities, d)
			}
		case "COUNTY":
			if s == County && d.Code != "222404000000" {
				continue
			}
			for _, c := range cities {
				if c.Code == d.ParentCode {
					counties = append(counties, d)
				}
			}
		}
	}
	return province, cities, counties, nil
}
