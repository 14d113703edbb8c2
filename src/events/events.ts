// Publishing events: one statement writes the event and a delivery for every subscribed webhook, so an
// accepted event is never lost and a failed publish leaves nothing behind.
import { projectToWrite, type Owner } from "../auth/owner.js";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { v7 as uuidv7 } from "uuid";
import { Prisma, type Event, type PrismaClient } from "../generated/prisma/client.js";
import { jsonColumn, namedStatement, type RunSql } from "../db/sql.js";
import { OPERATIONAL_EVENT_PREFIX, isOperationalEventType } from "../webhooks/event-types.js";
import { BatchWriter } from "../db/batch-writer.js";
import { boundedJson, parseInput, jsonObjectSchema, projectIdSchema } from "../common/validation.js";
import { ConflictError, ValidationError, type FieldIssue } from "../common/errors.js";
import type { EventCatalogue } from "./event-catalogue.js";
import { EVENT_TYPE, patternsMatching } from "../webhooks/event-types.js";
import { messageIdOf } from "./message-ids.js";

export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** A repeated idempotency key returns the original event for this long. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
// Serialises publishes that carry the same idempotency key (the second number is the key's hash).
const IDEMPOTENCY_LOCK_KEY = 4_210_002;

/** PostgreSQL NOTIFY channel announcing newly due deliveries, so idle workers wake at once. */
export const DELIVERIES_CHANNEL = "hookrelay_deliveries";

/** Why a delivery is diverted rather than sent (its divertReason), at fan-out or when claimed. */
export const SUSPENDED_DIVERT_REASON = "The webhook is suspended; resend when it is unsuspended.";
export const DISABLED_DIVERT_REASON = "The webhook is disabled; resend when it is enabled.";

export const eventTypeSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(EVENT_TYPE, 'must be a dotted name of letters, digits, "_" and "-" (e.g. "invoice.paid")');

export const payloadSchema = boundedJson(
  jsonObjectSchema.superRefine((payload, context) => {
    const size = Buffer.byteLength(JSON.stringify(payload));
    if (size > MAX_PAYLOAD_BYTES)
      context.addIssue({
        code: "custom",
        message: `must be at most ${MAX_PAYLOAD_BYTES} bytes as JSON (256 KiB); this one is ${size}`,
      });
  }),
);

/** Whom an event is about (e.g. a customer's id): eraseEvents erases by it. */
export const subjectSchema = z.string().min(1, "must not be empty").max(256, "must be at most 256 characters");

const publishEventInput = z.object({
  type: eventTypeSchema.refine(
    (type) => !isOperationalEventType(type),
    `must not start with "${OPERATIONAL_EVENT_PREFIX}": those are the service's own events`,
  ),
  payload: payloadSchema,
  idempotencyKey: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters").nullish(),
  subject: subjectSchema.nullish(),
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

/** An event to write, with the tenant it belongs to (one statement may carry several tenants' events). */
export interface EventToInsert {
  tenantId: string;
  input: CheckedEventInput;
  /** A webhook this event is never delivered to: the one an operational event is about. */
  excludeWebhookId?: string;
}

export type ParsedEventInput = z.output<typeof publishEventInput>;
const schemaViolationsColumn = z.array(z.object({ path: z.array(z.string()), message: z.string() })).nullable();

/** Where an event's payload broke its type's schema when published under WARN; null when it did not. */
export const schemaViolationsOf = (event: Pick<Event, "schemaViolations">): FieldIssue[] | null =>
  schemaViolationsColumn.parse(event.schemaViolations);

/** An event as checked against the catalogue: where its payload broke its type's schema under WARN. */
export type CheckedEventInput = ParsedEventInput & { schemaViolations?: FieldIssue[] | null };

const insertedEventRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.string(),
  payload: jsonColumn,
  projectId: z.string(),
  idempotencyKey: z.string().nullable(),
  subject: z.string().nullable(),
  contentExpungedAt: z.date().nullable(),
  redeliveredAt: z.date().nullable(),
  schemaViolations: jsonColumn.nullable(),
  occurredAt: z.date(),
  createdAt: z.date(),
  deliveryCount: z.number(),
});

/**
 * Writes events and their deliveries in one statement: a PENDING delivery for every enabled outgoing
 * webhook of the event's tenant subscribed to its type (in its project, when one is given), a
 * DIVERTED one for a suspended webhook, so nothing is lost while it is suspended. Notifies the
 * workers when any is due. Runs through `run`: Prisma within a transaction, or the driver.
 */
