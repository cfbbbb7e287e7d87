package webui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, path string) (int, http.Header, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, rec.Header(), string(b)
}

func TestBuiltApp(t *testing.T) {
	h := load(fstest.MapFS{
		"index.html":          {Data: []byte(`<!doctype html><div id="root"></div>`)},
		"assets/index-abc.js": {Data: []byte(`console.log(1)`)},
		"favicon.svg":         {Data: []byte(`<svg/>`)},
	}).Handler()
	for _, p := range []string{"/", "/regions/12", "/network?seeds=1,2", "/graphiql", "/index.html"} {
		code, hdr, body := get(t, h, p)
		if code != 200 || !strings.Contains(body, `<div id="root">`) || hdr.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s = %d %q %q", p, code, hdr.Get("Cache-Control"), body)
		}
	}
	code, hdr, body := get(t, h, "/assets/index-abc.js")
	if code != 200 || body != "console.log(1)" || !strings.Contains(hdr.Get("Cache-Control"), "immutable") ||
		!strings.Contains(hdr.Get("Content-Type"), "javascript") {
		t.Errorf("asset = %d %v %q", code, hdr, body)
	}
	if code, _, _ := get(t, h, "/favicon.svg"); code != 200 {
		t.Errorf("favicon = %d", code)
	}
	for _, p := range []string{"/assets/gone-123.js", "/missing.png"} {
		if code, _, _ := get(t, h, p); code != 404 {
			t.Errorf("%s = %d, want 404", p, code)
		}
	}
}

func TestAppNotBuilt(t *testing.T) {
	h := load(fstest.MapFS{"README": {Data: []byte("x")}}).Handler()
	code, hdr, body := get(t, h, "/organizations/3")
	if code != 200 || !strings.Contains(hdr.Get("Content-Type"), "text/html") || !strings.Contains(body, "make build") {
		t.Errorf("not built = %d %q", code, body)
	}
	if code, _, _ := get(t, h, "/assets/index-abc.js"); code != 404 {
		t.Errorf("asset of an app not built = %d, want 404", code)
	}
}
