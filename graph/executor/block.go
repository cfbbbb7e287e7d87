package executor

import (
	"sort"

	"github.com/99designs/gqlgen/graphql"
)

// Block is the selection of one object type resolved for every object of a
// level at once: the 50 organizations of a page, the 500 posts under them.
// Column c holds the values of Fields[c] for all the objects; a column of
// objects holds the child blocks those objects are resolved in.
type Block struct {
	x      *run
	Fields []graphql.CollectedField
	typ    string // the concrete GraphQL object type
	n      int
	cols   []column
	null   []bool // objects nulled by a failed non-null field; nil while none is
	root   int    // the root field this block descends from, for error order

	// Where the block sits: object k is element elems[k] of column pcol of
	// the parent block. Nil for the root.
	parent *Block
	pcol   int
	elems  []int32
}

// Len is the number of objects in the block.
func (b *Block) Len() int { return b.n }

// Type is the block's GraphQL object type.
func (b *Block) Type() string { return b.typ }

// Resolver kinds, as gqlgen's field contexts tell them apart (they word
// null errors after them).
const (
	Variable = iota // a struct field
	Method          // a method of the model
	Resolver        // a resolver method
)

type colKind uint8

const (
	unset colKind = iota
	leaf
	objects
)

type column struct {
	kind    colKind
	resolve int    // Variable, Method or Resolver
	failed  []bool // per object: the value is null because of an error; nil while none is

	write func(w *Writer, i int) // leaves

	// Objects: refs[i] is object i's value (a single object), or
	// refs[off[i]:off[i+1]] its list; blocks hold the objects (one block per
	// concrete type).
	list   bool
	off    []int32
	nulls  []bool // lists that are null
	refs   []ref
	blocks []*Block
}

// ref points at an object of one of a column's blocks; blk < 0 is null.
type ref struct {
	blk int32
	idx int32
}

var nullRef = ref{blk: -1}

func (c *column) isFailed(i int) bool { return c.failed != nil && c.failed[i] }

func (c *column) refNull(e int) bool {
	r := c.refs[e]
	return r.blk < 0 || c.blocks[r.blk].isNull(int(r.idx))
}

func (c *column) listNull(i int) bool { return c.isFailed(i) || (c.nulls != nil && c.nulls[i]) }

// owner returns the object of the parent block whose value holds element e,
// and e's position in that object's list (-1 for a single value).
func (c *column) owner(e int) (int, int) {
	if !c.list {
		return e, -1
	}
	// off[i] <= e < off[i+1]: the last i with off[i] <= e.
	i := sort.Search(len(c.off)-1, func(i int) bool { return int(c.off[i+1]) > e })
	return i, e - int(c.off[i])
}

func (b *Block) isNull(i int) bool { return b.null != nil && b.null[i] }

func (b *Block) setNull(i int) {
	if b.null == nil {
		b.null = make([]bool, b.n)
	}
	b.null[i] = true
}

// Kind records how column c is resolved (Variable, Method or Resolver).
func (b *Block) Kind(c, kind int) { b.cols[c].resolve = kind }

// Leaf makes column c a scalar or enum column written by write(w, i).
func (b *Block) Leaf(c int, write func(w *Writer, i int)) {
	b.cols[c].kind = leaf
	b.cols[c].write = write
}

// Typename answers __typename in column c.
func (b *Block) Typename(c int) {
	name := b.typ
	b.Leaf(c, func(w *Writer, _ int) { w.String(name) })
}

// Fail makes object i's value of column c null because of err.
func (b *Block) Fail(c, i int, err error) {
	col := &b.cols[c]
	if col.failed == nil {
		col.failed = make([]bool, b.n)
	}
	col.failed[i] = true
	b.x.add(pending{b: b, col: c, i: i, elem: -1, err: err})
}

// FailAll makes every object's value of column c null because of err.
func (b *Block) FailAll(c int, err error) {
	for i := 0; i < b.n; i++ {
		b.Fail(c, i, err)
	}
}

// MustNotBeNull reports object i's null value of the non-null column c
// (a nil pointer leaf).
func (b *Block) MustNotBeNull(c, i int) {
	col := &b.cols[c]
	if col.isFailed(i) {
		return
	}
	if col.failed == nil {
		col.failed = make([]bool, b.n)
	}
	col.failed[i] = true
	b.x.add(pending{b: b, col: c, i: i, elem: -1, invalidNull: true})
}

// Each calls f for every object, turning a returned error or a panic into
// that object's error on column c.
func (b *Block) Each(c int, f func(i int) error) {
	for i := 0; i < b.n; {
		i = b.each(c, i, f)
	}
}

