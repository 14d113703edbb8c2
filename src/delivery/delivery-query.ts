// Reading deliveries and their attempts past Prisma: the deliveries page is one statement (rows,
// sort keys and total), the attempts of every delivery on it one more. Rows are parsed here into
// Prisma's own types, so the rest of the service cannot tell where they came from.
import { projectSql, type Owner } from "../auth/owner.js";
import { z } from "zod";
import {
  DeliveryStatus,
  FailureTrigger,
  Prisma,
  type Delivery,
  type DeliveryAttempt,
} from "../generated/prisma/client.js";
import { afterCursor, encodeCursor, type PageRequest } from "../db/keyset-pages.js";
import { jsonColumn, type RunSql } from "../db/sql.js";
import type { DeliveryFilter } from "./deliveries.js";
import { eventIdOfMessageId } from "../events/message-ids.js";

// Dates are coerced: a row read through pg or PGlite holds Dates, one carried in a change notification
// (src/live/live-changes.ts) ISO strings.
export const deliveryRow = z.object({
  id: z.string(),
  tenantId: z.string(),
  eventId: z.string(),
  webhookId: z.string(),
  eventType: z.string(),
  messageId: z.string(),
  status: z.enum(DeliveryStatus),
  isTest: z.boolean(),
  attemptCount: z.number(),
  queuedAttemptCount: z.number(),
  nextAttemptAt: z.coerce.date().nullable(),
  lastAttemptAt: z.coerce.date().nullable(),
  completedAt: z.coerce.date().nullable(),
  failureTrigger: z.enum(FailureTrigger).nullable(),
  failureMessage: z.string().nullable(),
  lockedUntil: z.coerce.date().nullable(),
  leaseToken: z.string().nullable(),
  createdAt: z.coerce.date(),
  seq: z.coerce.bigint(),
}) satisfies z.ZodType<Delivery>;

const DELIVERY_COLUMNS = Prisma.sql`d.id::text, d.tenant_id::text AS "tenantId", d.event_id::text AS "eventId", d.webhook_id::text AS "webhookId",
  d.event_type AS "eventType", d.message_id AS "messageId", d.status::text, d.is_test AS "isTest", d.attempt_count AS "attemptCount",
  d.queued_attempt_count AS "queuedAttemptCount", d.next_attempt_at AS "nextAttemptAt", d.last_attempt_at AS "lastAttemptAt",
  d.completed_at AS "completedAt", d.failure_trigger::text AS "failureTrigger", d.failure_message AS "failureMessage",
  d.locked_until AS "lockedUntil", d.lease_token::text AS "leaseToken", d.created_at AS "createdAt", d.seq::text AS seq`;

const attemptRow = z.object({
  id: z.string(),
  deliveryId: z.string(),
  tenantId: z.string(),
  webhookId: z.string(),
  attemptNumber: z.number(),
  startedAt: z.date(),
  durationMs: z.number(),
  url: z.string(),
  requestHeaders: jsonColumn,
  responseStatus: z.number().nullable(),
  responseHeaders: jsonColumn.nullable(),
  responseBody: z.string().nullable(),
  succeeded: z.boolean(),
  failureTrigger: z.enum(FailureTrigger).nullable(),
  failureMessage: z.string().nullable(),
}) satisfies z.ZodType<DeliveryAttempt>;

/** The WHERE clause (without the keyword) selecting the tenant's deliveries that match `filter`. */
function deliveryFilterSql(owner: Owner, filter: DeliveryFilter | null | undefined): Prisma.Sql {
  const conditions = [Prisma.sql`d.tenant_id = ${owner.tenantId}::uuid`, projectSql(owner, "delivery", "d")];
  if (filter?.webhookId) conditions.push(Prisma.sql`d.webhook_id = ${filter.webhookId}::uuid`);
  if (filter?.eventId) conditions.push(Prisma.sql`d.event_id = ${filter.eventId}::uuid`);
  if (filter?.eventType != null) conditions.push(Prisma.sql`d.event_type = ${filter.eventType}`);
  if (filter?.messageId != null) {
    // A webhook-id names one event (messageIdOf): its deliveries are found through the event_id index.
    const eventId = eventIdOfMessageId(filter.messageId);
    conditions.push(
      eventId ? Prisma.sql`d.event_id = ${eventId}::uuid AND d.message_id = ${filter.messageId}` : Prisma.sql`FALSE`,
    );
  }
  if (filter?.status) conditions.push(Prisma.sql`d.status = ${filter.status}::"DeliveryStatus"`);
  if (filter?.isTest != null) conditions.push(Prisma.sql`d.is_test = ${filter.isTest}`);
  if (filter?.createdAfter) conditions.push(Prisma.sql`d.created_at >= ${filter.createdAfter}`);
  if (filter?.createdBefore) conditions.push(Prisma.sql`d.created_at < ${filter.createdBefore}`);
  return Prisma.join(conditions, " AND ");
}

