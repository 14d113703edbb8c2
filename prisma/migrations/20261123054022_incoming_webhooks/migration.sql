-- CreateEnum
CREATE TYPE "PluginUpgradeMode" AS ENUM ('AUTO', 'MANUAL', 'NONE');

-- CreateEnum
CREATE TYPE "IncomingEventType" AS ENUM ('ALERT', 'RECOVERY', 'ERROR');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('CRITICAL', 'ERROR', 'WARNING', 'INFO', 'NOT_AVAILABLE', 'NONE');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('TRIGGERED', 'RESOLVED', 'ERROR');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('HIGH', 'LOW');

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN     "access_key_ciphertext" TEXT,
ADD COLUMN     "capability" JSONB,
ADD COLUMN     "last_received_at" TIMESTAMPTZ(3),
ADD COLUMN     "plugin_id" TEXT,
ADD COLUMN     "plugin_metadata" JSONB,
ADD COLUMN     "plugin_options" JSONB,
ADD COLUMN     "plugin_upgrade_mode" "PluginUpgradeMode",
ADD COLUMN     "plugin_version" TEXT,
ADD COLUMN     "requests_error" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "requests_total" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "incoming_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "alert_id" UUID,
    "project_id" TEXT NOT NULL DEFAULT '',
    "event_key" TEXT NOT NULL,
    "event_type" "IncomingEventType" NOT NULL,
    "severity" "Severity" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "rule" TEXT,
    "resource" JSONB,
    "provider" TEXT,
    "account" TEXT,
    "image_url" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "additional_info" JSONB NOT NULL DEFAULT '{}',
    "raw_data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incoming_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "project_id" TEXT NOT NULL DEFAULT '',
    "event_key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "severity" "Severity" NOT NULL,
    "urgency" "Urgency" NOT NULL,
    "state" "AlertState" NOT NULL,
    "event_count" INTEGER NOT NULL DEFAULT 1,
    "first_event_at" TIMESTAMPTZ(3) NOT NULL,
    "last_event_at" TIMESTAMPTZ(3) NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "incoming_events_tenant_id_created_at_id_idx" ON "incoming_events"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "incoming_events_webhook_id_created_at_id_idx" ON "incoming_events"("webhook_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "incoming_events_alert_id_idx" ON "incoming_events"("alert_id");

-- CreateIndex
CREATE INDEX "alerts_tenant_id_created_at_id_idx" ON "alerts"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "alerts_webhook_id_project_id_event_key_last_event_at_idx" ON "alerts"("webhook_id", "project_id", "event_key", "last_event_at");

-- AddForeignKey
ALTER TABLE "incoming_events" ADD CONSTRAINT "incoming_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incoming_events" ADD CONSTRAINT "incoming_events_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incoming_events" ADD CONSTRAINT "incoming_events_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

