package entgqldoc

import (
	"fmt"
	"strings"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/ent/schema/gqldoc"
)

// describeEntity completes the object type of t, its enums and its order
// enum.
func describeEntity(t *gen.Type, name string, s *ast.Schema) error {
	obj := s.Types[name]
	if obj != nil {
		fill(&obj.Description, comment(t))
		if id := obj.Fields.ForName("id"); id != nil {
			fill(&id.Description, fmt.Sprintf("Globally unique ID of the %s; Query.node(id:) fetches it.", name))
		}
		// entgql drops the edge's comment when the edge is a connection.
		for _, e := range t.Edges {
			if f := obj.Fields.ForName(camel(e.Name)); f != nil {
				fill(&f.Description, e.Comment())
			}
		}
	}
	for _, f := range t.Fields {
		if !f.IsEnum() {
			continue
		}
		if err := describeEnum(t, name, f, s); err != nil {
			return err
		}
	}
	return describeOrder(t, name, s)
}

// describeEnum gives the enum of field f the field's comment and its values
// their gqldoc descriptions.
func describeEnum(t *gen.Type, name string, f *gen.Field, s *ast.Schema) error {
	enum := s.Types[enumName(name, f, s)]
	if enum == nil {
		return nil
	}
	if strings.HasSuffix(enum.Description, "is enum for the field "+f.Name) && f.Comment() != "" {
		enum.Description = fmt.Sprintf("%s.%s: %s", name, camel(f.Name), f.Comment())
	}
	docs, err := gqldoc.Of(f.Annotations)
	if err != nil {
		return fmt.Errorf("entgqldoc: %s.%s: %w", t.Name, f.Name, err)
	}
	for _, d := range docs {
		name, text := d[0], d[1]
		v := enum.EnumValues.ForName(name)
		if v == nil {
			return fmt.Errorf("entgqldoc: %s.%s describes %s, which %s lacks", t.Name, f.Name, name, enum.Name)
		}
		v.Description = text
	}
	return nil
}

// enumName is the GraphQL enum of field f: the type of the field where the
// object or an input shows it, else entgql's default name.
func enumName(name string, f *gen.Field, s *ast.Schema) string {
	for _, owner := range []string{name, "Create" + name + "Input", "Update" + name + "Input"} {
		if def := s.Types[owner]; def != nil {
			if fd := def.Fields.ForName(camel(f.Name)); fd != nil {
				return fd.Type.Name()
			}
		}
	}
	return name + gen.Funcs["pascal"].(func(string) string)(f.Name)
}

// describeOrder names the field behind each value of the order enum and says
// how ties and the default order go.
func describeOrder(t *gen.Type, name string, s *ast.Schema) error {
	if order := s.Types[name+"Order"]; order != nil {
		order.Description = fmt.Sprintf("The order of a page of %s records. Records that tie on the field "+
			"come in ID order, in the same direction; without orderBy a connection is in ID order.", name)
	}
	enum := s.Types[name+"OrderField"]
	if enum == nil {
		return nil
	}
	for _, f := range t.Fields {
		ant, err := entgqlOf(f.Annotations)
		if err != nil {
			return fmt.Errorf("entgqldoc: %s.%s: %w", t.Name, f.Name, err)
		}
		if v := enum.EnumValues.ForName(ant.OrderField); ant.OrderField != "" && v != nil {
			fill(&v.Description, orderText(f))
		}
	}
	return nil
}

func orderText(f *gen.Field) string {
	switch {
	case f.IsEnum():
		return fmt.Sprintf("By %s, comparing the values' names as text (not in the order the enum lists them).", camel(f.Name))
	case f.IsString():
		return fmt.Sprintf("By %s, in the database's text order.", camel(f.Name))
	}
	return fmt.Sprintf("By %s.", camel(f.Name))
}

// fill sets an empty description.
func fill(desc *string, text string) {
	if strings.TrimSpace(*desc) == "" {
		*desc = text
	}
}
