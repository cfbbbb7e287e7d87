package entgqldoc

import (
	"fmt"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// Page sizes the server enforces (graph.MaxPageSize and graph.DefaultPageSize;
// graph/schema_docs_test.go checks the descriptions agree with them).
const (
	maxPage     = 100
	defaultPage = 20
)

// describePages states the page limits on every connection's first and last.
func describePages(s *ast.Schema) {
	for _, def := range s.Types {
		for _, f := range def.Fields {
			if !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			if a := f.Arguments.ForName("first"); a != nil {
				a.Description = fmt.Sprintf("Returns the first _n_ elements from the list (0 to %d). "+
					"Without first and last, a page holds the first %d.", maxPage, defaultPage)
			}
			if a := f.Arguments.ForName("last"); a != nil {
				a.Description = fmt.Sprintf("Returns the last _n_ elements from the list (0 to %d).", maxPage)
			}
		}
	}
}
