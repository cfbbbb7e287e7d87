-- Drop index "person_political_status_home_region_id" from table: "people"
DROP INDEX "person_political_status_home_region_id";
-- Create index "person_political_status_home_region_id" to table: "people"
CREATE INDEX "person_political_status_home_region_id" ON "people" ("political_status", "home_region_id") INCLUDE ("birth_date", "joined_party_on");
