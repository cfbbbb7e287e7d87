package server

import (
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql/playground"
)

// exampleQuery is what GraphiQL opens with: a page of organizations with the
// fields the web app's lists show.
const exampleQuery = `# Organizations with their region, current leaders and latest links.
# Ctrl+Enter runs the query; the Docs pane lists every type and field.
query Organizations {
  organizations(first: 10) {
    totalCount
    edges {
      node {
        id
        name
        region { name }
        currentLeaders { role person { name } }
        links(first: 5) { edges { node { kind target { name } } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`

// graphiql serves GraphiQL pointed at /graphql. GraphiQL keeps its state in
// the URL, so a bare /graphiql is sent to the example query.
func graphiql() http.Handler {
	page := playground.Handler("grassroots GraphiQL", "/graphql",
		playground.WithGraphiqlPersistStateInURL(true),
		playground.WithStoragePrefix("grassroots:"),
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			q := url.Values{"query": {exampleQuery}}
			http.Redirect(w, r, "/graphiql?"+q.Encode(), http.StatusFound)
			return
		}
		page(w, r)
	})
}

// homePage stands in for the web app until it is built into the binary.
const homePage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>grassroots</title></head>
<body>
<h1>grassroots</h1>
<p>The web app is not built yet. The API is at <a href="/graphiql">/graphiql</a> (GraphiQL) and <code>/graphql</code>.</p>
</body>
</html>
`

func home(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(homePage))
}
