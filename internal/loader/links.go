package loader

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/internal/scope"
)

// LinkPage asks for the first links of an organization, in ID order.
type LinkPage struct {
	First int
	Kinds []link.Kind
}

type linkKey struct {
	org   int
	first int
	kinds string // sorted, comma-separated
}

// Links returns the first page of an organization's links in both directions.
// Pages of many organizations with the same arguments are fetched together:
// one windowed query for the IDs and counts, then one query for the links with
// both ends.
func (l *Loaders) Links(ctx context.Context, orgID int, p LinkPage) (*ent.LinkConnection, error) {
	ks := make([]string, len(p.Kinds))
	for i, k := range p.Kinds {
		ks[i] = string(k)
	}
	slices.Sort(ks)
	kinds := strings.Join(ks, ",")
	return loadWithSiblings(ctx, l.links, linkKey{org: orgID, first: p.First, kinds: kinds}, func(o *ent.Organization) linkKey {
		return linkKey{org: o.ID, first: p.First, kinds: kinds}
	})
}

func (l *Loaders) fetchLinks(ctx context.Context, keys []linkKey) (map[linkKey]*ent.LinkConnection, error) {
	type group struct {
		first int
		kinds string
	}
	groups := map[group][]int{}
	var order []group
	for _, k := range keys {
		g := group{k.first, k.kinds}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], k.org)
	}
	out := make(map[linkKey]*ent.LinkConnection, len(keys))
	for _, g := range order {
		var kinds []link.Kind
		if g.kinds != "" {
			for _, k := range strings.Split(g.kinds, ",") {
				kinds = append(kinds, link.Kind(k))
			}
		}
		conns, err := l.linkPages(ctx, groups[g], g.first, kinds)
		if err != nil {
			return nil, err
		}
		for org, c := range conns {
			out[linkKey{org: org, first: g.first, kinds: g.kinds}] = c
		}
	}
	return out, nil
}

type linkRow struct {
	Owner int `sql:"owner"`
	ID    int `sql:"id"`
	Total int `sql:"total"`
}

func (l *Loaders) linkPages(ctx context.Context, orgs []int, first int, kinds []link.Kind) (map[int]*ent.LinkConnection, error) {
	db := l.db(ctx)
	out := make(map[int]*ent.LinkConnection, len(orgs))
	for _, o := range orgs {
		out[o] = &ent.LinkConnection{Edges: []*ent.LinkEdge{}}
	}
	var rows []linkRow
	err := db.Link.Query().Modify(func(s *sql.Selector) {
		*s = *windowedLinks(sql.Dialect(s.Dialect()), orgs, first, kinds)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]int, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	links, err := db.Link.Query().Where(link.IDIn(ids...)).WithSource().WithTarget().All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Link, len(links))
	for _, lk := range links {
		byID[lk.ID] = lk
	}
	for _, r := range rows {
		c := out[r.Owner]
		c.TotalCount = r.Total
		if len(c.Edges) == first {
			c.PageInfo.HasNextPage = true
			continue
		}
		lk, ok := byID[r.ID]
		if !ok {
			continue // deleted between the two statements
		}
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

// windowedLinks selects, for each organization, the IDs of its first+1 links
// (as source or target, in ID order) and its total number of links.
func windowedLinks(d *sql.DialectBuilder, orgs []int, first int, kinds []link.Kind) *sql.Selector {
	side := func(col string) *sql.Selector {
		t := sql.Table(link.Table)
		sel := d.Select(t.C(link.FieldID)).AppendSelectAs(t.C(col), "owner").From(t).Where(sql.InInts(t.C(col), orgs...))
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
	ranked := d.Select("owner", "id").
		AppendSelectExprAs(sql.Expr("ROW_NUMBER() OVER (PARTITION BY owner ORDER BY id)"), "rn").
		AppendSelectExprAs(sql.Expr("COUNT(*) OVER (PARTITION BY owner)"), "total").
		From(union).As("w")
	return d.Select("owner", "id", "total").From(ranked).
		Where(sql.ExprP("rn <= "+strconv.Itoa(first+1))).
		OrderBy("owner", "id")
}

// LinksOf is the unbatched path for pages with cursors, `last` or filters.
func LinksOf(ctx context.Context, c *ent.Client, orgID int, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, kinds []link.Kind, where *ent.LinkWhereInput) (*ent.LinkConnection, error) {
	q := c.Link.Query().Where(scope.LinksInvolving(orgID))
	if len(kinds) > 0 {
		q = q.Where(link.KindIn(kinds...))
	}
	return q.Paginate(ctx, after, first, before, last, ent.WithLinkFilter(where.Filter))
}
