-- CreateEnum
CREATE TYPE "WebhookDestinationType" AS ENUM ('STANDARD', 'SLACK', 'DISCORD', 'MICROSOFT_TEAMS', 'GOOGLE_CHAT', 'FEISHU', 'PAGERDUTY', 'OPSGENIE', 'DATADOG', 'SPLUNK', 'CUSTOM');

-- AlterEnum
ALTER TYPE "FailureTrigger" ADD VALUE 'TRANSFORM_ERROR';

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN     "destination_secret_ciphertext" TEXT,
ADD COLUMN     "destination_secret_hint" TEXT,
ADD COLUMN     "destination_settings" JSONB,
ADD COLUMN     "destination_type" "WebhookDestinationType" NOT NULL DEFAULT 'STANDARD';

