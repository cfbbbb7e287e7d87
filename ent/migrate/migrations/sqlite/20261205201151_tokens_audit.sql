-- Create "api_tokens" table
CREATE TABLE `api_tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `secret_hash` text NOT NULL, `role` text NOT NULL, `created_at` datetime NOT NULL, `expires_on` datetime NULL, `revoked_at` datetime NULL, `last_used_at` datetime NULL, `owner_id` integer NOT NULL, `scope_region_id` integer NULL, CONSTRAINT `api_tokens_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `api_tokens_regions_scope_region` FOREIGN KEY (`scope_region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- Set sequence for "api_tokens" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("api_tokens", 42949672960);
-- Create index "api_tokens_secret_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_secret_hash_key` ON `api_tokens` (`secret_hash`);
-- Create index "apitoken_owner_id" to table: "api_tokens"
CREATE INDEX `apitoken_owner_id` ON `api_tokens` (`owner_id`);
-- Create "audit_events" table
CREATE TABLE `audit_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `at` datetime NOT NULL, `actor_name` text NOT NULL, `token_id` integer NULL, `operation` text NOT NULL, `entity_type` text NOT NULL, `entity_id` integer NOT NULL, `changes` json NOT NULL, `request_id` text NOT NULL DEFAULT (''), `actor_id` integer NULL, CONSTRAINT `audit_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "audit_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("audit_events", 47244640256);
-- Create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX `auditevent_entity_id` ON `audit_events` (`entity_id`);
-- Create index "auditevent_actor_id" to table: "audit_events"
CREATE INDEX `auditevent_actor_id` ON `audit_events` (`actor_id`);
-- Create index "auditevent_at" to table: "audit_events"
CREATE INDEX `auditevent_at` ON `audit_events` (`at`);
