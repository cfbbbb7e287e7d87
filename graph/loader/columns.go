package loader

import (
	"context"
	"slices"
	"unicode"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
)

// entityColumns tells which table columns a GraphQL selection on an entity
// needs. Fields that are columns (camelCase of the column name) need their
// column; edges need their foreign key; fields computed from the ID alone
// (derived fields and to-many edges) need nothing more. Any other field makes
// the selection need every column, so a field added later is never served
// from a half-read row.
type entityColumns struct {
	all     []string
	edgeFKs map[string]string // edge field → foreign-key column
	byID    map[string]bool   // fields computed from the ID alone
}

var linkColumns = entityColumns{
	all:     link.Columns,
	edgeFKs: map[string]string{"source": link.FieldSourceID, "target": link.FieldTargetID},
	byID:    map[string]bool{"activities": true},
}

var personColumns = entityColumns{
	all:     person.Columns,
	edgeFKs: map[string]string{"homeRegion": person.FieldHomeRegionID},
	byID:    map[string]bool{"positions": true, "ledProjects": true, "currentPositions": true},
}

var organizationColumns = entityColumns{
	all: organization.Columns,
	edgeFKs: map[string]string{
		"region": organization.FieldRegionID, "parent": organization.FieldParentID, "host": organization.FieldHostID,
	},
	byID: map[string]bool{
		"children": true, "positions": true, "projects": true, "links": true,
		"currentLeaders": true, "memberCount": true, "partyOrganizations": true,
	},
}

// columns returns the columns the fields need, the ID first; ok is false
// when a field is not known and every column must be read.
func (e entityColumns) columns(fields []graphql.CollectedField) (cols []string, ok bool) {
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
		case slices.Contains(e.all, snake(f.Name)):
			add(snake(f.Name))
		default:
			return e.all, false
		}
	}
	return cols, true
}

// snake turns a GraphQL field name into its column name: nameLatin → name_latin.
func snake(s string) string {
	out := make([]rune, 0, len(s)+4)
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				out = append(out, '_')
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return string(out)
}

// linkPageColumns reads, from the selection of a links connection field, the
// link columns and the organization columns (for both ends) it needs. Without
// a selection (a call from outside GraphQL) every column is read.
func linkPageColumns(ctx context.Context, sel *ast.Field) (linkCols, endCols []string) {
	var opCtx *graphql.OperationContext
	if graphql.HasOperationContext(ctx) {
		opCtx = graphql.GetOperationContext(ctx)
	}
	if sel == nil || opCtx == nil {
		return link.Columns, organization.Columns
	}
	var nodeFields, endFields []graphql.CollectedField
	for _, f := range graphql.CollectFields(opCtx, sel.SelectionSet, nil) {
		if f.Name != "edges" {
			continue
		}
		for _, e := range graphql.CollectFields(opCtx, f.Selections, nil) {
			if e.Name != "node" {
				continue
			}
			for _, n := range graphql.CollectFields(opCtx, e.Selections, nil) {
				nodeFields = append(nodeFields, n)
				if n.Name == "source" || n.Name == "target" {
					endFields = append(endFields, graphql.CollectFields(opCtx, n.Selections, nil)...)
				}
			}
		}
	}
	linkCols, _ = linkColumns.columns(nodeFields)
	for _, c := range []string{link.FieldSourceID, link.FieldTargetID} { // the loader joins the ends through them
		if !slices.Contains(linkCols, c) {
			linkCols = append(linkCols, c)
		}
	}
	endCols, _ = organizationColumns.columns(endFields)
	return linkCols, endCols
}

// selectedField is the field being resolved, as the document spells it.
func selectedField(ctx context.Context) *ast.Field {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return fc.Field.Field
	}
	return nil
}

// personColumnsUnder reads the person columns that the edge field (such as
// "person") under sel asks for; every column without a selection.
func personColumnsUnder(ctx context.Context, sel *ast.Field, edge string) []string {
	if sel == nil || !graphql.HasOperationContext(ctx) {
		return person.Columns
	}
	opCtx := graphql.GetOperationContext(ctx)
	var fields []graphql.CollectedField
	for _, f := range graphql.CollectFields(opCtx, sel.SelectionSet, nil) {
		if f.Name == edge {
			fields = append(fields, graphql.CollectFields(opCtx, f.Selections, nil)...)
		}
	}
	cols, _ := personColumns.columns(fields)
	return cols
}
