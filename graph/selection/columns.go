package selection

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/internal/naming"
)

// Entity tells which table columns a GraphQL selection on an entity
// needs. Fields that are columns (camelCase of the column name) need their
// column; edges need their foreign key; derived fields need the columns
// their resolvers read (to-many edges and most derived fields, the ID
// alone). Any other field makes the selection need every column, so a field
// added later is never served from a half-read row.
type Entity struct {
	all     []string
	edgeFKs map[string]string   // edge field → foreign-key column
	derived map[string][]string // derived field → the columns it reads besides the ID
}

// Link is the links table.
var Link = Entity{
	all:     link.Columns,
	edgeFKs: map[string]string{"source": link.FieldSourceID, "target": link.FieldTargetID},
	derived: map[string][]string{"activities": nil, "history": nil, "viewerCanEdit": {link.FieldSourceID, link.FieldTargetID}},
}

// Person is the people table.
var Person = Entity{
	all:     person.Columns,
	edgeFKs: map[string]string{"homeRegion": person.FieldHomeRegionID},
	derived: map[string][]string{
		"positions": nil, "ledProjects": nil, "currentPositions": nil, "history": nil,
		// personal data is shown in full only where the viewer's scope holds the home region
		"idNumber": {person.FieldIDNumber, person.FieldHomeRegionID}, "phone": {person.FieldPhone, person.FieldHomeRegionID},
		"birthDate": {person.FieldBirthDate, person.FieldHomeRegionID}, "birthYear": {person.FieldBirthDate},
		"viewerCanEdit": {person.FieldHomeRegionID},
	},
}

// Position is the positions table.
var Position = Entity{
	all:     position.Columns,
	edgeFKs: map[string]string{"person": position.FieldPersonID, "organization": position.FieldOrganizationID},
}

// Organization is the organizations table.
var Organization = Entity{
	all: organization.Columns,
	edgeFKs: map[string]string{
		"region": organization.FieldRegionID, "parent": organization.FieldParentID, "host": organization.FieldHostID,
	},
	derived: map[string][]string{
		"children": nil, "positions": nil, "projects": nil, "links": nil,
		"currentLeaders": nil, "memberCount": nil, "partyOrganizations": nil, "network": nil,
		"history": nil, "viewerCanEdit": {organization.FieldRegionID},
	},
}

// Region is the regions table.
var Region = Entity{
	all:     region.Columns,
	edgeFKs: map[string]string{"parent": region.FieldParentID},
	derived: map[string][]string{
		"children": nil, "organizations": nil, "residents": nil, "projects": nil,
		"ancestors": {region.FieldPath}, "stats": {region.FieldPath},
	},
}

// Columns returns the columns the fields need, the ID first; ok is false
// when a field is not known and every column must be read.
func (e Entity) Columns(fields []graphql.CollectedField) (cols []string, ok bool) {
	cols = []string{e.all[0]} // the ID
	add := func(c string) {
		if !slices.Contains(cols, c) {
			cols = append(cols, c)
		}
	}
	for _, f := range fields {
		derived, isDerived := e.derived[f.Name]
		switch {
		case f.Name == "__typename" || f.Name == "id":
		case isDerived:
			for _, c := range derived {
				add(c)
			}
		case e.edgeFKs[f.Name] != "":
			add(e.edgeFKs[f.Name])
		case slices.Contains(e.all, naming.Snake(f.Name)):
			add(naming.Snake(f.Name))
		default:
			return e.all, false
		}
	}
	return cols, true
}

// NodeColumns returns the columns of e that the nodes of the connection
// being resolved need (edges.node, and nodes); ok is false when every
// column must be read.
func NodeColumns(ctx context.Context, e Entity) (cols []string, ok bool) {
	field := Field(ctx)
	top, ok := Under(ctx, field)
	if !ok {
		return nil, false
	}
	var fields []graphql.CollectedField
	for _, f := range top {
		if f.Name == "edges" {
			node, _ := Under(ctx, field, "edges", "node")
			fields = append(fields, node...)
		}
	}
	return e.Columns(fields)
}
