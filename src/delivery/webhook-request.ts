// The HTTP request for one attempt of a delivery: the body its destination type makes of the message,
// with the Standard Webhooks headers, signed with every secret the webhook currently signs with.
import type { SecretBox } from "../crypto/secret-box.js";
import type { OutgoingWebhook } from "../outgoing/outgoing-webhook-row.js";
import { activeSigningSecrets } from "../signing/signing-secrets.js";
import { signatureHeader } from "../signing/signing.js";
import { PACKAGE_NAME, PACKAGE_VERSION } from "../common/package-info.js";
import type { OutgoingRequest } from "./http-sender.js";
import { type DestinationColumns, type StoredDestination } from "../outgoing/destination-settings.js";
import { destinationSecret, renderDestination } from "../destinations/render.js";
import type { RenderedRequest } from "../destinations/rendered.js";

export const USER_AGENT = `${PACKAGE_NAME}/${PACKAGE_VERSION} (webhook delivery)`;

/** What is sent: the same for every attempt and every redelivery, apart from the timestamp. */
export interface WebhookMessage {
  /** The webhook-id header and the body's "id". */
  messageId: string;
  type: string;
  occurredAt: Date;
  payload: unknown;
}

export type DeliveryTarget = Pick<
  OutgoingWebhook,
  "id" | "name" | "url" | "headers" | "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt"
> &
  DestinationColumns;

/**
 * The request for one attempt: the destination type's body (Standard Webhooks JSON by default), the
 * webhook's headers, then the type's own (authentication), then the Standard Webhooks headers, signed
 * over the body as sent. Throws TransformError when a CUSTOM expression cannot make the body.
 */
export async function buildWebhookRequest(
  target: DeliveryTarget,
  destination: StoredDestination,
  message: WebhookMessage,
  secretBox: SecretBox,
  timeoutMs: number,
  now = new Date(),
): Promise<OutgoingRequest> {
  const rendered = await renderFor(target, destination, message, destinationSecret(destination, secretBox));
  const body = bodyOf(rendered);
  const timestamp = Math.floor(now.getTime() / 1000);
  const signature = signatureHeader(activeSigningSecrets(target, secretBox, now), message.messageId, timestamp, body);
  return { url: rendered.url, headers: headersOf(target, message, rendered, timestamp, signature), body, timeoutMs };
}

/**
 * What buildWebhookRequest would send, without secrets: the type's credential appears as its hint
 * ("****1a2b") and the signature is not computed (a preview must not sign a body its caller chose).
 */
export async function previewWebhookRequest(
  target: DeliveryTarget,
  destination: StoredDestination,
  message: WebhookMessage,
  now = new Date(),
): Promise<Omit<OutgoingRequest, "timeoutMs">> {
  const rendered = await renderFor(
    target,
    destination,
    message,
    destination.secretHint === null ? null : `****${destination.secretHint}`,
  );
  return {
    url: rendered.url,
    headers: headersOf(target, message, rendered, Math.floor(now.getTime() / 1000), "v1,<computed when sent>"),
    body: bodyOf(rendered),
  };
}

/** The message rendered for the target's destination (its parsed columns), with the type's secret as given. */
function renderFor(
  target: DeliveryTarget,
  destination: StoredDestination,
  message: WebhookMessage,
  secret: string | null,
): Promise<RenderedRequest> {
  return renderDestination(
    destination,
    { ...message, webhook: { id: target.id, name: target.name } },
    target.url,
    secret,
  );
}

const bodyOf = (rendered: RenderedRequest) =>
  typeof rendered.body === "string" ? rendered.body : JSON.stringify(rendered.body);

function headersOf(
  target: DeliveryTarget,
  message: WebhookMessage,
  rendered: RenderedRequest,
  timestamp: number,
  signature: string,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const header of target.headers) headers[header.name.toLowerCase()] = header.values;
  return Object.assign(headers, rendered.headers, {
    "content-type": rendered.contentType,
    "user-agent": USER_AGENT,
    "webhook-id": message.messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signature,
  });
}
