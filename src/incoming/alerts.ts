// Storing what an incoming webhook received: each normalized event is written, de-duplicated into an
// alert by its key, and published to outgoing webhooks, all in one transaction.
import { projectWhere, type Owner } from "../auth/owner.js";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { v7 as uuidv7 } from "uuid";
import {
  Prisma,
  type Alert,
  type IncomingEvent,
  type PrismaClient,
  type Severity,
  type Urgency,
  type Webhook,
} from "../generated/prisma/client.js";
import { MAX_PAYLOAD_BYTES, publishEventsWithin } from "../events/events.js";
import { NotFoundError } from "../common/errors.js";
import type { NormalizedEvent } from "./plugins/plugin.js";
import type { IncomingWebhook } from "./incoming-webhook-row.js";
import { ALERT_RESOLVED, ALERT_TRIGGERED, EVENT_RECEIVED } from "../webhooks/event-types.js";

/** Seconds within which events with one key attach to one alert, unless the plugin says otherwise. */
export const DEFAULT_DUPLICATE_EVENT_TIME = 600;
// Serialises events with the same key in one webhook (the second number is the key's hash).
const ALERT_LOCK_KEY = 4_210_003;
/** Events written per statement (see storeIncomingEvents). */
export const STORE_CHUNK_EVENTS = 50;

export function urgencyOf(severity: Severity): Urgency {
  return severity === "CRITICAL" || severity === "ERROR" || severity === "NOT_AVAILABLE" ? "HIGH" : "LOW";
}

export type ReceivingWebhook = Pick<IncomingWebhook, "id" | "tenantId" | "name" | "projectId" | "pluginMetadata">;

export function duplicateEventTimeOf(webhook: Pick<IncomingWebhook, "pluginMetadata">): number {
  const { duplicateEventTime } = webhook.pluginMetadata;
  return typeof duplicateEventTime === "number" ? duplicateEventTime : DEFAULT_DUPLICATE_EVENT_TIME;
}

/** What outgoing webhooks receive about an incoming event: everything but the raw body, within the payload limit. */
function eventPayload(event: IncomingEvent, webhook: ReceivingWebhook): Record<string, unknown> {
  const { requestId: _request, tenantId: _tenant, ...fields } = event;
  const payload: Record<string, unknown> = { event: fields, webhook: { id: webhook.id, name: webhook.name } };
  if (Buffer.byteLength(JSON.stringify(payload)) <= MAX_PAYLOAD_BYTES - 1024) return payload;
  // Too large to publish (a huge title, labels, ...): the identifying fields, cut; the full event stays queryable.
  const cut = (text: string | null, length: number) => text?.slice(0, length) ?? null;
  const { id, webhookId, alertId, projectId, eventKey, eventType, severity, occurredAt, createdAt } = fields;
  return {
    event: {
      id,
      webhookId,
      alertId,
      projectId,
      eventKey: eventKey.slice(0, 1024),
      eventType,
      severity,
      title: fields.title.slice(0, 1024),
      description: cut(fields.description, 4096),
      occurredAt,
      createdAt,
      truncated: true,
    },
    webhook: payload.webhook,
  };
}

function alertPayload(alert: Alert, webhook: Pick<Webhook, "id" | "name">): Record<string, unknown> {
  const { tenantId: _tenant, ...fields } = alert;
  return {
    alert: {
      ...fields,
      eventKey: fields.eventKey.slice(0, 1024),
      title: fields.title.slice(0, 4096),
      description: fields.description?.slice(0, 65_536) ?? null,
    },
    webhook: { id: webhook.id, name: webhook.name },
  };
}

