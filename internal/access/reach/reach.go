// Package reach tells which records lie within the reach of the viewer's
// writes: for the per-record viewerCanEdit flags and for showing personal data
// unmasked. (The write rules themselves are internal/access's policies; this
// package reads region paths through internal/scope, which the model's
// policies cannot import.)
package reach

import (
	"context"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/predicate"
	"grassroots/internal/access"
	"grassroots/internal/scope"
	"grassroots/internal/viewer"
)

// Regions reports, for each region ID, whether the viewer of ctx may write
// there (and see the personal data of the people living there). A
// coordinator's scope is read once per request, whatever the number of
// rows asked about; a region ID of 0 (none) is in no coordinator's scope.
func Regions(ctx context.Context, c *ent.Client, regionIDs ...int) ([]bool, error) {
	out := make([]bool, len(regionIDs))
	v, ok := viewer.FromContext(ctx)
	if !ok {
		for i := range out {
			out[i] = true
		}
		return out, nil
	}
	load := func() (func(int) bool, error) { return scope.RegionSet(access.System(ctx), c, v.ScopePath) }
	for i, id := range regionIDs {
		if id == 0 && !v.WholeProvince() {
			continue
		}
		in, err := v.CoversRegion(id, load)
		if err != nil {
			return nil, err
		}
		out[i] = in
	}
	return out, nil
}

// Organizations reports, for each organization ID, whether it lies
// in the viewer's scope, reading the organizations' regions in one
// statement when the viewer is a coordinator.
func Organizations(ctx context.Context, c *ent.Client, ids []int) (map[int]bool, error) {
	out := make(map[int]bool, len(ids))
	v, ok := viewer.FromContext(ctx)
	if !ok || v.WholeProvince() || !v.Is(viewer.RoleCoordinator) {
		all := !ok || v.WholeProvince()
		for _, id := range ids {
			out[id] = all
		}
		return out, nil
	}
	orgs, err := c.Organization.Query().Where(scope.IDsIn[predicate.Organization](organization.FieldID, ids)).
		Select(organization.FieldID, organization.FieldRegionID).All(access.System(ctx))
	if err != nil {
		return nil, err
	}
	regions := make([]int, len(orgs))
	for i, o := range orgs {
		regions[i] = o.RegionID
	}
	in, err := Regions(ctx, c, regions...)
	if err != nil {
		return nil, err
	}
	for i, o := range orgs {
		out[o.ID] = in[i]
	}
	return out, nil
}

// Links reports, for each link, whether the viewer may write it: when at
// least one of its ends lies in the scope.
func Links(ctx context.Context, c *ent.Client, links []*ent.Link) ([]bool, error) {
	ends := make([]int, 0, 2*len(links))
	for _, l := range links {
		ends = append(ends, l.SourceID, l.TargetID)
	}
	in, err := Organizations(ctx, c, ends)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(links))
	for i, l := range links {
		out[i] = in[l.SourceID] || in[l.TargetID]
	}
	return out, nil
}
