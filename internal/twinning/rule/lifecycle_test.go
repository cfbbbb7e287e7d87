package rule

import (
	"errors"
	"testing"

	"grassroots/internal/fault"
)

// TestLifecycle: every action from every state, legal or refused with
// CONFLICT on status.
func TestLifecycle(t *testing.T) {
	legal := map[[2]string]State{
		{"PROPOSED", "ACTIVATE"}: Active, {"ACTIVE", "SUSPEND"}: Suspended, {"SUSPENDED", "RESUME"}: Active,
		{"PROPOSED", "END"}: Ended, {"ACTIVE", "END"}: Ended, {"SUSPENDED", "END"}: Ended,
	}
	for _, s := range []State{Proposed, Active, Suspended, Ended} {
		for _, a := range []Action{Activate, Suspend, Resume, End} {
			got, err := Next(s, a)
			want, ok := legal[[2]string{string(s), string(a)}]
			if ok {
				if err != nil || got != want {
					t.Errorf("%s %s = %s, %v; want %s", s, a, got, err, want)
				}
				continue
			}
			var fe *fault.Error
			if !errors.As(err, &fe) || fe.Code != fault.Conflict || fe.Field != "status" {
				t.Errorf("%s %s: %v, want CONFLICT on status", s, a, err)
			}
		}
	}
	var fe *fault.Error
	if _, err := Next(Active, "JUMP"); !errors.As(err, &fe) || fe.Code != fault.BadInput || fe.Field != "action" {
		t.Errorf("an unknown action: %v", err)
	}
	for s, live := range map[State]bool{Proposed: true, Active: true, Suspended: true, Ended: false} {
		if Live(s) != live {
			t.Errorf("Live(%s) = %v", s, !live)
		}
	}
}
