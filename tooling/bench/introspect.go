package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// PostGraphile names its fields after the tables, columns and foreign keys,
// and each major version a little differently: the twin queries are checked
// against each server's schema, read by introspection, before they are sent,
// so that a renamed field reads as such rather than as a failed request.

const introspectionQuery = `query Twins { __schema { queryType { name } types { name fields(includeDeprecated: true) { name args { name } type { name ofType { name ofType { name ofType { name } } } } } } } }`

// schemaFields maps a type to its fields, each to its argument names and the
// named type it returns.
type schemaFields struct {
	query  string
	fields map[string]map[string]fieldInfo
}

type fieldInfo struct {
	args []string
	typ  string
}

// parseIntrospection reads the answer to introspectionQuery.
func parseIntrospection(raw []byte) (*schemaFields, error) {
	var r struct {
		Data *struct {
			Schema struct {
				QueryType struct{ Name string } `json:"queryType"`
				Types     []struct {
					Name   string `json:"name"`
					Fields []struct {
						Name string                  `json:"name"`
						Args []struct{ Name string } `json:"args"`
						Type typeRef                 `json:"type"`
					} `json:"fields"`
				} `json:"types"`
			} `json:"__schema"`
		} `json:"data"`
		Errors []gqlError `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("introspection answer is not JSON: %v: %s", err, clip(raw))
	}
	if err := errorsOf(r.Errors); err != nil {
		return nil, fmt.Errorf("introspection: %w", err)
	}
	if r.Data == nil {
		return nil, fmt.Errorf("introspection: no data: %s", clip(raw))
	}
	s := &schemaFields{query: r.Data.Schema.QueryType.Name, fields: map[string]map[string]fieldInfo{}}
	for _, t := range r.Data.Schema.Types {
		fs := map[string]fieldInfo{}
		for _, f := range t.Fields {
			fi := fieldInfo{typ: f.Type.named()}
			for _, a := range f.Args {
				fi.args = append(fi.args, a.Name)
			}
			fs[f.Name] = fi
		}
		s.fields[t.Name] = fs
	}
	return s, nil
}

// typeRef is a type as introspection tells it: lists and non-nulls wrap the
// named type.
type typeRef struct {
	Name   *string  `json:"name"`
	OfType *typeRef `json:"ofType"`
}

func (t typeRef) named() string {
	for r := &t; r != nil; r = r.OfType {
		if r.Name != nil {
			return *r.Name
		}
	}
	return ""
}

// missing lists the fields and arguments of query that the schema lacks.
func (s *schemaFields) missing(query string) ([]string, error) {
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return nil, err
	}
	var out []string
	var walk func(typ string, set ast.SelectionSet)
	walk = func(typ string, set ast.SelectionSet) {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if strings.HasPrefix(sel.Name, "__") {
					continue
				}
				fi, ok := s.fields[typ][sel.Name]
				if !ok {
					out = append(out, fmt.Sprintf("%s has no field %s", typ, sel.Name))
					continue
				}
				for _, a := range sel.Arguments {
					if !slices.Contains(fi.args, a.Name) {
						out = append(out, fmt.Sprintf("%s.%s has no argument %s", typ, sel.Name, a.Name))
					}
				}
				walk(fi.typ, sel.SelectionSet)
			case *ast.InlineFragment:
				walk(sel.TypeCondition, sel.SelectionSet)
			}
		}
	}
	for _, op := range doc.Operations {
		walk(s.query, op.SelectionSet)
	}
	return out, nil
}

// checkSchema introspects a server and reports every twin query's fields it
// does not have.
func checkSchema(ctx context.Context, p *poster, name string, queries map[string]string) error {
	code, raw, err := p.post(ctx, body(introspectionQuery, nil))
	if err != nil {
		return fmt.Errorf("%s: introspection: %w", name, err)
	}
	if code != 200 {
		return fmt.Errorf("%s: introspection: %w", name, statusError(code, raw))
	}
	s, err := parseIntrospection(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	keys := make([]string, 0, len(queries))
	for k := range queries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var lacks []string
	for _, k := range keys {
		m, err := s.missing(queries[k])
		if err != nil {
			return fmt.Errorf("twin query %s: %w", k, err)
		}
		for _, x := range m {
			lacks = append(lacks, k+": "+x)
		}
	}
	if len(lacks) > 0 {
		return fmt.Errorf("%s's schema differs from the twin queries written for it:\n  %s", name, strings.Join(lacks, "\n  "))
	}
	return nil
}
