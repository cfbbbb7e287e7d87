package account

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"strings"
	"time"

	"grassroots/ent"
	"grassroots/ent/apitoken"
	"grassroots/ent/user"
	"grassroots/internal/access"
	"grassroots/internal/fault"
	"grassroots/internal/scope"
	"grassroots/internal/viewer"
)

// secretPrefix starts every API token secret, so that a leaked one is easy
// to recognize (and to scan for).
const secretPrefix = "grt_"

// maxTokens is how many working tokens one user may hold.
const maxTokens = 50

// errBadToken is every refused API token: unknown, revoked, expired, or
// its owner disabled.
var errBadToken = &fault.Error{Code: fault.Unauthenticated, Message: "the API token is unknown, revoked or expired"}

// CreateToken makes an API token for the viewer, with the viewer's role and
// scope, and returns it with its secret (shown this once; only its hash is
// kept). expiresOn, when set, is the first day it no longer works.
func CreateToken(ctx context.Context, c *ent.Client, v *viewer.Viewer, name string, expiresOn *time.Time, now time.Time) (*ent.ApiToken, string, error) {
	if v.Anonymous() {
		return nil, "", access.ErrSignIn
	}
	if !HoldsTokens(v) {
		if v.TokenID != 0 {
			return nil, "", fault.Refused("an API token cannot make other tokens; sign in to make one")
		}
		return nil, "", fault.Refused("a %s cannot hold API tokens", v.Role)
	}
	name = strings.TrimSpace(name)
	if name == "" || len([]rune(name)) > 64 {
		return nil, "", fault.Invalid("name", "a token's name has 1 to 64 characters")
	}
	if expiresOn != nil && !expiresOn.After(now) {
		return nil, "", fault.Invalid("expiresOn", "the expiry must be a day after today")
	}
	sys := access.System(ctx)
	held, err := c.ApiToken.Query().Where(apitoken.OwnerID(v.UserID), apitoken.RevokedAtIsNil()).Count(sys)
	if err != nil {
		return nil, "", err
	}
	if held >= maxTokens {
		return nil, "", fault.Invalid("name", "you hold %d working tokens, the most allowed; revoke one first", held)
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, "", err
	}
	secret := secretPrefix + base64.RawURLEncoding.EncodeToString(raw)
	create := c.ApiToken.Create().SetName(name).SetSecretHash(tokenHash(secret)).
		SetOwnerID(v.UserID).SetRole(apitoken.Role(v.Role)).SetCreatedAt(now).SetNillableExpiresOn(expiresOn)
	if v.ScopeRegionID != 0 {
		create.SetScopeRegionID(v.ScopeRegionID)
	}
	t, err := create.Save(sys)
	return t, secret, err
}

// HoldsTokens reports whether the viewer may make API tokens: a signed-in
// admin, coordinator or analyst (not through a token itself).
func HoldsTokens(v *viewer.Viewer) bool {
	return !v.Anonymous() && v.TokenID == 0 && v.Role.AtMost(viewer.RoleAdmin) && v.Role != viewer.RoleViewer
}

// RevokeToken stops a token from working: its owner's, or any for an admin.
// Revoking a revoked token returns it unchanged.
func RevokeToken(ctx context.Context, c *ent.Client, v *viewer.Viewer, id int, now time.Time) (*ent.ApiToken, error) {
	if v.Anonymous() {
		return nil, access.ErrSignIn
	}
	sys := access.System(ctx)
	t, err := c.ApiToken.Get(sys, id)
	if ent.IsNotFound(err) || (err == nil && t.OwnerID != v.UserID && !v.Is(viewer.RoleAdmin)) {
		return nil, fault.Missing("id", "you hold no API token with ID %d", id)
	}
	if err != nil || t.RevokedAt != nil {
		return t, err
	}
	return c.ApiToken.UpdateOne(t).SetRevokedAt(now).Save(sys)
}

// Tokens lists the viewer's own tokens, newest first.
func Tokens(ctx context.Context, c *ent.Client, v *viewer.Viewer) ([]*ent.ApiToken, error) {
	if v.Anonymous() {
		return nil, access.ErrSignIn
	}
	return c.ApiToken.Query().Where(apitoken.OwnerID(v.UserID)).
		Order(ent.Desc(apitoken.FieldID)).All(access.System(ctx))
}

// tokenViewer returns whom a token secret acts for, and marks the token
// used (at most once a minute).
func tokenViewer(ctx context.Context, c *ent.Client, secret string, now time.Time) (*viewer.Viewer, error) {
	if !strings.HasPrefix(secret, secretPrefix) || len(secret) > 100 {
		return nil, errBadToken
	}
	sys := access.System(ctx)
	t, err := c.ApiToken.Query().Where(apitoken.SecretHash(tokenHash(secret))).WithOwner().Only(sys)
	if ent.IsNotFound(err) {
		return nil, errBadToken
	}
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil || (t.ExpiresOn != nil && !now.Before(*t.ExpiresOn)) || t.Edges.Owner.Disabled {
		return nil, errBadToken
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > time.Minute {
		if err := c.ApiToken.UpdateOne(t).SetLastUsedAt(now).Exec(sys); err != nil {
			return nil, err
		}
	}
	v, err := userViewer(ctx, c, t.Edges.Owner)
	if err != nil {
		return nil, err
	}
	v.TokenID, v.TokenName = t.ID, t.Name
	narrow(ctx, c, v, viewer.Role(t.Role), t.ScopeRegionID)
	return v, nil
}

// narrow limits v to a token's role and scope: never more than the owner's.
func narrow(ctx context.Context, c *ent.Client, v *viewer.Viewer, role viewer.Role, scopeRegionID *int) {
	if role.AtMost(v.Role) {
		v.Role = role
	}
	if v.Role != viewer.RoleCoordinator || scopeRegionID == nil || *scopeRegionID == v.ScopeRegionID {
		return
	}
	path, err := regionPath(ctx, c, *scopeRegionID)
	switch {
	case err == nil && strings.HasPrefix(path, v.ScopePath):
		v.ScopeRegionID, v.ScopePath = *scopeRegionID, path
	default: // the owner's scope moved away from the token's: it may no longer write
		v.Role = viewer.RoleAnalyst
	}
}

// userViewer is the viewer acting for u through a session.
func userViewer(ctx context.Context, c *ent.Client, u *ent.User) (*viewer.Viewer, error) {
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Role: viewer.Role(u.Role)}
	if u.Role == user.RoleCOORDINATOR && u.ScopeRegionID != nil {
		path, err := regionPath(ctx, c, *u.ScopeRegionID)
		if err != nil {
			return nil, err
		}
		v.ScopeRegionID, v.ScopePath = *u.ScopeRegionID, path
	}
	return v, nil
}

// regionPath is the path of a scope region; an unknown one is NOT_FOUND on
// the API's field scopeRegionID.
func regionPath(ctx context.Context, c *ent.Client, id int) (string, error) {
	return scope.RegionPath(access.System(ctx), c, "scopeRegionID", id)
}
