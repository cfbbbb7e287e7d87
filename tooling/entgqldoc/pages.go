package entgqldoc

import (
	"fmt"
	"grassroots/internal/page"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
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
					"Without first and last, a page holds the first %d.", page.Max, page.Default)
			}
			if a := f.Arguments.ForName("last"); a != nil {
				a.Description = fmt.Sprintf("Returns the last _n_ elements from the list (0 to %d).", page.Max)
			}
		}
	}
}
