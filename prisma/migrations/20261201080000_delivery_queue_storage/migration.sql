-- Every delivery row is updated twice (claimed, then its attempt recorded). Free room on each page lets
-- the claim's update (lease columns only, none indexed) stay on its page as a heap-only tuple, without
-- a new entry in each of the table's five indexes.
ALTER TABLE "deliveries" SET (fillfactor = 70);

-- Only due deliveries are looked up by next_attempt_at; finished ones (NULL) need no entry.
DROP INDEX "deliveries_next_attempt_at_idx";
CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries"("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL;
