package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Link is a dated relation between two organizations: joint construction,
// urban–rural twinning (source = urban unit, target = village organization),
// industrial chain or military–civilian co-building.
type Link struct{ ent.Schema }

func (Link) Mixin() []ent.Mixin { return []ent.Mixin{RecordMixin{}} }

func (Link) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("VILLAGE_VILLAGE", "VILLAGE_ENTERPRISE", "VILLAGE_COMMUNITY",
			"URBAN_RURAL_TWINNING", "INDUSTRY_CHAIN", "MILITARY_CIVILIAN").
			Annotations(entgql.OrderField("KIND")),
		field.Int("source_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("target_id").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("status").Values("PROPOSED", "ACTIVE", "SUSPENDED", "ENDED").Default("ACTIVE").
			Annotations(entgql.OrderField("STATUS")),
		dateField("started_on", entgql.OrderField("STARTED_ON")),
		dateField("ended_on"),
		textField("goals"),
		textField("notes"),
		field.String("source_reference").Optional().MaxLen(500).
			Comment("Provenance: the document or file the link comes from."),
	}
}

func (Link) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("source", Organization.Type).Ref("outgoing_links").Field("source_id").Unique().Required(),
		edge.From("target", Organization.Type).Ref("incoming_links").Field("target_id").Unique().Required(),
		edge.To("activities", LinkActivity.Type).
			Comment("Deleting a link deletes its activities.").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
				entsql.OnDelete(entsql.Cascade)),
	}
}

func (Link) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("source_id", "kind"),
		index.Fields("target_id", "kind"),
		index.Fields("kind", "status"),
	}
}

func (Link) Hooks() []ent.Hook { return []ent.Hook{linkEnds, interval("started_on", "ended_on")} }

func (Link) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