export async function insertEvents(
  run: (statement: Prisma.Sql) => Promise<unknown[]>,
  events: EventToInsert[],
): Promise<PublishedEvent[]> {
  const ids = events.map(() => uuidv7());
  const inputs = events.map((event) => event.input);
  const rows = await run(
    namedStatement(
      "insertEvents",
      Prisma.sql`
    WITH given AS (
      SELECT * FROM unnest(${ids}::uuid[], ${events.map((event) => event.tenantId)}::uuid[], ${inputs.map((input) => input.type)}::text[],
                           ${inputs.map((input) => JSON.stringify(input.payload))}::jsonb[],
                           ${inputs.map((input) => input.projectId ?? "")}::text[], ${inputs.map((input) => input.idempotencyKey ?? null)}::text[], ${inputs.map((input) => input.subject ?? null)}::text[],
                           ${inputs.map((input) => input.occurredAt ?? null)}::timestamptz[], ${inputs.map((input) => JSON.stringify(patternsMatching(input.type)))}::jsonb[],
                           ${ids.map(messageIdOf)}::text[], ${events.map((event) => event.excludeWebhookId ?? null)}::uuid[],
                           ${inputs.map((input) => (input.schemaViolations ? JSON.stringify(input.schemaViolations) : null))}::jsonb[])
        WITH ORDINALITY AS i(id, tenant_id, type, payload, project_id, idempotency_key, subject, occurred_at, pattern_list, message_id, exclude_webhook_id, schema_violations, position)
    ), input AS (
      -- The patterns as an array once per event, not once per event and webhook in the join.
      SELECT i.*, ARRAY(SELECT jsonb_array_elements_text(i.pattern_list)) AS patterns FROM given i
    ), event AS (
      INSERT INTO events (id, tenant_id, type, payload, project_id, idempotency_key, subject, schema_violations, occurred_at)
      SELECT id, tenant_id, type, payload, project_id, idempotency_key, subject, schema_violations, COALESCE(occurred_at, now()) FROM input
      RETURNING *
    ), queued AS (
      INSERT INTO deliveries (id, tenant_id, event_id, webhook_id, event_type, message_id, status, next_attempt_at, completed_at, failure_message)
      SELECT hookrelay_uuid7(), e.tenant_id, e.id, w.id, e.type, i.message_id,
             CASE WHEN w.suspended_at IS NULL THEN 'PENDING' ELSE 'DIVERTED' END::"DeliveryStatus",
             CASE WHEN w.suspended_at IS NULL THEN now() END,
             CASE WHEN w.suspended_at IS NOT NULL THEN now() END,
             CASE WHEN w.suspended_at IS NOT NULL THEN ${SUSPENDED_DIVERT_REASON} END
      FROM event e JOIN input i ON i.id = e.id JOIN webhooks w ON w.tenant_id = e.tenant_id
      WHERE w.kind = 'OUTGOING' AND w.enabled AND w.event_types && i.patterns AND w.id IS DISTINCT FROM i.exclude_webhook_id
        AND (e.project_id = '' OR w.project_id = e.project_id)
      ORDER BY i.position -- seq follows publish order (FIFO webhooks are delivered in it)
      RETURNING event_id, status
    ), notified AS (
      SELECT pg_notify(${DELIVERIES_CHANNEL}, '') FROM (SELECT 1 FROM queued WHERE status = 'PENDING' LIMIT 1) due
    )
    SELECT e.id::text, e.tenant_id::text AS "tenantId", e.type, e.payload, e.project_id AS "projectId", e.idempotency_key AS "idempotencyKey",
           e.subject, e.content_expunged_at AS "contentExpungedAt", e.redelivered_at AS "redeliveredAt", e.schema_violations AS "schemaViolations", e.occurred_at AS "occurredAt", e.created_at AS "createdAt", COALESCE(q.count, 0)::int AS "deliveryCount"
    FROM event e JOIN input i ON i.id = e.id
      LEFT JOIN (SELECT event_id, count(*) AS count FROM queued GROUP BY event_id) q ON q.event_id = e.id -- counted once, not per event
    WHERE (SELECT count(*) FROM notified) >= 0 -- a plain SELECT in a WITH runs only when referenced
    ORDER BY i.position`,
    ),
  );
  if (rows.length !== events.length) throw new Error(`publishing wrote ${rows.length} of ${events.length} events`);
  return rows.map((row) => {
    const { deliveryCount, ...event } = insertedEventRow.parse(row);
    return { event, deliveryCount, duplicate: false };
  });
}

