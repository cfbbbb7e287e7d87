package account

import (
	"context"

	"grassroots/ent"
	"grassroots/ent/user"
	"grassroots/internal/access"
	"grassroots/internal/fault"
	"grassroots/internal/viewer"
)

// UserChanges are the changes an admin makes to an account; nil fields
// stay as they are.
type UserChanges struct {
	DisplayName *string
	Role        *user.Role
	// ScopeRegionID sets the scope; ClearScope widens it to the whole
	// province.
	ScopeRegionID *int
	ClearScope    bool
	Password      *string
	Disabled      *bool
}

func admin(v *viewer.Viewer) error {
	switch {
	case v.Anonymous():
		return access.ErrSignIn
	case !v.Is(viewer.RoleAdmin):
		return fault.Refused("only an admin may manage users")
	}
	return nil
}

// CreateUser adds an account, for an admin.
func (s *Sessions) CreateUser(ctx context.Context, v *viewer.Viewer, n NewUser) (*ent.User, error) {
	if err := admin(v); err != nil {
		return nil, err
	}
	return Add(ctx, s.client(ctx), n)
}

// UpdateUser changes an account at the version the admin read. A change of
// role, scope, password or disabled flag ends the user's sessions (the
// admin's own is replaced by a new one). The last working admin can be
// neither demoted nor disabled.
func (s *Sessions) UpdateUser(ctx context.Context, v *viewer.Viewer, id, version int, ch UserChanges) (*ent.User, error) {
	if err := admin(v); err != nil {
		return nil, err
	}
	sys := access.System(ctx)
	if ch.DisplayName != nil && (*ch.DisplayName == "" || len([]rune(*ch.DisplayName)) > 100) {
		return nil, fault.Invalid("displayName", "a display name has 1 to 100 characters")
	}
	if ch.Role != nil {
		if err := user.RoleValidator(*ch.Role); err != nil {
			return nil, fault.Invalid("role", "the role is one of ADMIN, COORDINATOR, ANALYST, VIEWER")
		}
	}
	if ch.ScopeRegionID != nil {
		if _, err := regionPath(sys, s.client(ctx), *ch.ScopeRegionID); err != nil {
			return nil, err
		}
	}
	if ch.Disabled != nil && *ch.Disabled {
		if err := s.keepAnAdmin(sys, id, "disabled"); err != nil {
			return nil, err
		}
	}
	if ch.Role != nil && *ch.Role != user.RoleADMIN {
		if err := s.keepAnAdmin(sys, id, "role"); err != nil {
			return nil, err
		}
	}
	upd := s.client(ctx).User.UpdateOneID(id).Where(user.Version(version)).
		SetNillableDisplayName(ch.DisplayName).SetNillableRole(ch.Role).SetNillableDisabled(ch.Disabled)
	if ch.ClearScope {
		upd.ClearScopeRegionID()
	} else if ch.ScopeRegionID != nil {
		upd.SetScopeRegionID(*ch.ScopeRegionID)
	}
	if ch.Password != nil {
		hash, err := hashOf(*ch.Password)
		if err != nil {
			return nil, err
		}
		upd.SetPasswordHash(hash)
	}
	u, err := upd.Save(sys)
	if ent.IsNotFound(err) {
		current, cerr := s.client(ctx).User.Get(sys, id)
		switch {
		case ent.IsNotFound(cerr):
			return nil, fault.Missing("id", "no user has ID %d", id)
		case cerr != nil:
			return nil, cerr
		}
		return nil, fault.Conflicting("version", "user %s was changed by someone else: you sent version %d, it is now at version %d; reload and try again", current.Username, version, current.Version)
	}
	if err != nil {
		return nil, err
	}
	if ch.Role != nil || ch.ScopeRegionID != nil || ch.ClearScope || ch.Password != nil || ch.Disabled != nil {
		if err := s.renew(ctx, id, id == v.UserID && !u.Disabled); err != nil {
			return nil, err
		}
	}
	return u, nil
}

// DisableUser stops an account from signing in and ends its sessions; its
// tokens stop working.
func (s *Sessions) DisableUser(ctx context.Context, v *viewer.Viewer, id int) (*ent.User, error) {
	if err := admin(v); err != nil {
		return nil, err
	}
	sys := access.System(ctx)
	u, err := s.client(ctx).User.Get(sys, id)
	if ent.IsNotFound(err) {
		return nil, fault.Missing("id", "no user has ID %d", id)
	}
	if err != nil {
		return nil, err
	}
	t := true
	return s.UpdateUser(ctx, v, id, u.Version, UserChanges{Disabled: &t})
}

// keepAnAdmin refuses to demote or disable user id when it is the last
// working admin; field is the input field to blame.
func (s *Sessions) keepAnAdmin(ctx context.Context, id int, field string) error {
	others, err := s.client(ctx).User.Query().Where(user.RoleEQ(user.RoleADMIN), user.Disabled(false), user.IDNEQ(id)).Exist(ctx)
	if err != nil || others {
		return err
	}
	isAdmin, err := s.client(ctx).User.Query().Where(user.ID(id), user.RoleEQ(user.RoleADMIN), user.Disabled(false)).Exist(ctx)
	if err == nil && isAdmin {
		return fault.Conflicting(field, "this is the last working admin; make another admin first")
	}
	return err
}
