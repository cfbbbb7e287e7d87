// Command grassroots is the one binary: it serves the API and web app, migrates
// the database, loads demo data and prints its version. Each subcommand lives
// in its own file and only parses flags before calling into internal/.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"grassroots/internal/store"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, args []string) error
}

var commands = map[string]command{}

func register(name, summary string, run func(ctx context.Context, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

func usage() {
	fmt.Fprintln(os.Stderr, "Usage: grassroots <command> [flags]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(os.Stderr, "\nRun 'grassroots <command> --help' for a command's flags.")
}

func main() {
	if len(os.Args) < 2 || os.Args[1] == "-h" || os.Args[1] == "--help" || os.Args[1] == "help" {
		usage()
		if len(os.Args) < 2 {
			os.Exit(2)
		}
		return
	}
	cmd, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "grassroots: unknown command %q\n\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := cmd.run(ctx, os.Args[2:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintf(os.Stderr, "grassroots %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// newFlags returns a flag set whose usage names the command.
func newFlags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: grassroots %s\n\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// dbFlag adds --db, defaulting to GRASSROOTS_DB, then the embedded SQLite file.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("GRASSROOTS_DB")
	if def == "" {
		def = "sqlite:data/grassroots.db"
	}
	return fs.String("db", def, "database: sqlite:PATH, sqlite:///ABSOLUTE/PATH or postgres://… (env GRASSROOTS_DB)")
}

// openMigrated opens the database of --db and applies pending migrations.
func openMigrated(ctx context.Context, url string) (*store.Store, error) {
	st, err := store.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return st, nil
}
