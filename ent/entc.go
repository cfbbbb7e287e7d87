//go:build ignore

// entc generates the ent client and, through entgql, the GraphQL schema
// (graph/ent.graphqls) from ent/schema; entgqldoc completes its descriptions.
package main

import (
	"log"
	"slices"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/tooling/entgqldoc"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithWhereInputs(true),
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithSchemaPath("../graph/ent.graphqls"),
		entgql.WithRelaySpec(true),
		entgql.WithSchemaHook(entgqldoc.Describe, withoutAppends),
	)
	if err != nil {
		log.Fatalf("entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Features: []gen.Feature{
			gen.FeatureVersionedMigration,
			gen.FeatureGlobalID,
			gen.FeatureExecQuery,
			gen.FeatureIntercept,
			gen.FeatureModifier,
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeaturePrivacy,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("ent codegen: %v", err)
	}
}

// withoutAppends leaves the append inputs of list fields (appendSkills,
// appendBackgrounds) out of the update inputs: the code entgql generates for
// them applies the replacement list, not the values to append, so they would
// do nothing. A client changes a list by sending the whole list.
func withoutAppends(_ *gen.Graph, s *ast.Schema) error {
	for _, t := range s.Types {
		if t.Kind == ast.InputObject && strings.HasPrefix(t.Name, "Update") {
			t.Fields = slices.DeleteFunc(t.Fields, func(f *ast.FieldDefinition) bool { return strings.HasPrefix(f.Name, "append") })
		}
	}
	return nil
}
