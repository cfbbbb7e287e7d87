package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// stream is `go test -json` output, built one event at a time.
type stream []string

func (s stream) ev(action, pkg, test, output string) stream {
	b, _ := json.Marshal(event{Action: action, Package: pkg, Test: test, Output: output})
	return append(s, string(b))
}

// run is a test that runs, prints `log` and ends with `end` (pass, fail or skip).
func (s stream) run(pkg, test, log, end string) stream {
	s = s.ev("run", pkg, test, "").ev("output", pkg, test, "=== RUN   "+test+"\n")
	s = s.ev("output", pkg, test, "    x_test.go:1: "+log+"\n")
	return s.ev("output", pkg, test, "--- "+strings.ToUpper(end)+": "+test+" (0.00s)\n").ev(end, pkg, test, "")
}

func (s stream) end(pkg, end, line string) stream {
	if end == "pass" {
		s = s.ev("output", pkg, "", "PASS\n")
	}
	return s.ev("output", pkg, "", line).ev(end, pkg, "", "")
}

func TestReport(t *testing.T) {
	for _, c := range []struct {
		name    string
		in      stream
		want    string
		failed  bool
		skipped []string
	}{{
		name: "passing tests show one line",
		in:   stream{}.ev("start", "a", "", "").run("a", "TestOne", "quiet", "pass").end("a", "pass", "ok  \ta\t0.1s\n"),
		want: "ok  \ta\t0.1s\n",
	}, {
		name: "a package without tests is no skipped test",
		in:   stream{}.ev("start", "a", "", "").end("a", "skip", "?   \ta\t[no test files]\n"),
		want: "?   \ta\t[no test files]\n",
	}, {
		name:    "a skipped test shows its reason and fails the run",
		in:      stream{}.run("a", "TestOne", "quiet", "pass").run("a", "TestTwo", "no server", "skip").end("a", "pass", "ok  \ta\t0.1s\n"),
		want:    "    x_test.go:1: no server\n--- SKIP: TestTwo (0.00s)\nok  \ta\t0.1s\n",
		skipped: []string{"a TestTwo"},
	}, {
		name:    "a skipped subtest fails the run",
		in:      stream{}.ev("run", "a", "TestOne", "").run("a", "TestOne/sub", "later", "skip").ev("pass", "a", "TestOne", "").end("a", "pass", "ok  \ta\t0.1s\n"),
		want:    "    x_test.go:1: later\n--- SKIP: TestOne/sub (0.00s)\nok  \ta\t0.1s\n",
		skipped: []string{"a TestOne/sub"},
	}, {
		name:   "a failed test shows its output, a passing one does not",
		in:     stream{}.run("a", "TestOne", "quiet", "pass").run("a", "TestTwo", "bad value", "fail").end("a", "fail", "FAIL\ta\t0.1s\n"),
		want:   "    x_test.go:1: bad value\n--- FAIL: TestTwo (0.00s)\nFAIL\ta\t0.1s\n",
		failed: true,
	}, {
		name:   "packages show as they end, whatever their order",
		in:     stream{}.run("a", "TestA", "a's log", "fail").run("b", "TestB", "quiet", "pass").end("b", "pass", "ok  \tb\t0.1s\n").end("a", "fail", "FAIL\ta\t0.1s\n"),
		want:   "ok  \tb\t0.1s\n    x_test.go:1: a's log\n--- FAIL: TestA (0.00s)\nFAIL\ta\t0.1s\n",
		failed: true,
	}, {
		name: "a test cut short by a panic shows what it printed",
		in: stream{}.ev("run", "a", "TestOne", "").ev("output", "a", "TestOne", "=== RUN   TestOne\n").
			ev("output", "a", "TestOne", "panic: test timed out after 20m0s\n").end("a", "fail", "FAIL\ta\t1200.1s\n"),
		want:   "panic: test timed out after 20m0s\nFAIL\ta\t1200.1s\n",
		failed: true,
	}, {
		name:   "a build failure shows the compiler's output",
		in:     stream{`{"ImportPath":"a [a.test]","Action":"build-output","Output":"./a.go:3:1: syntax error\n"}`, `{"ImportPath":"a [a.test]","Action":"build-fail"}`}.end("a", "fail", "FAIL\ta [build failed]\n"),
		want:   "./a.go:3:1: syntax error\nFAIL\ta [build failed]\n",
		failed: true,
	}, {
		name:   "a stream cut short fails and shows what it has",
		in:     stream{}.run("a", "TestOne", "quiet", "pass").ev("run", "a", "TestTwo", "").ev("output", "a", "TestTwo", "    x_test.go:9: halfway\n"),
		want:   "    x_test.go:9: halfway\n",
		failed: true,
	}, {
		name: "lines that are not events pass through",
		in:   stream{"go: no packages to test"},
		want: "go: no packages to test\n",
	}} {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			r, err := report(strings.NewReader(strings.Join(c.in, "\n")+"\n"), &out)
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != c.want {
				t.Errorf("output:\n%s\nwant:\n%s", out.String(), c.want)
			}
			if r.failed != c.failed {
				t.Errorf("failed = %v, want %v", r.failed, c.failed)
			}
			if !slices.Equal(r.skipped, c.skipped) {
				t.Errorf("skipped = %q, want %q", r.skipped, c.skipped)
			}
		})
	}
}
