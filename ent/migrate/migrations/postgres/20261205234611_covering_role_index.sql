-- Drop index "position_role_organization_id_person_id" from table: "positions"
DROP INDEX "position_role_organization_id_person_id";
-- Create index "position_role_organization_id_person_id_started_on_ended_on" to table: "positions"
CREATE INDEX "position_role_organization_id_person_id_started_on_ended_on" ON "positions" ("role", "organization_id", "person_id", "started_on", "ended_on") INCLUDE ("basic_remuneration");
