package loader

import (
	"context"
	"errors"
	"fmt"
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
// organizations together: one statement for the links of every page with
// their counts (a window over both directions), then one for the
// organizations at their ends. Other pages are read one organization at a
// time.
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
	pages, err := linkPages(ctx, c, ids, *a.First, a.Kinds, linkCols, endCols)
	if err != nil {
		return nil, err
	}
	return aligned(all, pages), nil
}

func linkPages(ctx context.Context, db *ent.Client, orgs []int, first int, kinds []link.Kind, linkCols, endCols []string) (map[int]*ent.LinkConnection, error) {
	out := make(map[int]*ent.LinkConnection, len(orgs))
	for _, o := range orgs {
		out[o] = &ent.LinkConnection{Edges: []*ent.LinkEdge{}}
	}
	// The links themselves with their owner and count, straight from the
	// window: a link between two organizations of the batch comes back once
	// for each.
	links, err := db.Link.Query().Modify(func(s *sql.Selector) {
		*s = *windowedLinks(s.Dialect(), orgs, first, kinds, linkCols)
	}).All(ctx)
	if err != nil {
		return nil, err
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
	for _, lk := range links {
		owner, err1 := intValue(lk, "owner")
		total, err2 := intValue(lk, "total")
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		c, ok := out[owner]
		if !ok {
			continue
		}
		c.TotalCount = total
		if len(c.Edges) == first {
			c.PageInfo.HasNextPage = true
			continue
		}
		// Left unset, an end is read by the resolver itself: only an
		// organization deleted between the two statements is missing.
		lk.Edges.Source = byID[lk.SourceID]
		lk.Edges.Target = byID[lk.TargetID]
		c.Edges = append(c.Edges, &ent.LinkEdge{Node: lk, Cursor: entgql.Cursor[int]{ID: lk.ID}})
	}
	for _, c := range out {
		if n := len(c.Edges); n > 0 {
			c.PageInfo.StartCursor = &c.Edges[0].Cursor
			c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
		}
	}
	return out, nil
}

// intValue reads an integer column selected next to a link's own.
func intValue(lk *ent.Link, column string) (int, error) {
	v, err := lk.Value(column)
	if err != nil {
		return 0, err
	}
	switch v := v.(type) {
	case int64:
		return int(v), nil
	case int:
		return v, nil
	case int32:
		return int(v), nil
	case float64:
		return int(v), nil
	case []byte:
		return strconv.Atoi(string(v))
	case string:
		return strconv.Atoi(v)
	}
	return 0, fmt.Errorf("links: column %s holds %T", column, v)
}

// windowedLinks selects, for each organization, its first+1 links (as source
// or target, in ID order) with every column of the links table, the
// organization as "owner" and its total number of links as "total". The rows
// come straight from the index scans of the two directions: joining the
// window back to the links table lets the planner hash the whole table.
func windowedLinks(dialect string, orgs []int, first int, kinds []link.Kind, columns []string) *sql.Selector {
	d := sql.Dialect(dialect)
	side := func(col string) *sql.Selector {
		t := sql.Table(link.Table)
		sel := d.Select(t.Columns(columns...)...).AppendSelectAs(t.C(col), "owner").From(t).Where(scope.InIDs(dialect, t.C(col), orgs))
		if len(kinds) > 0 {
			vs := make([]any, len(kinds))
			for i, k := range kinds {
				vs[i] = string(k)
			}
			sel.Where(sql.In(t.C(link.FieldKind), vs...))
		}
		return sel
	}
	union := side(link.FieldSourceID).UnionAll(side(link.FieldTargetID)).As("u")
	ranked := d.Select(append(slices.Clone(columns), "owner")...).
		AppendSelectExprAs(sql.Expr("ROW_NUMBER() OVER (PARTITION BY owner ORDER BY "+link.FieldID+")"), "rn").
		AppendSelectExprAs(sql.Expr("COUNT(*) OVER (PARTITION BY owner)"), "total").
		From(union).As("w")
	return d.Select(append(slices.Clone(columns), "owner", "total")...).From(ranked).
		Where(sql.ExprP("rn <= "+strconv.Itoa(first+1))).
		OrderBy("owner", link.FieldID)
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
