package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"grassroots/ent/schema/gqldoc"
	"grassroots/internal/access"
	"grassroots/internal/audit"
	"grassroots/internal/indicator"
)

// IndicatorTarget is an admin's setting of one indicator's target.
type IndicatorTarget struct{ ent.Schema }

func (IndicatorTarget) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (IndicatorTarget) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("code").Values(indicatorCodes.Names()...).Immutable().
			Comment("The indicator.").
			Annotations(indicatorCodes, entgql.Type("IndicatorCode")),
		field.Float("target").Range(0, 1).
			Comment("Share of units that must meet the indicator's rule, 0 to 1."),
		dateField("deadline", "Day the target is due; null when it has none."),
		textField("note", "Why the target was set so, free text."),
	}
}

func (IndicatorTarget) Indexes() []ent.Index { return []ent.Index{index.Fields("code").Unique()} }

func (IndicatorTarget) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("The target set for one indicator, replacing the default the source document gives."),
	}
}

// indicatorCodes are the codes of the indicators, with their English titles.
var indicatorCodes = func() gqldoc.Enum {
	e := make(gqldoc.Enum, len(indicator.Definitions))
	for i, d := range indicator.Definitions {
		e[i] = gqldoc.Value{d.Code, d.Title.EN + "."}
	}
	return e
}()

// Hooks record every change in the audit trail.
func (IndicatorTarget) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy: only an admin sets targets (internal/access).
func (IndicatorTarget) Policy() ent.Policy { return access.AdminWrites() }

// RuralIncome is the province's average rural income per head in one year.
type RuralIncome struct{ ent.Schema }

func (RuralIncome) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (RuralIncome) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").Range(1949, 2100).Unique().
			Comment("Calendar year, 1949 to 2100; one figure per year.").
			Annotations(entgql.OrderField("YEAR")),
		field.Float("income_per_head").Positive().
			Comment("The province's average income per head of the rural labour force in the year, yuan (more than 0)."),
		field.String("source").Optional().MaxLen(300).
			Comment("Where the figure comes from (such as the statistical yearbook), up to 300 characters; empty when not recorded."),
	}
}

func (RuralIncome) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("The province's average income per head of the rural labour force in one year: the floor of a " +
			"village party secretary's basic remuneration in the year after (SECRETARY_PAY_FLOOR)."),
		entgql.QueryField().Description("The province's yearly average rural income per head, by year."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks record every change in the audit trail.
func (RuralIncome) Hooks() []ent.Hook { return []ent.Hook{audit.Hook} }

// Policy: only an admin records provincial statistics (internal/access).
func (RuralIncome) Policy() ent.Policy { return access.AdminWrites() }
