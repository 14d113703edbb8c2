-- A keyed hash of each incoming webhook's access key, so the webhooks filter can match a key or a URL
-- without decrypting the table. The service writes it for existing rows when it starts (the key that
-- makes it is the service's, not the database's).

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN     "access_key_digest" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_access_key_digest_key" ON "webhooks"("access_key_digest");
