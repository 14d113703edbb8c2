// The HTTP request for one attempt of a delivery: the Standard Webhooks body and headers, signed with
// every secret the webhook currently signs with.
import type { Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { activeSigningSecrets, type HttpHeader } from "../webhooks/outgoing-webhooks.js";
import { signatureHeader } from "./signing.js";
import { PACKAGE_NAME, PACKAGE_VERSION } from "../package-info.js";
import type { OutgoingRequest } from "./http-sender.js";

export const USER_AGENT = `${PACKAGE_NAME}/${PACKAGE_VERSION} (webhook delivery)`;

/** What is sent: the same for every attempt and every redelivery, apart from the timestamp. */
export interface WebhookMessage {
  /** The webhook-id header and the body's "id". */
  messageId: string;
  type: string;
  occurredAt: Date;
  payload: unknown;
}

export type DeliveryTarget = Pick<Webhook, "url" | "headers" | "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt">;

/** The webhook-id of an event's deliveries: receivers de-duplicate on it. */
export function messageIdOf(eventId: string): string {
  return `msg_${eventId.replaceAll("-", "")}`;
}

/** The event a webhook-id names (messageIdOf's inverse); null when `messageId` is not one of ours. */
export function eventIdOfMessageId(messageId: string): string | null {
  const hex = /^msg_([0-9a-f]{32})$/.exec(messageId)?.[1];
  return hex ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` : null;
}

export function buildWebhookRequest(target: DeliveryTarget, message: WebhookMessage, secretBox: SecretBox, timeoutMs: number, now = new Date()): OutgoingRequest {
  const body = JSON.stringify({ id: message.messageId, type: message.type, timestamp: message.occurredAt.toISOString(), data: message.payload });
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers: Record<string, string | string[]> = {};
  for (const header of target.headers as unknown as HttpHeader[]) headers[header.name.toLowerCase()] = header.values;
  Object.assign(headers, {
    "content-type": "application/json",
    "user-agent": USER_AGENT,
    "webhook-id": message.messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signatureHeader(activeSigningSecrets(target, secretBox, now), message.messageId, timestamp, body),
  });
  return { url: target.url ?? "", headers, body, timeoutMs };
}
