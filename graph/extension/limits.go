package extension

import (
	"context"
	"encoding/json"
	"grassroots/graph/selection"
	"grassroots/internal/page"
	"grassroots/internal/printable"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// limits checks a parsed, validated operation before anything runs: depth and field count stay within bounds; every
// connection's first and last lie in [0, MaxPageSize]. A connection with
// neither gets first: DefaultPageSize written into the operation itself,
// because entgql's eager loading reads arguments from the document, not from
// the resolver's arguments.
//
// The document comes from the query cache and is shared by every request with
// the same text, so it is never modified: an operation that needs a default
// is copied (see withDefaultPages), and the copy lives for one request.
//
// Before any of that, documents not yet in the query cache are measured once
// more, unvalidated: gqlparser's OverlappingFieldsCanBeMerged rule is
// quadratic in the fields of a selection set, so that 15,000 tokens of
// `__typename` would take seconds to validate. A document with more than
// twice Fields field nodes in all is refused before validation.
type Limits struct {
	// Complexity caps the cost of an operation: a field costs one plus its
	// selection, a paginated field (a connection, or a list with first) its
	// selection times its page size.
	Complexity int
	// Depth caps the nesting of fields; introspection subtrees are not
	// counted.
	Depth int
	// Fields caps the number of field selections after fragment expansion.
	Fields int
	// ParserTokens caps the tokens of a query document.
	ParserTokens int
	// Cache is the handler's query cache.
	Cache graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = &Limits{}

// MutateOperationParameters refuses oversized documents before validation.
func (l *Limits) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if raw.Query == "" {
		return nil
	}
	if _, ok := l.Cache.Get(ctx, raw.Query); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: raw.Query}, l.ParserTokens)
	if err != nil {
		return nil // parsed again, and reported, by gqlgen
	}
	limit := 2 * l.Fields
	n := 0
	for _, op := range doc.Operations {
		n += countFields(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		n += countFields(f.SelectionSet)
	}
	if n > limit {
		return refuse(nil, "", "the document has %d fields; the limit is %d", n, limit)
	}
	return nil
}

// countFields counts the field nodes written in a selection set, without
// expanding fragment spreads.
func countFields(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			n += 1 + countFields(sel.SelectionSet)
		case *ast.InlineFragment:
			n += countFields(sel.SelectionSet)
		}
	}
	return n
}

func (*Limits) ExtensionName() string                   { return "GrassrootsLimits" }
func (*Limits) Validate(graphql.ExecutableSchema) error { return nil }

func (l *Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Operation
	if op == nil {
		return nil
	}
	w := walker{Limits: *l, vars: oc.Variables, frags: oc.Doc.Fragments, memo: map[string]shape{}}
	s, err := w.selections(op.SelectionSet)
	if err != nil {
		return err
	}
	if s.cost > l.Complexity {
		e := gqlerror.Errorf("the operation's complexity is %d, more than the limit of %d: ask for smaller pages or fewer nested lists", s.cost, l.Complexity)
		errcode.Set(e, codeComplexity)
		return e
	}
	if w.missing {
		oc.Doc, oc.Operation = withDefaultPages(oc.Doc, op, oc.Variables, page.Default)
	}
	return nil
}

// refuse builds a pre-execution error. Its gqlgen code makes the transports
// answer 422 like any validation error; the presenter reports BAD_USER_INPUT.
func refuse(pos *ast.Position, field, format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	if pos != nil {
		e.Locations = []gqlerror.Location{{Line: pos.Line, Column: pos.Column}}
	}
	errcode.Set(e, errcode.ValidationFailed)
	if field != "" {
		e.Extensions[ExtField] = field
	}
	return e
}

// shape is the size of a selection set: its deepest field chain, how many
// fields it selects once fragments are expanded, and what it costs.
type shape struct{ depth, fields, cost int }

// walker measures an operation. Fragment shapes are memoised, so that
// fragments spread into fragments cost their size once, not once per use
// (the expanded count may be exponential in the document's length).
type walker struct {
	Limits
	vars    map[string]any
	frags   ast.FragmentDefinitionList
	memo    map[string]shape
	total   int  // fields counted so far, for an early stop
	missing bool // a connection field has neither first nor last

	introspection int // > 0 inside __schema or __type
}

