// Storing what an incoming webhook received: each normalized event is written, de-duplicated into an
// alert by its key, and published to outgoing webhooks, all in one transaction.
import { Prisma, type Alert, type IncomingEvent, type PrismaClient, type Severity, type Urgency, type Webhook } from "../generated/prisma/client.js";
import { MAX_PAYLOAD_BYTES, publishEventWithin } from "../events/events.js";
import type { NormalizedEvent } from "./plugins/plugin.js";

/** Seconds within which events with one key attach to one alert, unless the plugin says otherwise. */
export const DEFAULT_DUPLICATE_EVENT_TIME = 600;
// Serialises events with the same key in one webhook (the second number is the key's hash).
const ALERT_LOCK_KEY = 4_210_003;

export const EVENT_RECEIVED = "monitoring.event.received";
export const ALERT_TRIGGERED = "monitoring.alert.triggered";
export const ALERT_RESOLVED = "monitoring.alert.resolved";

export function urgencyOf(severity: Severity): Urgency {
  return severity === "CRITICAL" || severity === "ERROR" || severity === "NOT_AVAILABLE" ? "HIGH" : "LOW";
}

export type ReceivingWebhook = Pick<Webhook, "id" | "tenantId" | "name" | "projectId" | "pluginMetadata">;

export function duplicateEventTimeOf(webhook: Pick<Webhook, "pluginMetadata">): number {
  const metadata = webhook.pluginMetadata as { duplicateEventTime?: unknown } | null;
  return typeof metadata?.duplicateEventTime === "number" ? metadata.duplicateEventTime : DEFAULT_DUPLICATE_EVENT_TIME;
}

/** What outgoing webhooks receive about an incoming event: everything but the raw body, within the payload limit. */
function eventPayload(event: IncomingEvent, webhook: ReceivingWebhook): Record<string, unknown> {
  const { rawData: _raw, tenantId: _tenant, ...fields } = event;
  const payload: Record<string, unknown> = { event: fields, webhook: { id: webhook.id, name: webhook.name } };
  if (Buffer.byteLength(JSON.stringify(payload)) <= MAX_PAYLOAD_BYTES - 1024) return payload;
  return { event: { ...fields, description: fields.description?.slice(0, 4096) ?? null, additionalInfo: null, truncated: true }, webhook: payload.webhook };
}

function alertPayload(alert: Alert, webhook: ReceivingWebhook): Record<string, unknown> {
  const { tenantId: _tenant, ...fields } = alert;
  return { alert: { ...fields, description: fields.description?.slice(0, 65_536) ?? null }, webhook: { id: webhook.id, name: webhook.name } };
}

/** Attaches the event to an alert per the de-duplication rules; returns the alert and what changed. */
async function alertFor(tx: Prisma.TransactionClient, webhook: ReceivingWebhook, event: NormalizedEvent, now: Date): Promise<{ alert: Alert | null; change: "opened" | "resolved" | "repeated" | null }> {
  const open = await tx.alert.findFirst({
    where: { webhookId: webhook.id, projectId: webhook.projectId, eventKey: event.eventKey, state: { in: ["TRIGGERED", "ERROR"] } },
    orderBy: { lastEventAt: "desc" },
  });
  if (event.eventType === "RECOVERY") {
    if (!open) return { alert: null, change: null };
    const alert = await tx.alert.update({
      where: { id: open.id },
      data: { state: "RESOLVED", resolvedAt: now, lastEventAt: now, eventCount: { increment: 1 } },
    });
    return { alert, change: "resolved" };
  }
  const windowStart = new Date(now.getTime() - duplicateEventTimeOf(webhook) * 1000);
  if (open && open.lastEventAt >= windowStart) {
    const alert = await tx.alert.update({
      where: { id: open.id },
      data: { description: event.description ?? open.description, lastEventAt: now, eventCount: { increment: 1 } },
    });
    return { alert, change: "repeated" };
  }
  const alert = await tx.alert.create({
    data: {
      tenantId: webhook.tenantId,
      webhookId: webhook.id,
      projectId: webhook.projectId,
      eventKey: event.eventKey,
      title: event.title,
      description: event.description ?? null,
      severity: event.severity,
      urgency: urgencyOf(event.severity),
      state: event.eventType === "ERROR" ? "ERROR" : "TRIGGERED",
      firstEventAt: now,
      lastEventAt: now,
    },
  });
  return { alert, change: "opened" };
}

/**
 * Stores the events parsed from one request, with their alerts and the outgoing events announcing
 * them, in one transaction; also counts the request on the webhook. Returns the stored events.
 */
export async function storeIncomingEvents(
  prisma: PrismaClient,
  webhook: ReceivingWebhook,
  events: NormalizedEvent[],
  /** The body as received (any JSON value). */
  rawData: unknown,
  { failedRequest = false, now = new Date() }: { failedRequest?: boolean; now?: Date } = {},
): Promise<IncomingEvent[]> {
  return prisma.$transaction(async (tx) => {
    // Locks taken in one order, so two requests sharing keys cannot deadlock.
    const keys = [...new Set(events.map((event) => event.eventKey))].sort();
    for (const key of keys) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ALERT_LOCK_KEY}::int, hashtext(${`${webhook.id}:${webhook.projectId}:${key}`}))`;
    }
    const stored: IncomingEvent[] = [];
    for (const event of events) {
      const { alert, change } = await alertFor(tx, webhook, event, now);
      const row = await tx.incomingEvent.create({
        data: {
          tenantId: webhook.tenantId,
          webhookId: webhook.id,
          alertId: alert?.id ?? null,
          projectId: webhook.projectId,
          eventKey: event.eventKey,
          eventType: event.eventType,
          severity: event.severity,
          title: event.title,
          description: event.description ?? null,
          rule: event.rule ?? null,
          resource: (event.resource ?? undefined) as Prisma.InputJsonValue | undefined,
          provider: event.provider ?? null,
          account: event.account ?? null,
          imageUrl: event.imageUrl ?? null,
          occurredAt: event.occurredAt,
          additionalInfo: (event.additionalInfo ?? {}) as Prisma.InputJsonValue,
          rawData: rawData === null ? Prisma.JsonNull : (rawData as Prisma.InputJsonValue),
          createdAt: now,
        },
      });
      stored.push(row);
      const projectId = webhook.projectId || null;
      await publishEventWithin(tx, webhook.tenantId, { type: EVENT_RECEIVED, payload: eventPayload(row, webhook), projectId, occurredAt: row.occurredAt });
      if (alert && (change === "opened" || change === "resolved")) {
        await publishEventWithin(tx, webhook.tenantId, { type: change === "opened" ? ALERT_TRIGGERED : ALERT_RESOLVED, payload: alertPayload(alert, webhook), projectId });
      }
    }
    await tx.$executeRaw`
      UPDATE webhooks SET requests_total = requests_total + 1, requests_error = requests_error + ${failedRequest ? 1 : 0}, last_received_at = ${now}
      WHERE id = ${webhook.id}::uuid`;
    return stored;
  });
}
