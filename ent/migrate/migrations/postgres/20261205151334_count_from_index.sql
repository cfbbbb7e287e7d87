-- Drop index "organization_kind" from table: "organizations"
DROP INDEX "organization_kind";
-- Drop index "organization_region_id_kind" from table: "organizations"
DROP INDEX "organization_region_id_kind";
-- Create index "organization_kind" to table: "organizations"
CREATE INDEX "organization_kind" ON "organizations" ("kind") INCLUDE ("id");
-- Create index "organization_region_id_kind" to table: "organizations"
CREATE INDEX "organization_region_id_kind" ON "organizations" ("region_id", "kind") INCLUDE ("id");
-- Drop index "person_home_region_id_political_status" from table: "people"
DROP INDEX "person_home_region_id_political_status";
-- Create index "person_home_region_id_political_status" to table: "people"
CREATE INDEX "person_home_region_id_political_status" ON "people" ("home_region_id", "political_status") INCLUDE ("id");
-- Drop index "region_level" from table: "regions"
DROP INDEX "region_level";
-- Create index "region_level" to table: "regions"
CREATE INDEX "region_level" ON "regions" ("level") INCLUDE ("id");
