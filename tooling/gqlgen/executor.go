package main

import (
	_ "embed"
	"fmt"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/templates"
	"github.com/vektah/gqlparser/v2/ast"
)

// executorPlugin writes, for every object type of the schema, the code the
// level-by-level executor (graph/executor) runs for it: which Go field,
// method or resolver answers each GraphQL field, for all the objects of a
// level at once, and how the value is written. It reads the same binding
// gqlgen's executor is generated from, so the two cannot disagree on where a
// value comes from.
type executorPlugin struct{ filename string }

func (executorPlugin) Name() string { return "executor" }

//go:embed executor.gotpl
var executorTemplate string

func (p executorPlugin) GenerateCode(data *codegen.Data) error {
	m, err := buildModel(data)
	if err != nil {
		return err
	}
	return templates.Render(templates.Options{
		PackageName:     data.Config.Exec.Package,
		Filename:        p.filename,
		Data:            m,
		Packages:        data.Config.Packages,
		Template:        executorTemplate,
		GeneratedHeader: true,
		PruneOptions:    data.Config.GetPruneOptions(),
	})
}

// model is what the template renders.
type model struct {
	Objects    []*object
	Interfaces []*codegen.Interface
	Inputs     []string // input types without their own unmarshaler (as gqlgen's Exec lists them)
	Query      *codegen.Object
	Mutation   *codegen.Object

	objects codegen.Objects
}

// Implementor is the Go type the executor holds impl's objects in.
func (m *model) Implementor(impl codegen.InterfaceImplementor) types.Type {
	return m.objects.ByName(impl.Name).Reference()
}

type object struct {
	*codegen.Object
	Fields []*field
}

// field is one GraphQL field and how the executor answers it.
type field struct {
	*codegen.Field
	// Shape: leaf (scalar or enum), one or many (objects of one type),
	// polyOne or polyMany (interface or union values), fallback (gqlgen's
	// own per-object code).
	Shape string
	// Call: variable (a struct field), pure (a method that cannot fail),
	// method, resolver, batch (a resolver answering for all objects).
	Call string
	// Writer is the executor.Writer method for a scalar the Writer writes
	// itself; "marshaler" and "marshalerPtr" call the enum's MarshalGQL;
	// "text" and "textPtr" write an ent enum's value; "append" and
	// "appendPtr" call Appender; "" uses gqlgen's marshal function.
	Writer string
	// Appender is the allocation-free form of a custom scalar's marshal
	// function: AppendX(dst []byte, v T) []byte beside MarshalX(v T).
	Appender *types.Func
	// NilCheck: a non-null leaf held in a nilable Go type.
	NilCheck bool
	// Child is the object type of one and many; Iface the interface of
	// polyOne and polyMany.
	Child *codegen.Object
	Iface *codegen.Interface
	// ValueElem: the objects are held by value, not by pointer.
	ValueElem bool
}

// Kind is the executor's name of how the field is resolved.
func (f *field) Kind() string {
	switch {
	case f.IsResolver || f.IsBatch():
		return "executor.Resolver"
	case f.IsMethod():
		return "executor.Method"
	}
	return "executor.Variable"
}

// Value is the Go expression of the field's value for the object obj
// (for a resolver, the call that returns it with an error).
func (f *field) Value() string {
	switch f.Call {
	case "variable":
		return f.GoReceiverName + "." + f.GoFieldName
	case "resolver":
		return "ec.Resolvers." + f.ShortInvocation()
	}
	return f.GoReceiverName + "." + f.GoFieldName + "(" + f.CallArgs() + ")"
}

// BatchCall is the call of a batch resolver for all the objects objs.
func (f *field) BatchCall() string {
	return "ec.Resolvers." + templates.UcFirst(f.Object.Name) + "()." + f.GoFieldName + "(" + f.BatchCallArgs("objs", "") + ")"
}

