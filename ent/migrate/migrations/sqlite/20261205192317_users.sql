-- Create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `username` text NOT NULL, `display_name` text NOT NULL, `role` text NOT NULL, `disabled` bool NOT NULL DEFAULT (false), `password_hash` text NOT NULL, `scope_region_id` integer NULL, CONSTRAINT `users_regions_scope_region` FOREIGN KEY (`scope_region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- Set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 34359738368);
-- Create index "users_username_key" to table: "users"
CREATE UNIQUE INDEX `users_username_key` ON `users` (`username`);