/** Runs a statement through Prisma (a transaction or the client). */
const throughPrisma = (db: PrismaClient | Prisma.TransactionClient) => (statement: Prisma.Sql) =>
  db.$queryRaw<unknown[]>(statement);

/**
 * Publishes several events in one statement within the caller's transaction, so they exist exactly
 * when the caller's writes do.
 */
export function publishEventsWithin(
  tx: Prisma.TransactionClient,
  tenantId: string,
  inputs: Omit<PublishEventInput, "idempotencyKey">[],
): Promise<PublishedEvent[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  return insertEvents(
    throughPrisma(tx),
    inputs.map((input, index) => ({
      tenantId,
      input: parseInput(publishEventInput, input, ["events", String(index)]),
    })),
  );
}

/** Writes the events of publish calls made at the same moment in one statement, each call's events kept together. */
export type EventWriter = BatchWriter<EventToInsert[], PublishedEvent[]>;

// Events per combined statement; one publishEvents call (at most MAX_EVENTS_PER_PUBLISH) is never split.
const MAX_EVENTS_PER_STATEMENT = 500;

/** One per process: publishes without idempotency keys go through it, past Prisma. */
export function createEventWriter(sql: RunSql): EventWriter {
  return new BatchWriter(
    async (calls) => {
      const published = await insertEvents(sql, calls.flat());
      let offset = 0;
      return calls.map((call) => published.slice(offset, (offset += call.length)));
    },
    { concurrency: 4, maxBatch: MAX_EVENTS_PER_STATEMENT, size: (call) => call.length, isolateFailures: true },
  );
}

/**
 * Where publishEvent and publishEvents write: the combining writer, and Prisma for idempotency keys'
 * transactions; and the catalogue payloads are checked against.
 */
export interface EventStore {
  prisma: PrismaClient;
  writer: EventWriter;
  catalogue: EventCatalogue;
}

export const MAX_EVENTS_PER_PUBLISH = 100;

export async function publishEvent(store: EventStore, owner: Owner, input: PublishEventInput): Promise<PublishedEvent> {
  const event = toProject(owner, parseInput(publishEventInput, input), ["input", "projectId"]);
  const [published] = await publishParsed(
    store,
    owner.tenantId,
    await checked(store, owner.tenantId, [event], () => ["input"]),
    false,
  );
  return published as PublishedEvent; // one event in, one out
}

/**
 * Publishes 1 to MAX_EVENTS_PER_PUBLISH events, all or none: any invalid event refuses the whole
 * call, naming every problem by its place (`input.events.3.payload`). Returns one result per event,
 * in order; idempotency keys work per event, also between events of the same call.
 */
export async function publishEvents(
  store: EventStore,
  owner: Owner,
  inputs: PublishEventInput[],
): Promise<PublishedEvent[]> {
  if (inputs.length === 0 || inputs.length > MAX_EVENTS_PER_PUBLISH) {
    throw ValidationError.of(
      ["input", "events"],
      `must hold 1 to ${MAX_EVENTS_PER_PUBLISH} events; this one holds ${inputs.length}`,
    );
  }
  const parsed = parseInput(z.array(publishEventInput), inputs, ["input", "events"]).map((event, index) =>
    toProject(owner, event, ["input", "events", String(index), "projectId"]),
  );
  return publishParsed(
    store,
    owner.tenantId,
    await checked(store, owner.tenantId, parsed, (index) => ["input", "events", String(index)]),
    true,
  );
}

/** `events` checked against the catalogue: refused as a whole under REJECT, annotated under WARN. */
async function checked(
  { catalogue }: EventStore,
  tenantId: string,
  events: ParsedEventInput[],
  pathOf: (index: number) => string[],
): Promise<CheckedEventInput[]> {
  const violations = await catalogue.check(
    tenantId,
    events.map((event, index) => ({ type: event.type, payload: event.payload, path: pathOf(index) })),
  );
  return events.map((event, index) => ({ ...event, schemaViolations: violations[index] ?? null }));
}

/** The event published to the caller's project when it reaches one (and asked for no other). */
function toProject(owner: Owner, event: ParsedEventInput, path: string[]): ParsedEventInput {
  const projectId = projectToWrite(owner, event.projectId, path);
  return projectId === (event.projectId ?? "") ? event : { ...event, projectId };
}

const fannedOutRow = z.object({ eventId: z.string(), count: z.number() });

