package server_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/server"
	"grassroots/tooling/demo"
	"grassroots/tooling/testdb"
)

// exportYear is the year the downloads are checked in.
const exportYear = 2024

// withCountyDemo loads the county demo data into e's database.
func withCountyDemo(t *testing.T, e *env) *env {
	t.Helper()
	if _, err := demo.Load(context.Background(), e.store, demo.County, 1, demo.Options{}); err != nil {
		t.Fatalf("load county demo data: %v", err)
	}
	return e
}

// download is a CSV download's answer.
type download struct {
	status int
	header http.Header
	body   []byte
}

// download GETs path with the bearer token (none when "").
func (e *env) download(t *testing.T, path, bearer string) download {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, e.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return download{status: res.StatusCode, header: res.Header, body: b}
}

// table checks that d is a CSV download (200, text/csv, UTF-8 with a byte
// order mark, CRLF line ends) and returns its header and rows.
func (d download) table(t *testing.T, path string) ([]string, [][]string) {
	t.Helper()
	if d.status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", path, d.status, clip(d.body))
	}
	if ct := d.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if cd := d.header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") || !strings.Contains(cd, ".csv") {
		t.Errorf("GET %s: Content-Disposition %q", path, cd)
	}
	body, ok := bytes.CutPrefix(d.body, []byte("\xEF\xBB\xBF"))
	if !ok {
		t.Fatalf("GET %s: no UTF-8 byte order mark: %q", path, clip(d.body))
	}
	if !bytes.Contains(body, []byte("\r\n")) {
		t.Errorf("GET %s: lines do not end with CRLF", path)
	}
	r := csv.NewReader(bytes.NewReader(body))
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("GET %s: not CSV: %v\n%s", path, err, clip(body))
	}
	if len(records) == 0 {
		t.Fatalf("GET %s: no header", path)
	}
	return records[0], records[1:]
}

// failure checks that d is a refusal with the status, as a GraphQL-style
// JSON error with the code and field.
func (d download) failure(t *testing.T, path string, status int, code, field string) {
	t.Helper()
	if d.status != status {
		t.Errorf("GET %s: status %d, want %d: %s", path, d.status, status, clip(d.body))
		return
	}
	if ct := d.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q, want JSON", path, ct)
	}
	var r response
	if err := json.Unmarshal(d.body, &r); err != nil || len(r.Errors) != 1 {
		t.Fatalf("GET %s: not one JSON error (%v): %s", path, err, clip(d.body))
	}
	got := r.Errors[0]
	if got.Extensions.Code != code || got.Extensions.Field != field {
		t.Errorf("GET %s: code %q field %q (%s), want %q %q", path, got.Extensions.Code, got.Extensions.Field, got.Message, code, field)
	}
	for _, leak := range leaks {
		if strings.Contains(got.Message, leak) {
			t.Errorf("GET %s: the message leaks %q: %s", path, leak, got.Message)
		}
	}
}