const pageTotal = z.object({ total: z.number() });

/**
 * One page of the tenant's deliveries ordered by creation (ties broken by id), with the total
 * matching the filter, in one statement.
 */
export async function loadDeliveryPage(
  sql: RunSql,
  owner: Owner,
  filter: DeliveryFilter | null | undefined,
  newestFirst: boolean,
  page: PageRequest,
): Promise<{ rows: Delivery[]; total: number }> {
  const descending = newestFirst !== page.inverted;
  const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const after = afterCursor(page, descending, Prisma.sql`d.created_at`, Prisma.sql`d.id`, "timestamptz");
  const where = deliveryFilterSql(owner, filter);
  const found = await sql(Prisma.sql`
    WITH page AS (
      SELECT ${DELIVERY_COLUMNS} FROM deliveries d WHERE ${where} AND ${after}
      ORDER BY d.created_at ${direction}, d.id ${direction} LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT t.total, page.* FROM (SELECT count(*)::int AS total FROM deliveries d WHERE ${where}) t
    LEFT JOIN page ON TRUE
    ORDER BY page."createdAt" ${direction}, page.id ${direction}`);
  // The one row of an empty page has no delivery.
  const rows = found.flatMap((record) => (record.id === null ? [] : [deliveryRow.parse(record)]));
  return { rows, total: found[0] ? pageTotal.parse(found[0]).total : 0 };
}

/** A page's delivery's cursor. */
export const deliveryCursor = (delivery: Pick<Delivery, "createdAt" | "id">) =>
  encodeCursor(delivery.createdAt.toISOString(), delivery.id);

/** The tenant's deliveries of `ids` (those that exist), in one statement. */
export async function loadDeliveries(
  sql: RunSql,
  owner: Owner,
  ids: readonly string[],
): Promise<Map<string, Delivery>> {
  const rows = await sql(
    Prisma.sql`SELECT ${DELIVERY_COLUMNS} FROM deliveries d WHERE d.tenant_id = ${owner.tenantId}::uuid AND ${projectSql(owner, "delivery", "d")} AND d.id = ANY(${[...ids]}::uuid[])`,
  );
  return new Map(
    rows.map((record) => {
      const delivery = deliveryRow.parse(record);
      return [delivery.id, delivery];
    }),
  );
}

/** The attempts of each delivery, oldest first, in one statement. */
export async function loadAttempts(
  sql: RunSql,
  deliveryIds: readonly string[],
): Promise<Map<string, DeliveryAttempt[]>> {
  const rows = await sql(Prisma.sql`
    SELECT id::text, delivery_id::text AS "deliveryId", tenant_id::text AS "tenantId", webhook_id::text AS "webhookId",
           attempt_number AS "attemptNumber", started_at AS "startedAt", duration_ms AS "durationMs", url,
           request_headers AS "requestHeaders", response_status AS "responseStatus", response_headers AS "responseHeaders",
           response_body AS "responseBody", succeeded, failure_trigger::text AS "failureTrigger", failure_message AS "failureMessage"
    FROM delivery_attempts WHERE delivery_id = ANY(${[...deliveryIds]}::uuid[])
    ORDER BY delivery_id, attempt_number`);
  const attempts = new Map<string, DeliveryAttempt[]>();
  for (const record of rows) {
    const attempt = attemptRow.parse(record);
    const list = attempts.get(attempt.deliveryId);
    if (list) list.push(attempt);
    else attempts.set(attempt.deliveryId, [attempt]);
  }
  return attempts;
}
