-- Request authentication for incoming webhooks: besides the secret URL, a sender may have to send a
-- bearer token, basic credentials, or sign the body (HMAC-SHA256 as Grafana and GitHub do, or
-- Standard Webhooks). The secret part is encrypted with SECRETS_KEY.

-- CreateEnum
CREATE TYPE "IncomingAuthenticationType" AS ENUM ('NONE', 'BEARER_TOKEN', 'BASIC', 'HMAC_SHA256', 'STANDARD_WEBHOOKS');

-- AlterTable
ALTER TABLE "webhooks" ADD COLUMN     "authentication_type" "IncomingAuthenticationType" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "authentication_settings" JSONB,
ADD COLUMN     "authentication_secret_ciphertext" TEXT,
ADD COLUMN     "authentication_secret_hint" TEXT;
