package graph_test

import (
	"fmt"
	"grassroots/internal/page"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// Analysts learn the API from GraphiQL's documentation explorer, which shows
// only what the schema describes. These tests hold the schema to the rules
// types-, fields- and arguments-have-descriptions, with input fields counted
// as fields, and ask every enum value for a description of its own or a
// mention by name in its type's description.

func TestSchemaDescribesEverything(t *testing.T) {
	if gaps := undescribed(loadSchema(t)); len(gaps) > 0 {
		t.Errorf("%d schema items have no description (ent.graphqls takes its descriptions from ent/schema and the schema hook in ent/entc.go):\n  %s",
			len(gaps), strings.Join(gaps, "\n  "))
	}
}

// The page limits the descriptions state are the ones the server enforces.
func TestSchemaStatesPageLimits(t *testing.T) {
	most := fmt.Sprintf("0 to %d", page.Max)
	fallback := fmt.Sprintf("the first %d", page.Default)
	n := 0
	for name, def := range loadSchema(t).Types {
		for _, f := range def.Fields {
			if !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			n++
			first, last := f.Arguments.ForName("first"), f.Arguments.ForName("last")
			if first == nil || !strings.Contains(first.Description, most) || !strings.Contains(first.Description, fallback) {
				t.Errorf("%s.%s(first:) should say %q and %q", name, f.Name, most, fallback)
			}
			if last == nil || !strings.Contains(last.Description, most) {
				t.Errorf("%s.%s(last:) should say %q", name, f.Name, most)
			}
		}
	}
	if n == 0 {
		t.Fatal("no connection fields found")
	}
}

// loadSchema loads every schema file of this package, as gqlgen does.
func loadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	files, err := filepath.Glob("*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files found (%v)", err)
	}
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	schema, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatalf("load schema: %v", err)
	}
	return schema
}

func TestUndescribedNamesEachGap(t *testing.T) {
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "gaps.graphqls", Input: `
"""Root."""
type Query {
  """Described."""
  ok(
    """Described."""
    a: Int
    b: Int
  ): Int
  bare: Kind
}
input Filter {
  """Described."""
  x: Int
  y: Int
}
"""Kinds: ONE is the first."""
enum Kind {
  ONE
  """Described."""
  TWO
  THREE
  THREE_MORE
}
enum Silent { A }
scalar Odd
`})
	if err != nil {
		t.Fatal(err)
	}
	got := undescribed(schema)
	want := []string{
		"Filter", "Filter.y", "Kind.THREE", "Kind.THREE_MORE", "Odd",
		"Query.bare", "Query.ok(b:)", "Silent", "Silent.A",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("undescribed:\n got %v\nwant %v", got, want)
	}
}

// undescribed lists the coordinates of the schema's undescribed items, sorted;
// built-in scalars and the introspection types are left out.
func undescribed(s *ast.Schema) []string {
	var gaps []string
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			gaps = append(gaps, name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue // introspection
			}
			coord := name + "." + f.Name
			if strings.TrimSpace(f.Description) == "" {
				gaps = append(gaps, coord)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					gaps = append(gaps, coord+"("+a.Name+":)")
				}
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" && !mentions(def.Description, v.Name) {
				gaps = append(gaps, name+"."+v.Name)
			}
		}
	}
	sort.Strings(gaps)
	return gaps
}

// mentions reports whether text names the enum value as a whole word, so that
// MEMBER is not taken as mentioned by PART_TIME_MEMBER.
func mentions(text, value string) bool {
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(value) + `\b`).MatchString(text)
}
