package schema

import (
	"context"
	"slices"
	"strings"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/migrate"
	"grassroots/internal/access"
	"grassroots/internal/fault"
	"grassroots/internal/naming"
)

// nameMissingReference names the field of a reference to nothing. SQLite's
// foreign-key error does not say which column failed (PostgreSQL's does, and
// internal/store names the field from it); after such a failure the IDs the
// mutation sets are looked up, and the first that names no record is
// blamed. Only failed writes pay for it.
func nameMissingReference(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		v, err := next.Mutate(ctx, m)
		if err == nil || !gen.IsConstraintError(err) || !strings.Contains(err.Error(), "FOREIGN KEY constraint failed") {
			return v, err
		}
		c, ok := m.(interface{ Client() *gen.Client })
		if !ok {
			return v, err
		}
		fields := m.Fields()
		slices.Sort(fields)
		for _, f := range fields {
			refs := referencedTables(f)
			id, isInt := fieldInt(m, f)
			if len(refs) == 0 || !isInt {
				continue
			}
			found, qerr := existsIn(ctx, c.Client(), refs, id)
			if qerr != nil {
				return v, err
			}
			if !found {
				return v, fault.Invalid(naming.Camel(f), "refers to a record that does not exist (no record has ID %d)", id)
			}
		}
		return v, err
	})
}

// referencedTables are the tables a foreign-key column of this name refers to.
func referencedTables(column string) []string {
	var out []string
	for _, t := range migrate.Tables {
		for _, fk := range t.ForeignKeys {
			if len(fk.Columns) == 1 && fk.Columns[0].Name == column && fk.RefTable != nil && !slices.Contains(out, fk.RefTable.Name) {
				out = append(out, fk.RefTable.Name)
			}
		}
	}
	return out
}

func fieldInt(m ent.Mutation, f string) (int, bool) {
	v, ok := m.Field(f)
	if !ok {
		return 0, false
	}
	id, ok := v.(int)
	return id, ok
}

// existsIn reports whether a row with the ID is in any of the tables.
func existsIn(ctx context.Context, c *gen.Client, tables []string, id int) (bool, error) {
	for _, t := range tables {
		_, err := c.Noder(access.System(ctx), id, gen.WithFixedNodeType(t))
		switch {
		case err == nil:
			return true, nil
		case !gen.IsNotFound(err):
			return false, err
		}
	}
	return false, nil
}
