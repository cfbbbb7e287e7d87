package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"grassroots/internal/account"
	"grassroots/internal/store"
)

// TestUserCommands runs `grassroots user` as the command line would: the
// password on standard input, flags before and after the username.
func TestUserCommands(t *testing.T) {
	ctx := context.Background()
	db := "sqlite:" + filepath.Join(t.TempDir(), "users.db")
	run := func(stdin string, args ...string) error {
		t.Helper()
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.WriteString(stdin)
		w.Close()
		old := os.Stdin
		os.Stdin = r
		defer func() { os.Stdin = old; r.Close() }()
		return commands["user"].run(ctx, append(args, "--db", db))
	}
	if err := run("a long password 1\n", "add", "admin", "--role", "admin", "--name", "管理员", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	if err := run("another long one 2\n", "add", "--role", "viewer", "--password-stdin", "zhang"); err != nil {
		t.Fatal(err)
	}
	if err := run("", "add", "li", "--role", "viewer"); err == nil {
		t.Fatal("add without a terminal or --password-stdin succeeded")
	}
	if err := run("short\n", "add", "li", "--role", "viewer", "--password-stdin"); err == nil {
		t.Fatal("a short password was taken")
	}
	if err := run("a changed password 3\n", "passwd", "--password-stdin", "zhang"); err != nil {
		t.Fatal(err)
	}
	if err := run("", "disable", "zhang"); err != nil {
		t.Fatal(err)
	}
	if err := run("", "disable", "nobody"); err == nil {
		t.Fatal("disabling an unknown user succeeded")
	}
	if err := run("", "list"); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	users, err := account.List(ctx, st.Client)
	if err != nil {
		t.Fatal(err)
	}
	if len(users) != 2 || users[0].Username != "admin" || users[0].DisplayName != "管理员" || users[1].Username != "zhang" || !users[1].Disabled {
		t.Fatalf("users = %+v", users)
	}
	if ok, _ := account.Verify(users[1].PasswordHash, "a changed password 3"); !ok {
		t.Fatal("passwd did not change the password")
	}
}
