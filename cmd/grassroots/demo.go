package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"grassroots/internal/store"
	"grassroots/tooling/demo"
)

func init() {
	register("demo", "load deterministic demo data (Jilin province) into an empty database", runDemo)
}

func runDemo(ctx context.Context, args []string) error {
	fs := newFlags("demo", "demo [--db URL] [--scale county|prefecture|province] [--seed N] [--reset | --if-empty]")
	db := dbFlag(fs)
	scaleName := fs.String("scale", string(demo.Prefecture), "size: county (one county of Yanbian), prefecture (Yanbian) or province (all of Jilin)")
	seed := fs.Uint64("seed", 1, "random seed: the same scale and seed always give the same data")
	reset := fs.Bool("reset", false, "delete all existing data first")
	ifEmpty := fs.Bool("if-empty", false, "load only when the database is empty; otherwise do nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	scale, err := demo.ParseScale(*scaleName)
	if err != nil {
		return err
	}
	if *reset && *ifEmpty {
		return errors.New("--reset and --if-empty exclude each other")
	}
	st, err := openMigrated(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *ifEmpty {
		empty, err := demo.Empty(ctx, st)
		if err != nil {
			return err
		}
		if !empty {
			fmt.Printf("%s already holds data; demo data not loaded\n", st.Target.Redacted())
			return printAccounts(ctx, st)
		}
	}

	opts := demo.Options{Reset: *reset}
	var bar *progressbar.ProgressBar
	if term.IsTerminal(int(os.Stdout.Fd())) {
		chunks, _ := demo.Chunks(scale)
		bar = progressbar.NewOptions(chunks, progressbar.OptionSetWriter(os.Stdout), progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(), progressbar.OptionSetWidth(30), progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
		opts.Progress = func(p demo.Progress) {
			bar.Describe(fmt.Sprintf("%-12s", p.Label))
			_ = bar.Set(p.Chunk)
		}
	}
	stats, err := demo.Load(ctx, st, scale, *seed, opts)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		if errors.Is(err, demo.ErrNotEmpty) {
			return fmt.Errorf("%w (use --reset to replace it)", err)
		}
		return err
	}
	fmt.Printf("Loaded %s demo data (seed %d) into %s in %s, %.0f rows/s\n", scale, *seed, st.Target.Redacted(),
		stats.Total.Round(time.Millisecond), stats.RowsPerSecond())
	for i, t := range demo.TableNames {
		fmt.Printf("  %-16s %9d\n", t, stats.Counts[i])
	}
	fmt.Printf("  %-16s %9d\n", "total", stats.Counts.Total())
	fmt.Printf("  (reset %s, generate %s alongside write %s, finish %s)\n", stats.Reset.Round(time.Millisecond),
		stats.Generate.Round(time.Millisecond), stats.Write.Round(time.Millisecond), stats.Finish.Round(time.Millisecond))
	return printAccounts(ctx, st)
}

// printAccounts makes the demo accounts that are missing and lists them all
// with their passwords.
func printAccounts(ctx context.Context, st *store.Store) error {
	accounts, err := demo.Accounts(ctx, st.Client)
	if err != nil {
		return err
	}
	fmt.Println("Demo accounts (sign in at /login; for trying the app only):")
	for _, a := range accounts {
		scope := ""
		if a.Scope != "" {
			scope = "  writes in " + a.Scope
		}
		fmt.Printf("  %-12s %-24s %-12s%s\n", a.Username, a.Password, a.Role, scope)
	}
	return nil
}
