package loader

import (
	"context"

	"entgo.io/contrib/entgql"
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
	rows, err := c.Position.Query().
		Where(scope.IDsIn[predicate.Position](position.FieldOrganizationID, ids), firstPosts(first, preds)).
		Where(preds...).
		Order(position.ByID()).
		All(ctx)
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

// firstPosts keeps, of each organization's posts matching preds, the first
// first+1 in ID order: those up to the ID that first posts precede, read
// from the index on (organization_id, …, id). The correlated subquery is
// the same in SQLite and PostgreSQL and, unlike a window over all the
// posts, stops at the page.
func firstPosts(first int, preds []predicate.Position) predicate.Position {
	return func(s *sql.Selector) {
		q := sql.Table(position.Table).As("q")
		cutoff := sql.Dialect(s.Dialect()).Select(q.C(position.FieldID)).From(q).
			Where(sql.ColumnsEQ(q.C(position.FieldOrganizationID), s.C(position.FieldOrganizationID)))
		for _, p := range preds {
			p(cutoff)
		}
		cutoff.OrderBy(q.C(position.FieldID)).Limit(1).Offset(first)
		s.Where(sql.P(func(b *sql.Builder) {
			b.Ident(s.C(position.FieldID)).WriteString(" <= COALESCE(").
				Wrap(func(b *sql.Builder) { b.Join(cutoff) }).
				WriteString(", 9223372036854775807)")
		}))
	}
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
