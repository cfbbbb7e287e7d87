// Package revision implements optimistic concurrency: an update names the
// version it read, and is applied only if the row still has that version.
package revision

import (
	"context"

	"grassroots/ent"
	"grassroots/internal/fault"
)

// Check explains why an update guarded by a version predicate failed. ent
// reports a guarded UpdateOne that matched no row as not found; current then
// tells whether the row exists (and its version): if so, the client's version
// was stale and the result is CONFLICT, otherwise NOT_FOUND. Other errors pass
// through unchanged.
func Check(ctx context.Context, err error, entity string, id, version int, current func(context.Context) (int, error)) error {
	if err == nil || !ent.IsNotFound(err) {
		return err
	}
	v, cerr := current(ctx)
	switch {
	case ent.IsNotFound(cerr):
		return fault.Missing("id", "no %s has ID %d", entity, id)
	case cerr != nil:
		return cerr
	case v != version:
		return fault.Conflicting("version", "%s %d was changed by someone else: you sent version %d, it is now at version %d; reload and try again", entity, id, version, v)
	}
	return err
}
