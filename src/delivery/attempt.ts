// One attempt of a delivery: the request its webhook makes of the message, sent, and the outcome as
// the receiver's answer and its destination type's body say. Shared by the worker and testWebhook.
import type { SecretBox } from "../crypto/secret-box.js";
import type { FailureHandling } from "../outgoing/failure-handling.js";
import type { AttemptOutcome, OutgoingRequest, WebhookSender } from "./http-sender.js";
import { buildWebhookRequest, type DeliveryTarget, type WebhookMessage } from "./webhook-request.js";
import { TransformError } from "../transforms/jsonata-body.js";
import { refusalIn } from "../destinations/answers.js";

/** Sends one attempt of a delivery. */
export async function attemptDelivery(
  sender: WebhookSender,
  secretBox: SecretBox,
  target: DeliveryTarget,
  message: WebhookMessage,
  handling: FailureHandling,
  signal?: AbortSignal,
): Promise<{ request: OutgoingRequest; outcome: AttemptOutcome }> {
  const startedAt = new Date();
  let request: OutgoingRequest;
  try {
    request = {
      ...(await buildWebhookRequest(target, message, secretBox, handling.timeoutSeconds * 1000, startedAt)),
      signal,
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
  const outcome = await sender.send(request);
  // A 2xx the service's body says it refused is a failure the receiver's status did not show (answers.ts).
  const refusal = outcome.succeeded ? refusalIn(target.destinationType, outcome.responseBody) : null;
  return {
    request,
    outcome: refusal ? { ...outcome, succeeded: false, failureTrigger: "HTTP_4XX", failureMessage: refusal } : outcome,
  };
}
