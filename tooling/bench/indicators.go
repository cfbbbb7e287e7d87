package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

// Targets of the indicators (province scale), on the median of sequential
// requests.
const (
	TargetIndicatorsPostgres = 500 * time.Millisecond // all 19 with the county breakdown
	TargetIndicatorsSQLite   = 2 * time.Second
	TargetShortfallPage      = 50 * time.Millisecond
	TargetPeopleAggregate    = 300 * time.Millisecond // PostgreSQL
)

// IndicatorsQuery is the dashboard of the whole province with the county
// breakdown of each indicator.
const IndicatorsQuery = `query Dashboard($y: Int!) { indicators(year: $y) { code numerator denominator value target met gap ` +
	`breakdown(level: COUNTY) { region { id level } numerator denominator value met gap } } }`

// ShortfallQuery is the first page of an indicator's shortfalls for the
// province.
const ShortfallQuery = `query Shortfalls($c: IndicatorCode!, $y: Int!) { indicator(code: $c, year: $y) { shortfalls(first: 20) { totalCount ` +
	`edges { node { unit { id } region { id name } have need reason { zh en } } } } } }`

// PeopleAggregateQuery counts every person by county and political status.
const PeopleAggregateQuery = `query People { peopleAggregate(groupBy: [REGION, POLITICAL_STATUS], regionLevel: COUNTY) { count ` +
	`groups { region { id } politicalStatus count } } }`

// IndicatorFigures is what the indicator section measured on one server.
type IndicatorFigures struct {
	Dashboard, Shortfall, Aggregate Latencies
	// AfterWrite is the dashboard right after a post is written: the
	// indicators' lists that read posts computed again.
	AfterWrite           Latencies
	Counties, Shortfalls int
}

// indicatorRuns is how many times each request is timed, after two
// unmeasured ones.
const indicatorRuns = 12

// indicatorTest times the dashboard, a shortfall page and a people
// aggregate, one request at a time, checking every answer, and the
// dashboard right after a coordinator writes a post (exe and dsn add the
// coordinator).
func indicatorTest(ctx context.Context, w io.Writer, srv *serverProc, year int, exe, dsn string) (*IndicatorFigures, error) {
	p := &poster{client: newClient(1), url: srv.base + "/graphql"}
	f := &IndicatorFigures{}
	var err error
	if f.Dashboard, err = timed(ctx, p, body(IndicatorsQuery, map[string]any{"y": year}), func(raw []byte) error {
		n, err := checkDashboard(raw)
		f.Counties = n
		return err
	}); err != nil {
		return nil, fmt.Errorf("indicators: %w", err)
	}
	if f.Shortfall, err = timed(ctx, p, body(ShortfallQuery, map[string]any{"c": "RESERVE_CADRES", "y": year}), func(raw []byte) error {
		n, err := checkShortfalls(raw)
		f.Shortfalls = n
		return err
	}); err != nil {
		return nil, fmt.Errorf("shortfalls: %w", err)
	}
	if f.Aggregate, err = timed(ctx, p, body(PeopleAggregateQuery, nil), checkAggregate); err != nil {
		return nil, fmt.Errorf("people aggregate: %w", err)
	}
	if f.AfterWrite, err = afterWrite(ctx, srv, year, exe, dsn); err != nil {
		return nil, fmt.Errorf("dashboard after a write: %w", err)
	}
	fmt.Fprintf(w, "indicators      all 19 for the province in %d with the breakdown by its %d counties, %d sequential requests\n", year, f.Counties, indicatorRuns)
	fmt.Fprintf(w, "  latency       p50 %s ms  max %s ms\n", ms(f.Dashboard.P50), ms(f.Dashboard.Max))
	fmt.Fprintf(w, "  after a write p50 %s ms  max %s ms (the first dashboard after a post is written: the lists that read posts computed again; %d writes)\n",
		ms(f.AfterWrite.P50), ms(f.AfterWrite.Max), afterWriteRuns)
	fmt.Fprintf(w, "shortfall page  RESERVE_CADRES, first 20 of %d: p50 %s ms  max %s ms\n", f.Shortfalls, ms(f.Shortfall.P50), ms(f.Shortfall.Max))
	fmt.Fprintf(w, "aggregate       people by county and political status: p50 %s ms  max %s ms\n", ms(f.Aggregate.P50), ms(f.Aggregate.Max))
	return f, nil
}

// timed posts req two times unmeasured, then indicatorRuns times measured,
// checking every answer.
func timed(ctx context.Context, p *poster, req []byte, check func([]byte) error) (Latencies, error) {
	var ds []time.Duration
	for i := range indicatorRuns + 2 {
		d, err := timeOne(ctx, p, req, check)
		if err != nil {
			return Latencies{}, err
		}
		if i >= 2 {
			ds = append(ds, d)
		}
	}
	return Summarize(ds), nil
}

