-- Erasure also erases the incoming events an erased monitoring.event.received event announced (and their
-- requests' bodies); the audit counts them.
-- AlterTable
ALTER TABLE "erasures" ADD COLUMN     "incoming_event_count" INTEGER NOT NULL DEFAULT 0;

