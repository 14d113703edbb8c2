-- Publishing checks payloads against the catalogue: the tenant's mode, a type's own, and what WARN found.
-- CreateEnum
CREATE TYPE "EventValidation" AS ENUM ('OFF', 'WARN', 'REJECT');

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "event_validation" "EventValidation" NOT NULL DEFAULT 'WARN',
ADD COLUMN     "reject_unknown_event_types" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "schema_violations" JSONB;

-- AlterTable
ALTER TABLE "event_types" ADD COLUMN     "validation" "EventValidation";