// regionIDs reads the IDs of the county and of its first township with
// villages.
func regionIDs(t *testing.T, e *env) (county, town string) {
	t.Helper()
	ctx := context.Background()
	c, err := e.store.Client.Region.Query().Where(region.LevelEQ(region.LevelCOUNTY)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tw, err := e.store.Client.Region.Query().Where(region.LevelEQ(region.LevelTOWNSHIP), region.HasParentWith(region.ID(c.ID)),
		region.HasChildrenWith(region.LevelEQ(region.LevelVILLAGE))).Order(region.ByCode()).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(c.ID), strconv.Itoa(tw.ID)
}

var (
	breakdownHeaderZH = []string{"指标", "年份", "区划代码", "区划", "达标数", "总数", "比例", "目标", "达标", "差额"}
	breakdownHeaderEN = []string{"indicator", "year", "region code", "region", "numerator", "denominator", "value", "target", "met", "gap"}
	shortfallHeaderZH = []string{"指标", "年份", "单位类型", "单位ID", "单位", "区划代码", "区划", "现有", "需要", "原因"}
	shortfallHeaderEN = []string{"indicator", "year", "unit kind", "unit ID", "unit", "region code", "region", "have", "need", "reason"}
)

// TestExportIndicatorBreakdown: an indicator's breakdown as CSV, in
// Chinese and in English, holds the rows of the API's breakdown.
func TestExportIndicatorBreakdown(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		county, _ := regionIDs(t, e)
		for _, c := range []struct{ code, region string }{{"RESERVE_CADRES", county}, {"COOP_PARTY_COVERAGE", county}, {"ACTIVISTS", ""}} {
			var out struct {
				Indicator struct {
					Breakdown []struct {
						Numerator, Denominator, Gap int
						Value                       *float64
						Target                      float64
						Met                         bool
						Region                      struct{ Code, Name, NameLatin string }
					}
				}
			}
			vars := map[string]any{"c": c.code, "y": exportYear}
			if c.region != "" {
				vars["r"] = c.region
			}
			e.query(t, `query($c: IndicatorCode!, $r: ID, $y: Int!) { indicator(code: $c, region: $r, year: $y) {
				breakdown { numerator denominator gap value target met region { code name nameLatin } } } }`, vars).ok(t, &out)
			rows := out.Indicator.Breakdown
			if len(rows) == 0 {
				t.Fatalf("%s has no breakdown", c.code)
			}
			for _, lang := range []string{"", "zh", "en"} {
				q := url.Values{"year": {strconv.Itoa(exportYear)}}
				if c.region != "" {
					q.Set("region", c.region)
				}
				if lang != "" {
					q.Set("lang", lang)
				}
				path := "/export/indicators/" + c.code + "/breakdown.csv?" + q.Encode()
				header, got := e.download(t, path, e.bearer).table(t, path)
				wantHeader := breakdownHeaderZH
				if lang == "en" {
					wantHeader = breakdownHeaderEN
				}
				if !slices.Equal(header, wantHeader) {
					t.Errorf("%s: header %q, want %q", path, header, wantHeader)
				}
				if len(got) != len(rows) {
					t.Fatalf("%s: %d rows, the API's breakdown has %d", path, len(got), len(rows))
				}
				for i, b := range rows {
					name, met := b.Region.Name, map[bool]string{true: "是", false: "否"}[b.Met]
					if lang == "en" {
						name, met = b.Region.NameLatin, map[bool]string{true: "yes", false: "no"}[b.Met]
					}
					value := ""
					if b.Value != nil {
						value = strconv.FormatFloat(*b.Value, 'f', 4, 64)
					}
					want := []string{c.code, strconv.Itoa(exportYear), b.Region.Code, name, strconv.Itoa(b.Numerator), strconv.Itoa(b.Denominator),
						value, strconv.FormatFloat(b.Target, 'f', -1, 64), met, strconv.Itoa(b.Gap)}
					if !slices.Equal(got[i], want) {
						t.Errorf("%s: row %d = %q, want %q", path, i, got[i], want)
					}
				}
			}
		}
	})
}

