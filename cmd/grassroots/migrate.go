package main

import (
	"context"
	"fmt"

	"grassroots/internal/store"
)

func init() {
	register("migrate", "apply pending database migrations", func(ctx context.Context, args []string) error {
		fs := newFlags("migrate", "migrate [--db URL]")
		db := dbFlag(fs)
		if err := fs.Parse(args); err != nil {
			return err
		}
		st, err := store.Open(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		applied, err := st.Migrate(ctx)
		for _, v := range applied {
			fmt.Printf("applied %s\n", v)
		}
		if err != nil {
			return err
		}
		if len(applied) == 0 {
			fmt.Printf("%s is up to date\n", st.Target.Redacted())
		}
		return nil
	})
}
