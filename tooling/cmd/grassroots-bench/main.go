// Command grassroots-bench measures the grassroots server (bin/grassroots,
// run as its own process) and prints the figures beside their targets. It is
// tooling: the production binary carries none of it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"grassroots/internal/store"
	"grassroots/tooling/bench"
	"grassroots/tooling/demo"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintf(os.Stderr, "grassroots-bench: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("grassroots-bench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: grassroots-bench [--server bin/grassroots] [--postgres ADMIN_URL | --postgres-db URL] [--sqlite-scale S] [--indicator-sqlite-scale S] [--postgres-scale S] [--duration 15s] [--concurrency N] [--seed 1] [--network-scale nation|none] [--postgraphile=false]\n\nMeasures demo load, startup, page-query and search throughput on SQLite and PostgreSQL, the twin shapes beside PostGraphile, and the organization network.")
		fmt.Fprintln(fs.Output())
		fs.PrintDefaults()
	}
	server := fs.String("server", "bin/grassroots", "the grassroots binary to measure (run as `serve`)")
	defAdmin := os.Getenv("GRASSROOTS_TEST_POSTGRES")
	if defAdmin == "" {
		defAdmin = store.DefaultPostgresAdmin
	}
	admin := fs.String("postgres", defAdmin, "PostgreSQL server to create (and drop) a scratch database on (env GRASSROOTS_TEST_POSTGRES)")
	sqliteScale := fs.String("sqlite-scale", string(demo.Prefecture), "demo scale on SQLite: county, prefecture, province, or none to skip")
	pgDB := fs.String("postgres-db", "", "measure this already loaded PostgreSQL database (of the scale --postgres-scale names) instead of loading a scratch one; nothing is loaded into it and it is not dropped")
	indScale := fs.String("indicator-sqlite-scale", string(demo.Province), "demo scale of a SQLite database of its own for the indicators (their targets are for the province), unless --sqlite-scale is the same; none to skip")
	pgScale := fs.String("postgres-scale", string(demo.Province), "demo scale on PostgreSQL: county, prefecture, province, or none to skip")
	duration := fs.Duration("duration", 15*time.Second, "length of the page-query load test (each search run takes half)")
	concurrency := fs.Int("concurrency", 0, "client workers (default 4 × GOMAXPROCS)")
	seed := fs.Uint64("seed", 1, "demo data seed")
	netScale := fs.String("network-scale", "nation", "organization-network section: nation, or none to skip it")
	netPG := fs.Int("network-pg-villages", 0, "villages of the synthetic graph loaded into PostgreSQL for the network section (0 = nation scale, 500,000)")
	pgraphile := fs.Bool("postgraphile", true, "measure the twin shapes beside PostGraphile 4 and 5 on the PostgreSQL database (and the nested one on SQLite); false skips them")
	pgraphileDir := fs.String("postgraphile-dir", "tooling/bench/postgraphile", "the folder of the PostGraphile packages (v4 and v5, each installed with npm ci)")
	twinRounds := fs.Int("twin-rounds", 3, "rounds of each twin shape per server")
	twinRound := fs.Duration("twin-round", 8*time.Second, "length of one round of a twin shape")
	keep := fs.Bool("keep-logs", false, "keep the servers' logs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	scale := func(s string) (demo.Scale, error) {
		if s == "none" || s == "" {
			return "", nil
		}
		return demo.ParseScale(s)
	}
	sq, err := scale(*sqliteScale)
	if err != nil {
		return err
	}
	pg, err := scale(*pgScale)
	if err != nil {
		return err
	}
	ind, err := scale(*indScale)
	if err != nil {
		return err
	}
	if *netScale != "nation" && *netScale != "none" {
		return fmt.Errorf("--network-scale must be nation or none, not %q", *netScale)
	}
	return bench.Run(ctx, bench.Options{
		PostgresAdmin:        *admin,
		SQLiteScale:          sq,
		IndicatorSQLiteScale: ind,
		PostgresScale:        pg,
		PostgresDB:           *pgDB,
		Duration:             *duration,
		Concurrency:          *concurrency,
		Seed:                 *seed,
		Executable:           *server,
		KeepLogs:             *keep,
		NetworkScale:         *netScale,
		NetworkPGVillages:    *netPG,
		PostGraphile:         *pgraphile,
		PostGraphileDir:      *pgraphileDir,
		TwinRounds:           *twinRounds,
		TwinRound:            *twinRound,
	})
}
