// Package revision implements optimistic concurrency: an update names the
// version it read, and is applied only if the row still has that version.
package revision

import (
	"context"
	"strings"
	"unicode"

	"entgo.io/ent/dialect/sql"

	"grassroots/ent"
	"grassroots/internal/fault"
)

// Every entity has these columns (ent/schema's RecordMixin).
const (
	fieldID      = "id"
	fieldVersion = "version"
)

// mutation is what Update reads of an UpdateOne builder's mutation: the
// entity's name.
type mutation interface{ Type() string }

// intSelect is a query selecting one integer column.
type intSelect interface {
	Int(ctx context.Context) (int, error)
}

// Update applies input to the row id of the entity that entities (an ent
// entity client: client.Region) manages, only if the row is still at
// version (the version hook then increments it).
//
// ent reports a guarded update that matched no row as not found; a query of
// the version then tells why. When the row exists at another version, the
// client's version was stale: CONFLICT on version. When it does not exist:
// NOT_FOUND on id. Other errors pass through unchanged.
func Update[T, I any, P ~func(*sql.Selector), M mutation, S intSelect,
	U interface {
		SetInput(I) U
		Where(...P) U
		Mutation() M
		Save(context.Context) (T, error)
	},
	Q interface {
		Where(...P) Q
		Select(...string) S
	},
	C interface {
		UpdateOneID(int) U
		Query() Q
	},
](ctx context.Context, entities C, id, version int, input I) (T, error) {
	u := entities.UpdateOneID(id).SetInput(input)
	v, err := u.Where(P(sql.FieldEQ(fieldVersion, version))).Save(ctx)
	if err == nil || !ent.IsNotFound(err) {
		return v, err
	}
	entity := entityName(u.Mutation().Type())
	current, cerr := entities.Query().Where(P(sql.FieldEQ(fieldID, id))).Select(fieldVersion).Int(ctx)
	switch {
	case ent.IsNotFound(cerr):
		return v, fault.Missing("id", "no %s has ID %d", entity, id)
	case cerr != nil:
		return v, cerr
	case current != version:
		return v, fault.Conflicting("version", "%s %d was changed by someone else: you sent version %d, it is now at version %d; reload and try again", entity, id, version, current)
	}
	return v, err
}

// entityName spells an ent type name as messages do: "LinkActivity" →
// "link activity".
func entityName(typ string) string {
	var b strings.Builder
	for i, r := range typ {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