// TestExportIndicatorShortfalls: the shortfalls as CSV hold one row per
// shortfall the API counts, in its order, with its figures and reasons.
func TestExportIndicatorShortfalls(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		county, town := regionIDs(t, e)
		for _, c := range []struct{ code, region string }{{"RESERVE_CADRES", county}, {"COOP_PARTY_COVERAGE", county}, {"YOUNG_MEMBER_SHARE", town}, {"ACTIVISTS", ""}} {
			type node struct {
				UnitKind string
				Unit     struct{ ID, Name, NameLatin string }
				Region   struct{ Code, Name, NameLatin string }
				Have     float64
				Need     float64
				Reason   struct{ ZH, EN string }
			}
			var all []node
			total := -1
			var after any
			for {
				var out struct {
					Indicator struct {
						Numerator, Denominator int
						Shortfalls             struct {
							TotalCount int
							PageInfo   struct {
								HasNextPage bool
								EndCursor   *string
							}
							Edges []struct{ Node node }
						}
					}
				}
				vars := map[string]any{"c": c.code, "y": exportYear, "after": after}
				if c.region != "" {
					vars["r"] = c.region
				}
				e.query(t, `query($c: IndicatorCode!, $r: ID, $y: Int!, $after: Cursor) { indicator(code: $c, region: $r, year: $y) {
					numerator denominator shortfalls(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
					edges { node { unitKind have need reason { zh en } region { code name nameLatin }
						unit { id ... on Region { name nameLatin } ... on Organization { name nameLatin } ... on Person { name nameLatin } } } } } } }`, vars).ok(t, &out)
				s := out.Indicator.Shortfalls
				total = s.TotalCount
				if total != out.Indicator.Denominator-out.Indicator.Numerator {
					t.Errorf("%s: totalCount %d, %d/%d", c.code, total, out.Indicator.Numerator, out.Indicator.Denominator)
				}
				for _, ed := range s.Edges {
					all = append(all, ed.Node)
				}
				if !s.PageInfo.HasNextPage {
					break
				}
				after = *s.PageInfo.EndCursor
			}
			if total < 5 || len(all) != total {
				t.Fatalf("%s: %d shortfalls paged, totalCount %d", c.code, len(all), total)
			}
			for _, lang := range []string{"", "en"} {
				q := url.Values{"year": {strconv.Itoa(exportYear)}}
				if c.region != "" {
					q.Set("region", c.region)
				}
				if lang != "" {
					q.Set("lang", lang)
				}
				path := "/export/indicators/" + c.code + "/shortfalls.csv?" + q.Encode()
				header, got := e.download(t, path, e.bearer).table(t, path)
				wantHeader := shortfallHeaderZH
				if lang == "en" {
					wantHeader = shortfallHeaderEN
				}
				if !slices.Equal(header, wantHeader) {
					t.Errorf("%s: header %q, want %q", path, header, wantHeader)
				}
				if len(got) != total {
					t.Fatalf("%s: %d rows, totalCount %d", path, len(got), total)
				}
				for i, s := range all {
					unit, reg, reason := s.Unit.Name, s.Region.Name, s.Reason.ZH
					if lang == "en" {
						unit, reg, reason = s.Unit.NameLatin, s.Region.NameLatin, s.Reason.EN
						if unit == "" {
							unit = s.Unit.Name
						}
					}
					want := []string{c.code, strconv.Itoa(exportYear), s.UnitKind, s.Unit.ID, unit, s.Region.Code, reg,
						strconv.FormatFloat(s.Have, 'f', -1, 64), strconv.FormatFloat(s.Need, 'f', -1, 64), reason}
					if !slices.Equal(got[i], want) {
						t.Errorf("%s: row %d = %q, want %q", path, i, got[i], want)
					}
				}
			}
		}
	})
}

