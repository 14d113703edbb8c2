-- The event type catalogue: each type with its schema versions and their examples.
-- CreateEnum
CREATE TYPE "EventTypeCompatibility" AS ENUM ('BACKWARD', 'BREAKING');

-- CreateTable
CREATE TABLE "event_types" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "group" TEXT,
    "deprecated_at" TIMESTAMPTZ(3),
    "deprecation_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_type_versions" (
    "id" UUID NOT NULL,
    "event_type_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "schema" JSONB NOT NULL,
    "examples" JSONB NOT NULL DEFAULT '[]',
    "compatibility" "EventTypeCompatibility",
    "breaking_changes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_type_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_types_tenant_id_name_key" ON "event_types"("tenant_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "event_type_versions_event_type_id_version_key" ON "event_type_versions"("event_type_id", "version");

-- AddForeignKey
ALTER TABLE "event_types" ADD CONSTRAINT "event_types_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_type_versions" ADD CONSTRAINT "event_type_versions_event_type_id_fkey" FOREIGN KEY ("event_type_id") REFERENCES "event_types"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The catalogue's scopes. A key holding tenant:admin may make keys with any scope, so it gets both.
UPDATE "api_keys" SET "scopes" = "scopes" || ARRAY['events:view', 'events:manage']::TEXT[]
WHERE 'tenant:admin' = ANY("scopes") AND NOT ('events:view' = ANY("scopes"));
