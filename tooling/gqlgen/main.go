// Command gqlgen generates the GraphQL executable schema from gqlgen.yml:
// gqlgen's own code (graph/generated/generated.go, models, resolver stubs)
// and, beside it, the per-type code of the level-by-level executor
// (graph/generated/executor.go; see graph/executor). `go generate ./...` runs
// it after ent.
package main

import (
	"fmt"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(2)
	}
	if err := api.Generate(cfg, api.AddPlugin(executorPlugin{filename: "graph/generated/executor.go"})); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(3)
	}
}
