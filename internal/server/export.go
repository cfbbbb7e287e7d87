package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"grassroots/internal/export"
	"grassroots/internal/fault"
	"grassroots/internal/indicator"
	"grassroots/internal/viewer"
)

// maxExportRows bounds a shortfall download.
const maxExportRows = 1_000_000

// exports serves the CSV downloads:
//
//	/export/indicators/{CODE}/breakdown.csv?region=ID&year=YEAR&lang=zh|en
//	/export/indicators/{CODE}/shortfalls.csv?region=ID&year=YEAR&lang=zh|en
//	/export/aggregates/{entity}.csv?groupBy=REGION,KIND&regionLevel=COUNTY&where=JSON&lang=zh|en
//	/export/twinning/pairs.csv?region=ID&lang=zh|en
//	/export/twinning/activities.csv?region=ID&year=YEAR&lang=zh|en
//
// with the permissions of the API: they run behind the same sign-in, and
// aggregates run as a GraphQL operation through gql.
type exports struct {
	cfg Config
	gql http.Handler
}

func (x exports) register(mux *http.ServeMux, wrap func(http.Handler) http.Handler) {
	mux.Handle("GET /export/indicators/{code}/{part}", wrap(http.HandlerFunc(x.indicator)))
	mux.Handle("GET /export/aggregates/{file}", wrap(http.HandlerFunc(x.aggregate)))
	mux.Handle("GET /export/twinning/{file}", wrap(http.HandlerFunc(x.twinning)))
}

// twinning serves the twinnings of a region's villages, or their
// activities in a year.
func (x exports) twinning(w http.ResponseWriter, r *http.Request) {
	if x.private(w, r) {
		return
	}
	region, err := intParam(r, "region", 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.(*fault.Error))
		return
	}
	lang := export.Lang(r.URL.Query().Get("lang"))
	tw := x.cfg.Twinning
	var t export.Table
	name := "twinning-pairs.csv"
	switch r.PathValue("file") {
	case "pairs.csv":
		rows, err := tw.Pairs(r.Context(), x.cfg.Client, region)
		if err != nil {
			writeFault(w, err)
			return
		}
		t = export.TwinningPairs(rows, lang)
	case "activities.csv":
		year, err := intParam(r, "year", tw.Today().Year())
		if err != nil {
			writeError(w, http.StatusBadRequest, err.(*fault.Error))
			return
		}
		list, err := tw.Activities(r.Context(), x.cfg.Client, region, year)
		if err != nil {
			writeFault(w, err)
			return
		}
		t, name = export.TwinningActivities(list, lang), fmt.Sprintf("twinning-activities-%d.csv", year)
	default:
		http.NotFound(w, r)
		return
	}
	writeCSV(w, name, t)
}

// private refuses anonymous requests to a private server.
func (x exports) private(w http.ResponseWriter, r *http.Request) bool {
	if v, ok := viewer.FromContext(r.Context()); x.cfg.Access.Private && (!ok || v.Anonymous()) {
		writeError(w, http.StatusUnauthorized, &fault.Error{Code: fault.Unauthenticated, Message: "this server is private: sign in first"})
		return true
	}
	return false
}

func (x exports) indicator(w http.ResponseWriter, r *http.Request) {
	if x.private(w, r) {
		return
	}
	code, part := r.PathValue("code"), r.PathValue("part")
	if _, ok := indicator.ByCode(code); !ok {
		writeError(w, http.StatusBadRequest, fault.Invalid("code", "no indicator has the code %q", code))
		return
	}
	region, err := intParam(r, "region", 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.(*fault.Error))
		return
	}
	e := indicator.New(x.cfg.Client, x.cfg.Store.Target.Dialect)
	e.Kept = x.cfg.Indicators
	year, err := intParam(r, "year", e.Today().Year())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.(*fault.Error))
		return
	}
	lang := export.Lang(r.URL.Query().Get("lang"))
	var t export.Table
	switch part {
	case "breakdown.csv":
		rs, err := e.Compute(r.Context(), indicator.Request{Codes: []string{code}, RegionID: region, Year: year})
		if err != nil {
			writeFault(w, err)
			return
		}
		t = export.Breakdown(rs[0], lang)
	case "shortfalls.csv":
		list, _, err := e.Shortfalls(r.Context(), code, region, year, 0, maxExportRows)
		if err != nil {
			writeFault(w, err)
			return
		}
		t = export.Shortfalls(code, year, list, lang)
	default:
		http.NotFound(w, r)
		return
	}
	writeCSV(w, fmt.Sprintf("%s-%d-%s", strings.ToLower(code), year, part), t)
}

