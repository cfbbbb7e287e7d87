package loader

import (
	"context"
	"slices"
	"strconv"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/predicate"
	"grassroots/graph/selection"
	"grassroots/internal/scope"
)

// LinkArgs are the arguments of Organization.links.
type LinkArgs struct {
	After, Before *entgql.Cursor[int]
	First, Last   *int
	Kinds         []link.Kind
	Where         *ent.LinkWhereInput
}

// Links returns a page of each organization's links in both directions.
// First pages (no cursor, no last, no filter) are read for all the
// organizations together: one statement for the links of every page (a
// window over both directions), one for the organizations at their ends and,
// when totalCount is asked for and some organization has more links than the
// page holds, one counting those organizations' links. Other pages are read
// one organization at a time.
func Links(ctx context.Context, c *ent.Client, orgs []*ent.Organization, a LinkArgs) ([]*ent.LinkConnection, error) {
	c = db(ctx, c)
	if a.After != nil || a.Before != nil || a.Last != nil || a.Where != nil || a.First == nil {
		out := make([]*ent.LinkConnection, len(orgs))
		for i, o := range orgs {
			var err error
			if out[i], err = LinksOf(ctx, c, o.ID, a.After, a.First, a.Before, a.Last, a.Kinds, a.Where); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	all, ids := keys(orgs, orgID)
	linkCols, endCols := linkPageColumns(ctx)
	counted := true
	if top, ok := selection.Under(ctx, selection.Field(ctx)); ok {
		counted = selection.Has(top, "totalCount")
	}
	pages, err := linkPages(ctx, c, ids, *a.First, a.Kinds, linkCols, endCols, counted)
	if err != nil {
		return nil, err
	}
	return aligned(all, pages), nil
}

func linkPages(ctx context.Context, db *ent.Client, orgs []int, first int, kinds []link.Kind, linkCols, endCols []string, counted bool) (map[int]*ent.LinkConnection, error) {
	out := make(map[int]*ent.LinkConnection, len(orgs))
	for _, o := range orgs {
		out[o] = &ent.LinkConnection{Edges: []*ent.LinkEdge{}}
	}
	// The first first+1 links of every organization, from one window over
	// both directions; a link between two organizations of the batch may
	// come in the windows of both.
	links, err := db.Link.Query().Modify(func(s *sql.Selector) {
		*s = *windowedLinks(s.Dialect(), orgs, first, kinds, linkCols)
	}).All(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(links, func(a, b *ent.Link) int { return a.ID - b.ID })
	links = slices.CompactFunc(links, func(a, b *ent.Link) bool { return a.ID == b.ID })
	if counted {
		if err := countLinks(ctx, db, out, links, first, kinds); err != nil {
			return nil, err
		}
	}
	if len(links) == 0 {
		return out, nil
	}
	// Both ends of every link in one statement.
	seen := make(map[int]bool, 2*len(links))
	ids := make([]int, 0, 2*len(links))
	for _, lk := range links {
		for _, id := range [2]int{lk.SourceID, lk.TargetID} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	ends, err := db.Organization.Query().Where(scope.IDsIn[predicate.Organization](organization.FieldID, ids)).Select(endCols...).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Organization, len(ends))
	for _, o := range ends {
		byID[o.ID] = o
	}
	// Each organization's page is its links in ID order, from the rows of
	// every window it has an end in: they hold its own window, and so its
	// first first+1 links.
	for _, lk := range links {
		src, dst := byID[lk.SourceID], byID[lk.TargetID]
		if src == nil || dst == nil {
			continue // an end deleted since the first statement: so is the link
		}
		lk.Edges.Source, lk.Edges.Target = src, dst
		owners := [2]int{lk.SourceID, lk.TargetID}
		for i, o := range owners {
			c, ok := out[o]
			if !ok || (i == 1 && o == owners[0]) {
				continue
			}
			if len(c.Edges) == first {
				c.PageInfo.HasNextPage = true
				continue
			}
			c.Edges = append(c.Edges, &ent.LinkEdge{Node: lk, Cursor: entgql.Cursor[int]{ID: lk.ID}})
		}
	}
	for _, c := range out {
		if n := len(c.Edges); n > 0 {
			c.PageInfo.StartCursor = &c.Edges[0].Cursor
			c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
		}
	}
	return out, nil
}

// countLinks sets each page's total. An organization with at most first
// links has them all in its window, so the distinct links of the windows
// (links, in ID order, without repeats) that it is an end of are its total;
// only the organizations with more are counted by a statement.
func countLinks(ctx context.Context, db *ent.Client, pages map[int]*ent.LinkConnection, links []*ent.Link, first int, kinds []link.Kind) error {
	for _, lk := range links {
		for _, o := range [2]int{lk.SourceID, lk.TargetID} {
			if c, ok := pages[o]; ok {
				c.TotalCount++
			}
		}
	}
	var full []int
	for o, c := range pages {
		if c.TotalCount > first {
			full = append(full, o)
		}
	}
	if len(full) == 0 {
		return nil
	}
	totals, err := linkCounts(ctx, db, full, kinds)
	if err != nil {
		return err
	}
	for _, o := range full {
		pages[o].TotalCount = totals[o]
	}
	return nil
}

// linkCounts counts each organization's links in both directions.
func linkCounts(ctx context.Context, db *ent.Client, orgs []int, kinds []link.Kind) (map[int]int, error) {
	var rows []struct {
		Owner int `json:"owner"`
		N     int `json:"n"`
	}
	err := db.Link.Query().Modify(func(s *sql.Selector) {
		*s = *countedLinks(s.Dialect(), orgs, kinds)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := make(map[int]int, len(rows))
	for _, r := range rows {
		out[r.Owner] = r.N
	}
	return out, nil
}

// windowedLinks selects, for each organization, its first+1 links (as
// source or target, in ID order) with the given columns. The rows come
// straight from the index scans of the two directions: joining the window
// back to the links table lets the planner hash the whole table.
func windowedLinks(dialect string, orgs []int, first int, kinds []link.Kind, columns []string) *sql.Selector {
	d := sql.Dialect(dialect)
	union := linkSide(dialect, orgs, kinds, link.FieldSourceID, columns).
		UnionAll(linkSide(dialect, orgs, kinds, link.FieldTargetID, columns)).As("u")
	ranked := d.Select(columns...).
		AppendSelectExprAs(sql.Expr("ROW_NUMBER() OVER (PARTITION BY owner ORDER BY "+link.FieldID+")"), "rn").
		From(union).As("w")
	return d.Select(columns...).From(ranked).Where(sql.ExprP("rn <= " + strconv.Itoa(first+1)))
}

// countedLinks counts the links of each organization, in both directions.
func countedLinks(dialect string, orgs []int, kinds []link.Kind) *sql.Selector {
	union := linkSide(dialect, orgs, kinds, link.FieldSourceID, nil).
		UnionAll(linkSide(dialect, orgs, kinds, link.FieldTargetID, nil)).As("u")
	return sql.Dialect(dialect).Select("owner").AppendSelectExprAs(sql.Expr("COUNT(*)"), "n").From(union).GroupBy("owner")
}

// linkSide selects the columns of the links whose col is one of orgs (and
// of one of the kinds, if any), with col as "owner".
func linkSide(dialect string, orgs []int, kinds []link.Kind, col string, columns []string) *sql.Selector {
	t := sql.Table(link.Table)
	sel := sql.Dialect(dialect).Select(t.Columns(columns...)...).AppendSelectAs(t.C(col), "owner").From(t).
		Where(scope.InIDs(dialect, t.C(col), orgs))
	if len(kinds) > 0 {
		vs := make([]any, len(kinds))
		for i, k := range kinds {
			vs[i] = string(k)
		}
		sel.Where(sql.In(t.C(link.FieldKind), vs...))
	}
	return sel
}

// LinksOf is the unbatched path for pages with cursors, `last` or filters.
func LinksOf(ctx context.Context, c *ent.Client, orgID int, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, kinds []link.Kind, where *ent.LinkWhereInput) (*ent.LinkConnection, error) {
	q := c.Link.Query().Where(scope.LinksInvolving(orgID))
	if len(kinds) > 0 {
		q = q.Where(link.KindIn(kinds...))
	}
	return q.Paginate(ctx, after, first, before, last, ent.WithLinkFilter(where.Filter))
}

// linkPageColumns reads, from the selection of a links connection field, the
// link columns and the organization columns (for both ends) it needs. Without
// a selection (a call from outside GraphQL) every column is read.
func linkPageColumns(ctx context.Context) (linkCols, endCols []string) {
	field := selection.Field(ctx)
	nodeFields, ok := selection.Under(ctx, field, "edges", "node")
	if !ok {
		return link.Columns, organization.Columns
	}
	linkCols, _ = selection.Link.Columns(nodeFields)
	for _, c := range []string{link.FieldSourceID, link.FieldTargetID} { // the loader joins the ends through them
		if !slices.Contains(linkCols, c) {
			linkCols = append(linkCols, c)
		}
	}
	var endFields []graphql.CollectedField
	for _, end := range []string{"source", "target"} {
		f, _ := selection.Under(ctx, field, "edges", "node", end)
		endFields = append(endFields, f...)
	}
	endCols, _ = selection.Organization.Columns(endFields)
	return linkCols, endCols
}
