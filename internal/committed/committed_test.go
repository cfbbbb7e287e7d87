package committed_test

import (
	"context"
	"testing"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/region"
	"grassroots/internal/committed"
	"grassroots/tooling/testdb"
)

// TestWorkRunsOnlyAfterCommit: outside a transaction the work runs at once;
// inside one only when it commits, never on rollback.
func TestWorkRunsOnlyAfterCommit(t *testing.T) {
	ctx := context.Background()
	st := testdb.Open(t, "sqlite")
	var done []string
	st.Client.Use(committed.Hook(func(m ent.Mutation) (committed.Mutation, bool) {
		rm, ok := m.(*gen.RegionMutation)
		return rm, ok
	}, func(_ context.Context, _ committed.Mutation, v ent.Value, _ []int) (func(), error) {
		name := v.(*gen.Region).Name
		return func() { done = append(done, name) }, nil
	}))
	create := func(c *gen.Client, code, name string) {
		if _, err := c.Region.Create().SetCode(code).SetName(name).SetLevel(region.LevelPROVINCE).Save(ctx); err != nil {
			t.Fatal(err)
		}
	}
	create(st.Client, "210000000000", "辽宁省")
	if len(done) != 1 {
		t.Fatalf("outside a transaction: %v", done)
	}
	tx, err := st.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	create(tx.Client(), "220000000000", "吉林省")
	if len(done) != 1 {
		t.Fatalf("before commit: %v", done)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	tx, err = st.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	create(tx.Client(), "230000000000", "黑龙江省")
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if len(done) != 2 || done[1] != "黑龙江省" {
		t.Fatalf("after rollback and commit: %v", done)
	}
}
