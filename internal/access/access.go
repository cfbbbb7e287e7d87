// Package access holds the privacy policies of the model (ent/schema's
// Policy methods): who may write which record, and who may read the
// accounts, tokens and audit trail. Every path that writes through ent obeys
// them, whatever API or page it comes from.
//
// Rules, for a request's viewer (internal/viewer):
//   - ADMIN may write everything.
//   - COORDINATOR writes only inside the scope region's subtree:
//     organizations there, links with at least one end there, people whose
//     home region is there, posts in organizations there, projects there,
//     and the activities and incomes of those links and projects; training
//     courses run, and venues, there; the attendance, appraisals and
//     commendations of people whose home region is there (and the appraisals
//     and commendations of organizations there). An update must leave the
//     record inside the scope, and it must have been inside before.
//   - ANALYST and VIEWER read only; an anonymous write is UNAUTHENTICATED.
//   - Regions, indicator targets, the provincial rural income and accounts
//     change only through an admin (accounts through
//     internal/account, which checks and then writes as the system).
//
// A context without a viewer is the system (the command line, the demo
// loader) and may do anything.
package access

import (
	"context"

	"entgo.io/ent/privacy"

	"grassroots/internal/fault"
	"grassroots/internal/viewer"
)

// ErrSignIn is a write, or a read of private data, without a signed-in user.
var ErrSignIn = &fault.Error{Code: fault.Unauthenticated, Message: "sign in first"}

// forbidden is a refusal naming what the viewer may not do.
func forbidden(format string, args ...any) error {
	return fault.Refused(format, args...)
}

// writer classifies the viewer of ctx for a write: decided is non-nil when
// the viewer's role alone decides (the system and admins are allowed,
// anonymous and read-only roles refused).
func writer(ctx context.Context) (v *viewer.Viewer, decided error) {
	v, ok := viewer.FromContext(ctx)
	switch {
	case !ok:
		return nil, privacy.Allow
	case v.Anonymous():
		return v, ErrSignIn
	case v.Is(viewer.RoleAdmin):
		return v, privacy.Allow
	case !v.Is(viewer.RoleCoordinator):
		return v, forbidden("a %s may read but not change data", v.Role)
	}
	return v, nil
}

// System returns ctx acting as the system, whatever its viewer: for code
// that has made its own checks (signing in, managing accounts, writing the
// audit trail).
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}
