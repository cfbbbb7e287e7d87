package bench

import (
	"context"
	"fmt"
	"testing"

	"grassroots/internal/ident"
	"grassroots/internal/store"
	"grassroots/tooling/synth"
	"grassroots/tooling/testdb"
)

func TestSynthRegionsValid(t *testing.T) {
	g := synth.Nation(1, 3000, 100)
	rows := synthRegions(g)
	if len(rows) < len(g.Regions)+2 {
		t.Fatalf("%d rows for %d regions", len(rows), len(g.Regions))
	}
	codes := map[string]bool{}
	for _, r := range rows {
		if err := ident.ValidateDivision(r.Code, r.Level, r.ParentCode, r.PLevel); err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		if codes[r.Code] {
			t.Fatalf("duplicate code %s", r.Code)
		}
		codes[r.Code] = true
	}
}

func TestCTEShortestPath(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, testdb.DSN(t, store.Postgres))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	// 2 villages (16 organizations + hierarchy); one link joins the
	// collective economy of village 1 to the militia of village 2.
	g := synth.Nation(1, 2, 0)
	a, z := g.Branches[0]+2, g.Branches[1]+7
	g.Links = append(g.Links, synth.Link{Src: a, Dst: z, Start: synth.NoDay, End: synth.EndDay, Kind: 0, Status: 1})
	if err := loadSynthPostgres(ctx, st.DB, g); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		from, to  int64
		max, want int
		found     bool
	}{
		{a, z, 8, 1, true},
		{z, a, 8, 1, true},
		{g.Branches[0], z, 8, 0, false},                     // the collective economy and militia are off the hierarchy
		{g.Branches[0], g.Branches[1], 8, 2, true},          // both children of the township committee
		{g.Branches[0] + 1, g.Branches[1] + 1, 8, 0, false}, // villagers' committees: isolated
		{g.Branches[0], g.Branches[1], 1, 0, false},         // too long for maxLength 1
	} {
		n, ok, err := cteLength(ctx, st.DB, c.from, c.to, c.max)
		if err != nil {
			t.Fatal(err)
		}
		if ok != c.found || n != c.want {
			t.Errorf("%d→%d max %d: got %d %v, want %d %v", c.from, c.to, c.max, n, ok, c.want, c.found)
		}
	}
}

func TestIsTimeout(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, testdb.DSN(t, store.Postgres))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	conn, err := st.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET statement_timeout = '20ms'"); err != nil {
		t.Fatal(err)
	}
	_, err = conn.ExecContext(ctx, "SELECT pg_sleep(1)")
	if !isTimeout(err) {
		t.Fatalf("isTimeout(%v) = false", err)
	}
	if isTimeout(nil) || isTimeout(fmt.Errorf("other")) {
		t.Fatal("isTimeout says yes to a non-timeout")
	}
}
