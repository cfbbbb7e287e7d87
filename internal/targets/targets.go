// Package targets keeps the indicators' targets that admins set
// (IndicatorTarget records), in place of the defaults of internal/indicator.
package targets

import (
	"context"
	"math"
	"time"

	"grassroots/ent"
	"grassroots/ent/indicatortarget"
	"grassroots/internal/fault"
)

// Set sets the target of the indicator code: the share of units that must
// meet its rule (0 to 1), the day it is due (nil: none) and a note. It
// creates the indicator's record or updates it, through the client's
// policies (admins only) and audit trail.
func Set(ctx context.Context, c *ent.Client, code indicatortarget.Code, target float64, deadline *time.Time, note *string) error {
	if math.IsNaN(target) || target < 0 || target > 1 {
		return fault.Invalid("target", "a target is a share from 0 to 1, not %v", target)
	}
	old, err := c.IndicatorTarget.Query().Where(indicatortarget.CodeEQ(code)).Only(ctx)
	if ent.IsNotFound(err) {
		return c.IndicatorTarget.Create().SetCode(code).SetTarget(target).SetNillableDeadline(deadline).
			SetNote(deref(note)).Exec(ctx)
	}
	if err != nil {
		return err
	}
	u := old.Update().SetTarget(target).SetNote(deref(note))
	if deadline != nil {
		u.SetDeadline(*deadline)
	} else {
		u.ClearDeadline()
	}
	return u.Exec(ctx)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
