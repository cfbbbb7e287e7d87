package entgqldoc

import (
	"fmt"
	"strings"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

// describeInputs describes the create and update inputs of t: each field as
// the object shows it (or as the edge's field describes it), defaults on
// create, and the clear and append companions on update.
func describeInputs(t *gen.Type, name string, s *ast.Schema) {
	obj := s.Types[name]
	// What entgql derives from each field and edge, by the input field's name.
	derived := map[string]string{}
	for _, f := range t.Fields {
		if f.Nillable {
			derived["clear"+f.StructField()] = fmt.Sprintf("true: empties `%s` (sets it to null).", camel(f.Name))
		} else {
			derived["clear"+f.StructField()] = fmt.Sprintf("true: empties `%s` (sets it to its empty value).", camel(f.Name))
		}
		derived["append"+f.StructField()] = fmt.Sprintf("Values to add at the end of `%s`, keeping those it holds.", camel(f.Name))
	}
	for _, e := range t.Edges {
		edge := camel(e.Name)
		derived[camel(snake(e.MutationClear()))] = fmt.Sprintf("true: removes the `%s` (`%sID` becomes null).", edge, edge)
		if e.Field() != nil {
			derived[edge+"ID"] = e.Field().Comment()
		}
	}
	for _, create := range []bool{true, false} {
		def := s.Types[inputName(name, create)]
		if def == nil {
			continue
		}
		if create {
			def.Description = fmt.Sprintf("The fields of a new %s. Optional fields left out stay null, or take the default "+
				"their description names.", name)
		} else {
			def.Description = fmt.Sprintf("Changes to the %s: only the fields given change. `clearX: true` empties field x.", name)
		}
		for _, in := range def.Fields {
			fill(&in.Description, objectText(obj, in.Name))
			fill(&in.Description, derived[in.Name])
		}
		if create {
			for _, f := range t.Fields {
				if in := def.Fields.ForName(camel(f.Name)); in != nil && f.Default && f.DefaultValue() != nil {
					in.Description = strings.TrimSpace(in.Description + fmt.Sprintf(" Default: %v.", f.DefaultValue()))
				}
			}
		}
	}
}

func inputName(name string, create bool) string {
	if create {
		return "Create" + name + "Input"
	}
	return "Update" + name + "Input"
}

// objectText is the description of the object's field of the same name.
func objectText(obj *ast.Definition, field string) string {
	if obj == nil {
		return ""
	}
	if f := obj.Fields.ForName(field); f != nil {
		return f.Description
	}
	return ""
}
