// Publishing events: one statement writes the event and a delivery for every subscribed webhook, so an
// accepted event is never lost and a failed publish leaves nothing behind.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Event, Prisma, PrismaClient } from "../generated/prisma/client.js";
import { boundedJson, parseInput } from "../validation.js";
import { EVENT_TYPE, patternsMatching } from "../webhooks/event-types.js";
import { projectIdSchema } from "../webhooks/webhooks.js";
import { DELIVERIES_CHANNEL } from "../delivery/delivery-queue.js";
import { messageIdOf } from "../delivery/webhook-request.js";

export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** A repeated idempotency key returns the original event for this long. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
// Serialises publishes that carry the same idempotency key (the second number is the key's hash).
const IDEMPOTENCY_LOCK_KEY = 4_210_002;

export const SUSPENDED_DIVERT_REASON = "The webhook is suspended; resend when it is unsuspended.";

export const eventTypeSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(EVENT_TYPE, 'must be a dotted name of letters, digits, "_" and "-" (e.g. "invoice.paid")');

export const payloadSchema = boundedJson(
  z.record(z.string(), z.unknown()).superRefine((payload, context) => {
    const size = Buffer.byteLength(JSON.stringify(payload));
    if (size > MAX_PAYLOAD_BYTES) context.addIssue({ code: "custom", message: `must be at most ${MAX_PAYLOAD_BYTES} bytes as JSON (256 KiB); this one is ${size}` });
  }),
);

const publishEventInput = z.object({
  type: eventTypeSchema,
  payload: payloadSchema,
  idempotencyKey: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters").nullish(),
  projectId: projectIdSchema.nullish(),
  occurredAt: z.date().nullish(),
});

export type PublishEventInput = z.input<typeof publishEventInput>;

export interface PublishedEvent {
  event: Event;
  deliveryCount: number;
  /** True when an earlier publish with the same idempotency key was returned instead. */
  duplicate: boolean;
}

type Db = PrismaClient | Prisma.TransactionClient;

interface InsertedEventRow extends Event {
  deliveryCount: number;
}

/**
 * Writes events and their deliveries in one statement: a PENDING delivery for every enabled outgoing
 * webhook subscribed to an event's type (in its project, when one is given), a DIVERTED one for a
 * suspended webhook, so nothing is lost while it is suspended. Notifies the workers when any is due.
 */
async function insertEvents(db: Db, tenantId: string, inputs: z.output<typeof publishEventInput>[]): Promise<PublishedEvent[]> {
  const ids = inputs.map(() => randomUUID());
  const rows = await db.$queryRaw<InsertedEventRow[]>`
    WITH input AS (
      SELECT * FROM unnest(${ids}::uuid[], ${inputs.map((input) => input.type)}::text[], ${inputs.map((input) => JSON.stringify(input.payload))}::jsonb[],
                           ${inputs.map((input) => input.projectId ?? "")}::text[], ${inputs.map((input) => input.idempotencyKey ?? null)}::text[],
                           ${inputs.map((input) => input.occurredAt ?? null)}::timestamptz[], ${inputs.map((input) => JSON.stringify(patternsMatching(input.type)))}::jsonb[],
                           ${ids.map(messageIdOf)}::text[])
        WITH ORDINALITY AS i(id, type, payload, project_id, idempotency_key, occurred_at, patterns, message_id, position)
    ), event AS (
      INSERT INTO events (id, tenant_id, type, payload, project_id, idempotency_key, occurred_at)
      SELECT id, ${tenantId}::uuid, type, payload, project_id, idempotency_key, COALESCE(occurred_at, now()) FROM input
      RETURNING *
    ), queued AS (
      INSERT INTO deliveries (id, tenant_id, event_id, webhook_id, event_type, message_id, status, next_attempt_at, completed_at, failure_message)
      SELECT gen_random_uuid(), e.tenant_id, e.id, w.id, e.type, i.message_id,
             CASE WHEN w.suspended_at IS NULL THEN 'PENDING' ELSE 'DIVERTED' END::"DeliveryStatus",
             CASE WHEN w.suspended_at IS NULL THEN now() END,
             CASE WHEN w.suspended_at IS NOT NULL THEN now() END,
             CASE WHEN w.suspended_at IS NOT NULL THEN ${SUSPENDED_DIVERT_REASON} END
      FROM event e JOIN input i ON i.id = e.id JOIN webhooks w ON w.tenant_id = e.tenant_id
      WHERE w.kind = 'OUTGOING' AND w.enabled AND w.event_types && ARRAY(SELECT jsonb_array_elements_text(i.patterns))
        AND (e.project_id = '' OR w.project_id = e.project_id)
      RETURNING event_id, status
    ), notified AS (
      SELECT pg_notify(${DELIVERIES_CHANNEL}, '') FROM (SELECT 1 FROM queued WHERE status = 'PENDING' LIMIT 1) due
    )
    SELECT e.id::text, e.tenant_id::text AS "tenantId", e.type, e.payload, e.project_id AS "projectId", e.idempotency_key AS "idempotencyKey",
           e.occurred_at AS "occurredAt", e.created_at AS "createdAt",
           (SELECT count(*)::int FROM queued q WHERE q.event_id = e.id) AS "deliveryCount"
    FROM event e JOIN input i ON i.id = e.id
    WHERE (SELECT count(*) FROM notified) >= 0 -- a plain SELECT in a WITH runs only when referenced
    ORDER BY i.position`;
  if (rows.length !== inputs.length) throw new Error(`publishing wrote ${rows.length} of ${inputs.length} events`);
  return rows.map(({ deliveryCount, ...event }) => ({ event, deliveryCount, duplicate: false }));
}

async function insertEvent(db: Db, tenantId: string, input: z.output<typeof publishEventInput>): Promise<PublishedEvent> {
  const [published] = await insertEvents(db, tenantId, [input]);
  return published as PublishedEvent;
}

/**
 * Publishes several events in one statement within the caller's transaction, so they exist exactly
 * when the caller's writes do.
 */
export function publishEventsWithin(tx: Prisma.TransactionClient, tenantId: string, inputs: Omit<PublishEventInput, "idempotencyKey">[]): Promise<PublishedEvent[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  return insertEvents(tx, tenantId, inputs.map((input, index) => parseInput(publishEventInput, input, ["events", String(index)])));
}

export async function publishEvent(prisma: PrismaClient, tenantId: string, input: PublishEventInput): Promise<PublishedEvent> {
  const parsed = parseInput(publishEventInput, input);
  const key = parsed.idempotencyKey;
  if (!key) return insertEvent(prisma, tenantId, parsed);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_LOCK_KEY}::int, hashtext(${`${tenantId}:${key}`}))`;
    const existing = await tx.event.findFirst({
      where: { tenantId, idempotencyKey: key, createdAt: { gt: new Date(Date.now() - IDEMPOTENCY_WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
    });
    if (!existing) return insertEvent(tx, tenantId, parsed);
    // One per webhook the event was fanned out to, redeliveries aside.
    const fannedOut = await tx.delivery.findMany({ where: { eventId: existing.id, isTest: false }, distinct: ["webhookId"], select: { webhookId: true } });
    return { event: existing, deliveryCount: fannedOut.length, duplicate: true };
  });
}
