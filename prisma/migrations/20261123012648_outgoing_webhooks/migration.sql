-- CreateEnum
CREATE TYPE "WebhookKind" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateTable
CREATE TABLE "webhooks" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "kind" "WebhookKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "project_id" TEXT NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "url" TEXT,
    "headers" JSONB NOT NULL DEFAULT '[]',
    "event_types" TEXT[],
    "secret_ciphertext" TEXT,
    "secret_hint" TEXT,
    "previous_secret_ciphertext" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ(3),
    "failure_handling" JSONB,
    "suspended_at" TIMESTAMPTZ(3),
    "suspend_reason" TEXT,
    "last_success_at" TIMESTAMPTZ(3),
    "last_failure_at" TIMESTAMPTZ(3),
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhooks_tenant_id_created_at_id_idx" ON "webhooks"("tenant_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhooks_tenant_id_updated_at_id_idx" ON "webhooks"("tenant_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "webhooks_event_types_idx" ON "webhooks" USING GIN ("event_types");

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_tenant_id_project_id_name_key" ON "webhooks"("tenant_id", "project_id", "name");

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

