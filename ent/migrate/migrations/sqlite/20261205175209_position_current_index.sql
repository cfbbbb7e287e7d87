-- Create index "position_organization_id_ended_on_id" to table: "positions"
CREATE INDEX `position_organization_id_ended_on_id` ON `positions` (`organization_id`, `ended_on`, `id`);