func (b *Block) each(c, from int, f func(i int) error) (next int) {
	next = b.n
	i := from
	defer func() {
		if r := recover(); r != nil {
			b.Fail(c, i, b.x.recovered(r))
			next = i + 1
		}
	}()
	for ; i < b.n; i++ {
		if err := f(i); err != nil {
			b.Fail(c, i, err)
		}
	}
	return next
}

// Once calls a resolver that answers for every object at once, turning an
// error into the error of each object — or of some, when the error is a
// graphql.BatchErrors — and a panic into every object's error.
func (b *Block) Once(c int, f func() error) {
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = b.x.recovered(r)
			}
		}()
		return f()
	}()
	if err == nil {
		return
	}
	if be, ok := err.(graphql.BatchErrors); ok {
		errs := be.Errors()
		if len(errs) == b.n {
			for i, e := range errs {
				if e != nil {
					b.Fail(c, i, e)
				}
			}
			return
		}
	}
	b.FailAll(c, err)
}

func (b *Block) objectColumn(c int, list bool, elems int) *column {
	col := &b.cols[c]
	col.kind = objects
	col.list = list
	col.refs = make([]ref, elems)
	for e := range col.refs {
		col.refs[e] = nullRef
	}
	return col
}

// child returns a new block for the objects of column c, of the concrete
// type satisfies[0] (satisfies lists the type and the interfaces it
// implements, for fragment type conditions).
func (b *Block) child(c int, satisfies []string, elems []int32) *Block {
	ch := &Block{
		x:      b.x,
		Fields: graphql.CollectFields(b.x.opCtx, b.Fields[c].Selections, satisfies),
		typ:    satisfies[0],
		n:      len(elems),
		root:   b.root,
		parent: b,
		pcol:   c,
		elems:  elems,
	}
	ch.cols = make([]column, len(ch.Fields))
	return ch
}

// One fills column c with one object per parent (nil: null) and resolves
// them, all at once, with resolve.
func One[T any](b *Block, c int, vals []*T, satisfies []string, resolve func(*Block, []*T)) {
	col := b.objectColumn(c, false, b.n)
	nonNull := b.Fields[c].Definition.Type.NonNull
	objs := make([]*T, 0, len(vals))
	elems := make([]int32, 0, len(vals))
	for i, v := range vals {
		if v == nil {
			if nonNull && !col.isFailed(i) {
				b.x.add(pending{b: b, col: c, i: i, elem: -1, invalidNull: true})
			}
			continue
		}
		col.refs[i] = ref{blk: 0, idx: int32(len(objs))}
		elems = append(elems, int32(i))
		objs = append(objs, v)
	}
	ch := b.child(c, satisfies, elems)
	col.blocks = []*Block{ch}
	if len(objs) > 0 {
		resolve(ch, objs)
		ch.settle()
	}
}

// Many fills column c with a list of objects per parent (a nil list: null)
// and resolves every element of every list at once with resolve.
func Many[T any](b *Block, c int, vals [][]*T, satisfies []string, resolve func(*Block, []*T)) {
	total := 0
	for _, l := range vals {
		total += len(l)
	}
	col := b.objectColumn(c, true, total)
	col.off = make([]int32, b.n+1)
	typ := b.Fields[c].Definition.Type
	objs := make([]*T, 0, total)
	elems := make([]int32, 0, total)
	e := 0
	for i, l := range vals {
		col.off[i] = int32(e)
		if l == nil {
			b.nullList(c, i, typ.NonNull)
			continue
		}
		for j, v := range l {
			if v == nil {
				if typ.Elem.NonNull {
					b.x.add(pending{b: b, col: c, i: i, elem: j, invalidNull: true})
				}
			} else {
				col.refs[e] = ref{blk: 0, idx: int32(len(objs))}
				elems = append(elems, int32(e))
				objs = append(objs, v)
			}
			e++
		}
	}
	col.off[b.n] = int32(e)
	ch := b.child(c, satisfies, elems)
	col.blocks = []*Block{ch}
	if len(objs) > 0 {
		resolve(ch, objs)
		ch.settle()
	}
}

// nullList records that object i's list in column c is null; a nil list
// where the schema wants one is an error unless the field already failed.
func (b *Block) nullList(c, i int, nonNull bool) {
	col := &b.cols[c]
	if col.nulls == nil {
		col.nulls = make([]bool, b.n)
	}
	col.nulls[i] = true
	if nonNull && !col.isFailed(i) {
		b.x.add(pending{b: b, col: c, i: i, elem: -1, invalidNull: true})
	}
}

// PolyOne prepares column c for one value per parent of an interface or
// union type; the caller files each non-nil value with Group.
func PolyOne[I any](b *Block, c int, vals []I) []I {
	b.objectColumn(c, false, b.n)
	return vals
}

