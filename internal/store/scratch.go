package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
)

// DefaultPostgresAdmin is the local trust-auth server used by tests and tools
// when no URL is given.
const DefaultPostgresAdmin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// ScratchPostgres creates a new, empty database on the server at adminURL and
// returns its URL and a function that drops it.
func ScratchPostgres(ctx context.Context, adminURL, prefix string) (string, func() error, error) {
	if adminURL == "" {
		adminURL = DefaultPostgresAdmin
	}
	u, err := url.Parse(adminURL)
	if err != nil {
		return "", nil, fmt.Errorf("postgres admin URL: %w", err)
	}
	admin, err := sql.Open("postgres", adminURL)
	if err != nil {
		return "", nil, err
	}
	if err := admin.PingContext(ctx); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("connect to PostgreSQL at %s: %w", u.Host, err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := strings.ToLower(prefix) + "_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE "`+name+`" TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create database %s: %w", name, err)
	}
	u.Path = "/" + name
	drop := func() error {
		defer admin.Close()
		_, err := admin.ExecContext(context.Background(), `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`)
		return err
	}
	return u.String(), drop, nil
}
