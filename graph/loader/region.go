package loader

import (
	"context"
	"strings"

	"grassroots/ent"
	"grassroots/ent/region"
)

// Ancestors returns a region's ancestors from the root down to its parent.
func (l *Loaders) Ancestors(ctx context.Context, r *ent.Region) ([]*ent.Region, error) {
	return loadWithSiblings(ctx, l, l.ancestors, r.Path, func(r *ent.Region) string { return r.Path })
}

// ancestorCodes lists the codes in a path except the last (the region itself).
func ancestorCodes(path string) []string {
	parts := strings.Split(strings.TrimSuffix(path, "/"), "/")
	if len(parts) <= 1 {
		return nil
	}
	return parts[:len(parts)-1]
}

func (l *Loaders) fetchAncestors(ctx context.Context, paths []string) (map[string][]*ent.Region, error) {
	seen := map[string]bool{}
	var codes []string
	for _, p := range paths {
		for _, c := range ancestorCodes(p) {
			if !seen[c] {
				seen[c] = true
				codes = append(codes, c)
			}
		}
	}
	byCode := map[string]*ent.Region{}
	if len(codes) > 0 {
		rs, err := l.db(ctx).Region.Query().Where(region.CodeIn(codes...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			byCode[r.Code] = r
		}
	}
	out := make(map[string][]*ent.Region, len(paths))
	for _, p := range paths {
		list := []*ent.Region{}
		for _, c := range ancestorCodes(p) {
			if r, ok := byCode[c]; ok {
				list = append(list, r)
			}
		}
		out[p] = list
	}
	return out, nil
}
