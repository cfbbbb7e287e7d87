package apitest

import (
	"context"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/user"
	"grassroots/internal/account"
	"grassroots/internal/viewer"
)

// Token makes a user of the role (with the scope region, nil for the whole
// province) that has no usable password, and an API token for it; it
// returns the token's secret, to send as "Authorization: Bearer SECRET".
func Token(t testing.TB, c *ent.Client, username string, role user.Role, scopeRegionID *int) string {
	t.Helper()
	ctx := context.Background()
	u, err := c.User.Create().SetUsername(username).SetDisplayName(username).
		SetRole(role).SetPasswordHash("!").SetNillableScopeRegionID(scopeRegionID).Save(ctx)
	if err != nil {
		t.Fatalf("test user: %v", err)
	}
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Role: viewer.Role(role)}
	if scopeRegionID != nil {
		v.ScopeRegionID = *scopeRegionID
	}
	_, secret, err := account.CreateToken(ctx, c, v, "test", nil, time.Now())
	if err != nil {
		t.Fatalf("test token: %v", err)
	}
	return secret
}
