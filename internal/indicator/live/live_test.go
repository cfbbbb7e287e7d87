package live_test

import (
	"slices"
	"testing"

	"grassroots/internal/indicator"
	"grassroots/internal/indicator/live"
)

// TestFollowsEveryTable: the view follows the entity of every table an
// indicator reads, so that no write to them leaves a list stale.
func TestFollowsEveryTable(t *testing.T) {
	v := live.View{}
	follows := v.Follows()
	for _, table := range indicator.Tables() {
		found := false
		for entity, tb := range live.Tables {
			if tb == table && slices.Contains(follows, entity) {
				found = true
			}
		}
		if !found {
			t.Errorf("no followed entity writes the table %s, which an indicator reads", table)
		}
	}
	if len(follows) != len(indicator.Tables()) {
		t.Errorf("the view follows %v for the tables %v", follows, indicator.Tables())
	}
}
