package graph

import (
	"sync"

	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/graph/generated"
)

// schema is the parsed schema, where every argument default is written.
var schema = sync.OnceValue(func() *ast.Schema {
	return generated.NewExecutableSchema(generated.Config{}).Schema()
})

// argOr is value, or, when it is absent, the default of the same argument
// on the field that declares it (typ.field(arg:)): fields that share an
// argument, such as Organization.network and Query.network, keep its default
// in one place.
func argOr(value *int, typ, field, arg string) int {
	if value != nil {
		return *value
	}
	def := schema().Types[typ].Fields.ForName(field).Arguments.ForName(arg).DefaultValue
	v, err := def.Value(nil)
	if err != nil {
		panic("graph: no default for " + typ + "." + field + "(" + arg + ":)")
	}
	return int(v.(int64))
}
