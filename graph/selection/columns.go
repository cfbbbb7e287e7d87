package selection

import (
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/internal/naming"
)

// Entity tells which table columns a GraphQL selection on an entity
// needs. Fields that are columns (camelCase of the column name) need their
// column; edges need their foreign key; fields computed from the ID alone
// (derived fields and to-many edges) need nothing more. Any other field makes
// the selection need every column, so a field added later is never served
// from a half-read row.
type Entity struct {
	all     []string
	edgeFKs map[string]string // edge field → foreign-key column
	byID    map[string]bool   // fields computed from the ID alone
}

// Link is the links table.
var Link = Entity{
	all:     link.Columns,
	edgeFKs: map[string]string{"source": link.FieldSourceID, "target": link.FieldTargetID},
	byID:    map[string]bool{"activities": true},
}

// Person is the people table.
var Person = Entity{
	all:     person.Columns,
	edgeFKs: map[string]string{"homeRegion": person.FieldHomeRegionID},
	byID:    map[string]bool{"positions": true, "ledProjects": true, "currentPositions": true},
}

// Organization is the organizations table.
var Organization = Entity{
	all: organization.Columns,
	edgeFKs: map[string]string{
		"region": organization.FieldRegionID, "parent": organization.FieldParentID, "host": organization.FieldHostID,
	},
	byID: map[string]bool{
		"children": true, "positions": true, "projects": true, "links": true,
		"currentLeaders": true, "memberCount": true, "partyOrganizations": true, "network": true,
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
		switch {
		case f.Name == "__typename" || f.Name == "id" || e.byID[f.Name]:
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
