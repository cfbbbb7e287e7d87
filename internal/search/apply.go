package search

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/internal/views"
)

// prepare turns a local write into the change to apply once it commits (see
// View.Apply).
//
// Each write is numbered when its statement has run, and the index keeps, per
// row, the highest-numbered state it was given. That makes the order in which
// commit hooks run irrelevant (ent runs them last-registered first).
func (x *Index) prepare(ctx context.Context, w views.Write) (func(), error) {
	typ, ok := typeOf(w.Entity)
	if !ok {
		return nil, nil
	}
	seq := x.seq.Add(1)
	var cs []change
	switch w.Op {
	case views.Create:
		it, ok := itemOf(w.Value)
		if !ok {
			return nil, fmt.Errorf("search: unexpected %T from %s create", w.Value, w.Entity)
		}
		cs = []change{{ref: it.meta.ref, it: it}}
	case views.Delete:
		for _, id := range w.IDs {
			cs = append(cs, change{ref: Ref{Type: typ, ID: id}})
		}
	default: // read the rows back inside the transaction
		its, err := reread(ctx, w.Client, typ, w.IDs)
		if err != nil {
			return nil, err
		}
		for _, it := range its {
			cs = append(cs, change{ref: it.meta.ref, it: it})
		}
	}
	if len(cs) == 0 {
		return nil, nil
	}
	for i := range cs {
		cs[i].seq = seq
		if cs[i].it != nil {
			cs[i].it.seq = seq
		}
	}
	return func() { x.apply(cs) }, nil
}

// typeOf is the search type of an ent type name.
func typeOf(entity string) (Type, bool) {
	switch entity {
	case gen.TypeRegion:
		return Region, true
	case gen.TypeOrganization:
		return Organization, true
	case gen.TypePerson:
		return Person, true
	}
	return 0, false
}

// rereadChunk bounds the IDs of one query (PostgreSQL takes 65535 parameters).
const rereadChunk = 10000

// reread loads the indexed fields of rows after an update.
func reread(ctx context.Context, c *gen.Client, typ Type, ids []int) ([]*item, error) {
	var its []*item
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), rereadChunk)]
		ids = ids[len(chunk):]
		vs, err := readRows(ctx, c, typ, chunk, views.Lock{})
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if it, ok := itemOf(v); ok {
				its = append(its, it)
			}
		}
	}
	return its, nil
}

// itemOf turns an entity into an overlay item.
func itemOf(v ent.Value) (*item, bool) {
	switch e := v.(type) {
	case *gen.Region:
		return newItem(meta{ref: Ref{Region, e.ID}, parent: deref(e.ParentID), attr: levelAttr(string(e.Level))},
			e.Name, e.NameLatin, e.Code, string(e.Level)), true
	case *gen.Organization:
		return newItem(meta{ref: Ref{Organization, e.ID}, parent: e.RegionID, attr: kindAttr(string(e.Kind))},
			e.Name, e.NameLatin, "", ""), true
	case *gen.Person:
		return newItem(meta{ref: Ref{Person, e.ID}, parent: deref(e.HomeRegionID)},
			e.Name, e.NameLatin, "", ""), true
	}
	return nil, false
}

func newItem(m meta, name, latin, code, level string) *item {
	return &item{meta: m, keys: makeKeys([]byte(name), []byte(latin), []byte(code), level)}
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
