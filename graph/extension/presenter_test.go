package extension

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/tooling/testdb"
)

// The presenter is fed real errors from both databases: constraint errors
// differ by driver, and their text must never reach a client.
func TestPresenterMapsStorageErrors(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := t.Context()
			requestID := func(context.Context) string { return "req-1" }
			st := testdb.Open(t, d)
			c := st.Client
			p, err := c.Region.Create().SetCode("220000000000").SetName("吉林省").SetLevel(region.LevelPROVINCE).Save(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, dup := c.Region.Create().SetCode("220000000000").SetName("again").SetLevel(region.LevelPROVINCE).Save(ctx)
			_, badRef := c.Region.Create().SetCode("220100000000").SetName("x").SetLevel(region.LevelCITY).SetParentID(p.ID + 1000).Save(ctx)
			_, badCode := c.Region.Create().SetCode("22").SetName("x").SetLevel(region.LevelPROVINCE).Save(ctx)
			_, missing := c.Region.Get(ctx, p.ID+1000)
			_, badFK := c.Position.Create().SetPersonID(999999).SetOrganizationID(999999).
				SetRole(position.RoleSECRETARY).SetStartedOn(time.Now()).Save(ctx)
			_, raw := st.DB.ExecContext(ctx, "SELECT nope FROM regions")

			cases := []struct {
				name        string
				err         error
				code, field string
				msg         string
				logged      bool
			}{
				{"unique", dup, "CONFLICT", "code", "a region with this code already exists", false},
				{"missing parent, caught by the hook", badRef, "NOT_FOUND", "parentID", "", false},
				{"foreign key", badFK, "BAD_USER_INPUT", "*", "refers to a record that does not exist", false},
				{"validator", badCode, "BAD_USER_INPUT", "code", "code: division code must have 12 digits", false},
				{"not found", missing, "NOT_FOUND", "", "region not found", false},
				{"raw driver error", raw, "INTERNAL", "", "internal error (request id req-1)", true},
				{"fault", fault.Conflicting("version", "changed since read"), "CONFLICT", "version", "version: changed since read", false},
				{"internal fault", &fault.Error{Code: fault.Internal, Message: "disk on fire"}, "INTERNAL", "", "internal error (request id req-1)", true},
				{"wrapped", fmt.Errorf("load: %w", missing), "NOT_FOUND", "", "region not found", false},
				{"plain", errors.New("select * from secrets"), "INTERNAL", "", "internal error (request id req-1)", true},
				{"deadline", fmt.Errorf("query: %w", context.DeadlineExceeded), "INTERNAL", "", "took too long", false},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					if tc.err == nil {
						t.Fatal("the operation that should fail succeeded")
					}
					var logs bytes.Buffer
					got := Presenter(slog.New(slog.NewTextHandler(&logs, nil)), requestID)(ctx, tc.err)
					code, _ := got.Extensions["code"].(string)
					field, _ := got.Extensions["field"].(string)
					if tc.code != "" && code != tc.code {
						t.Errorf("code = %q, want %q (message %q)", code, tc.code, got.Message)
					}
					if tc.field == "*" {
						// PostgreSQL names the column, SQLite does not.
						if field != "" && field != "personID" && field != "organizationID" {
							t.Errorf("field = %q, want personID, organizationID or none", field)
						}
					} else if field != tc.field {
						t.Errorf("field = %q, want %q (message %q)", field, tc.field, got.Message)
					}
					if !strings.Contains(got.Message, tc.msg) {
						t.Errorf("message = %q, want it to contain %q", got.Message, tc.msg)
					}
					for _, leak := range []string{"ent:", "pq:", "SQL", "sqlite", "secrets", "disk", "nope"} {
						if strings.Contains(got.Message, leak) {
							t.Errorf("message %q leaks %q", got.Message, leak)
						}
					}
					if logged := logs.Len() > 0; logged != tc.logged {
						t.Errorf("logged = %v, want %v: %s", logged, tc.logged, logs.String())
					}
				})
			}
		})
	}
}

func TestRecoverLogsTheStackAndHidesIt(t *testing.T) {
	ctx := t.Context()
	requestID := func(context.Context) string { return "req-2" }
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	err := Recover(log, requestID)(ctx, "boom at resolver.go:12")
	got := Presenter(log, requestID)(ctx, err)
	if got.Extensions["code"] != "INTERNAL" || got.Message != "internal error (request id req-2)" {
		t.Errorf("presented panic = %q %v", got.Message, got.Extensions)
	}
	if !strings.Contains(logs.String(), "boom at resolver.go:12") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("panic and stack not logged: %s", logs.String())
	}
}