// Write is the Go statement writing the leaf value v to w.
func (f *field) Write(v string) string {
	switch f.Writer {
	case "":
		return "ec." + f.TypeReference.MarshalFunc() + "(ctx, field.Selections, " + v + ").MarshalGQL(w)"
	case "marshaler":
		return v + ".MarshalGQL(w)"
	case "marshalerPtr":
		return nilOr(v, "p.MarshalGQL(w)")
	case "text":
		return "w.String(string(" + v + "))"
	case "textPtr":
		return nilOr(v, "w.String(string(*p))")
	case "append":
		return "executor.Append(w, " + f.appenderRef() + ", " + v + ")"
	case "appendPtr":
		return nilOr(v, "executor.Append(w, "+f.appenderRef()+", *p)")
	}
	return "w." + f.Writer + "(" + v + ")"
}

// nilOr writes null for a nil pointer v, else runs write with p = v.
func nilOr(v, write string) string {
	return "if p := " + v + "; p == nil {\n\t\t\t\tw.Null()\n\t\t\t} else {\n\t\t\t\t" + write + "\n\t\t\t}"
}

func (f *field) appenderRef() string {
	return templates.CurrentImports.Lookup(f.Appender.Pkg().Path()) + "." + f.Appender.Name()
}

// Inline reports whether the value can be read while writing, with no
// resolution step.
func (f *field) Inline() bool {
	return f.Shape == "leaf" && !f.NilCheck && (f.Call == "variable" || f.Call == "pure")
}

