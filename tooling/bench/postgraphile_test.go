package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMissingPostGraphileFailsClearly(t *testing.T) {
	dir := t.TempDir()
	write := func(path, content string) {
		t.Helper()
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	check := func(want string) {
		t.Helper()
		_, err := findPostGraphile(dir)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--postgraphile=false") {
			t.Errorf("error %v, want one saying %q and how to skip", err, want)
		}
	}
	check("package.json")
	write("v4/package.json", `{"dependencies":{"postgraphile":"4.14.1"}}`)
	check("PostGraphile 4.14.1 is not installed")
	write("v4/node_modules/postgraphile/package.json", `{"version":"4.13.0"}`)
	check("holds PostGraphile 4.13.0, its package.json pins 4.14.1")
}

func TestNodeDSNDropsLibPQParameters(t *testing.T) {
	got, err := nodeDSN("postgres://postgres@127.0.0.1:5432/bench_1?sslmode=disable&binary_parameters=yes")
	if err != nil || got != "postgres://postgres@127.0.0.1:5432/bench_1" {
		t.Errorf("nodeDSN = %q, %v", got, err)
	}
}
