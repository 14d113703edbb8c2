// Erasing what events carry: one event's content (expungeEventContent, Svix's "expunge content"), or
// every event about a data subject (eraseEvents). Ids, types, times and statuses stay, so the history
// still adds up; the payload, the schema violations, the subject, and every attempt's request and
// response headers and response body go. An event announcing an incoming event
// (monitoring.event.received) is a copy of it: that incoming event's content and its request's body go
// too. Unfinished deliveries of an erased event are discarded (with their lease, so an attempt in
// flight records nothing): nothing is sent from erased content. Each erasure is audited (which key,
// when, how many), keeping neither the content nor the subject (only its SHA-256).
import { createHash } from "node:crypto";
import { z } from "zod";
import { Prisma, type Erasure, type ErasureKind, type PrismaClient } from "../generated/prisma/client.js";
import { NotFoundError } from "../common/errors.js";
import { parseInput } from "../common/validation.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { eventTypeSchema, subjectSchema } from "./events.js";
import { EVENT_RECEIVED } from "../webhooks/event-types.js";

/** Why a delivery of an erased event was discarded. */
export const ERASED_MESSAGE = "The event's content was erased before it was delivered.";

const erasedCounts = z.object({
  eventCount: z.number(),
  attemptCount: z.number(),
  discardedCount: z.number(),
  incomingEventCount: z.number(),
});
export type ErasedCounts = z.output<typeof erasedCounts>;

/** Whom and what asked, as the audit keeps it. */
export interface ErasureRequester {
  tenantId: string;
  keyPrefix: string;
}

/** Erases the events `selected` picks (a statement of event ids, locked), audits it, and counts. */
async function erase(
  sql: RunSql,
  requester: ErasureRequester,
  kind: ErasureKind,
  request: Record<string, unknown>,
  selected: Prisma.Sql,
): Promise<ErasedCounts> {
  const [counts] = await selectRows(
    sql,
    erasedCounts,
    Prisma.sql`
    WITH target AS (${selected}), expunged AS (
      UPDATE events e SET payload = '{}'::jsonb, schema_violations = NULL, subject = NULL,
                          content_expunged_at = COALESCE(e.content_expunged_at, now())
      FROM target WHERE e.id = target.id
      RETURNING e.id
    ), attempts AS (
      UPDATE delivery_attempts a SET request_headers = '[]'::jsonb, response_headers = NULL, response_body = NULL
      FROM deliveries d JOIN target ON d.event_id = target.id
      WHERE a.delivery_id = d.id
      RETURNING a.id
    ), announced AS (
      -- The incoming events these announce (their payload's event.id, read before it is erased).
      SELECT CASE WHEN e.payload #>> '{event,id}' ~ '^[0-9a-f-]{36}$' THEN (e.payload #>> '{event,id}')::uuid END AS id
      FROM events e JOIN target ON e.id = target.id WHERE e.type = ${EVENT_RECEIVED}
    ), incoming AS (
      UPDATE incoming_events i SET title = '', description = NULL, rule = NULL, resource = NULL, account = NULL,
                                   image_url = NULL, additional_info = '{}'::jsonb
      FROM announced WHERE i.id = announced.id AND i.tenant_id = ${requester.tenantId}::uuid
      RETURNING i.id, i.request_id
    ), bodies AS (
      -- A request's body holds all of its events: it goes whole.
      UPDATE incoming_requests r SET body = '{}'::jsonb
      FROM incoming WHERE r.id = incoming.request_id AND r.tenant_id = ${requester.tenantId}::uuid
    ), discarded AS (
      UPDATE deliveries d SET status = 'DISCARDED', next_attempt_at = NULL, completed_at = now(),
                              failure_message = ${ERASED_MESSAGE}, locked_until = NULL, lease_token = NULL
      FROM target WHERE d.event_id = target.id AND d.status IN ('PENDING', 'FAILED', 'DIVERTED')
      RETURNING d.id
    ), counts AS (
      SELECT (SELECT count(*) FROM expunged)::int AS "eventCount", (SELECT count(*) FROM attempts)::int AS "attemptCount",
             (SELECT count(*) FROM discarded)::int AS "discardedCount", (SELECT count(*) FROM incoming)::int AS "incomingEventCount"
    ), audit AS (
      INSERT INTO erasures (id, tenant_id, kind, key_prefix, request, event_count, attempt_count, incoming_event_count)
      SELECT hookrelay_uuid7(), ${requester.tenantId}::uuid, ${kind}::"ErasureKind", ${requester.keyPrefix},
             ${JSON.stringify(request)}::jsonb, "eventCount", "attemptCount", "incomingEventCount"
      FROM counts
      RETURNING id
    )
    SELECT counts.* FROM counts, (SELECT count(*) FROM audit) AS written`,
  );
  if (!counts) throw new Error("erasing answered no row");
  return counts;
}

/** Erases one event's content; NotFoundError when the tenant has no such event. */
export async function expungeEventContent(
  sql: RunSql,
  requester: ErasureRequester,
  eventId: string,
): Promise<ErasedCounts> {
  const counts = await erase(
    sql,
    requester,
    "EXPUNGE_EVENT",
    { eventId },
    Prisma.sql`SELECT id FROM events WHERE id = ${eventId}::uuid AND tenant_id = ${requester.tenantId}::uuid FOR UPDATE`,
  );
  if (counts.eventCount === 0) throw new NotFoundError("Event");
  return counts;
}

const eraseFilter = z
  .object({
    subject: subjectSchema.nullish(),
    before: z.date().nullish(),
    types: z
      .array(eventTypeSchema)
      .min(1, "must name at least one type")
      .max(100, "must name at most 100 types")
      .nullish(),
  })
  .refine((filter) => filter.subject != null || filter.before != null, {
    message: "must give subject or before: erasing needs a subject or a time to stop at",
  });

export type EraseEventsFilter = z.input<typeof eraseFilter>;

/**
 * Erases every event of the tenant the filter selects (about `subject`, published before `before`,
 * of `types`), in one statement.
 */
export async function eraseEvents(
  sql: RunSql,
  requester: ErasureRequester,
  filter: EraseEventsFilter,
): Promise<ErasedCounts> {
  const { subject, before, types } = parseInput(eraseFilter, filter, ["input", "filter"]);
  const conditions = [
    Prisma.sql`tenant_id = ${requester.tenantId}::uuid`,
    ...(subject != null ? [Prisma.sql`subject = ${subject}`] : []),
    ...(before != null ? [Prisma.sql`created_at < ${before}`] : []),
    ...(types != null ? [Prisma.sql`type = ANY(${types}::text[])`] : []),
  ];
  return erase(
    sql,
    requester,
    "ERASE_EVENTS",
    {
      ...(subject != null ? { subjectSha256: createHash("sha256").update(subject).digest("hex") } : {}),
      ...(before != null ? { before: before.toISOString() } : {}),
      ...(types != null ? { types } : {}),
    },
    Prisma.sql`SELECT id FROM events WHERE ${Prisma.join(conditions, " AND ")} FOR UPDATE`,
  );
}

/** The tenant's erasures, newest first: `page` is what the connection asks for. */
export const listErasures = <Page extends Omit<Prisma.ErasureFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  tenantId: string,
  page: Page,
) => prisma.erasure.findMany({ ...page, where: { tenantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const countErasures = (prisma: PrismaClient, tenantId: string) => prisma.erasure.count({ where: { tenantId } });

export type { Erasure };
