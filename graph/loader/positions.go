package loader

import (
	"context"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/position"
	"grassroots/ent/predicate"
	"grassroots/graph/selection"
	"grassroots/internal/scope"
)

// PositionArgs are the arguments of Organization.positions.
type PositionArgs struct {
	After, Before *entgql.Cursor[int]
	First, Last   *int
	OrderBy       *ent.PositionOrder
	Where         *ent.PositionWhereInput
}

// Positions returns a page of each organization's posts. First pages in ID
// order (no cursor, no last, no orderBy) are read for all the organizations
// together: one statement for the rows of every page and, when totalCount
// is asked for and some organization has more posts than its page holds,
// one counting those organizations' posts. The people holding them come
// with Position.person, itself batched. Other pages are read one
// organization at a time.
func Positions(ctx context.Context, c *ent.Client, orgs []*ent.Organization, a PositionArgs) ([]*ent.PositionConnection, error) {
	c = db(ctx, c)
	if a.After != nil || a.Before != nil || a.Last != nil || a.OrderBy != nil || a.First == nil || *a.First < 0 {
		out := make([]*ent.PositionConnection, len(orgs))
		for i, o := range orgs {
			var err error
			out[i], err = c.Position.Query().Where(position.OrganizationID(o.ID)).
				Paginate(ctx, a.After, a.First, a.Before, a.Last, ent.WithPositionOrder(a.OrderBy), ent.WithPositionFilter(a.Where.Filter))
			if err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	var preds []predicate.Position
	if a.Where != nil {
		p, err := a.Where.P()
		switch {
		case err == nil:
			preds = append(preds, p)
		case err != ent.ErrEmptyPositionWhereInput:
			return nil, err
		}
	}
	all, ids := keys(orgs, orgID)
	first := *a.First
	rows, err := c.Position.Query().Modify(func(s *sql.Selector) {
		*s = *firstPosts(s.Dialect(), ids, first, preds, positionColumns(ctx))
	}).All(ctx)
	if err != nil {
		return nil, err
	}
	pages := make(map[int]*ent.PositionConnection, len(ids))
	for _, o := range ids {
		pages[o] = &ent.PositionConnection{Edges: []*ent.PositionEdge{}}
	}
	for _, p := range rows {
		page := pages[p.OrganizationID]
		page.TotalCount++
		if len(page.Edges) == first {
			page.PageInfo.HasNextPage = true
			continue
		}
		page.Edges = append(page.Edges, &ent.PositionEdge{Node: p, Cursor: entgql.Cursor[int]{ID: p.ID}})
	}
	var full []int
	for _, o := range ids {
		page := pages[o]
		if n := len(page.Edges); n > 0 {
			page.PageInfo.StartCursor = &page.Edges[0].Cursor
			page.PageInfo.EndCursor = &page.Edges[n-1].Cursor
		}
		if page.PageInfo.HasNextPage {
			full = append(full, o)
		}
	}
	if top, ok := selection.Under(ctx, selection.Field(ctx)); len(full) > 0 && (!ok || selection.Has(top, "totalCount")) {
		if err := countPositions(ctx, c, pages, full, preds); err != nil {
			return nil, err
		}
	}
	return aligned(all, pages), nil
}

// firstPosts selects, for each of orgs, its first first+1 posts matching
// preds in ID order, all in ID order. Each organization's page is read from
// the index on (organization_id, …, id) and stops at the page: PostgreSQL
// reads it in a LATERAL subquery; SQLite, which has no LATERAL, reads the
// posts up to the page's last ID, which a subquery finds once per
// organization of the list (json_each) that drives the join.
func firstPosts(d string, orgs []int, first int, preds []predicate.Position, columns []string) *sql.Selector {
	t := sql.Table(position.Table)
	o := sql.Table("o")
	page := sql.Dialect(d).Select(t.Columns(columns...)...).From(t)
	for _, p := range preds {
		p(page)
	}
	if d == dialect.Postgres {
		page.Where(sql.ColumnsEQ(t.C(position.FieldOrganizationID), o.C("id"))).
			OrderBy(t.C(position.FieldID)).Limit(first + 1)
		p := sql.Table("p")
		return sql.Dialect(d).Select(p.Columns(columns...)...).
			FromExpr(sql.ExprFunc(func(b *sql.Builder) {
				b.WriteString("unnest(CAST(").Arg(scope.IDArray(orgs)).WriteString(" AS bigint[])) AS o(id) CROSS JOIN LATERAL ").
					Wrap(func(b *sql.Builder) { b.Join(page) }).WriteString(" AS p")
			})).
			OrderBy(p.C(position.FieldID))
	}
	q := sql.Table(position.Table).As("q")
	cutoff := sql.Dialect(d).Select(q.C(position.FieldID)).From(q).
		Where(sql.ColumnsEQ(q.C(position.FieldOrganizationID), o.C("value")))
	for _, p := range preds {
		p(cutoff)
	}
	cutoff.OrderBy(q.C(position.FieldID)).Limit(1).Offset(first)
	return page.
		AppendFromExpr(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("json_each(").Arg(scope.IDJSON(orgs)).WriteString(") AS o")
		})).
		Where(sql.ColumnsEQ(t.C(position.FieldOrganizationID), o.C("value"))).
		Where(sql.P(func(b *sql.Builder) {
			b.Ident(t.C(position.FieldID)).WriteString(" <= COALESCE(").
				Wrap(func(b *sql.Builder) { b.Join(cutoff) }).
				WriteString(", 9223372036854775807)")
		})).
		OrderBy(t.C(position.FieldID))
}

// positionColumns returns the columns the nodes of the page being resolved
// need, with the organization's key the pages are filed under; every column
// outside GraphQL.
func positionColumns(ctx context.Context) []string {
	cols, ok := selection.NodeColumns(ctx, selection.Position)
	if !ok {
		return position.Columns
	}
	if !slices.Contains(cols, position.FieldOrganizationID) {
		cols = append(cols, position.FieldOrganizationID)
	}
	return cols
}

// countPositions sets the totals of the organizations whose page is full;
// the others' rows were all read, and counted.
func countPositions(ctx context.Context, c *ent.Client, pages map[int]*ent.PositionConnection, orgs []int, preds []predicate.Position) error {
	var rows []struct {
		OrganizationID int `json:"organization_id"`
		Count          int `json:"count"`
	}
	err := c.Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, orgs)).
		Where(preds...).
		GroupBy(position.FieldOrganizationID).
		Aggregate(func(*sql.Selector) string { return sql.As(sql.Count("*"), "count") }).
		Scan(ctx, &rows)
	if err != nil {
		return err
	}
	for _, r := range rows {
		pages[r.OrganizationID].TotalCount = r.Count
	}
	return nil
}
