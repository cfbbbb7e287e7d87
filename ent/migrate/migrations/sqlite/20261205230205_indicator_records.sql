-- Create "appraisals" table
CREATE TABLE `appraisals` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `year` integer NOT NULL, `kind` text NOT NULL, `rating` text NOT NULL, `note` text NULL, `organization_id` integer NULL, `person_id` integer NULL, CONSTRAINT `appraisals_organizations_appraisals` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `appraisals_people_appraisals` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`) ON DELETE SET NULL);
-- Set sequence for "appraisals" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("appraisals", 55834574848);
-- Create index "appraisal_organization_id_year" to table: "appraisals"
CREATE INDEX `appraisal_organization_id_year` ON `appraisals` (`organization_id`, `year`);
-- Create index "appraisal_person_id_year" to table: "appraisals"
CREATE INDEX `appraisal_person_id_year` ON `appraisals` (`person_id`, `year`);
-- Create "commendations" table
CREATE TABLE `commendations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `year` integer NOT NULL, `title` text NOT NULL, `awarded_by` text NULL, `bonus` real NULL, `organization_id` integer NULL, `person_id` integer NULL, CONSTRAINT `commendations_organizations_commendations` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL, CONSTRAINT `commendations_people_commendations` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`) ON DELETE SET NULL);
-- Set sequence for "commendations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("commendations", 60129542144);
-- Create index "commendation_organization_id_year" to table: "commendations"
CREATE INDEX `commendation_organization_id_year` ON `commendations` (`organization_id`, `year`);
-- Create index "commendation_person_id_year" to table: "commendations"
CREATE INDEX `commendation_person_id_year` ON `commendations` (`person_id`, `year`);
-- Create "indicator_targets" table
CREATE TABLE `indicator_targets` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `code` text NOT NULL, `target` real NOT NULL, `deadline` datetime NULL, `note` text NULL);
-- Set sequence for "indicator_targets" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("indicator_targets", 64424509440);
-- Create index "indicatortarget_code" to table: "indicator_targets"
CREATE UNIQUE INDEX `indicatortarget_code` ON `indicator_targets` (`code`);
-- Create "rural_incomes" table
CREATE TABLE `rural_incomes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `year` integer NOT NULL, `income_per_head` real NOT NULL, `source` text NULL);
-- Set sequence for "rural_incomes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("rural_incomes", 68719476736);
-- Create index "rural_incomes_year_key" to table: "rural_incomes"
CREATE UNIQUE INDEX `rural_incomes_year_key` ON `rural_incomes` (`year`);
-- Create "training_attendances" table
CREATE TABLE `training_attendances` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `days` integer NOT NULL, `completed` bool NOT NULL DEFAULT (false), `person_id` integer NOT NULL, `course_id` integer NOT NULL, CONSTRAINT `training_attendances_people_attendances` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`) ON DELETE NO ACTION, CONSTRAINT `training_attendances_training_courses_attendances` FOREIGN KEY (`course_id`) REFERENCES `training_courses` (`id`) ON DELETE CASCADE);
-- Set sequence for "training_attendances" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("training_attendances", 73014444032);
-- Create index "trainingattendance_course_id_person_id" to table: "training_attendances"
CREATE UNIQUE INDEX `trainingattendance_course_id_person_id` ON `training_attendances` (`course_id`, `person_id`);
-- Create index "trainingattendance_person_id" to table: "training_attendances"
CREATE INDEX `trainingattendance_person_id` ON `training_attendances` (`person_id`);
-- Create "training_courses" table
CREATE TABLE `training_courses` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `organizer_level` text NOT NULL, `kind` text NOT NULL, `starts_on` datetime NOT NULL, `ends_on` datetime NOT NULL, `days` integer NOT NULL, `capacity` integer NULL, `region_id` integer NOT NULL, CONSTRAINT `training_courses_regions_training_courses` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- Set sequence for "training_courses" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("training_courses", 77309411328);
-- Create index "trainingcourse_region_id" to table: "training_courses"
CREATE INDEX `trainingcourse_region_id` ON `training_courses` (`region_id`);
-- Create index "trainingcourse_starts_on" to table: "training_courses"
CREATE INDEX `trainingcourse_starts_on` ON `training_courses` (`starts_on`);
-- Create "venues" table
CREATE TABLE `venues` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NULL, `built_on` datetime NULL, `area` real NULL, `condition` text NOT NULL DEFAULT ('GOOD'), `functions` json NULL, `region_id` integer NOT NULL, CONSTRAINT `venues_regions_venues` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- Set sequence for "venues" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("venues", 81604378624);
-- Create index "venue_region_id" to table: "venues"
CREATE INDEX `venue_region_id` ON `venues` (`region_id`);