/**
 * A key names one event: reusing it for a different type, payload or project (within the window, or
 * twice in one call) is the caller's mistake, and is refused rather than answered with the first
 * event as if it were this one (as Stripe answers a reused idempotency key with other parameters).
 */
function refuseReusedKeys(
  events: ParsedEventInput[],
  earlier: Map<string, PublishedEvent>,
  calledWithList: boolean,
): void {
  const firstInCall = new Map<string, ParsedEventInput>();
  events.forEach((event, index) => {
    const key = event.idempotencyKey;
    if (!key) return;
    const before = earlier.get(key)?.event;
    const previous = before
      ? { type: before.type, payload: before.payload, projectId: before.projectId }
      : firstInCall.get(key);
    if (!previous) {
      firstInCall.set(key, event);
      return;
    }
    if (
      previous.type !== event.type ||
      (previous.projectId ?? "") !== (event.projectId ?? "") ||
      !isDeepStrictEqual(previous.payload, event.payload)
    ) {
      const field = calledWithList ? `input.events.${index}.idempotencyKey` : "input.idempotencyKey";
      throw new ConflictError(
        `${field}: "${key}" was used ${before ? "within 24 hours" : "earlier in this call"} for an event with another type, payload or project; use a new key for a new event.`,
      );
    }
  });
}

/**
 * Without idempotency keys, one statement (shared with other calls made at the same moment, see
 * EventWriter). With them, one transaction holding a lock per key (taken
 * in one order, so concurrent calls cannot deadlock): events published under a key within the
 * window are returned instead of new ones, and a key repeated in the call publishes once.
 */
async function publishParsed(
  { prisma, writer }: EventStore,
  tenantId: string,
  events: CheckedEventInput[],
  calledWithList: boolean,
): Promise<PublishedEvent[]> {
  const keys = [...new Set(events.flatMap((event) => (event.idempotencyKey ? [event.idempotencyKey] : [])))].sort();
  if (keys.length === 0) return writer.add(events.map((input) => ({ tenantId, input })));
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_LOCK_KEY}::int, hashtext(${`${tenantId}:`} || key)) FROM unnest(${keys}::text[]) AS key`;
    const earlier = await tx.event.findMany({
      where: {
        tenantId,
        idempotencyKey: { in: keys },
        createdAt: { gt: new Date(Date.now() - IDEMPOTENCY_WINDOW_MS) },
      },
      orderBy: { createdAt: "desc" },
    });
    const byKey = new Map<string, PublishedEvent>();
    if (earlier.length > 0) {
      // One per webhook each event was fanned out to, redeliveries and tests aside.
      const fannedOut = (
        await tx.$queryRaw<unknown[]>`
        SELECT event_id::text AS "eventId", count(DISTINCT webhook_id)::int AS count FROM deliveries
        WHERE event_id = ANY(${earlier.map((event) => event.id)}::uuid[]) AND NOT is_test GROUP BY event_id`
      ).map((row) => fannedOutRow.parse(row));
      const counts = new Map(fannedOut.map((row) => [row.eventId, row.count]));
      for (const event of earlier) {
        if (event.idempotencyKey && !byKey.has(event.idempotencyKey))
          byKey.set(event.idempotencyKey, { event, deliveryCount: counts.get(event.id) ?? 0, duplicate: true });
      }
    }
    refuseReusedKeys(events, byKey, calledWithList);
    const fresh = events.filter((event, index) => {
      const key = event.idempotencyKey;
      return !key || (!byKey.has(key) && events.findIndex((other) => other.idempotencyKey === key) === index);
    });
    const inserted =
      fresh.length > 0
        ? await insertEvents(
            throughPrisma(tx),
            fresh.map((input) => ({ tenantId, input })),
          )
        : [];
    const insertedByKey = new Map(
      inserted.flatMap((published) =>
        published.event.idempotencyKey ? [[published.event.idempotencyKey, published]] : [],
      ),
    );
    const isFresh = new Set(fresh);
    let next = 0;
    // insertEvents answers one event per fresh input, in order; an event left out of `fresh` has a key,
    // and the earlier publish or the fresh event with that key is in byKey or insertedByKey.
    return events.map((event) => {
      if (isFresh.has(event)) return inserted[next++] as PublishedEvent;
      const key = event.idempotencyKey as string;
      return byKey.get(key) ?? { ...(insertedByKey.get(key) as PublishedEvent), duplicate: true };
    });
  });
}
