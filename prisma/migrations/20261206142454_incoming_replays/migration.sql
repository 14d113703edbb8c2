-- CreateTable
CREATE TABLE "incoming_replays" (
    "webhook_id" UUID NOT NULL,
    "replay_key" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "incoming_replays_pkey" PRIMARY KEY ("webhook_id","replay_key")
);

-- CreateIndex
CREATE INDEX "incoming_replays_expires_at_idx" ON "incoming_replays"("expires_at");

-- AddForeignKey
ALTER TABLE "incoming_replays" ADD CONSTRAINT "incoming_replays_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