// TestExportAggregates: an aggregate as CSV holds the API's groups, with
// the header of its dimensions, in Chinese and in English.
func TestExportAggregates(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		_, town := regionIDs(t, e)
		cases := []struct {
			file, field, where, whereType string
			dims                          []string
			level                         string
			header                        [2][]string // zh, en
		}{
			{file: "organizations", field: "organizationsAggregate", dims: []string{"REGION", "KIND"},
				header: [2][]string{{"区划代码", "区划", "类型", "数量", "合计"}, {"region code", "region", "kind", "count", "sum"}}},
			{file: "organizations", field: "organizationsAggregate", dims: []string{"REGION", "KIND"}, level: "TOWNSHIP",
				where: `{"kind":"COOPERATIVE"}`, whereType: "OrganizationWhereInput",
				header: [2][]string{{"区划代码", "区划", "类型", "数量", "合计"}, {"region code", "region", "kind", "count", "sum"}}},
			{file: "people", field: "peopleAggregate", dims: []string{"POLITICAL_STATUS", "GENDER"},
				where: `{"inRegion":"` + town + `"}`, whereType: "PersonWhereInput",
				header: [2][]string{{"政治面貌", "性别", "数量", "合计"}, {"political status", "gender", "count", "sum"}}},
			{file: "positions", field: "positionsAggregate", dims: []string{"ROLE"},
				header: [2][]string{{"职务", "数量", "合计"}, {"role", "count", "sum"}}},
			{file: "links", field: "linksAggregate", dims: []string{"KIND", "STATUS"},
				header: [2][]string{{"类型", "状态", "数量", "合计"}, {"kind", "status", "count", "sum"}}},
			{file: "projects", field: "projectsAggregate", dims: []string{"REGION", "YEAR"}, level: "TOWNSHIP",
				header: [2][]string{{"区划代码", "区划", "年份", "数量", "合计"}, {"region code", "region", "year", "count", "sum"}}},
			{file: "projectIncomes", field: "projectIncomesAggregate", dims: []string{"EDUCATION"}[:0],
				header: [2][]string{{"数量", "合计"}, {"count", "sum"}}},
			{file: "projectIncomes", field: "projectIncomesAggregate", dims: []string{"KIND", "YEAR"},
				header: [2][]string{{"类型", "年份", "数量", "合计"}, {"kind", "year", "count", "sum"}}},
		}
		for _, c := range cases {
			// The API's figures.
			var args []string
			vars := map[string]any{}
			params := ""
			if len(c.dims) > 0 {
				args = append(args, "groupBy: ["+strings.Join(c.dims, ", ")+"]")
			}
			if c.level != "" {
				args = append(args, "regionLevel: "+c.level)
			}
			if c.where != "" {
				var w any
				if err := json.Unmarshal([]byte(c.where), &w); err != nil {
					t.Fatal(err)
				}
				vars["w"] = w
				params = "($w: " + c.whereType + ")"
				args = append(args, "where: $w")
			}
			call := c.field
			if len(args) > 0 {
				call += "(" + strings.Join(args, ", ") + ")"
			}
			var out struct {
				A struct {
					Count  int
					Sum    *float64
					Groups []map[string]any
				}
			}
			e.query(t, `query`+params+` { a: `+call+` { count sum groups { region { code name nameLatin } kind status role year gender education politicalStatus count sum } } }`, vars).ok(t, &out)
			cell := func(v any) string {
				switch x := v.(type) {
				case nil:
					return ""
				case float64:
					return strconv.FormatFloat(x, 'f', -1, 64)
				case string:
					return x
				}
				return fmt.Sprint(v)
			}
			fields := map[string]string{"KIND": "kind", "STATUS": "status", "ROLE": "role", "YEAR": "year", "GENDER": "gender",
				"EDUCATION": "education", "POLITICAL_STATUS": "politicalStatus"}
			for li, lang := range []string{"zh", "en"} {
				q := url.Values{"lang": {lang}}
				if len(c.dims) > 0 {
					q.Set("groupBy", strings.Join(c.dims, ","))
				}
				if c.level != "" {
					q.Set("regionLevel", c.level)
				}
				if c.where != "" {
					q.Set("where", c.where)
				}
				if lang == "zh" {
					q.Del("lang") // the default
				}
				path := "/export/aggregates/" + c.file + ".csv?" + q.Encode()
				header, got := e.download(t, path, e.bearer).table(t, path)
				if !slices.Equal(header, c.header[li]) {
					t.Errorf("%s: header %q, want %q", path, header, c.header[li])
				}
				var want [][]string
				if len(c.dims) == 0 {
					want = append(want, []string{strconv.Itoa(out.A.Count), cell(sumOrNil(out.A.Sum))})
				}
				total := 0
				for _, g := range out.A.Groups {
					var row []string
					for _, d := range c.dims {
						if d == "REGION" {
							reg, _ := g["region"].(map[string]any)
							name := cell(reg["name"])
							if lang == "en" && cell(reg["nameLatin"]) != "" {
								name = cell(reg["nameLatin"])
							}
							row = append(row, cell(reg["code"]), name)
							continue
						}
						row = append(row, cell(g[fields[d]]))
					}
					row = append(row, cell(g["count"]), cell(g["sum"]))
					total += int(g["count"].(float64))
					want = append(want, row)
				}
				if len(c.dims) > 0 && (total != out.A.Count || len(want) < 2) {
					t.Errorf("%s: the API's %d groups count %d of %d", path, len(want), total, out.A.Count)
				}
				if len(got) != len(want) {
					t.Errorf("%s: %d rows, the API has %d groups", path, len(got), len(want))
					continue
				}
				for i := range want {
					if !slices.Equal(got[i], want[i]) {
						t.Errorf("%s: row %d = %q, want %q", path, i, got[i], want[i])
					}
				}
			}
		}
	})
}

func sumOrNil(s *float64) any {
	if s == nil {
		return nil
	}
	return *s
}

