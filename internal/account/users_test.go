package account_test

import (
	"context"
	"testing"

	"grassroots/ent/region"
	"grassroots/ent/user"
	"grassroots/internal/account"
	"grassroots/internal/fault"
	"grassroots/tooling/testdb"
)

func TestUsers(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			c := testdb.Open(t, d).Client
			prov := c.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel(region.LevelPROVINCE).SaveX(ctx)
			if none, err := account.None(ctx, c); err != nil || !none {
				t.Fatalf("None on an empty database = %v, %v", none, err)
			}
			const pw = "吉林 coordinator 2011"
			u, err := account.Add(ctx, c, account.NewUser{Username: "wang.li", Role: user.RoleCOORDINATOR, Scope: "220000000000", Password: pw})
			if err != nil {
				t.Fatal(err)
			}
			if u.DisplayName != "wang.li" || u.ScopeRegionID == nil || *u.ScopeRegionID != prov.ID || u.Disabled {
				t.Fatalf("added %+v", u)
			}
			if ok, err := account.Verify(u.PasswordHash, pw); !ok || err != nil {
				t.Fatalf("the stored hash does not verify: %v %v", ok, err)
			}
			for _, c2 := range []struct {
				n     account.NewUser
				code  fault.Code
				field string
			}{
				{account.NewUser{Username: "wang.li", Role: user.RoleVIEWER, Password: pw}, fault.Conflict, "username"},
				{account.NewUser{Username: "Wang", Role: user.RoleVIEWER, Password: pw}, fault.BadInput, "username"},
				{account.NewUser{Username: "ab", Role: user.RoleVIEWER, Password: pw}, fault.BadInput, "username"},
				{account.NewUser{Username: "zhao", Role: "ROOT", Password: pw}, fault.BadInput, "role"},
				{account.NewUser{Username: "zhao", Role: user.RoleVIEWER, Password: "short"}, fault.BadInput, "password"},
				{account.NewUser{Username: "zhao", Role: user.RoleVIEWER, Scope: "229999000000", Password: pw}, fault.NotFound, "scope"},
			} {
				_, err := account.Add(ctx, c, c2.n)
				if fe, ok := fault.As(err); !ok || fe.Code != c2.code || fe.Field != c2.field {
					t.Errorf("Add(%+v) = %v, want %s on %s", c2.n, err, c2.code, c2.field)
				}
			}
			if _, err := account.Add(ctx, c, account.NewUser{Username: "admin", DisplayName: "管理员", Role: user.RoleADMIN, Password: pw}); err != nil {
				t.Fatal(err)
			}
			if err := account.SetPassword(ctx, c, "wang.li", "a new password 2012"); err != nil {
				t.Fatal(err)
			}
			if err := account.Disable(ctx, c, "wang.li"); err != nil {
				t.Fatal(err)
			}
			for _, err := range []error{account.Disable(ctx, c, "nobody"), account.SetPassword(ctx, c, "nobody", "a new password 2012")} {
				if fe, ok := fault.As(err); !ok || fe.Code != fault.NotFound {
					t.Errorf("a change to an unknown user = %v, want NOT_FOUND", err)
				}
			}
			users, err := account.List(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if len(users) != 2 || users[0].Username != "admin" || users[1].Username != "wang.li" || !users[1].Disabled || users[1].Edges.ScopeRegion == nil {
				t.Fatalf("list = %+v", users)
			}
			if ok, _ := account.Verify(users[1].PasswordHash, "a new password 2012"); !ok {
				t.Fatal("the new password does not verify")
			}
			if none, _ := account.None(ctx, c); none {
				t.Fatal("None with users")
			}
		})
	}
}
