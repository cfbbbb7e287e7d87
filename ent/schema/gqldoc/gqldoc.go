// Package gqldoc carries what an enum field's values mean, next to the field
// in ent/schema, for the GraphQL schema: entgql gives enum values no place
// for a description, so the schema hook in ent/entc.go (tooling/entgqldoc)
// reads this annotation and writes each value's description into
// graph/ent.graphqls.
package gqldoc

import (
	"encoding/json"
	"fmt"
)

// Value is one value of an enum field and what it means: {name, description}.
type Value [2]string

// Enum lists an enum field's values with their meanings. Declare the field
// with Values(e.Names()...) and annotate it with e, so the values and their
// descriptions cannot drift apart.
type Enum []Value

// Name implements ent's schema.Annotation.
func (Enum) Name() string { return "GQLEnumValues" }

// Names returns the values in order.
func (e Enum) Names() []string {
	out := make([]string, len(e))
	for i, v := range e {
		out[i] = v[0]
	}
	return out
}

// Of reads the annotation back from a field's annotations as ent's code
// generator holds them (decoded JSON); nil when the field has none.
func Of(annotations map[string]any) (Enum, error) {
	raw, ok := annotations[Enum(nil).Name()]
	if !ok || raw == nil {
		return nil, nil
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("gqldoc: %w", err)
	}
	var e Enum
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("gqldoc: %w", err)
	}
	return e, nil
}