// TestExportBadInput: bad parameters are refused with 400 and a JSON error
// naming the parameter.
func TestExportBadInput(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		county, _ := regionIDs(t, e)
		org, err := e.store.Client.Organization.Query().First(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ path, field string }{
			{"/export/indicators/NOPE/breakdown.csv", "code"},
			{"/export/indicators/NOPE/shortfalls.csv?year=2024", "code"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?region=" + strconv.Itoa(org.ID), "region"},
			{"/export/indicators/RESERVE_CADRES/shortfalls.csv?region=" + strconv.Itoa(org.ID), "region"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?region=999999999999", "region"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?region=abc", "region"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?year=1999", "year"},
			{"/export/indicators/RESERVE_CADRES/shortfalls.csv?region=" + county + "&year=1999", "year"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?year=" + strconv.Itoa(nextYear()+1), "year"},
			{"/export/indicators/RESERVE_CADRES/breakdown.csv?year=abc", "year"},
			{"/export/aggregates/organizations.csv?groupBy=REGION,KIND,STATUS,YEAR", "groupBy"},
			{"/export/aggregates/organizations.csv?groupBy=ROLE", "groupBy"},
			{"/export/aggregates/people.csv?groupBy=REGION,EDUCATION,GENDER&regionLevel=VILLAGE", "groupBy"},
			{"/export/aggregates/organizations.csv?where=%7Bnot+json", "where"},
			{"/export/aggregates/organizations.csv?groupBy=FOO", "groupBy"},
			{"/export/aggregates/organizations.csv?groupBy=KIND&regionLevel=PLANET", "regionLevel"},
			{"/export/aggregates/organizations.csv?where=%7B%22kind%22%3A%22PLANET%22%7D", "kind"},
		} {
			e.download(t, c.path, e.bearer).failure(t, c.path, http.StatusBadRequest, "BAD_USER_INPUT", c.field)
		}
		// Unknown files are not found.
		for _, path := range []string{"/export/aggregates/users.csv", "/export/indicators/RESERVE_CADRES/other.csv"} {
			if d := e.download(t, path, e.bearer); d.status != http.StatusNotFound {
				t.Errorf("GET %s: status %d, want 404", path, d.status)
			}
		}
	})
}

func nextYear() int { return time.Now().UTC().Year() + 1 }

// TestExportPrivateServer: on a private server the downloads refuse
// anonymous requests (401) and serve signed-in ones; on an open one they
// serve anonymous requests.
func TestExportPrivateServer(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			e := withCountyDemo(t, newEnvWith(t, d, server.Limits{}, server.Access{Private: true, Rate: -1}))
			paths := []string{
				"/export/indicators/RESERVE_CADRES/breakdown.csv?year=2024",
				"/export/indicators/RESERVE_CADRES/shortfalls.csv?year=2024&lang=en",
				"/export/aggregates/organizations.csv?groupBy=REGION,KIND",
				"/export/aggregates/people.csv?groupBy=GENDER",
			}
			for _, path := range paths {
				e.download(t, path, "").failure(t, path, http.StatusUnauthorized, "UNAUTHENTICATED", "")
				e.download(t, path, "not-a-token").failure(t, path, http.StatusUnauthorized, "UNAUTHENTICATED", "")
				if _, rows := e.download(t, path, e.bearer).table(t, path); len(rows) == 0 {
					t.Errorf("GET %s with a token: no rows", path)
				}
			}
			open := withCountyDemo(t, newEnv(t, d, server.Limits{}))
			for _, path := range paths {
				if _, rows := open.download(t, path, "").table(t, path); len(rows) == 0 {
					t.Errorf("GET %s anonymously on an open server: no rows", path)
				}
			}
		})
	}
}

