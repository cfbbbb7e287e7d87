package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"grassroots/ent/user"
	"grassroots/internal/account"
)

func init() {
	register("user", "add, list and change users (user add|passwd|disable|list)", func(ctx context.Context, args []string) error {
		if len(args) == 0 {
			return errors.New("usage: grassroots user add|passwd|disable|list …")
		}
		sub, args := args[0], args[1:]
		switch sub {
		case "add":
			return userAdd(ctx, args)
		case "passwd":
			return userPasswd(ctx, args)
		case "disable":
			return userDisable(ctx, args)
		case "list":
			return userList(ctx, args)
		}
		return fmt.Errorf("unknown subcommand %q: add, passwd, disable or list", sub)
	})
}

func userAdd(ctx context.Context, args []string) error {
	fs := newFlags("user add", "user add USERNAME --role ADMIN|COORDINATOR|ANALYST|VIEWER [--scope DIVISION_CODE] [--name DISPLAY_NAME] [--password-stdin] [--db URL]")
	db := dbFlag(fs)
	role := fs.String("role", "", "the user's role: ADMIN, COORDINATOR, ANALYST or VIEWER")
	scope := fs.String("scope", "", "division code of the region whose subtree a coordinator writes in (default: the whole province)")
	name := fs.String("name", "", "the name shown for the user (default: the username)")
	username, password, err := namedWithPassword(fs, args)
	if err != nil {
		return err
	}
	st, err := openMigrated(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := account.Add(ctx, st.Client, account.NewUser{Username: username, DisplayName: *name, Role: user.Role(strings.ToUpper(*role)), Scope: *scope, Password: password})
	if err != nil {
		return err
	}
	fmt.Printf("added %s (%s)\n", u.Username, u.Role)
	return nil
}

func userPasswd(ctx context.Context, args []string) error {
	fs := newFlags("user passwd", "user passwd USERNAME [--password-stdin] [--db URL]")
	db := dbFlag(fs)
	username, password, err := namedWithPassword(fs, args)
	if err != nil {
		return err
	}
	st, err := openMigrated(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := account.SetPassword(ctx, st.Client, username, password); err != nil {
		return err
	}
	fmt.Printf("changed the password of %s\n", username)
	return nil
}

func userDisable(ctx context.Context, args []string) error {
	fs := newFlags("user disable", "user disable USERNAME [--db URL]")
	db := dbFlag(fs)
	username, err := parseNamed(fs, args)
	if err != nil {
		return err
	}
	st, err := openMigrated(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := account.Disable(ctx, st.Client, username); err != nil {
		return err
	}
	fmt.Printf("disabled %s\n", username)
	return nil
}

func userList(ctx context.Context, args []string) error {
	fs := newFlags("user list", "user list [--db URL]")
	db := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := openMigrated(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	users, err := account.List(ctx, st.Client)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "USERNAME\tNAME\tROLE\tSCOPE\tSTATE")
	for _, u := range users {
		scope, state := "province", "active"
		if r := u.Edges.ScopeRegion; r != nil {
			scope = r.Code + " " + r.Name
		}
		if u.Disabled {
			state = "disabled"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", u.Username, u.DisplayName, u.Role, scope, state)
	}
	return w.Flush()
}

// parseNamed parses a command's flags around its one positional argument,
// which may come before, between or after them.
func parseNamed(fs *flag.FlagSet, args []string) (string, error) {
	var name string
	for {
		if err := fs.Parse(args); err != nil {
			return "", err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if name != "" {
			fs.Usage()
			return "", errors.New("name one user")
		}
		name, args = rest[0], rest[1:]
	}
	if name == "" {
		fs.Usage()
		return "", errors.New("name one user")
	}
	return name, nil
}

// namedWithPassword adds --password-stdin to fs, parses args for one
// username and reads the password.
func namedWithPassword(fs *flag.FlagSet, args []string) (username, password string, err error) {
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input instead of prompting")
	if username, err = parseNamed(fs, args); err != nil {
		return "", "", err
	}
	password, err = readPassword(*fromStdin)
	return username, password, err
}

// readPassword reads the password from standard input's first line, or
// prompts for it twice on the terminal without echo.
func readPassword(fromStdin bool) (string, error) {
	if fromStdin {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", fmt.Errorf("read the password from standard input: %w", err)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("standard input is not a terminal to prompt on: pass --password-stdin and the password on its first line")
	}
	fmt.Fprint(os.Stderr, "Password: ")
	first, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", err
	}
	fmt.Fprint(os.Stderr, "Again: ")
	again, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", err
	}
	if string(first) != string(again) {
		return "", errors.New("the two passwords differ")
	}
	return string(first), nil
}
