// Standard Webhooks signatures (https://www.standardwebhooks.com): HMAC-SHA256 over
// "{webhook-id}.{webhook-timestamp}.{body}" with the secret's bytes, base64, prefixed "v1,".
import { createHmac } from "node:crypto";

function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64");
}

/** One v1 signature, base64, without its "v1," prefix. */
export function standardWebhookSignature(
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string | Buffer,
): string {
  return createHmac("sha256", secretBytes(secret))
    .update(`${messageId}.${timestampSeconds}.`)
    .update(body)
    .digest("base64");
}

/** The webhook-signature header value: one signature per secret, space-separated (several during a rotation). */
export function signatureHeader(secrets: string[], messageId: string, timestampSeconds: number, body: string): string {
  return secrets.map((secret) => `v1,${standardWebhookSignature(secret, messageId, timestampSeconds, body)}`).join(" ");
}
