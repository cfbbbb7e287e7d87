-- Drop index "organization_kind" from table: "organizations"
DROP INDEX `organization_kind`;
-- Create index "organization_kind_name" to table: "organizations"
CREATE INDEX `organization_kind_name` ON `organizations` (`kind`, `name`);
