// Package live keeps the indicators' kept lists (indicator.Kept) current as
// one of the server's views: every committed write to a table an indicator
// reads, in this process or another, drops the lists that read it.
package live

import (
	"context"
	"slices"

	gen "grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/projectincome"
	"grassroots/ent/region"
	"grassroots/ent/trainingattendance"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/venue"
	"grassroots/internal/indicator"
	"grassroots/internal/views"
)

// View is the kept lists as a view.
type View struct{ Kept *indicator.Kept }

// Tables are the tables of the entities whose writes can change a kept
// list, by ent type name.
var Tables = map[string]string{
	gen.TypeAppraisal:          appraisal.Table,
	gen.TypeLink:               link.Table,
	gen.TypeOrganization:       organization.Table,
	gen.TypePerson:             person.Table,
	gen.TypePosition:           position.Table,
	gen.TypeProject:            project.Table,
	gen.TypeProjectIncome:      projectincome.Table,
	gen.TypeRegion:             region.Table,
	gen.TypeTrainingAttendance: trainingattendance.Table,
	gen.TypeTrainingCourse:     trainingcourse.Table,
	gen.TypeVenue:              venue.Table,
}

func (v View) Name() string { return "indicators" }

// Follows lists the entities of the tables the indicators read.
func (v View) Follows() []string {
	var out []string
	read := indicator.Tables()
	for entity, table := range Tables {
		if slices.Contains(read, table) {
			out = append(out, entity)
		}
	}
	slices.Sort(out)
	return out
}

// Load drops every list (a first load, or a resync after missed changes)
// and starts the store's background work; the lists are computed when read.
func (v View) Load(ctx context.Context) (func(), error) {
	return func() {
		v.Kept.Reset()
		v.Kept.Start(ctx)
	}, nil
}

// Apply drops the lists that read the written table, once the write has
// committed.
func (v View) Apply(_ context.Context, w views.Write) (func(), error) {
	return func() { v.Kept.Invalidate(Tables[w.Entity]) }, nil
}

// Refresh drops the lists that read the table another process wrote.
func (v View) Refresh(_ context.Context, c views.Change) error {
	v.Kept.Invalidate(Tables[c.Entity])
	return nil
}
