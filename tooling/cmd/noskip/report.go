package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type result struct {
	failed  bool
	skipped []string // "package Test"
}

// pkg is what a package printed, kept until it ends: only then is it known
// which tests' output plain `go test` would show.
type pkg struct {
	lines []line
	ended map[string]string // test → pass, fail or skip
}

type line struct{ test, text string }

// report copies the events of in to out as plain `go test` output and says
// whether a test failed or was skipped. Lines that are not events (go's own
// errors) are copied as they are.
func report(in io.Reader, out io.Writer) (result, error) {
	var r result
	pkgs := map[string]*pkg{}
	var order []string // packages in the order they started, for the end of a cut stream
	get := func(name string) *pkg {
		p := pkgs[name]
		if p == nil {
			p = &pkg{ended: map[string]string{}}
			pkgs[name] = p
			order = append(order, name)
		}
		return p
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Action == "" {
			fmt.Fprintln(out, sc.Text())
			continue
		}
		switch {
		case e.Action == "build-output":
			io.WriteString(out, e.Output)
		case e.Action == "build-fail":
			r.failed = true
		case e.Action == "output":
			p := get(e.Package)
			p.lines = append(p.lines, line{e.Test, e.Output})
		case e.Test != "" && (e.Action == "pass" || e.Action == "fail" || e.Action == "skip"):
			get(e.Package).ended[e.Test] = e.Action
			switch e.Action {
			case "fail":
				r.failed = true
			case "skip":
				r.skipped = append(r.skipped, e.Package+" "+e.Test)
			}
		case e.Test == "" && (e.Action == "pass" || e.Action == "fail" || e.Action == "skip"):
			if e.Action == "fail" {
				r.failed = true
			}
			show(out, get(e.Package), e.Action == "fail")
			delete(pkgs, e.Package)
		}
	}
	if err := sc.Err(); err != nil {
		return r, fmt.Errorf("reading go test -json: %w", err)
	}
	// A stream cut short (go test killed): show all that the packages still
	// running printed, and fail.
	for _, name := range order {
		if p := pkgs[name]; p != nil {
			r.failed = true
			show(out, p, true)
		}
	}
	return r, nil
}

// show writes what plain `go test` shows of a package that ended: its own
// lines but the bare PASS, and the lines of tests that failed or skipped
// (the reason), or of tests that never ended in a package that failed (a
// panic, a timeout), without the === progress lines.
func show(out io.Writer, p *pkg, failed bool) {
	for _, l := range p.lines {
		end, ended := p.ended[l.test]
		switch {
		case l.test == "":
			if l.text != "PASS\n" {
				io.WriteString(out, l.text)
			}
		case strings.HasPrefix(l.text, "=== "):
		case end == "fail" || end == "skip" || (failed && !ended):
			io.WriteString(out, l.text)
		}
	}
}
