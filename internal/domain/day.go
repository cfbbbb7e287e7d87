package domain

import "time"

// Today is the current day, UTC midnight: the day "current" means (for
// indicators, twinnings, dates that may not lie in the future).
func Today() time.Time {
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
