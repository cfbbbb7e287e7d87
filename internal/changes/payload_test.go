package changes

import (
	"testing"
)

func TestPayloadsSplitUnderLimit(t *testing.T) {
	ids := make([]int, 3000)
	for i := range ids {
		ids[i] = 4294967296 + i*7919
	}
	ps := payloads("origin", []Change{{Entity: "person", Op: Update, IDs: ids}, {Entity: "region", Op: Delete, IDs: []int{7}}})
	if len(ps) < 3 {
		t.Fatalf("%d payloads, want the 3000 IDs split", len(ps))
	}
	var got []int
	for i, p := range ps {
		if len(p) >= 8000 {
			t.Fatalf("payload %d is %d bytes", i, len(p))
		}
		n, err := decode(p)
		if err != nil {
			t.Fatalf("payload %d: %v: %s", i, err, p)
		}
		if n.Origin != "origin" {
			t.Fatalf("origin %q", n.Origin)
		}
		if i == len(ps)-1 {
			if n.Entity != "region" || n.Op != Delete || len(n.IDs) != 1 || n.IDs[0] != 7 {
				t.Fatalf("last payload = %+v", n)
			}
			continue
		}
		if n.Entity != "person" || n.Op != Update {
			t.Fatalf("payload %d = %s/%s", i, n.Entity, n.Op)
		}
		got = append(got, n.IDs...)
	}
	if len(got) != len(ids) {
		t.Fatalf("%d IDs after the split, want %d", len(got), len(ids))
	}
	for i := range ids {
		if got[i] != ids[i] {
			t.Fatalf("ID %d = %d, want %d", i, got[i], ids[i])
		}
	}
}

func TestPayloadsTooManyIDsResync(t *testing.T) {
	ids := make([]int, 100000)
	for i := range ids {
		ids[i] = 1000000 + i
	}
	ps := payloads("o", []Change{{Entity: "organization", Op: Update, IDs: ids}})
	if len(ps) != 1 {
		t.Fatalf("%d payloads, want 1", len(ps))
	}
	n, err := decode(ps[0])
	if err != nil || n.Entity != "organization" || n.Op != Resync || len(n.IDs) != 0 {
		t.Fatalf("payload %s = %+v, %v; want an organization resync", ps[0], n, err)
	}
}
