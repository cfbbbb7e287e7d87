package network

import (
	"context"
	"fmt"
	"grassroots/tooling/viewtest"
	"testing"
	"time"

	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

// TestRefreshWaitsForALocalWriteInProgress: two processes on one PostgreSQL
// database. When the second refreshes an organization (the first wrote it)
// that a transaction of its own is writing, the refresh waits for that
// transaction, so that the older state it would read does not outrank the
// local write.
func TestRefreshWaitsForALocalWriteInProgress(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dsn := testdb.DSN(t, store.Postgres)
	a, b := testdb.OpenDSN(t, dsn), testdb.OpenDSN(t, dsn)
	prov := a.Client.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel(region.LevelPROVINCE).SaveX(ctx)
	regions := make([]int, 3)
	for i := range regions {
		regions[i] = a.Client.Region.Create().SetCode(fmt.Sprintf("22%02d00000000", i+1)).SetName("市").
			SetLevel(region.LevelCITY).SetParent(prov).SaveX(ctx).ID
	}
	org := a.Client.Organization.Create().SetName("合作社").SetKind(organization.KindCOOPERATIVE).SetRegionID(regions[0]).SaveX(ctx)
	x := New()
	viewtest.Open(t, b.Client, &View{Index: x, st: b})
	regionOf := func() int {
		s := x.cur.Load()
		return int(s.regionID(s.org(s.node(int64(org.ID))).region))
	}

	a.Client.Organization.UpdateOneID(org.ID).SetRegionID(regions[1]).ExecX(ctx) // A's write, to refresh
	tx, err := b.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Organization.UpdateOneID(org.ID).SetRegionID(regions[2]).ExecX(ctx) // B's own, in progress
	done := make(chan error, 1)
	go func() { done <- x.Refresh(ctx, b, "Organization", []int{org.ID}) }()
	testdb.WaitForLockWait(t, a) // the refresh waits for the transaction writing the organization
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := regionOf(); got != regions[2] {
		t.Fatalf("region %d after the refresh, want %d (B's own write)", got, regions[2])
	}
}
