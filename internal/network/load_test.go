package network

import (
	"slices"
	"testing"
)

// TestLoadOutlivesAMergeRunningMeanwhile: a merge that began before a load
// put its base in place does not put the older state back.
func TestLoadOutlivesAMergeRunningMeanwhile(t *testing.T) {
	x := New()
	x.mergeAt = 0
	built, finish := make(chan struct{}), make(chan struct{})
	x.merged = func() {
		close(built)
		<-finish
	}
	x.ApplyOrg(OrgRow{ID: 1, RegionID: 1}) // starts a merge
	<-built
	b := newBuilder(1, 0)
	b.org(2, 1, 0, 0)
	x.replace(b.finish()) // a load: organization 2 only
	close(finish)
	x.merges.Wait()
	if x.Has(1) || !x.Has(2) {
		t.Fatalf("after the merge: has 1 %v, has 2 %v; want the loaded state (2 only)", x.Has(1), x.Has(2))
	}
}

// TestSortPermSortsRotatedAndShuffledIDs: rows in any order, including a
// sorted list rotated (a synchronized sequential scan), come out sorted.
func TestSortPermSortsRotatedAndShuffledIDs(t *testing.T) {
	for _, ids := range [][]int64{
		{1, 2, 3, 5, 8},
		{5, 8, 1, 2, 3},       // rotated
		{8, 1, 2, 3, 5},       // rotated by one
		{3, 1, 8, 2, 5},       // shuffled
		{5, 8, 1, 2, 3, 4, 0}, // two descents
		{2, 3, 1, 5},          // one descent, not a rotation
	} {
		out := slices.Clone(ids)
		if perm := sortPerm(ids); perm != nil {
			out = permute(ids, perm)
		}
		if !slices.Equal(out, slices.Sorted(slices.Values(ids))) {
			t.Errorf("sortPerm(%v) gives %v", ids, out)
		}
	}
}
