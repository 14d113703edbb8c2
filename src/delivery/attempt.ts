// One attempt of a delivery: the request its webhook makes of the message, sent (POSTed, or published
// to a broker), and the outcome as the receiver's answer and its destination type's body say. Shared
// by the worker and testWebhook.
import type { SecretBox } from "../crypto/secret-box.js";
import type { FailureHandling } from "../outgoing/failure-handling.js";
import type { AttemptOutcome, OutgoingRequest, WebhookSender } from "./http-sender.js";
import type { BrokerSender } from "./broker-sender.js";
import { brokerDestinationOf, brokerMessageOf, isBrokerDestination } from "./broker-message.js";
import { storedDestinationOf } from "../outgoing/destination-settings.js";
import { buildWebhookRequest, type DeliveryTarget, type WebhookMessage } from "./webhook-request.js";
import { TransformError } from "../transforms/jsonata-body.js";
import { refusalIn } from "../destinations/answers.js";

/** What sends attempts: HTTP for most types, the brokers' clients for broker types. */
export interface DeliverySenders {
  http: WebhookSender;
  brokers: BrokerSender;
}

/** Sends one attempt of delivery `deliveryId`; `signal` aborts it early (a worker stopping). */
export async function attemptDelivery(
  senders: DeliverySenders,
  secretBox: SecretBox,
  target: DeliveryTarget,
  message: WebhookMessage,
  handling: FailureHandling,
  attempt: { deliveryId: string; signal?: AbortSignal },
): Promise<{ request: OutgoingRequest; outcome: AttemptOutcome }> {
  const startedAt = new Date();
  const destination = storedDestinationOf(target);
  let request: OutgoingRequest;
  try {
    request = {
      ...(await buildWebhookRequest(
        target,
        destination,
        message,
        secretBox,
        handling.timeoutSeconds * 1000,
        startedAt,
      )),
      signal: attempt.signal,
    };
  } catch (error) {
    if (!(error instanceof TransformError)) throw error;
    // Nothing is sent: the attempt records the failure, and the request as far as it was made.
    const outcome: AttemptOutcome = {
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      responseStatus: null,
      responseHeaders: null,
      responseBody: null,
      succeeded: false,
      failureTrigger: "TRANSFORM_ERROR",
      failureMessage: error.message,
    };
    return {
      request: { url: target.url, headers: {}, body: "", timeoutMs: handling.timeoutSeconds * 1000 },
      outcome,
    };
  }
  if (isBrokerDestination(destination)) {
    const outcome = await senders.brokers.publish(
      brokerDestinationOf(target, destination, secretBox),
      brokerMessageOf(destination, request, message, attempt.deliveryId),
      request.timeoutMs,
      attempt.signal,
    );
    return { request, outcome };
  }
  const outcome = await senders.http.send(request);
  // A 2xx the service's body says it refused is a failure the receiver's status did not show (answers.ts).
  const refusal = outcome.succeeded ? refusalIn(target.destinationType, outcome.responseBody) : null;
  return {
    request,
    outcome: refusal ? { ...outcome, succeeded: false, failureTrigger: "HTTP_4XX", failureMessage: refusal } : outcome,
  };
}