// timeOne posts req, checks the answer and returns how long the answer
// took.
func timeOne(ctx context.Context, p *poster, req []byte, check func([]byte) error) (time.Duration, error) {
	start := time.Now()
	code, raw, err := p.post(ctx, req)
	d := time.Since(start)
	if err != nil {
		return 0, err
	}
	if code != 200 {
		return 0, statusError(code, raw)
	}
	return d, check(raw)
}

// afterWriteRuns is how many posts afterWrite writes (and deletes).
const afterWriteRuns = 6

// afterWrite times the dashboard right after a coordinator of the first
// county adds a reserve cadre's post to one of its party branches, or
// deletes it again, afterWriteRuns times: each write drops the kept lists
// that read posts, which that request computes again.
func afterWrite(ctx context.Context, srv *serverProc, year int, exe, dsn string) (Latencies, error) {
	url := srv.base + "/graphql"
	session, county, err := coordinatorSession(ctx, exe, dsn, url)
	if err != nil {
		return Latencies{}, err
	}
	p := &poster{client: newClient(1), url: url, session: session}
	code, raw, err := p.post(ctx, body(`query($r: ID!) { positions(first: 1, where: {inRegion: $r, role: SECRETARY}) { edges { node { `+
		`person { id } organization { id } } } } }`, map[string]any{"r": county.ID}))
	if err != nil {
		return Latencies{}, err
	}
	var held struct {
		Edges []struct {
			Node struct{ Person, Organization struct{ ID string } }
		}
	}
	if err := rootInto(code, raw, "positions", &held); err != nil || len(held.Edges) == 0 {
		return Latencies{}, fmt.Errorf("no secretary in the county (%v)", err)
	}
	post := held.Edges[0].Node
	dashboard := body(IndicatorsQuery, map[string]any{"y": year})
	var (
		ds   []time.Duration
		made string
	)
	for i := range afterWriteRuns {
		if i%2 == 0 {
			code, raw, err = p.post(ctx, body(`mutation($p: ID!, $o: ID!) { createPosition(input: {role: RESERVE_CADRE, personID: $p, organizationID: $o}) { id } }`,
				map[string]any{"p": post.Person.ID, "o": post.Organization.ID}))
			var out struct{ ID string }
			if err == nil {
				err = rootInto(code, raw, "createPosition", &out)
			}
			made = out.ID
		} else {
			code, raw, err = p.post(ctx, body(`mutation($id: ID!) { deletePosition(id: $id) }`, map[string]any{"id": made}))
			if err == nil {
				_, err = rootOf(code, raw, "deletePosition")
			}
		}
		if err != nil {
			return Latencies{}, fmt.Errorf("write %d: %w", i+1, err)
		}
		d, err := timeOne(ctx, p, dashboard, func(raw []byte) error { _, err := checkDashboard(raw); return err })
		if err != nil {
			return Latencies{}, err
		}
		ds = append(ds, d)
	}
	return Summarize(ds), nil
}

// rootInto decodes the root field of a GraphQL answer into out.
func rootInto(code int, raw []byte, field string, out any) error {
	root, err := rootOf(code, raw, field)
	if err != nil {
		return err
	}
	return json.Unmarshal(root, out)
}

// checkDashboard checks the 19 indicators and that each breakdown adds up
// to its indicator; it returns the number of counties.
func checkDashboard(raw []byte) (int, error) {
	var resp struct {
		Data struct {
			Indicators []struct {
				Code                   string
				Numerator, Denominator int
				Breakdown              []struct {
					Region                 struct{ ID, Level string }
					Numerator, Denominator int
				}
			}
		}
		Errors []gqlError
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return 0, err
	}
	if err := errorsOf(resp.Errors); err != nil {
		return 0, err
	}
	if len(resp.Data.Indicators) != 19 {
		return 0, fmt.Errorf("%d indicators, want 19", len(resp.Data.Indicators))
	}
	counties := 0
	for _, ind := range resp.Data.Indicators {
		num, den, n := 0, 0, 0
		for _, b := range ind.Breakdown {
			num += b.Numerator
			den += b.Denominator
			if b.Region.Level == "COUNTY" {
				n++
			}
		}
		if num != ind.Numerator || den != ind.Denominator {
			return 0, fmt.Errorf("%s: the breakdown adds up to %d/%d, the province has %d/%d", ind.Code, num, den, ind.Numerator, ind.Denominator)
		}
		counties = n
	}
	if counties == 0 {
		return 0, errors.New("no county in the breakdown")
	}
	return counties, nil
}

