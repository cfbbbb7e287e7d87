package account

import (
	"context"
	"errors"
	"regexp"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/ent/session"
	"grassroots/ent/user"
	"grassroots/internal/access"
	"grassroots/internal/fault"
)

// NewUser is what adding a user takes.
type NewUser struct {
	Username    string
	DisplayName string // the username when empty
	Role        user.Role
	Scope       string // a region's division code; empty for the whole province
	// ScopeRegionID is the scope by region ID instead of Scope, as the API
	// names it; nil for the whole province.
	ScopeRegionID *int
	Password      string
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,31}$`)

// Add creates a user with a hashed password.
func Add(ctx context.Context, c *ent.Client, n NewUser) (*ent.User, error) {
	ctx = access.System(ctx)
	if !usernamePattern.MatchString(n.Username) {
		return nil, fault.Invalid("username", "a username has 3 to 32 lower-case letters, digits, '.', '_' or '-', and starts with a letter or digit")
	}
	if err := user.RoleValidator(n.Role); err != nil {
		return nil, fault.Invalid("role", "the role is one of ADMIN, COORDINATOR, ANALYST, VIEWER, not %q", n.Role)
	}
	if n.DisplayName == "" {
		n.DisplayName = n.Username
	}
	create := c.User.Create().SetUsername(n.Username).SetDisplayName(n.DisplayName).SetRole(n.Role)
	if n.Scope != "" {
		r, err := c.Region.Query().Where(region.Code(n.Scope)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil, fault.Missing("scope", "no region has the division code %s", n.Scope)
		}
		if err != nil {
			return nil, err
		}
		create.SetScopeRegionID(r.ID)
	}
	if n.ScopeRegionID != nil {
		if _, err := regionPath(ctx, c, *n.ScopeRegionID); err != nil {
			return nil, err
		}
		create.SetScopeRegionID(*n.ScopeRegionID)
	}
	// Hashed last: it is the costly step (64 MiB, three passes).
	hash, err := hashOf(n.Password)
	if err != nil {
		return nil, err
	}
	create.SetPasswordHash(hash)
	u, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, fault.Conflicting("username", "a user named %s exists", n.Username)
	}
	return u, err
}

// SetPassword replaces a user's password.
func SetPassword(ctx context.Context, c *ent.Client, username, password string) error {
	hash, err := hashOf(password)
	if err != nil {
		return err
	}
	n, err := c.User.Update().Where(user.Username(username)).SetPasswordHash(hash).Save(access.System(ctx))
	if err == nil && n > 0 {
		_, err = c.Session.Delete().Where(session.HasUserWith(user.Username(username))).Exec(access.System(ctx))
	}
	return updated(n, err, username)
}

// Disable stops a user from signing in.
func Disable(ctx context.Context, c *ent.Client, username string) error {
	n, err := c.User.Update().Where(user.Username(username)).SetDisabled(true).Save(access.System(ctx))
	return updated(n, err, username)
}

// List returns every user by username, with the scope region.
func List(ctx context.Context, c *ent.Client) ([]*ent.User, error) {
	return c.User.Query().WithScopeRegion().Order(user.ByUsername()).All(access.System(ctx))
}

// None reports whether there is no user yet.
func None(ctx context.Context, c *ent.Client) (bool, error) {
	exists, err := c.User.Query().Exist(access.System(ctx))
	return !exists, err
}

func hashOf(password string) (string, error) {
	hash, err := Hash(password)
	if errors.Is(err, ErrWeakPassword) {
		return "", fault.Invalid("password", "%s", err)
	}
	return hash, err
}

func updated(n int, err error, username string) error {
	if err == nil && n == 0 {
		return fault.Missing("username", "no user is named %s", username)
	}
	return err
}
