-- Erasure: whom an event is about (subject), when its content was expunged, and the audit of erasures.
-- CreateEnum
CREATE TYPE "ErasureKind" AS ENUM ('EXPUNGE_EVENT', 'ERASE_EVENTS');

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "content_expunged_at" TIMESTAMPTZ(3),
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "erasures" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" "ErasureKind" NOT NULL,
    "key_prefix" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "event_count" INTEGER NOT NULL,
    "attempt_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "erasures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "erasures_tenant_id_created_at_id_idx" ON "erasures"("tenant_id", "created_at", "id");

-- Partial, so that events published without a subject (most) cost the index nothing.
CREATE INDEX "events_tenant_id_subject_idx" ON "events"("tenant_id", "subject") WHERE "subject" IS NOT NULL;

-- AddForeignKey
ALTER TABLE "erasures" ADD CONSTRAINT "erasures_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

