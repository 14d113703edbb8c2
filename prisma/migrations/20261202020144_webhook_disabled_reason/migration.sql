-- CreateEnum
CREATE TYPE "WebhookDisabledReason" AS ENUM ('MANUAL', 'ENDPOINT_GONE');

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN     "disabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "disabled_reason" "WebhookDisabledReason";


-- Webhooks switched off before this migration were switched off by hand.
UPDATE "webhooks" SET "disabled_reason" = 'MANUAL', "disabled_at" = "updated_at" WHERE NOT "enabled";
