// Command migdiff writes a new versioned migration for each dialect holding what
// the ent schema needs beyond the committed migrations (run by `make migration`).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"grassroots/internal/store"
)

func main() {
	name := flag.String("name", "", "name of the new migration (required)")
	dir := flag.String("dir", "ent/migrate/migrations", "migration root (one folder per dialect)")
	dev := flag.String("dev", os.Getenv("GRASSROOTS_TEST_POSTGRES"), "PostgreSQL server for a scratch database (default: the local trust-auth server)")
	flag.Parse()
	if *name == "" {
		fmt.Fprintln(os.Stderr, "migdiff: -name is required")
		os.Exit(2)
	}
	if err := run(context.Background(), *dir, *name, *dev); err != nil {
		fmt.Fprintln(os.Stderr, "migdiff:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, root, name, dev string) error {
	pgURL, drop, err := store.ScratchPostgres(ctx, dev, "grassroots_migdiff")
	if err != nil {
		return err
	}
	defer drop()
	for _, d := range []struct{ dialect, dsn string }{
		{store.Postgres, pgURL},
		{store.SQLite, "sqlite::memory:"},
	} {
		s, err := store.Open(ctx, d.dsn)
		if err != nil {
			return err
		}
		wrote, err := s.Diff(ctx, root+"/"+d.dialect, name)
		s.Close()
		if err != nil {
			return err
		}
		if wrote {
			fmt.Printf("%s: new migration %q written\n", d.dialect, name)
		} else {
			fmt.Printf("%s: no changes\n", d.dialect)
		}
	}
	return nil
}