/** One lock per key, taken in one order, so two transactions sharing keys cannot deadlock. */
async function lockAlertKeys(
  tx: Prisma.TransactionClient,
  webhookId: string,
  projectId: string,
  keys: string[],
): Promise<void> {
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(${ALERT_LOCK_KEY}::int, hashtext(${`${webhookId}:${projectId}:`} || k))
    FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k) ordered`;
}

type AlertChange = "opened" | "resolved" | "repeated";

/**
 * Applies the de-duplication rules to the request's events in order, against the alerts open for
 * their keys: returns each event's alert (null for a RECOVERY with nothing open) and what changed,
 * with every alert's final state. Nothing is written here.
 */
function planAlerts(webhook: ReceivingWebhook, events: NormalizedEvent[], open: Alert[], now: Date) {
  const windowStart = new Date(now.getTime() - duplicateEventTimeOf(webhook) * 1000);
  const openByKey = new Map<string, Alert>();
  for (const alert of open) if (!openByKey.has(alert.eventKey)) openByKey.set(alert.eventKey, alert); // newest first
  const created = new Set<string>();
  const touched = new Map<string, Alert>();
  const outcomes = events.map((event): { alert: Alert | null; change: AlertChange | null } => {
    const current = openByKey.get(event.eventKey);
    let alert: Alert;
    let change: AlertChange;
    if (event.eventType === "RECOVERY") {
      if (!current) return { alert: null, change: null };
      alert = {
        ...current,
        state: "RESOLVED",
        resolvedAt: now,
        lastEventAt: now,
        eventCount: current.eventCount + 1,
        updatedAt: now,
      };
      openByKey.delete(event.eventKey);
      change = "resolved";
    } else if (current && current.lastEventAt >= windowStart) {
      alert = {
        ...current,
        description: event.description ?? current.description,
        lastEventAt: now,
        eventCount: current.eventCount + 1,
        updatedAt: now,
      };
      openByKey.set(event.eventKey, alert);
      change = "repeated";
    } else {
      alert = {
        id: uuidv7(),
        tenantId: webhook.tenantId,
        webhookId: webhook.id,
        projectId: webhook.projectId,
        eventKey: event.eventKey,
        title: event.title,
        description: event.description ?? null,
        severity: event.severity,
        urgency: urgencyOf(event.severity),
        state: event.eventType === "ERROR" ? "ERROR" : "TRIGGERED",
        eventCount: 1,
        firstEventAt: now,
        lastEventAt: now,
        resolvedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      created.add(alert.id);
      openByKey.set(event.eventKey, alert);
      change = "opened";
    }
    touched.set(alert.id, alert);
    return { alert, change };
  });
  const final = [...touched.values()];
  return {
    outcomes,
    opened: final.filter((alert) => created.has(alert.id)),
    changed: final.filter((alert) => !created.has(alert.id)),
  };
}

/**
 * Stores the events parsed from one request, with their alerts and the outgoing events announcing
 * them, in one transaction of a few statements; also counts the request on the webhook. Returns the
 * stored events.
 */
export async function storeIncomingEvents(
  prisma: PrismaClient,
  webhook: ReceivingWebhook,
  events: NormalizedEvent[],
  /** The body as received (any JSON value). */
  rawData: unknown,
  {
    failedRequest = false,
    now = new Date(),
    onAlertsOpened,
  }: {
    failedRequest?: boolean;
    now?: Date;
    /** Told how many alerts the events opened, once they are committed (for the metrics). */
    onAlertsOpened?: (count: number) => void;
  } = {},
): Promise<IncomingEvent[]> {
  const keys = [...new Set(events.map((event) => event.eventKey))].sort();
  const requestId = uuidv7();
  let opened = 0;
  const stored = await prisma.$transaction(async (tx) => {
    await lockAlertKeys(tx, webhook.id, webhook.projectId, keys);
    const open = await tx.alert.findMany({
      where: {
        webhookId: webhook.id,
        projectId: webhook.projectId,
        eventKey: { in: keys },
        state: { in: ["TRIGGERED", "ERROR"] },
      },
      orderBy: [{ lastEventAt: "desc" }, { id: "desc" }],
    });
    const plan = planAlerts(webhook, events, open, now);
    opened = plan.opened.length;
    // A plugin's resource and additionalInfo are read from the JSON it was given: they are JSON.
    const stored: IncomingEvent[] = events.map((event, index) => ({
      id: uuidv7(),
      tenantId: webhook.tenantId,
      webhookId: webhook.id,
      alertId: plan.outcomes[index]?.alert?.id ?? null,
      projectId: webhook.projectId,
      eventKey: event.eventKey,
      eventType: event.eventType,
      severity: event.severity,
      title: event.title,
      description: event.description ?? null,
      rule: event.rule ?? null,
      resource: (event.resource ?? null) as Prisma.JsonValue,
      provider: event.provider ?? null,
      account: event.account ?? null,
      imageUrl: event.imageUrl ?? null,
      occurredAt: event.occurredAt,
      additionalInfo: (event.additionalInfo ?? {}) as Prisma.JsonValue,
      requestId,
      createdAt: now,
    }));

    // Each chunk is one statement writing its share of the alerts and events (the first also the
    // request's body, once, and the webhook's counters) and one publishing what it announces: few round
    // trips while the key locks are held, yet no statement so large that the embedded database, which
    // runs in this process, holds the event loop for long. Opened alerts are listed in the order of the
    // events that open them, so an event's alert is written in its own chunk or an earlier one.
    const projectId = webhook.projectId || null;
    // At least one chunk: a request with no events is still stored and counted.
    for (let start = 0; start === 0 || start < stored.length; start += STORE_CHUNK_EVENTS) {
      if (start > 0) await yieldToEventLoop();
      const end = start + STORE_CHUNK_EVENTS;
      const chunk = stored.slice(start, end);
      const first = start === 0;
      await tx.$executeRaw`
        WITH request AS (
          INSERT INTO incoming_requests (id, tenant_id, webhook_id, body, created_at)
          SELECT ${requestId}::uuid, ${webhook.tenantId}::uuid, ${webhook.id}::uuid, ${first ? JSON.stringify(rawData ?? null) : null}::jsonb, ${now}
          WHERE ${first}
        ), opened AS (
          INSERT INTO alerts (id, tenant_id, webhook_id, project_id, event_key, title, description, severity, urgency, state,
                              event_count, first_event_at, last_event_at, resolved_at, created_at, updated_at)
          SELECT id, "tenantId", "webhookId", "projectId", "eventKey", title, description, severity::"Severity", urgency::"Urgency", state::"AlertState",
                 "eventCount", "firstEventAt", "lastEventAt", "resolvedAt", "createdAt", "updatedAt"
          FROM jsonb_to_recordset(${JSON.stringify(plan.opened.slice(start, end))}::jsonb) AS a(
            id uuid, "tenantId" uuid, "webhookId" uuid, "projectId" text, "eventKey" text, title text, description text, severity text, urgency text, state text,
            "eventCount" int, "firstEventAt" timestamptz, "lastEventAt" timestamptz, "resolvedAt" timestamptz, "createdAt" timestamptz, "updatedAt" timestamptz)
        ), changed AS (
          UPDATE alerts a SET state = c.state::"AlertState", description = c.description, event_count = c."eventCount",
                 last_event_at = c."lastEventAt", resolved_at = c."resolvedAt", updated_at = c."updatedAt"
          FROM jsonb_to_recordset(${JSON.stringify(plan.changed.slice(start, end))}::jsonb)
            AS c(id uuid, state text, description text, "eventCount" int, "lastEventAt" timestamptz, "resolvedAt" timestamptz, "updatedAt" timestamptz)
          WHERE a.id = c.id
        ), stored AS (
          INSERT INTO incoming_events (id, tenant_id, webhook_id, alert_id, project_id, event_key, event_type, severity, title, description, rule,
                                       resource, provider, account, image_url, occurred_at, additional_info, request_id, created_at)
          SELECT id, "tenantId", "webhookId", "alertId", "projectId", "eventKey", "eventType"::"IncomingEventType", severity::"Severity", title, description, rule,
                 resource, provider, account, "imageUrl", "occurredAt", "additionalInfo", ${requestId}::uuid, "createdAt"
          FROM jsonb_to_recordset(${JSON.stringify(chunk.map(({ requestId: _request, ...row }) => row))}::jsonb) AS e(
            id uuid, "tenantId" uuid, "webhookId" uuid, "alertId" uuid, "projectId" text, "eventKey" text, "eventType" text, severity text, title text,
            description text, rule text, resource jsonb, provider text, account text, "imageUrl" text, "occurredAt" timestamptz, "additionalInfo" jsonb, "createdAt" timestamptz)
        )
        UPDATE webhooks SET requests_total = requests_total + 1, requests_error = requests_error + ${failedRequest ? 1 : 0}, last_received_at = ${now}
        WHERE id = ${webhook.id}::uuid AND ${first}`;
      await yieldToEventLoop();
      await publishEventsWithin(
        tx,
        webhook.tenantId,
        chunk.flatMap((row, offset) => {
          const { alert, change } = plan.outcomes[start + offset] ?? { alert: null, change: null };
          const announced = [
            { type: EVENT_RECEIVED, payload: eventPayload(row, webhook), projectId, occurredAt: row.occurredAt },
          ];
          if (alert && (change === "opened" || change === "resolved")) {
            announced.push({
              type: change === "opened" ? ALERT_TRIGGERED : ALERT_RESOLVED,
              payload: alertPayload(alert, webhook),
              projectId,
              occurredAt: now,
            });
          }
          return announced;
        }),
      );
    }
    return stored;
  });
  if (opened > 0) onAlertsOpened?.(opened);
  return stored;
}

/**
 * Resolves an open alert by hand (the monitoring system will not send a recovery, or someone dealt
 * with it). Announced like a recovery; resolving a resolved alert changes nothing.
 */
export async function resolveAlert(prisma: PrismaClient, owner: Owner, id: string, now = new Date()): Promise<Alert> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.alert.findFirst({
      where: { id, tenantId: owner.tenantId, ...projectWhere(owner) },
      include: { webhook: { select: { id: true, name: true } } },
    });
    if (!found) throw new NotFoundError("Alert");
    await lockAlertKeys(tx, found.webhookId, found.projectId, [found.eventKey]);
    const current = await tx.alert.findUniqueOrThrow({ where: { id } });
    if (current.state === "RESOLVED") return current;
    const alert = await tx.alert.update({ where: { id }, data: { state: "RESOLVED", resolvedAt: now } });
    await publishEventsWithin(tx, owner.tenantId, [
      {
        type: ALERT_RESOLVED,
        payload: alertPayload(alert, found.webhook),
        projectId: alert.projectId || null,
        occurredAt: now,
      },
    ]);
    return alert;
  });
}
