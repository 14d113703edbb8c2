-- A tenant's own incoming-webhook plugins: services speaking the plugin protocol (POST {url}/init,
-- /verify, /parse), registered with registerPlugin.

-- CreateTable
CREATE TABLE "registered_plugins" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL,
    "versions" TEXT[],
    "authentication_types" "IncomingAuthenticationType"[],
    "secret_ciphertext" TEXT NOT NULL,
    "secret_hint" TEXT NOT NULL,
    "timeout_ms" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registered_plugins_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "registered_plugins_tenant_id_plugin_id_key" ON "registered_plugins"("tenant_id", "plugin_id");

-- AddForeignKey
ALTER TABLE "registered_plugins" ADD CONSTRAINT "registered_plugins_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
