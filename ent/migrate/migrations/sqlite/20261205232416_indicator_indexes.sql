-- Create index "person_political_status_home_region_id" to table: "people"
CREATE INDEX `person_political_status_home_region_id` ON `people` (`political_status`, `home_region_id`);
-- Create index "person_joined_party_on" to table: "people"
CREATE INDEX `person_joined_party_on` ON `people` (`joined_party_on`);
-- Create index "position_role_organization_id_person_id" to table: "positions"
CREATE INDEX `position_role_organization_id_person_id` ON `positions` (`role`, `organization_id`, `person_id`);
