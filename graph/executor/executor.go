// Package executor runs GraphQL operations level by level: each field is
// resolved once for all the objects of a level (one resolver call or one loop
// per field and level, never a goroutine per object), nulls propagate
// bottom-up once a level is resolved, and the answer is written straight into
// one JSON buffer.
//
// A page of 50 organizations, each with its posts and links, is 2,000
// objects; gqlgen's own executor spends a goroutine, a field context and a
// deferred-fragment group on each of them, and most of a request's CPU with
// it. Here the same page costs a handful of loops. Batch resolvers (`batch:
// true` in gqlgen.yml) get every sibling in one call, so loaders need no
// waiting window.
//
// @defer is accepted and answered at once: the deferred fields come in the
// one answer, which the incremental delivery proposal allows a server to do.
//
// The per-type code — which Go field, method or resolver answers each
// GraphQL field, and how its value is written — is generated beside gqlgen's
// (graph/generated/executor.go, by tooling/gqlgen). gqlgen still parses,
// validates and coerces arguments and variables, marshals custom scalars and
// answers introspection; this package holds what every type shares.
package executor

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// run is one operation's run.
type run struct {
	ctx   context.Context
	opCtx *graphql.OperationContext

	mu   sync.Mutex
	errs []pending
	seq  int
}

// pending is an error found while resolving, presented with its path once
// the operation is resolved: err, or a null where the schema wants a value.
type pending struct {
	b           *Block
	col, i      int
	elem        int // the list position of a null element, else -1
	err         error
	invalidNull bool
	seq         int
}

func (x *run) add(p pending) {
	x.mu.Lock()
	p.seq = x.seq
	x.seq++
	x.errs = append(x.errs, p)
	x.mu.Unlock()
}

func (x *run) recovered(r any) error {
	return x.opCtx.Recover(x.ctx, r)
}

// Run resolves the operation's selection set on its root type with resolve
// (the generated code of the root type, called for each root field) and
// returns the data as JSON. Errors are added to ctx's response. The fields of
// a query resolve concurrently, those of a mutation one after the other, as
// GraphQL wants.
func Run(ctx context.Context, satisfies []string, resolve func(b *Block, c int)) []byte {
	opCtx := graphql.GetOperationContext(ctx)
	x := &run{ctx: ctx, opCtx: opCtx}
	fields := graphql.CollectFields(opCtx, opCtx.Operation.SelectionSet, satisfies)
	root := &Block{x: x, Fields: fields, typ: satisfies[0], n: 1, cols: make([]column, len(fields))}
	serial := opCtx.Operation.Operation != ast.Query || len(fields) < 2
	var wg sync.WaitGroup
	for c := range fields {
		if serial {
			x.root(root, c, resolve)
			continue
		}
		wg.Go(func() { x.root(root, c, resolve) })
	}
	wg.Wait()
	root.settle()

	w := Writer{buf: buffers.Get().([]byte)[:0]}
	root.write(&w, 0)
	x.present(ctx)
	return w.Bytes()
}

// buffers keeps answers' buffers for the next answers, so that a page of
// tens of kilobytes is not grown from nothing on every request.
var buffers = sync.Pool{New: func() any { return make([]byte, 0, 16<<10) }}

// Recycle hands back the data Run returned, once it has been written out
// and nothing refers to it any more. Very large buffers are let go.
func Recycle(data []byte) {
	if cap(data) >= 16<<10 && cap(data) <= 4<<20 {
		buffers.Put(data[:0]) //nolint:staticcheck // a slice header is small next to what it saves
	}
}

func (x *run) root(b *Block, c int, resolve func(*Block, int)) {
	defer func() {
		if r := recover(); r != nil {
			b.Fail(c, 0, x.recovered(r))
		}
	}()
	resolve(b, c)
}

