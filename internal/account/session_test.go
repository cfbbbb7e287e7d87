package account_test

import (
	"context"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/user"
	"grassroots/internal/account"
	"grassroots/internal/fault"
	"grassroots/tooling/testdb"
)

func TestSessions(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			c := testdb.Open(t, d).Client
			const pw = "a long password 2011"
			for _, n := range []string{"wang.li", "zhao", "sun"} {
				if _, err := account.Add(ctx, c, account.NewUser{Username: n, Role: user.RoleCOORDINATOR, Password: pw}); err != nil {
					t.Fatal(err)
				}
			}
			now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
			s := &account.Sessions{Client: c, Idle: time.Hour, Now: func() time.Time { return now }}
			code := func(err error) fault.Code {
				if fe, ok := fault.As(err); ok {
					return fe.Code
				}
				return ""
			}

			u, token, err := s.Login(ctx, "wang.li", pw, "10.0.0.1")
			if err != nil || u.Username != "wang.li" || token == "" {
				t.Fatalf("login = %v, %q, %v", u, token, err)
			}
			if got, err := s.User(ctx, token); err != nil || got.ID != u.ID {
				t.Fatalf("session user = %v, %v", got, err)
			}
			if _, err := s.User(ctx, token+"x"); code(err) != fault.Unauthenticated {
				t.Fatalf("a forged token: %v", err)
			}

			// Refusals look alike, whatever the reason.
			if err := account.Disable(ctx, c, "sun"); err != nil {
				t.Fatal(err)
			}
			for _, try := range [][2]string{{"wang.li", "wrong password 1"}, {"nobody", pw}, {"sun", pw}} {
				if _, _, err := s.Login(ctx, try[0], try[1], "10.0.0.2"); err != account.ErrBadCredentials {
					t.Errorf("login %s: %v, want the one refusal", try[0], err)
				}
			}

			// Used within the idle time, the session lasts; idle longer, it ends.
			now = now.Add(50 * time.Minute)
			if _, err := s.User(ctx, token); err != nil {
				t.Fatalf("after 50 minutes: %v", err)
			}
			now = now.Add(50 * time.Minute)
			if _, err := s.User(ctx, token); err != nil {
				t.Fatalf("50 minutes after its last use: %v", err)
			}
			now = now.Add(61 * time.Minute)
			if _, err := s.User(ctx, token); code(err) != fault.Unauthenticated {
				t.Fatalf("idle for 61 minutes: %v", err)
			}

			// Logout, and disabling the user, end a session.
			_, t2, err := s.Login(ctx, "wang.li", pw, "10.0.0.1")
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Logout(ctx, t2); err != nil {
				t.Fatal(err)
			}
			if _, err := s.User(ctx, t2); code(err) != fault.Unauthenticated {
				t.Fatalf("after logout: %v", err)
			}
			_, t3, err := s.Login(ctx, "zhao", pw, "10.0.0.3")
			if err != nil {
				t.Fatal(err)
			}
			if err := account.Disable(ctx, c, "zhao"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.User(ctx, t3); code(err) != fault.Unauthenticated {
				t.Fatalf("after the user was disabled: %v", err)
			}
		})
	}
}

func TestLoginThrottle(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) { testLoginThrottle(t, testdb.Open(t, d).Client) })
	}
}

func testLoginThrottle(t *testing.T, c *ent.Client) {
	ctx := context.Background()
	const pw = "a long password 2011"
	for _, n := range []string{"wang.li", "zhao"} {
		if _, err := account.Add(ctx, c, account.NewUser{Username: n, Role: user.RoleVIEWER, Password: pw}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	// Two server processes on one database: the failures one sees count in
	// the other.
	s := &account.Sessions{Client: c, Now: func() time.Time { return now }}
	other := &account.Sessions{Client: c, Now: func() time.Time { return now }}
	limited := func(err error) bool {
		fe, ok := fault.As(err)
		return ok && fe.Code == fault.RateLimited && fe.RetryAfter > 0
	}
	// Per account: five failures from different addresses lock it, even
	// against the right password.
	for i := range 5 {
		if _, _, err := s.Login(ctx, "wang.li", "wrong password 1", "10.0.1."+string(rune('1'+i))); err != account.ErrBadCredentials {
			t.Fatalf("failure %d: %v", i+1, err)
		}
	}
	if _, _, err := other.Login(ctx, "wang.li", pw, "10.0.2.1"); !limited(err) {
		t.Fatalf("sixth attempt: %v, want RATE_LIMITED", err)
	}
	if _, _, err := s.Login(ctx, "zhao", pw, "10.0.2.1"); err != nil {
		t.Fatalf("another account from a fresh address: %v", err)
	}
	now = now.Add(16 * time.Minute)
	if _, _, err := s.Login(ctx, "wang.li", pw, "10.0.2.1"); err != nil {
		t.Fatalf("after the lockout: %v", err)
	}
	// Per address: five failures on any accounts lock the address.
	for i := range 5 {
		if _, _, err := s.Login(ctx, "guess"+string(rune('a'+i)), "wrong password 1", "10.0.3.1"); err != account.ErrBadCredentials {
			t.Fatalf("failure %d: %v", i+1, err)
		}
	}
	if _, _, err := s.Login(ctx, "zhao", pw, "10.0.3.1"); !limited(err) {
		t.Fatalf("from the locked address: %v, want RATE_LIMITED", err)
	}
}