// TestExportQuotesFormulas: a cell that a spreadsheet would run as a
// formula is written as text, with a leading apostrophe.
func TestExportQuotesFormulas(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		ctx := context.Background()
		village, err := e.store.Client.Region.Query().Where(region.LevelEQ(region.LevelVILLAGE)).Order(region.ByCode()).First(ctx)
		if err != nil {
			t.Fatal(err)
		}
		const name, latin = `=HYPERLINK("http://example.com","x")`, "@SUM(A1:A9)"
		var created struct {
			CreateOrganization struct{ ID string }
		}
		e.query(t, `mutation($r: ID!, $n: String!, $l: String) { createOrganization(input: {name: $n, nameLatin: $l, kind: COOPERATIVE, regionID: $r}) { id } }`,
			map[string]any{"r": strconv.Itoa(village.ID), "n": name, "l": latin}).ok(t, &created)
		if created.CreateOrganization.ID == "" {
			t.Fatal("no organization created")
		}
		// A new cooperative without a party organization falls short this year.
		year := strconv.Itoa(nextYear() - 1)
		for _, c := range []struct{ lang, want string }{{"zh", "'" + name}, {"en", "'" + latin}} {
			path := "/export/indicators/COOP_PARTY_COVERAGE/shortfalls.csv?region=" + strconv.Itoa(village.ID) + "&year=" + year + "&lang=" + c.lang
			_, rows := e.download(t, path, e.bearer).table(t, path)
			found := false
			for _, r := range rows {
				if r[3] == created.CreateOrganization.ID {
					found = true
					if r[4] != c.want {
						t.Errorf("%s: the unit cell is %q, want %q", path, r[4], c.want)
					}
				}
				for _, cell := range r {
					if cell != "" && strings.ContainsRune("=+@", rune(cell[0])) {
						t.Errorf("%s: cell %q starts a formula", path, cell)
					}
				}
			}
			if !found {
				t.Errorf("%s: the new cooperative is not among %d shortfalls", path, len(rows))
			}
		}
	})
}

// TestExportTwinning: the twinnings of a region's villages and their
// activities in a year as CSV, in Chinese and in English, hold what the
// database holds.
func TestExportTwinning(t *testing.T) {
	forEachDialect(t, func(t *testing.T, e *env) {
		withCountyDemo(t, e)
		ctx := context.Background()
		county, town := regionIDs(t, e)
		c := e.store.Client
		for _, r := range []string{county, town} {
			id, _ := strconv.Atoi(r)
			path, err := c.Region.Query().Where(region.ID(id)).Select(region.FieldPath).String(ctx)
			if err != nil {
				t.Fatal(err)
			}
			inRegion := link.HasTargetWith(organization.HasRegionWith(region.PathHasPrefix(path)))
			links, err := c.Link.Query().Where(link.KindEQ(link.KindURBAN_RURAL_TWINNING), inRegion).WithActivities().All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string][2]string{} // twinning ID → status, activities
			for _, l := range links {
				want[strconv.Itoa(l.ID)] = [2]string{string(l.Status), strconv.Itoa(len(l.Edges.Activities))}
			}
			for _, lang := range []string{"zh", "en"} {
				p := "/export/twinning/pairs.csv?region=" + r + "&lang=" + lang
				header, rows := e.download(t, p, e.bearer).table(t, p)
				if lang == "en" && !slices.Equal(header[:3], []string{"twinning ID", "partner", "partner kind"}) ||
					lang == "zh" && header[0] != "结对ID" {
					t.Errorf("GET %s: header %q", p, header)
				}
				if len(rows) != len(want) || len(rows) == 0 {
					t.Fatalf("GET %s: %d rows, want %d", p, len(rows), len(want))
				}
				for _, row := range rows {
					if w, ok := want[row[0]]; !ok || row[6] != w[0] || row[9] != w[1] {
						t.Errorf("GET %s: row %q, want status and activities %q", p, row, w)
					}
				}
			}
			year := time.Now().UTC().Year() - 1
			n, err := c.LinkActivity.Query().Where(linkactivity.HasLinkWith(link.KindEQ(link.KindURBAN_RURAL_TWINNING), inRegion),
				linkactivity.OnGTE(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), linkactivity.OnLT(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC))).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			p := fmt.Sprintf("/export/twinning/activities.csv?region=%s&year=%d", r, year)
			if _, rows := e.download(t, p, e.bearer).table(t, p); len(rows) != n {
				t.Errorf("GET %s: %d rows, want %d", p, len(rows), n)
			}
		}
		for _, c := range []struct{ path, field string }{
			{"/export/twinning/pairs.csv?region=abc", "region"},
			{"/export/twinning/activities.csv?year=1800", "year"},
		} {
			e.download(t, c.path, e.bearer).failure(t, c.path, http.StatusBadRequest, "BAD_USER_INPUT", c.field)
		}
		p := "/export/twinning/pairs.csv?region=999999999999"
		e.download(t, p, e.bearer).failure(t, p, http.StatusNotFound, "NOT_FOUND", "region")
	})
}
