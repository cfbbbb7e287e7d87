// Command noskip reads `go test -json` on stdin and prints what plain `go
// test` would: build errors, a line per package, and the output of the tests
// that failed. It exits non-zero when a test failed, and when one was
// skipped: every test runs here, so a skipped test is a failure too.
//
//	go test -json ./... | go run ./tooling/cmd/noskip
package main

import (
	"fmt"
	"os"
)

func main() {
	r, err := report(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "noskip:", err)
		os.Exit(2)
	}
	if len(r.skipped) > 0 {
		fmt.Fprintf(os.Stderr, "%d tests skipped; every test must run:\n", len(r.skipped))
		for _, t := range r.skipped {
			fmt.Fprintln(os.Stderr, "  "+t)
		}
	}
	if r.failed || len(r.skipped) > 0 {
		os.Exit(1)
	}
}
