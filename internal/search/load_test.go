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

// TestTrigramsBuiltInPartsMatchOneBuild: the substring lists built on every
// CPU are those one goroutine builds.
func TestTrigramsBuiltInPartsMatchOneBuild(t *testing.T) {
	rows := synthProvince(7, 6000, 3, 8)
	if len(rows) < 1<<16 {
		t.Fatalf("%d rows: too few to build in parts", len(rows))
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := buildSynth(rows)
	runtime.GOMAXPROCS(4)
	parts := buildSynth(rows)
	if !reflect.DeepEqual(one.triOff, parts.triOff) || !reflect.DeepEqual(one.tri, parts.tri) {
		t.Fatal("the lists built in parts differ from those built in one go")
	}
}
