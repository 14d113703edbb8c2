-- An incoming request's body is stored once, in incoming_requests, and its events point to it: a
-- request of N events used to store N copies of the body.

-- CreateTable
CREATE TABLE "incoming_requests" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incoming_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "incoming_requests_webhook_id_created_at_idx" ON "incoming_requests"("webhook_id", "created_at");

-- AddForeignKey
ALTER TABLE "incoming_requests" ADD CONSTRAINT "incoming_requests_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incoming_requests" ADD CONSTRAINT "incoming_requests_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing events: the events of one request were stored together, with one created_at and one body.
ALTER TABLE "incoming_events" ADD COLUMN "request_id" UUID;

INSERT INTO "incoming_requests" ("id", "tenant_id", "webhook_id", "body", "created_at")
SELECT gen_random_uuid(), "tenant_id", "webhook_id", "raw_data", "created_at"
FROM (SELECT DISTINCT "tenant_id", "webhook_id", "created_at", "raw_data" FROM "incoming_events") AS requests;

UPDATE "incoming_events" e SET "request_id" = r."id"
FROM "incoming_requests" r
WHERE r."webhook_id" = e."webhook_id" AND r."created_at" = e."created_at" AND r."body" = e."raw_data";

ALTER TABLE "incoming_events" ALTER COLUMN "request_id" SET NOT NULL, DROP COLUMN "raw_data";

-- CreateIndex
CREATE INDEX "incoming_events_request_id_idx" ON "incoming_events"("request_id");

-- AddForeignKey
ALTER TABLE "incoming_events" ADD CONSTRAINT "incoming_events_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "incoming_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
