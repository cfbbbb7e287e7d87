package demo

import "context"

// The whole data set in memory, which only the tests compare against what a
// load wrote (the loaders stream it chunk by chunk).

// Dataset is a whole generated data set: every chunk's rows, in index
// order.
type Dataset struct {
	Scale Scale
	Seed  uint64
	Chunk
}

// Generate builds the whole data set of a scale and seed in memory. The same
// scale and seed give the same rows on every run and machine.
func Generate(scale Scale, seed uint64) (*Dataset, error) {
	d := &Dataset{Scale: scale, Seed: seed}
	err := Stream(context.Background(), scale, seed, func(c *Chunk) error {
		d.Regions = append(d.Regions, c.Regions...)
		d.Orgs = append(d.Orgs, c.Orgs...)
		d.People = append(d.People, c.People...)
		d.Positions = append(d.Positions, c.Positions...)
		d.Links = append(d.Links, c.Links...)
		d.Activities = append(d.Activities, c.Activities...)
		d.Projects = append(d.Projects, c.Projects...)
		d.Incomes = append(d.Incomes, c.Incomes...)
		d.Venues = append(d.Venues, c.Venues...)
		d.Courses = append(d.Courses, c.Courses...)
		d.Attendances = append(d.Attendances, c.Attendances...)
		d.Appraisals = append(d.Appraisals, c.Appraisals...)
		d.Commendations = append(d.Commendations, c.Commendations...)
		d.RuralIncomes = append(d.RuralIncomes, c.RuralIncomes...)
		d.Transitions = append(d.Transitions, c.Transitions...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}
