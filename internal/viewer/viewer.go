// Package viewer says who a request acts for: a signed-in user (through a
// session cookie or an API token) or nobody. The HTTP host puts a Viewer,
// possibly anonymous, into the context of every request; the access rules
// (internal/access), the masking of personal data and the audit trail read
// it from there. Code that runs outside any request (the command line, the
// demo loader) carries no Viewer and acts as the system.
package viewer

import (
	"context"
	"strings"
	"sync"
)

// Role is what a user may do (ent/schema.User's role).
type Role string

// The roles, from most to least powerful.
const (
	RoleAdmin       Role = "ADMIN"
	RoleCoordinator Role = "COORDINATOR"
	RoleAnalyst     Role = "ANALYST"
	RoleViewer      Role = "VIEWER"
)

// rank orders the roles: a token may carry its owner's role or a lower one.
var rank = map[Role]int{RoleAdmin: 4, RoleCoordinator: 3, RoleAnalyst: 2, RoleViewer: 1}

// AtMost reports whether r is no more powerful than max.
func (r Role) AtMost(max Role) bool { return rank[r] > 0 && rank[r] <= rank[max] }

// Valid reports whether r is one of the four roles.
func (r Role) Valid() bool { return rank[r] > 0 }

// Viewer is who a request acts for. The zero Viewer is anonymous.
type Viewer struct {
	// UserID is the signed-in user, 0 when anonymous.
	UserID int
	// Username is the user's sign-in name, for the audit trail.
	Username string
	// TokenID is the API token the request came with, 0 for a session or
	// anonymous.
	TokenID int
	// Role is the user's role, or the token's (never more than its owner's).
	Role Role
	// ScopeRegionID is the region whose subtree a coordinator writes in; 0
	// with ScopePath "" for the whole province.
	ScopeRegionID int
	// ScopePath is the materialized path of ScopeRegionID ("" for the whole
	// province).
	ScopePath string
	// TokenName is the name of that token, for the audit trail.
	TokenName string
	// RequestID is the request the viewer acts in, for the audit trail.
	RequestID string

	mu      sync.Mutex
	regions func(regionID int) bool // the scope's regions, once read
}

// Anonymous reports whether nobody is signed in.
func (v *Viewer) Anonymous() bool { return v == nil || v.UserID == 0 }

// Is reports whether the viewer holds role r.
func (v *Viewer) Is(r Role) bool { return v != nil && v.UserID != 0 && v.Role == r }

// Covers reports whether path (a region's materialized path) lies inside the
// viewer's write scope: anywhere for an admin, inside the scope subtree for
// a coordinator, nowhere for the other roles.
func (v *Viewer) Covers(path string) bool {
	switch {
	case v.Is(RoleAdmin):
		return true
	case v.Is(RoleCoordinator):
		return path != "" && strings.HasPrefix(path, v.ScopePath)
	}
	return false
}

// Writes reports whether the viewer may write anything at all.
func (v *Viewer) Writes() bool { return v.Is(RoleAdmin) || v.Is(RoleCoordinator) }

// WholeProvince reports whether the viewer's scope is the whole province.
func (v *Viewer) WholeProvince() bool {
	return v.Is(RoleAdmin) || (v.Is(RoleCoordinator) && v.ScopeRegionID == 0)
}

// CoversRegion reports whether region id lies inside the viewer's write
// scope, reading the scope's regions with load the first time a request
// asks (one statement per request, whatever the number of rows checked).
func (v *Viewer) CoversRegion(id int, load func() (func(int) bool, error)) (bool, error) {
	switch {
	case v.WholeProvince():
		return true, nil
	case !v.Is(RoleCoordinator):
		return false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.regions == nil {
		in, err := load()
		if err != nil {
			return false, err
		}
		v.regions = in
	}
	return v.regions(id), nil
}

type key struct{}

// NewContext returns ctx acting for v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, key{}, v)
}

// FromContext returns the viewer of ctx; ok is false outside any request
// (the system acting).
func FromContext(ctx context.Context) (v *Viewer, ok bool) {
	v, ok = ctx.Value(key{}).(*Viewer)
	return v, ok
}