func (w *walker) selections(set ast.SelectionSet) (shape, *gqlerror.Error) {
	var s shape
	for _, sel := range set {
		var sub shape
		switch sel := sel.(type) {
		case *ast.Field:
			inner, err := w.field(sel)
			if err != nil {
				return s, err
			}
			sub = inner
		case *ast.InlineFragment:
			inner, err := w.selections(sel.SelectionSet)
			if err != nil {
				return s, err
			}
			sub = inner
		case *ast.FragmentSpread:
			if m, ok := w.memo[sel.Name]; ok {
				sub = m
				w.total = satAdd(w.total, m.fields)
				break
			}
			def := w.frags.ForName(sel.Name)
			if def == nil {
				continue // the validator has already refused this
			}
			inner, err := w.selections(def.SelectionSet)
			if err != nil {
				return s, err
			}
			w.memo[sel.Name] = inner
			sub = inner
		}
		s.depth = max(s.depth, sub.depth)
		s.fields = satAdd(s.fields, sub.fields)
		s.cost = satAdd(s.cost, sub.cost)
		if w.total > w.Fields {
			return s, refuse(sel.GetPosition(), "", "the operation selects more than %d fields", w.Fields)
		}
	}
	return s, nil
}

func (w *walker) field(f *ast.Field) (shape, *gqlerror.Error) {
	w.total = satAdd(w.total, 1)
	if f.Name == "__schema" || f.Name == "__type" {
		// Introspection does not count towards depth: its shape is fixed by
		// GraphQL, gqlparser bounds it separately, and tools send it deep.
		w.introspection++
		inner, err := w.selections(f.SelectionSet)
		w.introspection--
		return shape{depth: 1, fields: satAdd(1, inner.fields), cost: satAdd(1, inner.cost)}, err
	}
	if err := printableArguments(f.Arguments, w.vars); err != nil {
		return shape{}, err
	}
	rows := 0 // page size of a paginated field
	if selection.IsConnection(f) {
		first, err := w.pageArg(f, "first")
		if err != nil {
			return shape{}, err
		}
		last, err := w.pageArg(f, "last")
		if err != nil {
			return shape{}, err
		}
		if first < 0 && last < 0 {
			w.missing = true
		}
		rows = max(first, last)
		if rows < 0 {
			rows = page.Default
		}
	} else if f.Definition != nil && f.Definition.Type.Elem != nil && f.Definition.Arguments.ForName("first") != nil {
		// A list with first (search, the network's lists): as many rows
		// as first, its default when absent, a page's worth when 0 (all).
		rows = page.Max
		if n, ok := toInt(f.ArgumentMap(w.vars)["first"]); ok && n > 0 && n < int64(page.Max) {
			rows = int(n)
		}
	}
	inner, err := w.selections(f.SelectionSet)
	if err != nil {
		return shape{}, err
	}
	s := shape{depth: inner.depth + 1, fields: satAdd(inner.fields, 1), cost: satAdd(1, inner.cost)}
	if rows > 0 {
		s.cost = satMul(max(1, inner.cost), rows)
	}
	if w.introspection == 0 && s.depth > w.Depth {
		return s, refuse(f.Position, "", "the operation nests fields more than %d deep", w.Depth)
	}
	return s, nil
}

// pageArg reads first or last of a connection field, literal or variable,
// and checks its range: -1 when it is null or absent. A page of 0 rows
// still costs one (a round trip, and totalCount).
func (w *walker) pageArg(f *ast.Field, name string) (int, *gqlerror.Error) {
	arg := f.Arguments.ForName(name)
	if arg == nil {
		return -1, nil
	}
	v, err := arg.Value.Value(w.vars)
	if err != nil {
		// An integer literal beyond int64 is the only way here.
		return 0, refuse(arg.Position, name, "%s: must be at most %d on %s", name, page.Max, f.Name)
	}
	if v == nil {
		return -1, nil
	}
	n, ok := toInt(v)
	switch {
	case !ok:
		return 0, refuse(arg.Position, name, "%s: must be an integer", name)
	case n < 0:
		return 0, refuse(arg.Position, name, "%s: must not be negative on %s (got %d)", name, f.Name, n)
	case n > int64(page.Max):
		return 0, refuse(arg.Position, name, "%s: must be at most %d on %s (got %d)", name, page.Max, f.Name, n)
	}
	return max(int(n), 1), nil
}

// toInt accepts the number types variables and literals arrive as.
func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case float64:
		if n != math.Trunc(n) || math.Abs(n) > 1<<53 {
			return 0, false
		}
		return int64(n), true
	case json.Number:
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil {
			if f, ferr := n.Float64(); ferr == nil && f > 0 {
				return math.MaxInt64, true // too large: reported as such
			}
			return 0, false
		}
		return i, true
	case string:
		i, err := strconv.ParseInt(n, 10, 64)
		return i, err == nil
	}
	return 0, false
}

func satAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func satMul(a, b int) int {
	if b != 0 && a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

// withDefaultPages returns a copy of doc in which op (and every fragment it
// uses) has first: size on each connection field without first and last. The
// copy shares the nodes it does not change (values, definitions, directives);
// doc itself is left as it was.
func withDefaultPages(doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any, size int) (*ast.QueryDocument, *ast.OperationDefinition) {
	c := copier{vars: vars, size: strconv.Itoa(size), src: doc.Fragments, frags: map[string]*ast.FragmentDefinition{}}
	nop := *op
	nop.SelectionSet = c.selections(op.SelectionSet)

	nd := *doc
	nd.Operations = make(ast.OperationList, len(doc.Operations))
	for i, o := range doc.Operations {
		if o == op {
			o = &nop
		}
		nd.Operations[i] = o
	}
	nd.Fragments = make(ast.FragmentDefinitionList, len(doc.Fragments))
	for i, f := range doc.Fragments {
		if cf, ok := c.frags[f.Name]; ok {
			f = cf
		}
		nd.Fragments[i] = f
	}
	return &nd, &nop
}

type copier struct {
	vars  map[string]any
	size  string
	src   ast.FragmentDefinitionList
	frags map[string]*ast.FragmentDefinition // copies made so far
}

func (c *copier) selections(set ast.SelectionSet) ast.SelectionSet {
	if set == nil {
		return nil
	}
	out := make(ast.SelectionSet, len(set))
	for i, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			nf := *sel
			nf.Arguments = c.arguments(sel)
			nf.SelectionSet = c.selections(sel.SelectionSet)
			out[i] = &nf
		case *ast.InlineFragment:
			ni := *sel
			ni.SelectionSet = c.selections(sel.SelectionSet)
			out[i] = &ni
		case *ast.FragmentSpread:
			ns := *sel
			ns.Definition = c.fragment(sel.Name, sel.Definition)
			out[i] = &ns
		default:
			out[i] = sel
		}
	}
	return out
}

func (c *copier) fragment(name string, def *ast.FragmentDefinition) *ast.FragmentDefinition {
	if cf, ok := c.frags[name]; ok {
		return cf
	}
	if d := c.src.ForName(name); d != nil {
		def = d
	}
	if def == nil {
		return nil
	}
	nf := *def
	c.frags[name] = &nf // before recursing: the validator allows no cycles, but be safe
	nf.SelectionSet = c.selections(def.SelectionSet)
	return &nf
}

// arguments returns f's arguments with first: size added when f is a
// connection without first and last (a null first is replaced).
func (c *copier) arguments(f *ast.Field) ast.ArgumentList {
	if !selection.IsConnection(f) || given(f, "first", c.vars) || given(f, "last", c.vars) {
		return f.Arguments
	}
	val := &ast.Value{Kind: ast.IntValue, Raw: c.size, Position: f.Position}
	if def := f.Definition.Arguments.ForName("first"); def != nil {
		val.ExpectedType = def.Type
	}
	out := make(ast.ArgumentList, 0, len(f.Arguments)+1)
	for _, a := range f.Arguments {
		if a.Name != "first" {
			out = append(out, a)
		}
	}
	return append(out, &ast.Argument{Name: "first", Value: val, Position: f.Position})
}

// given reports whether f has a non-null value for the argument.
func given(f *ast.Field, name string, vars map[string]any) bool {
	a := f.Arguments.ForName(name)
	if a == nil {
		return false
	}
	v, err := a.Value.Value(vars)
	return err != nil || v != nil
}

// printableArguments refuses text that is not printable anywhere in args
// (in lists and input objects too, literals and variables alike), naming
// the argument or input field it was given for.
func printableArguments(args ast.ArgumentList, vars map[string]any) *gqlerror.Error {
	for _, a := range args {
		if err := printableValue(a.Name, a.Value, vars); err != nil {
			return err
		}
	}
	return nil
}

func printableValue(field string, v *ast.Value, vars map[string]any) *gqlerror.Error {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case ast.Variable:
		if p := printableAny(field, vars[v.Raw]); p != nil {
			return refuse(v.Position, p.field, "%s: %v", p.field, p.err)
		}
	case ast.StringValue, ast.BlockValue:
		if err := printable.Check(v.Raw); err != nil {
			return refuse(v.Position, field, "%s: %v", field, err)
		}
	case ast.ListValue:
		for _, c := range v.Children {
			if err := printableValue(field, c.Value, vars); err != nil {
				return err
			}
		}
	case ast.ObjectValue:
		for _, c := range v.Children {
			if err := printableValue(c.Name, c.Value, vars); err != nil {
				return err
			}
		}
	}
	return nil
}

// textProblem is text that is not printable, and the input field it is in.
type textProblem struct {
	field string
	err   error
}

// printableAny checks a variable's value: a string, or lists and input
// objects of them.
func printableAny(field string, v any) *textProblem {
	switch v := v.(type) {
	case string:
		if err := printable.Check(v); err != nil {
			return &textProblem{field, err}
		}
	case []any:
		for _, e := range v {
			if p := printableAny(field, e); p != nil {
				return p
			}
		}
	case map[string]any:
		for k, e := range v {
			if p := printableAny(k, e); p != nil {
				return p
			}
		}
	}
	return nil
}
