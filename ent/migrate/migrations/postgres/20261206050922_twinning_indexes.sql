-- Create index "linkactivity_link_id_occurred_on" to table: "link_activities"
CREATE INDEX "linkactivity_link_id_occurred_on" ON "link_activities" ("link_id", "occurred_on");
-- Create index "organization_twinning_capacity" to table: "organizations"
CREATE INDEX "organization_twinning_capacity" ON "organizations" ("twinning_capacity") INCLUDE ("id", "kind", "status", "region_id", "industry") WHERE (twinning_capacity > 0);