// aggregateFields are the aggregate fields and their filters' input types,
// by file name.
var aggregateFields = map[string][2]string{
	"organizations.csv":  {"organizationsAggregate", "OrganizationWhereInput"},
	"people.csv":         {"peopleAggregate", "PersonWhereInput"},
	"positions.csv":      {"positionsAggregate", "PositionWhereInput"},
	"links.csv":          {"linksAggregate", "LinkWhereInput"},
	"projects.csv":       {"projectsAggregate", "ProjectWhereInput"},
	"projectIncomes.csv": {"projectIncomesAggregate", "ProjectIncomeWhereInput"},
}

func (x exports) aggregate(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	f, ok := aggregateFields[file]
	if !ok {
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	vars := map[string]any{}
	var dims []string
	if g := q.Get("groupBy"); g != "" {
		dims = strings.Split(g, ",")
		vars["groupBy"] = dims
	}
	if lv := q.Get("regionLevel"); lv != "" {
		vars["regionLevel"] = lv
	}
	if wh := q.Get("where"); wh != "" {
		var where any
		if err := json.Unmarshal([]byte(wh), &where); err != nil {
			writeError(w, http.StatusBadRequest, fault.Invalid("where", "where is not JSON: %v", err))
			return
		}
		vars["where"] = where
	}
	op := `query Export($where: ` + f[1] + `, $groupBy: [AggregateDimension!], $regionLevel: RegionLevel) { a: ` + f[0] +
		`(where: $where, groupBy: $groupBy, regionLevel: $regionLevel) { count sum groups { region { code name nameLatin }` +
		` ` + export.AggregateKeys + ` count sum } } }`
	var resp struct {
		Data *struct {
			A struct {
				Groups []map[string]any `json:"groups"`
				Count  int              `json:"count"`
				Sum    *float64         `json:"sum"`
			} `json:"a"`
		} `json:"data"`
		Errors []struct {
			Message    string `json:"message"`
			Extensions struct {
				Code  string `json:"code"`
				Field string `json:"field"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	if err := x.run(r, op, vars, &resp); err != nil {
		writeFault(w, err)
		return
	}
	if len(resp.Errors) == 0 && resp.Data == nil {
		writeFault(w, errors.New("the aggregate answered nothing"))
		return
	}
	if len(resp.Errors) > 0 {
		e := resp.Errors[0]
		fe := &fault.Error{Code: fault.Code(e.Extensions.Code), Field: e.Extensions.Field, Message: e.Message}
		writeError(w, faultStatus(fe), fe)
		return
	}
	a := resp.Data.A
	if len(dims) == 0 { // one row of the totals
		var sum any
		if a.Sum != nil {
			sum = *a.Sum
		}
		a.Groups = []map[string]any{{"count": float64(a.Count), "sum": sum}}
	}
	t := export.Aggregate(dims, a.Groups, export.Lang(q.Get("lang")))
	writeCSV(w, strings.TrimSuffix(file, ".csv")+"-aggregate.csv", t)
}

// run executes a GraphQL operation through the API's handler, as the
// request's viewer, and decodes the response into out.
func (x exports) run(r *http.Request, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, "/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	rec := &recorder{header: http.Header{}}
	x.gql.ServeHTTP(rec, req)
	return json.Unmarshal(rec.body.Bytes(), out)
}

// recorder keeps a response in memory.
type recorder struct {
	header http.Header
	body   bytes.Buffer
	status int
}

func (c *recorder) Header() http.Header         { return c.header }
func (c *recorder) Write(b []byte) (int, error) { return c.body.Write(b) }
func (c *recorder) WriteHeader(s int)           { c.status = s }

// intParam reads an integer query parameter; def when absent.
func intParam(r *http.Request, name string, def int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fault.Invalid(name, "%s must be a number, not %q", name, s)
	}
	return n, nil
}

// writeFault answers with err: a fault with its status, anything else as 500.
func writeFault(w http.ResponseWriter, err error) {
	fe, ok := fault.As(err)
	if !ok {
		writeError(w, http.StatusInternalServerError, &fault.Error{Code: fault.Internal, Message: "the download failed"})
		return
	}
	writeError(w, faultStatus(fe), fe)
}

// faultStatus is the HTTP status of a fault.
func faultStatus(fe *fault.Error) int {
	switch fe.Code {
	case fault.Unauthenticated:
		return http.StatusUnauthorized
	case fault.Forbidden:
		return http.StatusForbidden
	case fault.NotFound:
		return http.StatusNotFound
	case fault.BadInput:
		return http.StatusBadRequest
	default:
		return http.StatusInternalServerError
	}
}

// writeCSV sends t as a CSV download named name.
func writeCSV(w http.ResponseWriter, name string, t export.Table) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	_ = t.Write(w)
}
