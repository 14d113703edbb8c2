-- IncomingWebhook.alerts reads each webhook's newest alerts first, a page per webhook, from this index.

-- CreateIndex
CREATE INDEX "alerts_webhook_id_created_at_id_idx" ON "alerts"("webhook_id", "created_at", "id");