func buildModel(data *codegen.Data) (*model, error) {
	m := &model{Query: data.QueryRoot, Mutation: data.MutationRoot, objects: data.Objects}
	if data.SubscriptionRoot != nil {
		return nil, fmt.Errorf("executor: subscriptions are not supported")
	}
	for _, in := range data.Inputs {
		if !in.HasUnmarshal() {
			m.Inputs = append(m.Inputs, in.Name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(data.Interfaces)) {
		m.Interfaces = append(m.Interfaces, data.Interfaces[name])
	}
	for _, o := range data.Objects {
		obj := &object{Object: o}
		for _, f := range o.Fields {
			fd, err := buildField(data, f)
			if err != nil {
				return nil, fmt.Errorf("executor: %s.%s: %w", o.Name, f.Name, err)
			}
			obj.Fields = append(obj.Fields, fd)
		}
		m.Objects = append(m.Objects, obj)
	}
	return m, nil
}

func buildField(data *codegen.Data, f *codegen.Field) (*field, error) {
	fd := &field{Field: f}
	switch {
	case strings.HasPrefix(f.Name, "__") || f.IsMap() || f.VOkFunc || f.HasHaser || f.Stream || f.HasDirectives():
		fd.Shape = "fallback"
		return fd, nil
	case f.IsBatch() && !f.Object.Root:
		fd.Call = "batch"
	case f.IsResolver:
		fd.Call = "resolver"
	case f.IsMethod() && f.NoErr:
		fd.Call = "pure"
	case f.IsMethod():
		fd.Call = "method"
	default:
		fd.Call = "variable"
	}
	t := f.TypeReference
	switch t.Definition.Kind {
	case ast.Scalar, ast.Enum:
		fd.Shape = "leaf"
		fd.NilCheck = t.GQL.NonNull && t.IsNilable()
		if t.GQL.Elem != nil {
			break
		}
		if t.Definition.Kind == ast.Enum && entEnum(data, t.GO) {
			fd.Writer = ptrVariant("text", t.GO)
		} else {
			fd.Writer = leafWriter(t.Definition, t.GO, t.IsMarshaler && !t.IsContext)
		}
		if fd.Writer == "" && t.Marshaler != nil && !t.IsContext {
			if fd.Appender = appender(t.Marshaler, t.GO); fd.Appender != nil {
				fd.Writer = ptrVariant("append", t.GO)
			}
		}
	case ast.Object:
		fd.Child = data.Objects.ByName(t.Definition.Name)
		if fd.Child == nil {
			return nil, fmt.Errorf("no object %s", t.Definition.Name)
		}
		elem, list, ok := objectElem(t.GO, t.GQL)
		if !ok {
			fd.Shape = "fallback"
			return fd, nil
		}
		fd.Shape = "one"
		if list {
			fd.Shape = "many"
		}
		_, fd.ValueElem = elem.(*types.Named)
	case ast.Interface, ast.Union:
		fd.Iface = data.Interfaces[t.Definition.Name]
		if fd.Iface == nil {
			return nil, fmt.Errorf("no interface %s", t.Definition.Name)
		}
		elem, list, ok := interfaceElem(t.GO, t.GQL)
		if !ok || !types.Identical(elem, fd.Iface.Type) {
			fd.Shape = "fallback"
			return fd, nil
		}
		fd.Shape = "polyOne"
		if list {
			fd.Shape = "polyMany"
		}
	default:
		return nil, fmt.Errorf("unexpected kind %s", t.Definition.Kind)
	}
	return fd, nil
}

// objectElem returns the Go type holding one object — a pointer to a
// struct or a struct — and whether the field is a list of them; ok is false
// for shapes the executor leaves to gqlgen (lists of lists, pointers to
// slices).
func objectElem(t types.Type, gql *ast.Type) (elem types.Type, list, ok bool) {
	if gql.Elem != nil {
		s, isSlice := t.(*types.Slice)
		if !isSlice || gql.Elem.Elem != nil {
			return nil, false, false
		}
		t, list = s.Elem(), true
	}
	switch e := t.(type) {
	case *types.Pointer:
		_, named := e.Elem().(*types.Named)
		return t, list, named
	case *types.Named:
		_, isStruct := e.Underlying().(*types.Struct)
		return t, list, isStruct
	}
	return nil, false, false
}

// interfaceElem is objectElem for interface values.
func interfaceElem(t types.Type, gql *ast.Type) (elem types.Type, list, ok bool) {
	if gql.Elem != nil {
		s, isSlice := t.(*types.Slice)
		if !isSlice || gql.Elem.Elem != nil {
			return nil, false, false
		}
		t, list = s.Elem(), true
	}
	return t, list, types.IsInterface(t)
}

// leafWriter picks the Writer method for the built-in scalars held in plain
// Go types, and the enum's own MarshalGQL; anything else goes through
// gqlgen's marshal function.
func leafWriter(def *ast.Definition, t types.Type, marshaler bool) string {
	byType := map[string]map[string]string{
		"String":  {"string": "String", "*string": "StringPtr"},
		"Int":     {"int": "Int", "*int": "IntPtr", "int64": "Int64", "int32": "Int32"},
		"Boolean": {"bool": "Bool", "*bool": "BoolPtr"},
	}
	if w := byType[def.Name][types.TypeString(t, nil)]; w != "" {
		return w
	}
	if def.Kind == ast.Enum && marshaler {
		return ptrVariant("marshaler", t)
	}
	return ""
}

// ptrVariant names the writer of a value held by pointer (nil: null).
func ptrVariant(w string, t types.Type) string {
	if _, ptr := t.(*types.Pointer); ptr {
		return w + "Ptr"
	}
	return w
}

// entEnum reports whether t (or what it points to) is an enum type that ent
// generated: a string type whose GraphQL value is its Go value, quoted.
func entEnum(data *codegen.Data, t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if b, ok := n.Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return false
	}
	for _, pkg := range data.Config.AutoBind {
		if strings.HasSuffix(pkg, "/ent") && strings.HasPrefix(n.Obj().Pkg().Path(), pkg+"/") {
			return true
		}
	}
	return false
}

// appender finds AppendX(dst []byte, v T) []byte beside the marshal function
// MarshalX(v T) of a custom scalar held in t (T or *T).
func appender(marshal *types.Func, t types.Type) *types.Func {
	name, ok := strings.CutPrefix(marshal.Name(), "Marshal")
	if !ok || marshal.Pkg() == nil {
		return nil
	}
	f, ok := marshal.Pkg().Scope().Lookup("Append" + name).(*types.Func)
	if !ok {
		return nil
	}
	param := marshal.Type().(*types.Signature).Params()
	sig := f.Type().(*types.Signature)
	bytes := types.NewSlice(types.Typ[types.Byte])
	if param.Len() != 1 || sig.Params().Len() != 2 || sig.Results().Len() != 1 ||
		!types.Identical(sig.Params().At(0).Type(), bytes) || !types.Identical(sig.Results().At(0).Type(), bytes) ||
		!types.Identical(sig.Params().At(1).Type(), param.At(0).Type()) {
		return nil
	}
	if p, ptr := t.(*types.Pointer); ptr {
		t = p.Elem()
	}
	if !types.Identical(t, param.At(0).Type()) {
		return nil
	}
	return f
}
