// Operational events: what the service tells a tenant about its own webhooks, through the tenant's
// webhooks that subscribe to them (by name or "hookrelay.*"; "*" does not include them). A webhook
// never hears about itself (the event would go where things are failing), and the exhaustion of an
// operational event's delivery announces nothing (two failing webhooks would otherwise tell each
// other forever). They are published right after the attempts that caused them are written, in a
// statement of their own: a worker that stops in between loses them (at most once).
import type { RecordedAttempt } from "./delivery-queue.js";
import {
  DELIVERY_EXHAUSTED,
  WEBHOOK_DISABLED,
  WEBHOOK_SUSPENDED,
  WEBHOOK_UNSUSPENDED,
  isOperationalEventType,
} from "../webhooks/event-types.js";
import type { EventToInsert, EventWriter } from "../events/events.js";

/** An event about `webhook` for its tenant's other webhooks. */
function about(
  tenantId: string,
  webhook: { id: string; name: string },
  type: string,
  payload: Record<string, unknown>,
): EventToInsert {
  return {
    tenantId,
    excludeWebhookId: webhook.id,
    input: { type, payload: { webhook: { id: webhook.id, name: webhook.name }, ...payload } },
  };
}

const lastResponse = (attempt: RecordedAttempt) => ({
  status: attempt.responseStatus,
  trigger: attempt.failureTrigger,
  message: attempt.failureMessage,
});

/** The operational events a batch of written attempts causes. */
function operationalEventsOf(recorded: RecordedAttempt[]): EventToInsert[] {
  const events: EventToInsert[] = [];
  const announced = new Set<string>();
  for (const attempt of recorded) {
    if (attempt.isTest) continue;
    if (
      (attempt.status === "DIVERTED" || attempt.status === "DISCARDED") &&
      !isOperationalEventType(attempt.event.type)
    ) {
      events.push(
        about(attempt.tenantId, attempt.webhook, DELIVERY_EXHAUSTED, {
          delivery: {
            id: attempt.deliveryId,
            status: attempt.status,
            attemptCount: attempt.attemptCount,
            messageId: attempt.event.messageId,
          },
          event: { id: attempt.event.id, type: attempt.event.type },
          trigger: attempt.failureTrigger,
          lastResponse: lastResponse(attempt),
        }),
      );
    }
    if (attempt.webhookSuspended && !announced.has(`s:${attempt.webhook.id}`)) {
      announced.add(`s:${attempt.webhook.id}`);
      events.push(
        about(attempt.tenantId, attempt.webhook, WEBHOOK_SUSPENDED, {
          reason: attempt.suspendReason,
          trigger: attempt.failureTrigger,
          lastResponse: lastResponse(attempt),
        }),
      );
    }
    if (attempt.webhookDisabled && !announced.has(`d:${attempt.webhook.id}`)) {
      announced.add(`d:${attempt.webhook.id}`);
      events.push(
        about(attempt.tenantId, attempt.webhook, WEBHOOK_DISABLED, {
          reason: "ENDPOINT_GONE",
          trigger: attempt.failureTrigger,
          lastResponse: lastResponse(attempt),
        }),
      );
    }
  }
  return events;
}

/** Publishes what a batch of written attempts caused (nothing, usually: no statement then). */
export async function publishOperationalEvents(writer: EventWriter, recorded: RecordedAttempt[]): Promise<void> {
  const events = operationalEventsOf(recorded);
  if (events.length > 0) await writer.add(events);
}

/** The event unsuspendWebhook publishes (within its transaction). */
export function unsuspendedEvent(
  tenantId: string,
  webhook: { id: string; name: string },
  resentCount: number,
): EventToInsert {
  return about(tenantId, webhook, WEBHOOK_UNSUSPENDED, { resentCount });
}
