package search

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// waitCompaction waits for a running compaction to end.
func (x *Index) waitCompaction(t *testing.T) {
	t.Helper()
	x.mu.RLock()
	running, done := x.comp.Load(), x.done
	x.mu.RUnlock()
	if !running {
		return
	}
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("compaction did not end within a minute")
	}
}

func itemOfRow(row synthRow) *item {
	attr := uint8(0)
	switch row.typ {
	case Region:
		attr = levelAttr(row.level)
	case Organization:
		attr = kindAttr(row.kind)
	}
	return newItem(meta{ref: Ref{row.typ, row.id}, parent: row.parent, attr: attr}, row.name, row.latin, row.code, row.level)
}

// An index kept current change by change (through the overlay and its
// compaction) answers exactly like one built from scratch from the final rows.
func TestOverlayAndCompactionMatchAFreshBuild(t *testing.T) {
	rows := synthProvince(3, 120, 4, 6)
	x := New()
	x.minC, x.divC = 50, 1<<20
	x.base = buildSynth(rows)
	first := x.base

	r := rand.New(rand.NewPCG(5, 5))
	current := map[Ref]synthRow{}
	for _, row := range rows {
		current[Ref{row.typ, row.id}] = row
	}
	var refs []Ref
	for _, row := range rows {
		refs = append(refs, Ref{row.typ, row.id})
	}
	nextID := 1 << 40
	var touched []string // names of changed rows, before and after
	for step := range 600 {
		ref := refs[r.IntN(len(refs))]
		row, alive := current[ref]
		if alive {
			touched = append(touched, row.name)
		}
		var c change
		switch op := r.IntN(10); {
		case op < 3 && alive: // delete (regions too: their subtitles below shorten)
			delete(current, ref)
			c = change{ref: ref}
		case op < 7 && alive: // rename
			row.name = pickName(r, row)
			row.latin = latinOf(row.name)
			current[ref] = row
			c = change{ref: ref, it: itemOfRow(row)}
		default: // create a person
			row = synthRow{typ: Person, id: nextID, name: pickName(r, synthRow{typ: Person}), parent: rows[r.IntN(len(rows))].id}
			row.latin = latinOf(row.name, 1)
			nextID++
			ref = Ref{Person, row.id}
			refs = append(refs, ref)
			current[ref] = row
			c = change{ref: ref, it: itemOfRow(row)}
		}
		c.seq = x.seq.Add(1)
		if c.it != nil {
			c.it.seq = c.seq
		}
		x.apply([]change{c})
		if row.name != "" {
			touched = append(touched, row.name)
		}
		if step%150 == 149 {
			sameAsFresh(t, x, current, append(touched, mixedQueries(rows, 100)...))
			touched = touched[:0]
			x.waitCompaction(t)
		}
	}
	x.waitCompaction(t)
	if n := len(x.live); n > 50 {
		t.Errorf("overlay holds %d rows after compaction", n)
	}
	x.mu.RLock()
	rebuilt := x.base != first
	x.mu.RUnlock()
	if !rebuilt {
		t.Error("the base was never rebuilt")
	}

	sameAsFresh(t, x, current, append(mixedQueries(rows, 300), "张", "zh", "z", "wei", "村", "2224", "dongguang"))
}

// sameAsFresh checks that x answers queries like an index built from rows.
func sameAsFresh(t *testing.T, x *Index, rows map[Ref]synthRow, qs []string) {
	t.Helper()
	var final []synthRow
	for _, row := range rows {
		final = append(final, row)
	}
	fresh := New()
	fresh.base = buildSynth(final)
	for _, q := range qs {
		for _, types := range [][]Type{nil, {Person}, {Region, Organization}} {
			got, err := x.Query(q, types, 30)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := fresh.Query(q, types, 30)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Query(%q, %v):\n got %v\nwant %v", q, types, got, want)
			}
		}
	}
}

func pickName(r *rand.Rand, row synthRow) string {
	switch row.typ {
	case Region:
		return pick(r, synthPlace, 2) + "村"
	case Organization:
		return pick(r, synthPlace, 2) + "村党支部"
	}
	return pick(r, synthSurnames, 1) + pick(r, synthGiven, 1+r.IntN(2))
}

// A change older than the one the index holds for a row is dropped, whether
// the newer one sits in the overlay or has been compacted into the base.
func TestOlderChangesAreDropped(t *testing.T) {
	x := New()
	issued := func(seq uint64) { // as the hook would have numbered it
		if x.seq.Load() < seq {
			x.seq.Store(seq)
		}
	}
	person := func(name string, seq uint64) change {
		issued(seq)
		it := newItem(meta{ref: Ref{Person, 7}}, name, "", "", "")
		it.seq = seq
		return change{seq: seq, ref: Ref{Person, 7}, it: it}
	}
	x.apply([]change{person("王芸", 3), person("王芳", 1), person("王芬", 2)})
	if h, _ := x.Query("王", nil, 10); len(h) != 1 || h[0].Title != "王芸" {
		t.Fatalf("got %v", h)
	}
	x.minC = 0
	x.apply([]change{person("王芸", 4)}) // triggers a compaction into the base
	x.waitCompaction(t)
	x.apply([]change{person("王芳", 1), {seq: 2, ref: Ref{Person, 7}}})
	if h, _ := x.Query("王", nil, 10); len(h) != 1 || h[0].Title != "王芸" {
		t.Fatalf("after compaction got %v", h)
	}
	issued(5)
	x.apply([]change{{seq: 5, ref: Ref{Person, 7}}})
	if h, _ := x.Query("王", nil, 10); len(h) != 0 {
		t.Fatalf("after the delete got %v", h)
	}
	x.apply([]change{person("王芸", 4)})
	if h, _ := x.Query("王", nil, 10); len(h) != 0 {
		t.Fatalf("a create older than the delete brought it back: %v", h)
	}

	// Tombstones go once they have outlived a compaction.
	other := func(id int, seq uint64) change {
		issued(seq)
		it := newItem(meta{ref: Ref{Person, id}}, "赵六", "", "", "")
		it.seq = seq
		return change{seq: seq, ref: Ref{Person, id}, it: it}
	}
	for i, seq := range []uint64{6, 7} {
		x.apply([]change{other(100+i, seq)})
		x.waitCompaction(t)
	}
	if _, ok := x.dead[Ref{Person, 7}]; ok {
		t.Error("the tombstone survived two compactions")
	}
	if h, _ := x.Query("王", nil, 10); len(h) != 0 {
		t.Fatalf("the deleted row came back: %v", h)
	}
}
