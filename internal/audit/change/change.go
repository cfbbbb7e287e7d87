// Package change is the shape of one field's change in the audit trail,
// shared by the model (ent/schema) and the package that records it
// (internal/audit).
package change

// Change is one field of a record, before and after a change: Before is
// null on create, After on delete. Values are as the API spells them
// (dates as YYYY-MM-DD); personal data is masked.
type Change struct {
	Field  string `json:"field"`
	Before any    `json:"before"`
	After  any    `json:"after"`
}