// PolyMany prepares column c for a list per parent of an interface or union
// type and returns the elements of every list, in order; the caller files
// each non-nil element with Group. isNil tells a nil list.
func PolyMany[I any](b *Block, c int, vals [][]I) []I {
	total := 0
	for _, l := range vals {
		total += len(l)
	}
	col := b.objectColumn(c, true, total)
	col.off = make([]int32, b.n+1)
	nonNull := b.Fields[c].Definition.Type.NonNull
	flat := make([]I, 0, total)
	for i, l := range vals {
		col.off[i] = int32(len(flat))
		if l == nil {
			b.nullList(c, i, nonNull)
			continue
		}
		flat = append(flat, l...)
	}
	col.off[b.n] = int32(len(flat))
	return flat
}

// Group resolves the elements of column c (see PolyOne, PolyMany) that are
// of one concrete type: objs[k] is element elems[k].
func Group[T any](b *Block, c int, elems []int32, objs []*T, satisfies []string, resolve func(*Block, []*T)) {
	if len(objs) == 0 {
		return
	}
	col := &b.cols[c]
	g := int32(len(col.blocks))
	ch := b.child(c, satisfies, elems)
	col.blocks = append(col.blocks, ch)
	for k, e := range elems {
		col.refs[e] = ref{blk: g, idx: int32(k)}
	}
	resolve(ch, objs)
	ch.settle()
}

// PolyDone reports the elements of column c left without a value where the
// schema wants one. Call it after the last Group.
func (b *Block) PolyDone(c int) {
	col := &b.cols[c]
	typ := b.Fields[c].Definition.Type
	if !col.list {
		if !typ.NonNull {
			return
		}
		for i := 0; i < b.n; i++ {
			if col.refs[i].blk < 0 && !col.isFailed(i) {
				b.x.add(pending{b: b, col: c, i: i, elem: -1, invalidNull: true})
			}
		}
		return
	}
	if !typ.Elem.NonNull {
		return
	}
	for i := 0; i < b.n; i++ {
		if col.listNull(i) {
			continue
		}
		for e := col.off[i]; e < col.off[i+1]; e++ {
			if col.refs[e].blk < 0 {
				b.x.add(pending{b: b, col: c, i: i, elem: int(e - col.off[i]), invalidNull: true})
			}
		}
	}
}

// settle nulls the objects whose non-null fields came out null, once every
// column is resolved (and each child block settled): GraphQL's null
// propagation, bottom-up.
func (b *Block) settle() {
	for c := range b.cols {
		col := &b.cols[c]
		typ := b.Fields[c].Definition.Type
		switch col.kind {
		case unset:
			if col.failed == nil { // not failed for a reason of its own
				b.FailAll(c, errUnresolved(b.typ, b.Fields[c].Name))
			}
			fallthrough
		case leaf:
			if typ.NonNull && col.failed != nil {
				for i, f := range col.failed {
					if f {
						b.setNull(i)
					}
				}
			}
		case objects:
			if !col.list {
				if typ.NonNull {
					for i := 0; i < b.n; i++ {
						if col.refNull(i) {
							b.setNull(i)
						}
					}
				}
				continue
			}
			for i := 0; i < b.n; i++ {
				null := col.listNull(i)
				if !null && typ.Elem.NonNull {
					for e := col.off[i]; e < col.off[i+1]; e++ {
						if col.refNull(int(e)) {
							null = true
							if col.nulls == nil {
								col.nulls = make([]bool, b.n)
							}
							col.nulls[i] = true
							break
						}
					}
				}
				if null && typ.NonNull {
					b.setNull(i)
				}
			}
		}
	}
}

// write writes object i as JSON.
func (b *Block) write(w *Writer, i int) {
	if b.isNull(i) {
		w.Null()
		return
	}
	w.byte('{')
	for c := range b.cols {
		if c > 0 {
			w.byte(',')
		}
		w.byte('"')
		w.raw(b.Fields[c].Alias)
		w.raw(`":`)
		col := &b.cols[c]
		switch {
		case col.kind != objects:
			if col.isFailed(i) || col.write == nil {
				w.Null()
			} else {
				col.write(w, i)
			}
		case !col.list:
			col.writeRef(w, i)
		case col.listNull(i):
			w.Null()
		default:
			w.byte('[')
			for e := col.off[i]; e < col.off[i+1]; e++ {
				if e > col.off[i] {
					w.byte(',')
				}
				col.writeRef(w, int(e))
			}
			w.byte(']')
		}
	}
	w.byte('}')
}

func (c *column) writeRef(w *Writer, e int) {
	r := c.refs[e]
	if r.blk < 0 {
		w.Null()
		return
	}
	c.blocks[r.blk].write(w, int(r.idx))
}
