package loader

import (
	"context"
	"strings"

	"grassroots/ent"
	"grassroots/ent/region"
)

// Ancestors returns each region's ancestors from the root down to its parent.
func Ancestors(ctx context.Context, c *ent.Client, regions []*ent.Region) ([][]*ent.Region, error) {
	all, paths := keys(regions, regionPath)
	seen := map[string]bool{}
	var codes []string
	for _, p := range paths {
		for _, code := range ancestorCodes(p) {
			if !seen[code] {
				seen[code] = true
				codes = append(codes, code)
			}
		}
	}
	byCode := map[string]*ent.Region{}
	if len(codes) > 0 {
		rs, err := db(ctx, c).Region.Query().Where(region.CodeIn(codes...)).All(ctx)
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
		for _, code := range ancestorCodes(p) {
			if r, ok := byCode[code]; ok {
				list = append(list, r)
			}
		}
		out[p] = list
	}
	return aligned(all, out), nil
}

func regionPath(r *ent.Region) string { return r.Path }

// ancestorCodes lists the codes in a path except the last (the region itself).
func ancestorCodes(path string) []string {
	parts := strings.Split(strings.TrimSuffix(path, "/"), "/")
	if len(parts) <= 1 {
		return nil
	}
	return parts[:len(parts)-1]
}
