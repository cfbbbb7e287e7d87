package rule

import (
	"strings"

	"grassroots/internal/fault"
)

// State is where a twinning stands: a link's status.
type State string

// The states of a twinning.
const (
	Proposed  State = "PROPOSED"
	Active    State = "ACTIVE"
	Suspended State = "SUSPENDED"
	Ended     State = "ENDED"
)

// Action is a change of state a coordinator makes.
type Action string

// The actions: PROPOSED → ACTIVE (activate), ACTIVE → SUSPENDED (suspend),
// SUSPENDED → ACTIVE (resume), and any live state → ENDED (end; a proposal
// ended is one not taken up).
const (
	Activate Action = "ACTIVATE"
	Suspend  Action = "SUSPEND"
	Resume   Action = "RESUME"
	End      Action = "END"
)

// moves are the legal changes: from each state, what each action leads to.
var moves = map[Action]map[State]State{
	Activate: {Proposed: Active},
	Suspend:  {Active: Suspended},
	Resume:   {Suspended: Active},
	End:      {Proposed: Ended, Active: Ended, Suspended: Ended},
}

// Live reports whether a twinning in state s still holds a place in its
// partner's capacity and stands for its pair: proposed, active or
// suspended.
func Live(s State) bool { return s == Proposed || s == Active || s == Suspended }

// Next is the state action leads to from s. A change from the wrong state
// is refused with CONFLICT on the field status, naming the states it could
// be made from.
func Next(s State, a Action) (State, error) {
	to, ok := moves[a][s]
	if ok {
		return to, nil
	}
	var from []State
	for _, f := range []State{Proposed, Active, Suspended, Ended} {
		if _, ok := moves[a][f]; ok {
			from = append(from, f)
		}
	}
	if from == nil {
		return "", fault.Invalid("action", "no such action %q", a)
	}
	return "", fault.Conflicting("status", "a %s twinning cannot %s: only one that is %v can", s, strings.ToLower(string(a)), from)
}
