package entgqldoc

import (
	"fmt"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

// describeWhere describes the filter input of t: how its fields combine, and
// what each predicate field matches.
func describeWhere(t *gen.Type, name string, s *ast.Schema) {
	def := s.Types[name+"WhereInput"]
	if def == nil {
		return
	}
	def.Description = fmt.Sprintf(`Selects %s records. Every field given must hold (they combine with AND); `+"`or`"+`
gives alternatives and `+"`not`"+` negates. A field left out or null does not filter, so an
empty filter matches everything. A comparison never matches a record whose field is null:
ask for those with the field's IsNil predicate.`, name)
	set := func(field, text string) {
		if f := def.Fields.ForName(field); f != nil {
			f.Description = text
		}
	}
	set("not", "Only the records this filter does not match.")
	set("and", "Only the records that every one of these filters matches.")
	set("or", "Only the records that at least one of these filters matches.")
	fields := append([]*gen.Field{t.ID}, t.Fields...)
	for _, f := range fields {
		for _, op := range f.Ops() {
			pred := camel(f.Name + "_" + op.Name())
			if op == gen.EQ {
				pred = camel(f.Name)
			}
			set(pred, predicate(camel(f.Name), op, f))
		}
	}
	for _, e := range t.Edges {
		edge := camel(e.Name)
		if e.Unique {
			set(camel("has_"+e.Name), fmt.Sprintf("true: only records that have a %s; false: only those without one.", edge))
			set(camel("has_"+e.Name+"_with"), fmt.Sprintf("Only records whose %s matches every one of these filters.", edge))
		} else {
			set(camel("has_"+e.Name), fmt.Sprintf("true: only records with at least one of %s; false: only those with none.", edge))
			set(camel("has_"+e.Name+"_with"), fmt.Sprintf("Only records with at least one of %s matching every one of these filters.", edge))
		}
	}
}

// predicate says what the predicate field for op on field f matches.
func predicate(field string, op gen.Op, f *gen.Field) string {
	x := "`" + field + "`"
	gt, gte, lt, lte := "is greater than", "is at least", "is less than", "is at most"
	switch {
	case isDate(f):
		gt, gte, lt, lte = "is after", "is on or after", "is before", "is on or before"
	case f.IsTime():
		gt, gte, lt, lte = "is after", "is at or after", "is before", "is at or before"
	case f.IsString():
		gt, gte, lt, lte = "sorts after", "sorts at or after", "sorts before", "sorts at or before"
	}
	switch op {
	case gen.EQ:
		return x + " equals this value."
	case gen.NEQ:
		return x + " differs from this value."
	case gen.GT:
		return x + " " + gt + " this value."
	case gen.GTE:
		return x + " " + gte + " this value."
	case gen.LT:
		return x + " " + lt + " this value."
	case gen.LTE:
		return x + " " + lte + " this value."
	case gen.In:
		return x + " is one of these values (an empty list does not filter)."
	case gen.NotIn:
		return x + " is none of these values (an empty list does not filter)."
	case gen.IsNil:
		return "true: only records where " + x + " is null (not recorded); false does not filter."
	case gen.NotNil:
		return "true: only records where " + x + " is not null; false does not filter."
	case gen.EqualFold:
		return x + " equals this text, ignoring case."
	case gen.Contains:
		return x + " contains this text (case-sensitive)."
	case gen.ContainsFold:
		return x + " contains this text, ignoring case."
	case gen.HasPrefix:
		return x + " starts with this text."
	case gen.HasSuffix:
		return x + " ends with this text."
	}
	return x + ": " + op.Name() + "."
}

// isDate reports whether the field is shown as the Date scalar.
func isDate(f *gen.Field) bool {
	ant, err := entgqlOf(f.Annotations)
	return err == nil && ant.Type == "Date"
}
