package search_test

import (
	"context"
	"testing"

	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/search"
	"grassroots/internal/store"
	"grassroots/tooling/testdb"
)

// TestRefreshAppliesAnotherProcessWrites: two clients on one PostgreSQL
// database, as two processes; the index of the second follows the first's
// writes through Refresh.
func TestRefreshAppliesAnotherProcessWrites(t *testing.T) {
	ctx := context.Background()
	dsn := testdb.DSN(t, store.Postgres)
	a, b := testdb.OpenDSN(t, dsn), testdb.OpenDSN(t, dsn)
	x := followed(t, b)
	refresh := func(typ search.Type, ids ...int) {
		t.Helper()
		if err := x.Refresh(ctx, b, typ, ids); err != nil {
			t.Fatal(err)
		}
	}

	w := builder{t, ctx, a.Client}
	prov := w.region("220000000000", "吉林省", "Jilin Sheng", region.LevelPROVINCE, nil)
	coop := w.org("松花合作社", "Songhua Hezuoshe", organization.KindCOOPERATIVE, prov)
	li := w.person("李明", "Li Ming", prov)
	expect(t, x, "松花", search.Organization, coop.ID, false)
	refresh(search.Region, prov.ID)
	refresh(search.Organization, coop.ID)
	refresh(search.Person, li.ID)
	expect(t, x, "吉林", search.Region, prov.ID, true)
	expect(t, x, "松花", search.Organization, coop.ID, true)
	expect(t, x, "lm", search.Person, li.ID, true)

	// updated and deleted on A
	a.Client.Organization.UpdateOneID(coop.ID).SetName("长白合作社").SetNameLatin("Changbai Hezuoshe").ExecX(ctx)
	a.Client.Person.DeleteOneID(li.ID).ExecX(ctx)
	refresh(search.Organization, coop.ID)
	refresh(search.Person, li.ID, li.ID)
	expect(t, x, "松花", search.Organization, coop.ID, false)
	expect(t, x, "长白", search.Organization, coop.ID, true)
	expect(t, x, "lm", search.Person, li.ID, false)

	// A refresh of a row that a transaction of B is writing waits for it,
	// so that the older state it would read does not outrank the write.
	a.Client.Organization.UpdateOneID(coop.ID).SetName("图们合作社").SetNameLatin("Tumen Hezuoshe").ExecX(ctx)
	t1 := tx(t, b.Client)
	t1.Organization.UpdateOneID(coop.ID).SetName("珲春合作社").SetNameLatin("Hunchun Hezuoshe").ExecX(ctx)
	done := make(chan error, 1)
	go func() { done <- x.Refresh(ctx, b, search.Organization, []int{coop.ID}) }()
	testdb.WaitForLockWait(t, a)
	if err := t1.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	expect(t, x, "珲春", search.Organization, coop.ID, true)
	expect(t, x, "图们", search.Organization, coop.ID, false)
}
