-- Drop index "trainingattendance_course_id_person_id" from table: "training_attendances"
DROP INDEX "trainingattendance_course_id_person_id";
-- Create index "trainingattendance_course_id_person_id" to table: "training_attendances"
CREATE UNIQUE INDEX "trainingattendance_course_id_person_id" ON "training_attendances" ("course_id", "person_id") INCLUDE ("days", "completed");
