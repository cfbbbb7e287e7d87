package access

import (
	"context"

	entgo "entgo.io/ent"
	"entgo.io/ent/privacy"

	"grassroots/ent"
	"grassroots/ent/apitoken"
	entprivacy "grassroots/ent/privacy"
	"grassroots/ent/user"
	"grassroots/internal/viewer"
)

// systemWrites refuses every write made for a viewer: accounts, sessions,
// tokens and audit events are written by internal/account and
// internal/audit, which check first and then act as the system.
var systemWrites = privacy.MutationPolicy{privacy.MutationRuleFunc(func(ctx context.Context, m entgo.Mutation) error {
	if v, ok := viewer.FromContext(ctx); ok {
		if v.Anonymous() {
			return ErrSignIn
		}
		return forbidden("%s records change only through their own operations", m.Type())
	}
	return privacy.Allow
})}

// reader classifies the viewer of ctx for a read of private records:
// decided is non-nil when the system or an admin reads (allowed) or nobody
// is signed in (refused).
func reader(ctx context.Context) (*viewer.Viewer, error) {
	v, ok := viewer.FromContext(ctx)
	switch {
	case !ok || v.Is(viewer.RoleAdmin):
		return v, privacy.Allow
	case v.Anonymous():
		return v, ErrSignIn
	}
	return v, nil
}

// ownOnly lets the system and admins read every record; a signed-in user
// reads those keep narrows the query to, given the user's ID.
func ownOnly(ctx context.Context, keep func(userID int)) error {
	v, decided := reader(ctx)
	if decided != nil {
		return decided
	}
	keep(v.UserID)
	return privacy.Allow
}

// Users is the policy of user accounts: admins read them all, a user only
// their own.
func Users() entgo.Policy {
	return privacy.Policy{
		Mutation: systemWrites,
		Query: privacy.QueryPolicy{entprivacy.UserQueryRuleFunc(func(ctx context.Context, q *ent.UserQuery) error {
			return ownOnly(ctx, func(id int) { q.Where(user.ID(id)) })
		})},
	}
}

// Tokens is the policy of API tokens: admins read them all, a user only
// their own.
func Tokens() entgo.Policy {
	return privacy.Policy{
		Mutation: systemWrites,
		Query: privacy.QueryPolicy{entprivacy.ApiTokenQueryRuleFunc(func(ctx context.Context, q *ent.ApiTokenQuery) error {
			return ownOnly(ctx, func(id int) { q.Where(apitoken.OwnerID(id)) })
		})},
	}
}

// AdminReads is the policy of the audit trail: written by the system, read
// by admins (history on a record reads its part as the system, for whoever
// may read the record).
func AdminReads() entgo.Policy {
	return privacy.Policy{
		Mutation: systemWrites,
		Query: privacy.QueryPolicy{entprivacy.QueryRuleFunc(func(ctx context.Context, q entgo.Query) error {
			v, decided := reader(ctx)
			if decided != nil {
				return decided
			}
			return forbidden("only an admin may read the audit trail, not a %s", v.Role)
		})},
	}
}

// SystemOnly is the policy of sessions and login failures: nobody reads or
// writes them but internal/account.
func SystemOnly() entgo.Policy {
	return privacy.Policy{
		Mutation: systemWrites,
		Query: privacy.QueryPolicy{entprivacy.QueryRuleFunc(func(ctx context.Context, q entgo.Query) error {
			if _, ok := viewer.FromContext(ctx); ok {
				return forbidden("these records are internal to signing in and not readable")
			}
			return privacy.Allow
		})},
	}
}
