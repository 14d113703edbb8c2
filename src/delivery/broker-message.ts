// What a broker destination publishes for one attempt: the request an HTTP webhook would be sent
// (the Standard Webhooks body and headers, signed), published to the target the settings' template
// names for the event's type.
import type { SecretBox } from "../crypto/secret-box.js";
import {
  TEMPLATE_PLACEHOLDER,
  isBrokerType,
  type BrokerType,
  type StoredDestination,
} from "../outgoing/destination-settings.js";
import type { BrokerMessage } from "../brokers/broker-client.js";
import type { BrokerDestination } from "../brokers/connect.js";
import { destinationSecret } from "../destinations/render.js";
import type { OutgoingRequest } from "./http-sender.js";
import type { DeliveryTarget, WebhookMessage } from "./webhook-request.js";

export type StoredBrokerDestination = Extract<StoredDestination, { type: BrokerType }>;

export const isBrokerDestination = (destination: StoredDestination): destination is StoredBrokerDestination =>
  isBrokerType(destination.type);

/** The routing key, subject, stream key or topic a message of `eventType` is published to. */
export function brokerTargetOf(destination: StoredBrokerDestination, eventType: string): string {
  const template = (() => {
    switch (destination.type) {
      case "RABBITMQ":
        return destination.settings.routingKeyTemplate;
      case "NATS_JETSTREAM":
        return destination.settings.subjectTemplate;
      case "REDIS_STREAM":
        return destination.settings.streamKeyTemplate;
      case "MQTT":
        return destination.settings.topicTemplate;
    }
  })();
  return template.replaceAll(TEMPLATE_PLACEHOLDER, eventType);
}

/** The message for `request` (as buildWebhookRequest made it): its body and headers, user-agent aside. */
export function brokerMessageOf(
  destination: StoredBrokerDestination,
  request: OutgoingRequest,
  message: WebhookMessage,
  deliveryId: string,
): BrokerMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (name !== "user-agent") headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return {
    target: brokerTargetOf(destination, message.type),
    body: request.body ?? "",
    headers,
    messageId: message.messageId,
    deliveryId,
    type: message.type,
  };
}

/** Where to publish: the webhook's URL and settings, its password decrypted. */
export function brokerDestinationOf(
  target: DeliveryTarget,
  destination: StoredBrokerDestination,
  secretBox: SecretBox,
): BrokerDestination {
  // The union is keyed by type; TypeScript cannot carry the settings' type across the spread.
  return {
    webhookId: target.id,
    url: target.url,
    type: destination.type,
    settings: destination.settings,
    password: destinationSecret(destination, secretBox),
  } as BrokerDestination;
}
