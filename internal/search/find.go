package search

import (
	"context"

	gen "grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/region"
)

// Result is a hit with its entity.
type Result struct {
	Hit
	Node gen.Noder // *ent.Region, *ent.Organization or *ent.Person
}

// Find runs Query and loads the hits' entities with c, one query per type,
// keeping the rank order. A hit whose row is gone (deleted after the index
// answered) is left out. While the index of a View is still loading, Find
// waits for it until ctx ends, and then answers UNAVAILABLE.
func (x *Index) Find(ctx context.Context, c *gen.Client, q string, types []Type, first int) ([]Result, error) {
	if _, err := check(q, first); err != nil {
		return nil, err // bad input is bad input, loaded or not
	}
	if err := x.gate.Wait(ctx); err != nil {
		return nil, err
	}
	hits, err := x.Query(q, types, first)
	if err != nil {
		return nil, err
	}
	var ids [nTypes][]int
	for _, h := range hits {
		ids[h.Type] = append(ids[h.Type], h.ID)
	}
	nodes := make(map[Ref]gen.Noder, len(hits))
	if len(ids[Region]) > 0 {
		rs, err := c.Region.Query().Where(region.IDIn(ids[Region]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			nodes[Ref{Region, r.ID}] = r
		}
	}
	if len(ids[Organization]) > 0 {
		os, err := c.Organization.Query().Where(organization.IDIn(ids[Organization]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			nodes[Ref{Organization, o.ID}] = o
		}
	}
	if len(ids[Person]) > 0 {
		ps, err := c.Person.Query().Where(person.IDIn(ids[Person]...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			nodes[Ref{Person, p.ID}] = p
		}
	}
	out := make([]Result, 0, len(hits))
	for _, h := range hits {
		if n, ok := nodes[Ref{h.Type, h.ID}]; ok {
			out = append(out, Result{Hit: h, Node: n})
		}
	}
	return out, nil
}
