-- Create "links" table
CREATE TABLE `links` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `kind` text NOT NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `started_on` datetime NULL, `ended_on` datetime NULL, `goals` text NULL, `notes` text NULL, `source_reference` text NULL, `source_id` integer NOT NULL, `target_id` integer NOT NULL, CONSTRAINT `links_organizations_outgoing_links` FOREIGN KEY (`source_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `links_organizations_incoming_links` FOREIGN KEY (`target_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Create index "link_source_id_kind" to table: "links"
CREATE INDEX `link_source_id_kind` ON `links` (`source_id`, `kind`);
-- Create index "link_target_id_kind" to table: "links"
CREATE INDEX `link_target_id_kind` ON `links` (`target_id`, `kind`);
-- Create index "link_kind_status" to table: "links"
CREATE INDEX `link_kind_status` ON `links` (`kind`, `status`);
-- Create "link_activities" table
CREATE TABLE `link_activities` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `occurred_on` datetime NOT NULL, `kind` text NOT NULL, `amount` real NULL, `participants` integer NULL, `description` text NULL, `link_id` integer NOT NULL, CONSTRAINT `link_activities_links_activities` FOREIGN KEY (`link_id`) REFERENCES `links` (`id`) ON DELETE CASCADE);
-- Set sequence for "link_activities" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("link_activities", 4294967296);
-- Create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `name_latin` text NULL, `kind` text NOT NULL, `setting` text NULL, `industry` text NULL, `credit_code` text NULL, `founded_on` datetime NULL, `dissolved_on` datetime NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `twinning_capacity` integer NULL, `parent_id` integer NULL, `host_id` integer NULL, `region_id` integer NOT NULL, CONSTRAINT `organizations_organizations_children` FOREIGN KEY (`parent_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `organizations_organizations_hosted` FOREIGN KEY (`host_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `organizations_regions_organizations` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- Set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 8589934592);
-- Create index "organizations_credit_code_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_credit_code_key` ON `organizations` (`credit_code`);
-- Create index "organization_region_id_kind" to table: "organizations"
CREATE INDEX `organization_region_id_kind` ON `organizations` (`region_id`, `kind`);
-- Create index "organization_kind" to table: "organizations"
CREATE INDEX `organization_kind` ON `organizations` (`kind`);
-- Create index "organization_parent_id" to table: "organizations"
CREATE INDEX `organization_parent_id` ON `organizations` (`parent_id`);
-- Create index "organization_host_id" to table: "organizations"
CREATE INDEX `organization_host_id` ON `organizations` (`host_id`);
-- Create index "organization_name" to table: "organizations"
CREATE INDEX `organization_name` ON `organizations` (`name`);
-- Create "people" table
CREATE TABLE `people` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `name_latin` text NULL, `gender` text NULL, `birth_date` datetime NULL, `ethnicity` text NULL, `education` text NULL, `political_status` text NOT NULL DEFAULT ('MASSES'), `joined_party_on` datetime NULL, `backgrounds` json NULL, `skills` json NULL, `migrant` bool NOT NULL DEFAULT (false), `current_location` text NULL, `endowment_insured_since` datetime NULL, `phone` text NULL, `id_number` text NULL, `home_region_id` integer NULL, CONSTRAINT `people_regions_residents` FOREIGN KEY (`home_region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- Set sequence for "people" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("people", 12884901888);
-- Create index "people_id_number_key" to table: "people"
CREATE UNIQUE INDEX `people_id_number_key` ON `people` (`id_number`);
-- Create index "person_home_region_id_political_status" to table: "people"
CREATE INDEX `person_home_region_id_political_status` ON `people` (`home_region_id`, `political_status`);
-- Create index "person_name" to table: "people"
CREATE INDEX `person_name` ON `people` (`name`);
-- Create "positions" table
CREATE TABLE `positions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `role` text NOT NULL, `started_on` datetime NULL, `ended_on` datetime NULL, `selection_method` text NULL, `basic_remuneration` real NULL, `organization_id` integer NOT NULL, `person_id` integer NOT NULL, CONSTRAINT `positions_organizations_positions` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION, CONSTRAINT `positions_people_positions` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`) ON DELETE NO ACTION);
-- Set sequence for "positions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("positions", 17179869184);
-- Create index "position_organization_id_role_ended_on" to table: "positions"
CREATE INDEX `position_organization_id_role_ended_on` ON `positions` (`organization_id`, `role`, `ended_on`);
-- Create index "position_person_id_ended_on" to table: "positions"
CREATE INDEX `position_person_id_ended_on` ON `positions` (`person_id`, `ended_on`);
-- Create "projects" table
CREATE TABLE `projects` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `name_latin` text NULL, `kind` text NOT NULL, `industry` text NULL, `status` text NOT NULL DEFAULT ('PLANNED'), `started_on` datetime NULL, `investment` real NULL, `households` integer NULL, `responsibility_letter_on` datetime NULL, `accepted_on` datetime NULL, `organization_id` integer NULL, `leader_id` integer NULL, `region_id` integer NOT NULL, CONSTRAINT `projects_organizations_projects` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `projects_people_led_projects` FOREIGN KEY (`leader_id`) REFERENCES `people` (`id`) ON DELETE SET NULL, CONSTRAINT `projects_regions_projects` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- Set sequence for "projects" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("projects", 21474836480);
-- Create index "project_region_id" to table: "projects"
CREATE INDEX `project_region_id` ON `projects` (`region_id`);
-- Create index "project_leader_id" to table: "projects"
CREATE INDEX `project_leader_id` ON `projects` (`leader_id`);
-- Create index "project_organization_id" to table: "projects"
CREATE INDEX `project_organization_id` ON `projects` (`organization_id`);
-- Create "project_incomes" table
CREATE TABLE `project_incomes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `year` integer NOT NULL, `income` real NOT NULL, `project_id` integer NOT NULL, CONSTRAINT `project_incomes_projects_incomes` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- Set sequence for "project_incomes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("project_incomes", 25769803776);
-- Create index "projectincome_project_id_year" to table: "project_incomes"
CREATE UNIQUE INDEX `projectincome_project_id_year` ON `project_incomes` (`project_id`, `year`);
-- Create "regions" table
CREATE TABLE `regions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `code` text NOT NULL, `name` text NOT NULL, `name_latin` text NULL, `level` text NOT NULL, `path` text NOT NULL DEFAULT (''), `border` bool NOT NULL DEFAULT (false), `backward` bool NOT NULL DEFAULT (false), `difficult` bool NOT NULL DEFAULT (false), `households` integer NULL, `population` integer NULL, `collective_income` real NULL, `leading_industry` text NULL, `latitude` real NULL, `longitude` real NULL, `parent_id` integer NULL, CONSTRAINT `regions_regions_children` FOREIGN KEY (`parent_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- Set sequence for "regions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("regions", 30064771072);
-- Create index "regions_code_key" to table: "regions"
CREATE UNIQUE INDEX `regions_code_key` ON `regions` (`code`);
-- Create index "region_path" to table: "regions"
CREATE INDEX `region_path` ON `regions` (`path`);
-- Create index "region_level" to table: "regions"
CREATE INDEX `region_level` ON `regions` (`level`);
