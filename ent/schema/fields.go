// Package schema is the model: one file per entity with its fields, edges,
// indexes, validators and hooks, the mixins every entity shares, and the
// rules that span entities. ent and entgql generate the client, the
// migrations' schema and the GraphQL schema from it (go generate).
package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// dateField is a calendar date, exposed in GraphQL as the Date scalar (YYYY-MM-DD).
func dateField(name, comment string, ann ...schema.Annotation) ent.Field {
	return field.Time(name).Optional().Nillable().Comment(comment).Annotations(append(ann, entgql.Type("Date"))...)
}

// nameFields are the Chinese name and its Latin (pinyin) form.
func nameFields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Name in Chinese, 1 to 200 characters.").
			Annotations(entgql.OrderField("NAME")),
		field.String("name_latin").Optional().MaxLen(300).
			Comment("Latin (pinyin) form of the name, used for search and the English interface; empty when not recorded.").
			Annotations(entgql.OrderField("NAME_LATIN")),
	}
}

// money is an amount in yuan.
func money(name, comment string, ann ...schema.Annotation) ent.Field {
	return field.Float(name).Optional().Nillable().Min(0).Comment(comment).Annotations(ann...)
}

func count(name, comment string, ann ...schema.Annotation) ent.Field {
	return field.Int(name).Optional().Nillable().NonNegative().Comment(comment).Annotations(ann...)
}

func textField(name, comment string) ent.Field {
	return field.Text(name).Optional().Comment(comment)
}

// countable makes an index answer totalCount by itself on PostgreSQL: ent
// counts rows as COUNT(id), which PostgreSQL reads from an index only when
// the index holds the id (SQLite's indexes always do).
var countable = entsql.IncludeColumns("id")

// noInputs leaves an edge out of the create and update inputs.
var noInputs = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
