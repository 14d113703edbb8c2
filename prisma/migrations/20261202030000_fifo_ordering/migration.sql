-- FIFO ordering: a webhook may ask for its deliveries one at a time, in publish order. Deliveries get
-- a sequence number in publish order; a FIFO webhook's delivery is claimable only while no earlier
-- one of the same webhook is unfinished, which the partial index answers without reading history.

-- CreateEnum
CREATE TYPE "WebhookOrdering" AS ENUM ('UNORDERED', 'FIFO');

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN "ordering" "WebhookOrdering" NOT NULL DEFAULT 'UNORDERED';

-- AlterTable
ALTER TABLE "deliveries" ADD COLUMN "seq" BIGSERIAL NOT NULL;

-- Prisma's schema cannot say a partial index (see the Delivery model).
CREATE INDEX "deliveries_webhook_id_seq_idx" ON "deliveries"("webhook_id", "seq") WHERE "status" IN ('PENDING', 'FAILED');
