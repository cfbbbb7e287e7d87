package demo

import (
	"context"

	"grassroots/ent"
	"grassroots/ent/region"
	"grassroots/ent/user"
	"grassroots/internal/account"
)

// Account is a demo sign-in: one per role, with a published password. They
// exist for trying the app out; a real deployment creates its own users
// (grassroots user add) and never loads the demo.
type Account struct {
	Username, Password string
	Role               user.Role
	// Scope names the coordinator's region ("" for the whole province).
	Scope string
}

// demoAccounts are the accounts Accounts makes.
var demoAccounts = []Account{
	{Username: "admin", Password: "grassroots-admin", Role: user.RoleADMIN},
	{Username: "coordinator", Password: "grassroots-coordinator", Role: user.RoleCOORDINATOR},
	{Username: "analyst", Password: "grassroots-analyst", Role: user.RoleANALYST},
	{Username: "viewer", Password: "grassroots-viewer", Role: user.RoleVIEWER},
}

// Accounts makes the demo accounts that do not exist yet and returns all of
// them. The coordinator writes in the first county (by division code), or,
// when the demo holds a single county, in its first township: either way
// part of the data lies outside the scope.
func Accounts(ctx context.Context, c *ent.Client) ([]Account, error) {
	county, err := coordinatorScope(ctx, c)
	if err != nil {
		return nil, err
	}
	out := make([]Account, 0, len(demoAccounts))
	for _, a := range demoAccounts {
		n := account.NewUser{Username: a.Username, DisplayName: displayNames[a.Role], Role: a.Role, Password: a.Password}
		if a.Role == user.RoleCOORDINATOR && county != nil {
			n.ScopeRegionID, a.Scope = &county.ID, county.Name
		}
		exists, err := c.User.Query().Where(user.Username(a.Username)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if !exists {
			if _, err := account.Add(ctx, c, n); err != nil {
				return nil, err
			}
		}
		out = append(out, a)
	}
	return out, nil
}

func coordinatorScope(ctx context.Context, c *ent.Client) (*ent.Region, error) {
	counties, err := c.Region.Query().Where(region.LevelEQ(region.LevelCOUNTY)).Order(region.ByCode()).Limit(2).All(ctx)
	switch {
	case err != nil:
		return nil, err
	case len(counties) == 0:
		return nil, nil
	case len(counties) > 1:
		return counties[0], nil
	}
	town, err := c.Region.Query().Where(region.ParentID(counties[0].ID), region.LevelEQ(region.LevelTOWNSHIP)).Order(region.ByCode()).First(ctx)
	if ent.IsNotFound(err) {
		return counties[0], nil
	}
	return town, err
}

var displayNames = map[user.Role]string{
	user.RoleADMIN:       "演示管理员 Demo admin",
	user.RoleCOORDINATOR: "演示协调员 Demo coordinator",
	user.RoleANALYST:     "演示分析员 Demo analyst",
	user.RoleVIEWER:      "演示访客 Demo viewer",
}
