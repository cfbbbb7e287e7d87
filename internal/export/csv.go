// Package export writes tables as CSV files that spreadsheet programs open
// as they are: UTF-8 with a byte-order mark (so Excel shows Chinese
// correctly), CRLF line ends, and cells that would start a formula quoted
// as text.
package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"grassroots/ent"
	"grassroots/internal/indicator"
	"grassroots/internal/twinning"
)

// bom is UTF-8's byte-order mark.
const bom = "\uFEFF"

// Table is a CSV file's header and rows.
type Table struct {
	Header []string
	Rows   [][]string
}

// Write writes t as CSV to w.
func (t Table) Write(w io.Writer) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	for _, r := range t.Rows {
		row := make([]string, len(r))
		for i, c := range r {
			row[i] = cell(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell keeps a text that a spreadsheet would run as a formula (=, +, -, @
// first) as text, with a leading apostrophe; numbers stay numbers.
func cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// Lang is a table's language: "zh" (the default) or "en".
type Lang string

func (l Lang) pick(t indicator.Text) string {
	if l == "en" {
		return t.EN
	}
	return t.ZH
}

func (l Lang) header(zh, en []string) []string {
	if l == "en" {
		return en
	}
	return zh
}

// Number writes a figure without needless decimals.
func Number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func share(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', 4, 64)
}

func yesNo(l Lang, b bool) string {
	switch {
	case l == "en" && b:
		return "yes"
	case l == "en":
		return "no"
	case b:
		return "是"
	default:
		return "否"
	}
}

// Breakdown is an indicator's figures for each child region of its region.
func Breakdown(res indicator.Result, l Lang) Table {
	t := Table{Header: l.header(
		[]string{"指标", "年份", "区划代码", "区划", "达标数", "总数", "比例", "目标", "达标", "差额"},
		[]string{"indicator", "year", "region code", "region", "numerator", "denominator", "value", "target", "met", "gap"})}
	for _, b := range res.Breakdown {
		name := b.Region.Name
		if l == "en" && b.Region.NameLatin != "" {
			name = b.Region.NameLatin
		}
		t.Rows = append(t.Rows, []string{res.Code, strconv.Itoa(res.Year), b.Region.Code, name,
			strconv.Itoa(b.Numerator), strconv.Itoa(b.Denominator), share(b.Value()), Number(b.Target),
			yesNo(l, b.Met()), strconv.Itoa(b.Gap())})
	}
	return t
}

// Shortfalls lists the units that fall short of an indicator's rule.
func Shortfalls(code string, year int, list []indicator.Shortfall, l Lang) Table {
	t := Table{Header: l.header(
		[]string{"指标", "年份", "单位类型", "单位ID", "单位", "区划代码", "区划", "现有", "需要", "原因"},
		[]string{"indicator", "year", "unit kind", "unit ID", "unit", "region code", "region", "have", "need", "reason"})}
	for _, s := range list {
		name, region := s.Name, s.Region.Name
		if l == "en" {
			if s.NameLatin != "" {
				name = s.NameLatin
			}
			if s.Region.NameLatin != "" {
				region = s.Region.NameLatin
			}
		}
		t.Rows = append(t.Rows, []string{code, strconv.Itoa(year), string(s.Kind), strconv.Itoa(s.ID), name,
			s.Region.Code, region, Number(s.Have), Number(s.Need), l.pick(s.Reason)})
	}
	return t
}

// aggregateColumns are the group keys of each dimension but REGION: {the
// GraphQL field of AggregateGroup, zh header, en header}.
var aggregateColumns = map[string][3]string{
	"KIND": {"kind", "类型", "kind"}, "STATUS": {"status", "状态", "status"}, "ROLE": {"role", "职务", "role"},
	"YEAR": {"year", "年份", "year"}, "GENDER": {"gender", "性别", "gender"}, "EDUCATION": {"education", "学历", "education"},
	"POLITICAL_STATUS": {"politicalStatus", "政治面貌", "political status"},
}

// AggregateKeys are the group-key fields of AggregateGroup an aggregate
// table reads (REGION's region aside).
const AggregateKeys = "kind status role year gender education politicalStatus"

// Aggregate is an aggregate's groups (AggregateGroup objects as decoded
// JSON, with region { code name nameLatin }), grouped by dims: a REGION
// dimension gives the region's code and name, the others their key; then
// the count and the sum.
func Aggregate(dims []string, groups []map[string]any, l Lang) Table {
	var t Table
	for _, d := range dims {
		if d == "REGION" {
			t.Header = append(t.Header, l.header([]string{"区划代码", "区划"}, []string{"region code", "region"})...)
			continue
		}
		c := aggregateColumns[d]
		t.Header = append(t.Header, l.header([]string{c[1]}, []string{c[2]})...)
	}
	t.Header = append(t.Header, l.header([]string{"数量", "合计"}, []string{"count", "sum"})...)
	for _, g := range groups {
		var row []string
		for _, d := range dims {
			if d == "REGION" {
				reg, _ := g["region"].(map[string]any)
				name := jsonCell(reg["name"])
				if l == "en" && jsonCell(reg["nameLatin"]) != "" {
					name = jsonCell(reg["nameLatin"])
				}
				row = append(row, jsonCell(reg["code"]), name)
				continue
			}
			row = append(row, jsonCell(g[aggregateColumns[d][0]]))
		}
		t.Rows = append(t.Rows, append(row, jsonCell(g["count"]), jsonCell(g["sum"])))
	}
	return t
}

// jsonCell writes a decoded JSON value as a cell.
func jsonCell(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case float64:
		return Number(t)
	default:
		return fmt.Sprint(t)
	}
}

// name is an organization's or region's name in the language: the Latin
// form in English when there is one.
func (l Lang) name(zh, latin string) string {
	if l == "en" && latin != "" {
		return latin
	}
	return zh
}

func day(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// TwinningPairs lists twinnings: their two ends, state, dates, activities
// and funds, last activity and whether they are stale.
func TwinningPairs(rows []twinning.PairRow, l Lang) Table {
	t := Table{Header: l.header(
		[]string{"结对ID", "城市单位", "单位类型", "村代码", "村", "村党组织", "状态", "开始日期", "结束日期", "活动次数", "资金（元）", "最近活动", "长期无活动"},
		[]string{"twinning ID", "partner", "partner kind", "village code", "village", "village organization", "status", "started", "ended", "activities", "funds (yuan)", "last activity", "stale"})}
	for _, r := range rows {
		lk, src, dst := r.Link, r.Link.Edges.Source, r.Link.Edges.Target
		v := dst.Edges.Region
		t.Rows = append(t.Rows, []string{strconv.Itoa(lk.ID), l.name(src.Name, src.NameLatin), string(src.Kind), v.Code,
			l.name(v.Name, v.NameLatin), l.name(dst.Name, dst.NameLatin), string(lk.Status), day(lk.StartedOn), day(lk.EndedOn),
			strconv.Itoa(r.Activities), Number(r.Funds), day(&r.Last), yesNo(l, r.Stale)})
	}
	return t
}

// TwinningActivities lists twinning activities with their twinning's ends.
func TwinningActivities(list []*ent.LinkActivity, l Lang) Table {
	t := Table{Header: l.header(
		[]string{"日期", "活动类型", "金额（元）", "参加人数", "说明", "结对ID", "城市单位", "村代码", "村"},
		[]string{"day", "kind", "amount (yuan)", "participants", "description", "twinning ID", "partner", "village code", "village"})}
	for _, a := range list {
		lk := a.Edges.Link
		src, v := lk.Edges.Source, lk.Edges.Target.Edges.Region
		amount, participants := "", ""
		if a.Amount != nil {
			amount = Number(*a.Amount)
		}
		if a.Participants != nil {
			participants = strconv.Itoa(*a.Participants)
		}
		t.Rows = append(t.Rows, []string{day(&a.On), string(a.Kind), amount, participants, a.Description, strconv.Itoa(lk.ID),
			l.name(src.Name, src.NameLatin), v.Code, l.name(v.Name, v.NameLatin)})
	}
	return t
}
