package graph

import (
	"context"
	"fmt"
	"runtime"

	"entgo.io/contrib/entgql"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/graph/model"
	"grassroots/graph/selection"
	"grassroots/internal/fault"
	"grassroots/internal/indicator"
	"grassroots/internal/page"
)

// indicators is the indicator engine over the request's client: reading
// the kept units, or inside a mutation the transaction's writes.
func (r *Resolver) indicators(ctx context.Context) *indicator.Engine {
	e := indicator.New(r.client(ctx), r.Dialect)
	if ent.TxFromContext(ctx) == nil { // a transaction runs one statement at a time
		e.Parallel = indicatorWorkers
		e.Kept = r.Indicators
	}
	return e
}

// indicatorWorkers is how many indicators a request computes at once: the
// statements are independent, and the database runs them on its own cores.
var indicatorWorkers = max(2, runtime.GOMAXPROCS(0))

// computeIndicators computes codes (nil: all) for a region (nil: the
// province) and year.
func (r *Resolver) computeIndicators(ctx context.Context, codes []string, regionID *int, year int, level string) ([]*indicator.Result, error) {
	req := indicator.Request{Codes: codes, Year: year, Level: level}
	if regionID != nil {
		req.RegionID = *regionID
	}
	rs, err := r.indicators(ctx).Compute(ctx, req)
	if err != nil {
		return nil, err
	}
	return pointers(rs), nil
}

func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

// breakdownLevel is the level the selection's breakdown asks for, so that
// the indicators are computed with that breakdown in the same statements;
// "" for the level below the region.
func breakdownLevel(ctx context.Context) string {
	fields, ok := selection.Under(ctx, selection.Field(ctx))
	if !ok {
		return ""
	}
	if v, ok := selection.Argument(ctx, fields, "breakdown", "level"); ok {
		return fmt.Sprint(v)
	}
	return ""
}

// breakdown is res's breakdown at level: the one computed with res when it
// is of that level, else computed now (a breakdown's own breakdown, or a
// second level asked for).
func (r *Resolver) breakdown(ctx context.Context, res *indicator.Result, level *region.Level) ([]*indicator.Result, error) {
	lv := ""
	if level != nil {
		lv = level.String()
	}
	if res.Breakdown == nil || res.BreakdownLevel != lv {
		rs, err := r.computeIndicators(ctx, []string{res.Code}, &res.Region.ID, res.Year, lv)
		if err != nil {
			return nil, err
		}
		return pointers(rs[0].Breakdown), nil
	}
	return pointers(res.Breakdown), nil
}

// regionsOf reads the regions of ids in one statement, in the order of ids.
func (r *Resolver) regionsOf(ctx context.Context, ids []int) ([]*ent.Region, error) {
	rs, err := r.client(ctx).Region.Query().Where(region.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Region, len(rs))
	for _, x := range rs {
		byID[x.ID] = x
	}
	out := make([]*ent.Region, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}

// maxTrendYears is the longest trend.
const maxTrendYears = 30

// shortfallPage reads a page of res's shortfalls; the cursor of an edge
// holds its offset in the list. A page runs forwards (first, after) or
// backwards from before (last).
func (r *Resolver) shortfallPage(ctx context.Context, res *indicator.Result, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int) (*model.ShortfallConnection, error) {
	for name, n := range map[string]*int{"first": first, "last": last} {
		if n != nil && (*n < 0 || *n > page.Max) {
			return nil, fault.Invalid(name, "%s must be 0 to %d, not %d", name, page.Max, *n)
		}
	}
	offset, n := 0, page.Default
	if after != nil {
		offset = after.ID + 1
	}
	if first != nil {
		n = *first
	}
	if before != nil || last != nil && first == nil {
		end := -1 // the end of the list: counted first
		if before != nil {
			end = before.ID
		}
		if end < 0 {
			_, total, err := r.indicators(ctx).Shortfalls(ctx, res.Code, res.Region.ID, res.Year, 0, 0)
			if err != nil {
				return nil, err
			}
			end = total
		}
		if last != nil {
			n = *last
		}
		offset = max(offset, end-n)
		n = max(0, end-offset)
	}
	list, total, err := r.indicators(ctx).Shortfalls(ctx, res.Code, res.Region.ID, res.Year, offset, n)
	if err != nil {
		return nil, err
	}
	conn := &model.ShortfallConnection{TotalCount: total, PageInfo: &entgql.PageInfo[int]{}, Edges: []*model.ShortfallEdge{}}
	for i := range list {
		conn.Edges = append(conn.Edges, &model.ShortfallEdge{Node: &list[i], Cursor: entgql.Cursor[int]{ID: offset + i}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	conn.PageInfo.HasPreviousPage = offset > 0
	conn.PageInfo.HasNextPage = offset+len(list) < total
	return conn, nil
}

// trend computes res's indicator year by year.
func (r *Resolver) trend(ctx context.Context, res *indicator.Result, fromYear, toYear int) ([]*indicator.Point, error) {
	if toYear-fromYear >= maxTrendYears {
		return nil, fault.Invalid("toYear", "a trend spans at most %d years", maxTrendYears)
	}
	ps, err := r.indicators(ctx).Trend(ctx, res.Code, res.Region.ID, fromYear, toYear)
	if err != nil {
		return nil, err
	}
	return pointers(ps), nil
}
