package loader

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/region"
	"grassroots/graph/model"
	"grassroots/internal/scope"
)

// Stats returns the counts over each region's subtree. The regions are
// counted together (a region's children, typically): one statement per count
// over the smallest subtree holding them all, grouped by region.
func Stats(ctx context.Context, c *ent.Client, regions []*ent.Region) ([]*model.RegionStats, error) {
	all, paths := keys(regions, regionPath)
	out, err := stats(ctx, db(ctx, c), paths)
	if err != nil {
		return nil, err
	}
	return aligned(all, out), nil
}

func stats(ctx context.Context, db *ent.Client, paths []string) (map[string]*model.RegionStats, error) {
	out := make(map[string]*model.RegionStats, len(paths))
	byLen := map[int][]string{}
	for _, p := range paths {
		out[p] = &model.RegionStats{}
		byLen[len(p)] = append(byLen[len(p)], p)
	}
	for n, group := range byLen {
		// Region paths are fixed-width codes joined by '/': the first n
		// characters of a row's region path name the requested region of
		// that depth it lies under.
		u := under{n: n, prefix: commonDirectory(group)}
		for _, c := range []struct {
			build func(d string) *sql.Selector
			set   func(*model.RegionStats, int)
		}{
			{u.organizations, func(s *model.RegionStats, v int) { s.Organizations = v }},
			{u.partyMembers, func(s *model.RegionStats, v int) { s.PartyMembers = v }},
			{u.links, func(s *model.RegionStats, v int) { s.Links = v }},
		} {
			var rows []struct {
				P string `json:"p"`
				N int    `json:"n"`
			}
			err := db.Region.Query().Modify(func(s *sql.Selector) { *s = *c.build(s.Dialect()) }).Scan(ctx, &rows)
			if err != nil {
				return nil, fmt.Errorf("region stats: %w", err)
			}
			for _, r := range rows {
				// Rows in regions above depth n (an organization of the
				// county, counted for its townships) come out shorter.
				if s, ok := out[r.P]; ok && len(r.P) == n {
					c.set(s, r.N)
				}
			}
		}
	}
	return out, nil
}

// under builds the grouped counts over the subtree at prefix, grouped by the
// first n characters of the region path.
type under struct {
	n      int
	prefix string
}

func (u under) key(r *sql.SelectTable) string {
	return fmt.Sprintf("substr(%s, 1, %d)", r.C(region.FieldPath), u.n)
}

// count counts rows of t (joined to their region through col) by region.
func (u under) count(d string, t *sql.SelectTable, col string, where ...*sql.Predicate) *sql.Selector {
	r := sql.Table(region.Table).As("r")
	k := u.key(r)
	ps := append([]*sql.Predicate{scope.PathPrefix(d, r.C(region.FieldPath), u.prefix)}, where...)
	return sql.Dialect(d).Select(sql.As(k, "p"), sql.As(sql.Count("*"), "n")).
		From(t).Join(r).On(t.C(col), r.C(region.FieldID)).
		Where(sql.And(ps...)).GroupBy(k)
}

func (u under) organizations(d string) *sql.Selector {
	return u.count(d, sql.Table(organization.Table).As("o"), organization.FieldRegionID)
}

func (u under) partyMembers(d string) *sql.Selector {
	p := sql.Table(person.Table).As("m")
	return u.count(d, p, person.FieldHomeRegionID,
		sql.In(p.C(person.FieldPoliticalStatus), string(person.PoliticalStatusMEMBER), string(person.PoliticalStatusPROBATIONARY)))
}

// links counts each link once per region it has an end in.
func (u under) links(d string) *sql.Selector {
	end := func(col string) *sql.Selector {
		l, o, r := sql.Table(link.Table).As("l"), sql.Table(organization.Table).As("o"), sql.Table(region.Table).As("r")
		return sql.Dialect(d).Select(sql.As(l.C(link.FieldID), "id"), sql.As(u.key(r), "p")).
			From(l).Join(o).On(l.C(col), o.C(organization.FieldID)).
			Join(r).On(o.C(organization.FieldRegionID), r.C(region.FieldID)).
			Where(scope.PathPrefix(d, r.C(region.FieldPath), u.prefix))
	}
	e := end(link.FieldSourceID).UnionAll(end(link.FieldTargetID)).As("e")
	return sql.Dialect(d).Select(sql.As(e.C("p"), "p"), sql.As(sql.Count(sql.Distinct(e.C("id"))), "n")).
		From(e).GroupBy(e.C("p"))
}

// commonDirectory is the longest common prefix of paths that ends with '/'.
func commonDirectory(paths []string) string {
	p := paths[0]
	for _, q := range paths[1:] {
		for !strings.HasPrefix(q, p) {
			p = p[:len(p)-1]
		}
	}
	return p[:strings.LastIndexByte(p, '/')+1]
}
