package store

import (
	"testing"

	"grassroots/internal/fault"
)

// Constraint messages the drivers produce, as text, for what the databases
// above do not readily provoke.
func TestConstraintMessages(t *testing.T) {
	cases := []struct {
		table string
		cols  []string
		field string
		msg   string
	}{
		{"regions", []string{"code"}, "code", "a region with this code already exists"},
		{"organizations", []string{"credit_code"}, "creditCode", "an organization with this credit code already exists"},
		{"people", []string{"id_number"}, "idNumber", "a person with this id number already exists"},
		{"project_incomes", []string{"project_id", "year"}, "year", "a project income with the same project and year already exists"},
		{"link_activities", nil, "", "a link activity like this already exists"},
	}
	for _, c := range cases {
		got := unique(c.table, c.cols)
		if got.Code != fault.Conflict || got.Field != c.field || got.Message != c.msg {
			t.Errorf("unique(%s, %v) = %+v, want field %q message %q", c.table, c.cols, got, c.field, c.msg)
		}
	}
}
