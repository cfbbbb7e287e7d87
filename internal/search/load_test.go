package search

import (
	"context"
	"reflect"
	"runtime"
	"testing"

	"grassroots/tooling/testdb"
)

// TestLoadInPartsBuildsTheSameIndex: a table read in ID ranges at the same
// time gives the very base a single read gives.
func TestLoadInPartsBuildsTheSameIndex(t *testing.T) {
	rows := synthProvince(5, 40, 3, 4)
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			st := testdb.Open(t, d)
			seedSynth(t, st, rows)
			whole := New()
			if err := whole.Load(context.Background(), st); err != nil {
				t.Fatal(err)
			}

			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(maxParts))
			defer func(n int) { partRows = n }(partRows)
			partRows = 1
			parts := New()
			if err := parts.Load(context.Background(), st); err != nil {
				t.Fatal(err)
			}
			if whole.base.len() != len(rows) {
				t.Fatalf("%d rows in the index, %d in the database", whole.base.len(), len(rows))
			}
			if !reflect.DeepEqual(whole.base, parts.base) {
				t.Fatal("the base read in parts differs from the one read whole")
			}
		})
	}
}
