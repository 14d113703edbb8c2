// Standard Webhooks signing secrets: "whsec_" + base64 of 24-64 random bytes.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";

export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** A signing secret someone supplies: whsec_ and the base64 of 24-64 bytes. */
export const signingSecretSchema = z.string().superRefine((secret, context) => {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  if (!match?.[1]) return void context.addIssue({ code: "custom", message: "must be whsec_ followed by base64" });
  const length = Buffer.from(match[1], "base64").length;
  if (length < 24 || length > 64) context.addIssue({ code: "custom", message: "must encode 24 to 64 bytes" });
});

export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/** The secrets that sign a delivery now: the current one, and the previous one until it expires. */
export function activeSigningSecrets(
  webhook: Pick<Webhook, "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt">,
  secretBox: SecretBox,
  now = new Date(),
): string[] {
  const secrets = webhook.secretCiphertext ? [secretBox.decrypt(webhook.secretCiphertext)] : [];
  if (webhook.previousSecretCiphertext && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now) {
    secrets.push(secretBox.decrypt(webhook.previousSecretCiphertext));
  }
  return secrets;
}
