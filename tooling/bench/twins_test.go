package bench

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestToV5RenamesTheKeyAndTheLookUp(t *testing.T) {
	// PostGraphile 5's twins differ from 4's by the primary key's name alone
	if got, want := toV5(v4Nested), strings.ReplaceAll(v4Nested, "{ id name", "{ rowId name"); got != want {
		t.Errorf("nested:\n got %s\nwant %s", got, want)
	}
	if got, want := toV5(v4Flat), strings.ReplaceAll(v4Flat, "{ id name", "{ rowId name"); got != want {
		t.Errorf("flat:\n got %s\nwant %s", got, want)
	}
	main := toV5(v4PageMain)
	if !strings.Contains(main, "organizationByRowId(rowId: $id) { rowId version name") {
		t.Errorf("page: %s", main)
	}
	if regexp.MustCompile(`\bid\b[^:]`).MatchString(strings.ReplaceAll(main, "$id", "")) {
		t.Errorf("page keeps an id field: %s", main)
	}
	if queryFor(flavourOurs, oursFlat, v4Flat) != oursFlat || queryFor(flavourV4, oursFlat, v4Flat) != v4Flat {
		t.Error("queryFor does not hand ours and 4's twins through")
	}
}

// The organization page's operations are copies of the web app's: they must
// still be what it sends.
func TestPageOperationsAreTheWebApps(t *testing.T) {
	dir := filepath.Join("..", "..", "frontend", "src", "pages", "organizations")
	files, err := filepath.Glob(filepath.Join(dir, "*.ts*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no page sources in %s: %v", dir, err)
	}
	ops := map[string]string{}
	doc := regexp.MustCompile("(?s)graphql\\(`(.*?)`\\)")
	name := regexp.MustCompile(`query (\w+)`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range doc.FindAllStringSubmatch(string(b), -1) {
			if n := name.FindStringSubmatch(m[1]); n != nil {
				ops[n[1]] = m[1]
			}
		}
	}
	for _, op := range pageOps {
		src, ok := ops[op.name]
		if !ok {
			t.Errorf("the web app has no operation %s any more", op.name)
			continue
		}
		if src != op.ours {
			t.Errorf("%s differs from the web app's:\n got %s\nwant %s", op.name, op.ours, src)
		}
	}

	paging, err := os.ReadFile(filepath.Join("..", "..", "frontend", "src", "components", "paging.ts"))
	if err != nil {
		t.Fatal(err)
	}
	if m := doc.FindStringSubmatch(string(paging)); m == nil || m[1] != pageInfoFragment {
		t.Errorf("the PageInfo fragment differs from the web app's (frontend/src/components/paging.ts)")
	}

	sizes := []struct {
		file, name string
		want       int
	}{
		{"frontend/src/components/paging.ts", "PAGE_SIZE", pageListSize},
		{"frontend/src/pages/organizations/OrgProjects.tsx", "PROJECTS_PER_PAGE", pageProjectsSize},
		{"frontend/src/components/Timeline.tsx", "TIMELINE_LIMIT", pageTimelineSize},
	}
	for _, s := range sizes {
		b, err := os.ReadFile(filepath.Join("..", "..", s.file))
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`const ` + s.name + ` = (\d+);`).FindSubmatch(b)
		if m == nil {
			t.Errorf("%s: no %s", s.file, s.name)
			continue
		}
		if n, _ := strconv.Atoi(string(m[1])); n != s.want {
			t.Errorf("%s is %d in the web app, %d here", s.name, n, s.want)
		}
	}
}

func TestSpreadPicksEvenly(t *testing.T) {
	all := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}
	if got := strings.Join(spread(all, 4), ","); got != "1,3,6,8" {
		t.Errorf("spread 10 over 4 = %s", got)
	}
	if got := len(spread(all[:3], 4)); got != 3 {
		t.Errorf("spread 3 over 4 kept %d", got)
	}
}

func TestQuickCheckRefusesWhatIsNotAnAnswer(t *testing.T) {
	good := []byte(`{"data":{"organizations":{"edges":[{"node":{"id":"1"}}]}}}`)
	if _, err := quickCheck(200, good, "organizations"); err != nil {
		t.Errorf("a good answer: %v", err)
	}
	for name, c := range map[string]struct {
		code int
		raw  string
	}{
		"status":        {500, string(good)},
		"errors first":  {200, `{"errors":[{"message":"x"}],"data":{"organizations":null}}`},
		"errors after":  {200, `{"data":{"organizations":{"edges":[]}},"errors":[{"message":"x"}]}`},
		"null root":     {200, `{"data":{"organizations":null}}`},
		"other root":    {200, `{"data":{"regions":{"edges":[]}}}`},
		"cut short":     {200, `{"data":{"organizations":{"edges":[`},
		"not an object": {200, `[]`},
	} {
		if _, err := quickCheck(c.code, []byte(c.raw), "organizations"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
