-- Create "twinning_transitions" table
CREATE TABLE `twinning_transitions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `from_status` text NULL, `to_status` text NOT NULL, `occurred_on` datetime NOT NULL, `reason` text NULL, `actor_id` integer NULL, `actor_name` text NOT NULL DEFAULT (''), `link_id` integer NOT NULL, CONSTRAINT `twinning_transitions_links_transitions` FOREIGN KEY (`link_id`) REFERENCES `links` (`id`) ON DELETE CASCADE);
-- Set sequence for "twinning_transitions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("twinning_transitions", 85899345920);
-- Create index "twinningtransition_link_id_occurred_on" to table: "twinning_transitions"
CREATE INDEX `twinningtransition_link_id_occurred_on` ON `twinning_transitions` (`link_id`, `occurred_on`);