// present adds the errors to the response, in the order of the root fields
// and, within one, in the order they were found, each with the path and
// location gqlgen's own executor would give it.
func (x *run) present(ctx context.Context) {
	sort.SliceStable(x.errs, func(a, b int) bool {
		ea, eb := x.errs[a], x.errs[b]
		if ea.b.root != eb.b.root {
			return ea.b.root < eb.b.root
		}
		return ea.seq < eb.seq
	})
	for _, p := range x.errs {
		fctx := p.b.fieldContext(ctx, p.col, p.i)
		declared := ""
		if p.elem >= 0 {
			i := p.elem
			fctx = graphql.WithFieldContext(fctx, &graphql.FieldContext{Index: &i})
			declared = p.b.Fields[p.col].Definition.Type.Elem.String()
		}
		if p.invalidNull {
			graphql.AddInvalidNullError(fctx, declared)
			continue
		}
		graphql.AddError(fctx, graphql.AddFieldLocationToError(fctx, p.err))
	}
}

// fieldContext returns ctx carrying the field contexts of the path to
// column c of object i, the last one describing the field as gqlgen's
// executor would.
func (b *Block) fieldContext(ctx context.Context, c, i int) context.Context {
	ctx = b.objectContext(ctx, i)
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{
		Object:     b.typ,
		Field:      b.Fields[c],
		IsMethod:   b.cols[c].resolve == Method,
		IsResolver: b.cols[c].resolve == Resolver,
	})
}

// objectContext returns ctx carrying the field contexts of object i's path.
func (b *Block) objectContext(ctx context.Context, i int) context.Context {
	if b.parent == nil {
		return ctx
	}
	p := b.parent
	pi, pos := p.cols[b.pcol].owner(int(b.elems[i]))
	ctx = p.fieldContext(ctx, b.pcol, pi)
	if pos >= 0 {
		ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &pos})
	}
	return ctx
}

// ArgsFailed reports that column c's arguments could not be coerced: parse
// coerces them again for each object, with the object's path in ctx, so that
// each error names where it happened, as gqlgen's executor reports them.
func (b *Block) ArgsFailed(c int, parse func(ctx context.Context) error) {
	for i := 0; i < b.n; i++ {
		err := parse(b.fieldContext(b.x.ctx, c, i))
		if err == nil {
			err = fmt.Errorf("%s.%s: arguments could not be read", b.typ, b.Fields[c].Name)
		}
		b.Fail(c, i, err)
	}
}

// ObjectContext returns ctx carrying the path of object i, for a field
// answered by gqlgen's own per-object code (see Fallback).
func (b *Block) ObjectContext(ctx context.Context, i int) context.Context {
	return b.objectContext(ctx, i)
}

// Fallback answers column c with gqlgen's own code for one object at a time:
// field(ctx, i) returns what gqlgen's executor would write for object i,
// with ctx carrying the object's path so that its errors land where they
// belong. For the rare fields the generated code does not answer itself
// (introspection, values bound to maps). It reports nothing about nulls to
// the block: gqlgen's code reports them itself, so a non-null field answered
// this way cannot null its object.
func (b *Block) Fallback(ctx context.Context, c int, field func(ctx context.Context, i int) graphql.Marshaler) {
	vals := make([]graphql.Marshaler, b.n)
	for i := range vals {
		vals[i] = field(b.objectContext(ctx, i), i)
	}
	b.Leaf(c, func(w *Writer, i int) {
		if vals[i] == nil {
			w.Null()
			return
		}
		vals[i].MarshalGQL(w)
	})
	b.Kind(c, Resolver)
}

func errUnresolved(typ, field string) error {
	return fmt.Errorf("%s.%s: no resolver", typ, field)
}

// errUnexpectedType is the error of an interface value of a type the schema
// does not list.
var errUnexpectedType = errors.New("unexpected type")

// UnexpectedType reports v, element e of column c (see PolyOne, PolyMany),
// which is of no type the interface or union lists: it stays null.
func (b *Block) UnexpectedType(c, e int, v any) {
	err := fmt.Errorf("%w %T for %s", errUnexpectedType, v, b.Fields[c].Definition.Type.Name())
	i, pos := b.cols[c].owner(e)
	if pos < 0 {
		b.Fail(c, i, err)
		return
	}
	b.x.add(pending{b: b, col: c, i: i, elem: pos, err: err})
}