// checkShortfalls checks a page of shortfalls with reasons; it returns
// their total.
func checkShortfalls(raw []byte) (int, error) {
	var resp struct {
		Data struct {
			Indicator struct {
				Shortfalls struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Unit   struct{ ID string }
							Reason struct{ ZH, EN string }
						}
					}
				}
			}
		}
		Errors []gqlError
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return 0, err
	}
	if err := errorsOf(resp.Errors); err != nil {
		return 0, err
	}
	s := resp.Data.Indicator.Shortfalls
	if len(s.Edges) != min(20, s.TotalCount) {
		return 0, fmt.Errorf("%d shortfalls on the page of %d", len(s.Edges), s.TotalCount)
	}
	for _, e := range s.Edges {
		if e.Node.Unit.ID == "" || e.Node.Reason.EN == "" || e.Node.Reason.ZH == "" {
			return 0, errors.New("a shortfall without its unit or reason")
		}
	}
	return s.TotalCount, nil
}

// checkAggregate checks that the groups add up to the count.
func checkAggregate(raw []byte) error {
	var resp struct {
		Data struct {
			PeopleAggregate struct {
				Count  int
				Groups []struct{ Count int }
			}
		}
		Errors []gqlError
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return err
	}
	if err := errorsOf(resp.Errors); err != nil {
		return err
	}
	a := resp.Data.PeopleAggregate
	sum := 0
	for _, g := range a.Groups {
		sum += g.Count
	}
	if a.Count == 0 || sum != a.Count || len(a.Groups) < 2 {
		return fmt.Errorf("%d groups adding up to %d of %d people", len(a.Groups), sum, a.Count)
	}
	return nil
}

// indicatorSQLite measures the indicators, then twinning, on SQLite at scale
// on a database of its own, when the SQLite run is at another scale (the
// targets are for the province).
func indicatorSQLite(ctx context.Context, o Options, dir string, scale demo.Scale) (*IndicatorFigures, *TwinningFigures, error) {
	w := o.Out
	fmt.Fprintf(w, "\n== SQLite, %s scale (indicators)\n", scale)
	path := filepath.Join(dir, "indicators.db")
	st, err := store.Open(ctx, "sqlite://"+path)
	if err != nil {
		return nil, nil, err
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, nil, err
	}
	stats, err := demo.Load(ctx, st, scale, o.Seed, demo.Options{})
	st.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("demo load: %w", err)
	}
	fmt.Fprintf(w, "demo load       %s rows in %.1f s\n", group(int64(stats.Counts.Total())), stats.Total.Seconds())
	srv, err := startServer(ctx, o.Executable, "sqlite://"+path, filepath.Join(dir, "sqlite-indicators-serve.log"))
	if err != nil {
		return nil, nil, err
	}
	f, err := indicatorTest(ctx, w, srv, time.Now().Year(), o.Executable, "sqlite://"+path)
	if err != nil {
		return nil, nil, errors.Join(err, srv.stop())
	}
	srv, tw, err := twinningTest(ctx, w, srv, o.Executable, "sqlite://"+path, filepath.Join(dir, "sqlite-indicators-serve.log"))
	if srv != nil {
		err = errors.Join(err, srv.stop())
	}
	return f, tw, err
}

// indicatorSummary prints the indicator figures of every run beside their
// targets, which apply at province scale.
func indicatorSummary(w io.Writer, rs []*Result) {
	var runs []*Result
	for _, r := range rs {
		if r.Indicators != nil {
			runs = append(runs, r)
		}
	}
	if len(runs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== Indicators summary (p50 of %d sequential requests; after a write, of %d; ms)\n", indicatorRuns, afterWriteRuns)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\tall 19 + county breakdown\tshortfall page\tpeople by county × status\tall 19 after a post is written\n")
	for _, r := range runs {
		f, province := r.Indicators, r.Scale == demo.Province
		all := TargetIndicatorsSQLite
		if r.Dialect == store.Postgres {
			all = TargetIndicatorsPostgres
		}
		fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\t%s\n", r.Name, r.Scale,
			ms(f.Dashboard.P50)+" "+verdict(province, f.Dashboard.P50 <= all, fmt.Sprintf("≤ %d", all.Milliseconds())),
			ms(f.Shortfall.P50)+" "+verdict(province, f.Shortfall.P50 <= TargetShortfallPage, fmt.Sprintf("≤ %d", TargetShortfallPage.Milliseconds())),
			ms(f.Aggregate.P50)+" "+verdict(province && r.Dialect == store.Postgres, f.Aggregate.P50 <= TargetPeopleAggregate, fmt.Sprintf("≤ %d", TargetPeopleAggregate.Milliseconds())),
			ms(f.AfterWrite.P50))
	}
	_ = tw.Flush()
}
