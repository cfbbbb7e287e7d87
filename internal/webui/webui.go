// Package webui serves the single-page web app built from frontend/ and
// embedded in the binary. Before the app is built (a fresh clone, or
// `go build` without `npm run build`), every page says so and how to build it.
package webui

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed all:dist
var dist embed.FS

// App is the built app: index.html and its assets.
type App struct {
	files fs.FS
	index []byte // nil when the app was not built
}

// New returns the embedded app.
func New() *App {
	sub, err := fs.Sub(dist, "dist/app")
	if err != nil {
		return &App{}
	}
	return load(sub)
}

func load(files fs.FS) *App {
	a := &App{files: files}
	if b, err := fs.ReadFile(files, "index.html"); err == nil {
		a.index = b
	}
	return a
}

// Handler serves a file of the app when the path names one, and index.html
// for every other path (the app's own routes: /regions/…, /network?…), so
// that links into the app work when opened directly. Hashed assets are
// cached for a year; index.html is revalidated every time.
func (a *App) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if a.files != nil {
				if f, err := fs.Stat(a.files, name); err == nil && !f.IsDir() {
					if strings.HasPrefix(name, "assets/") {
						w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
					}
					http.ServeFileFS(w, r, a.files, name)
					return
				}
			}
			// A missing file is a 404, not the app: a stale asset URL
			// must fail visibly rather than load HTML as a script.
			if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		if a.index == nil {
			notBuilt(w)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(a.index))
	})
}

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grassroots — web app not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}code,pre{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}pre{padding:.75rem}</style>
</head><body>
<h1>The web app was not built into this binary</h1>
<p>The API is running: GraphQL answers at <a href="/graphql">/graphql</a>.</p>
<p>To build the app into the binary, from the repository root run:</p>
<pre>make build</pre>
<p>(which runs <code>npm ci</code> and <code>npm run build</code>, then <code>go build</code>), or <code>make demo</code> to build, load the demo data and serve.</p>
</body></html>
`

func notBuilt(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(notBuiltPage))
}
