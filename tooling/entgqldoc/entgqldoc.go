// Package entgqldoc is the entgql schema hook that completes the descriptions
// of graph/ent.graphqls where entgql leaves them out or makes them generic.
// Entity types take the ent schema's schema.Comment annotation, connection
// edges their edge's Comment, enum values the gqldoc.Enum annotation of their
// field; the items entgql derives by rule (ids, filters, orders, inputs,
// pages) get descriptions by the same rules. Everything an analyst reads in
// GraphiQL thus comes from ent/schema or from here, never from the generated
// file; graph/schema_docs_test.go fails on any item left undescribed.
package entgqldoc

import (
	"fmt"
	"grassroots/internal/page"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc/gen"
	entschema "entgo.io/ent/schema"
	"github.com/vektah/gqlparser/v2/ast"
)

var (
	camel = gen.Funcs["camel"].(func(string) string)
	snake = gen.Funcs["snake"].(func(string) string)
)

// Describe is an entgql.SchemaHook.
func Describe(g *gen.Graph, s *ast.Schema) error {
	for _, t := range g.Nodes {
		name, err := typeName(t)
		if err != nil {
			return err
		}
		if err := describeEntity(t, name, s); err != nil {
			return err
		}
		describeWhere(t, name, s)
		describeInputs(t, name, s)
	}
	if q := s.Types["Query"]; q != nil && q.Description == "" {
		q.Description = fmt.Sprintf(queryText, page.Max, page.Default)
	}
	describePages(s)
	return nil
}

const queryText = `What the API reads. Lists of records are Relay connections: pages of at most %d records (the
first %d when neither first nor last is given), in ID order unless orderBy says otherwise, filtered
by where. node fetches any record by its ID, search finds records by name, and network,
shortestPath, paths, networkComponents and networkCentrality analyse the organization network.`

// typeName is the GraphQL name entgql gives the node.
func typeName(t *gen.Type) (string, error) {
	ant, err := entgqlOf(t.Annotations)
	if err != nil {
		return "", fmt.Errorf("entgqldoc: %s: %w", t.Name, err)
	}
	if ant.Type != "" {
		return ant.Type, nil
	}
	return t.Name, nil
}

func entgqlOf(ants gen.Annotations) (*entgql.Annotation, error) {
	ant := &entgql.Annotation{}
	if raw, ok := ants[ant.Name()]; ok {
		if err := ant.Decode(raw); err != nil {
			return nil, err
		}
	}
	return ant, nil
}

// comment is the text of the schema-level schema.Comment annotation.
func comment(t *gen.Type) string {
	ant := &entschema.CommentAnnotation{}
	raw, ok := t.Annotations[ant.Name()]
	if !ok {
		return ""
	}
	if m, ok := raw.(map[string]any); ok {
		if s, ok := m["Text"].(string); ok {
			return s
		}
	}
	return ""
}
