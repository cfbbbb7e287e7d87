// Package record reads one stored record of any entity as a map of its
// column names to values, for code that handles every entity alike: the
// access rules and the audit trail, before a delete.
package record

import (
	"context"
	"encoding/json"
	"fmt"

	"grassroots/ent"
)

// Load reads the record of entity type typ (ent.TypeOrganization, …) with
// the ID: every field, keyed by its column name (sensitive fields left
// out), numbers as float64. An unknown ID is ent's not-found error.
func Load(ctx context.Context, c *ent.Client, typ string, id int) (map[string]any, error) {
	var (
		v   any
		err error
	)
	switch typ {
	case ent.TypeRegion:
		v, err = c.Region.Get(ctx, id)
	case ent.TypeOrganization:
		v, err = c.Organization.Get(ctx, id)
	case ent.TypePerson:
		v, err = c.Person.Get(ctx, id)
	case ent.TypePosition:
		v, err = c.Position.Get(ctx, id)
	case ent.TypeLink:
		v, err = c.Link.Get(ctx, id)
	case ent.TypeLinkActivity:
		v, err = c.LinkActivity.Get(ctx, id)
	case ent.TypeTwinningTransition:
		v, err = c.TwinningTransition.Get(ctx, id)
	case ent.TypeProject:
		v, err = c.Project.Get(ctx, id)
	case ent.TypeProjectIncome:
		v, err = c.ProjectIncome.Get(ctx, id)
	case ent.TypeUser:
		v, err = c.User.Get(ctx, id)
	case ent.TypeTrainingCourse:
		v, err = c.TrainingCourse.Get(ctx, id)
	case ent.TypeTrainingAttendance:
		v, err = c.TrainingAttendance.Get(ctx, id)
	case ent.TypeVenue:
		v, err = c.Venue.Get(ctx, id)
	case ent.TypeAppraisal:
		v, err = c.Appraisal.Get(ctx, id)
	case ent.TypeCommendation:
		v, err = c.Commendation.Get(ctx, id)
	case ent.TypeIndicatorTarget:
		v, err = c.IndicatorTarget.Get(ctx, id)
	case ent.TypeRuralIncome:
		v, err = c.RuralIncome.Get(ctx, id)
	case ent.TypeApiToken:
		v, err = c.ApiToken.Get(ctx, id)
	default:
		return nil, fmt.Errorf("record: no loader for %s", typ)
	}
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var row map[string]any
	if err := json.Unmarshal(raw, &row); err != nil {
		return nil, err
	}
	delete(row, "edges")
	return row, nil
}
