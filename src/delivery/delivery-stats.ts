// Delivery statistics, computed in the database: counts by status, success rate, attempt latency
// percentiles, overall and per time bucket (UTC). Test deliveries are left out.
import { projectSql, type Owner } from "../auth/owner.js";
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { parseInput } from "../common/validation.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { bucketSeriesSql, bucketStartSql, statsRange, type StatsBucket } from "../db/time-buckets.js";

const statsFilter = z
  .object({
    webhookId: z.string().nullish(),
    eventType: z.string().nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();

export type DeliveryStatsFilter = z.input<typeof statsFilter>;

export interface DeliveryStatsRow {
  /** Start of the bucket; absent on the totals. */
  start?: Date;
  total: number;
  pending: number;
  succeeded: number;
  failed: number;
  diverted: number;
  discarded: number;
  /** Succeeded among finished (succeeded, diverted, discarded) deliveries; null when none finished. */
  successRate: number | null;
  attemptCount: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  latencyP99Ms: number | null;
}

export interface DeliveryStats {
  from: Date;
  to: Date;
  bucket: StatsBucket;
  totals: DeliveryStatsRow;
  series: DeliveryStatsRow[];
}

/** A row as the query returns it: the counts as they are, the rest to be derived or renamed. */
interface RawRow extends Pick<
  DeliveryStatsRow,
  "start" | "total" | "pending" | "succeeded" | "failed" | "diverted" | "discarded"
> {
  attempt_count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

function toRow(raw: RawRow): DeliveryStatsRow {
  const finished = raw.succeeded + raw.diverted + raw.discarded;
  return {
    ...(raw.start ? { start: raw.start } : {}),
    total: raw.total,
    pending: raw.pending,
    succeeded: raw.succeeded,
    failed: raw.failed,
    diverted: raw.diverted,
    discarded: raw.discarded,
    successRate: finished > 0 ? raw.succeeded / finished : null,
    attemptCount: raw.attempt_count,
    latencyP50Ms: raw.p50,
    latencyP95Ms: raw.p95,
    latencyP99Ms: raw.p99,
  };
}

/**
 * Deliveries are counted in the bucket they were created in; attempts (and their latency) in the
 * bucket they started in. The range defaults to the last 24 hours.
 */
export async function deliveryStats(
  prisma: PrismaClient,
  owner: Owner,
  input: DeliveryStatsFilter,
  bucket: StatsBucket,
  now = new Date(),
): Promise<DeliveryStats> {
  const filter = parseInput(statsFilter, input, ["filter"]) ?? {};
  const range = statsRange(filter.from, filter.to, bucket, now);
  const { from, to } = range;

  const { tenantId } = owner;
  const deliveryConditions = [
    Prisma.sql`d.tenant_id = ${tenantId}::uuid`,
    projectSql(owner, "delivery", "d"),
    Prisma.sql`NOT d.is_test`,
  ];
  if (filter.webhookId) deliveryConditions.push(Prisma.sql`d.webhook_id = ${filter.webhookId}::uuid`);
  if (filter.eventType) deliveryConditions.push(Prisma.sql`d.event_type = ${filter.eventType}`);
  const matching = Prisma.join(deliveryConditions, " AND ");
  const bucketOf = (column: Prisma.Sql) => bucketStartSql(column, bucket);

  // One grouped query: GROUPING SETS give a row per bucket and the totals row (bucket NULL).
  const rows = await prisma.$queryRaw<(RawRow & { bucket: Date | null })[]>`
    WITH delivery_counts AS (
      SELECT ${bucketOf(Prisma.sql`d.created_at`)} AS bucket, count(*)::int AS total,
             count(*) FILTER (WHERE d.status = 'PENDING')::int AS pending,
             count(*) FILTER (WHERE d.status = 'SUCCEEDED')::int AS succeeded,
             count(*) FILTER (WHERE d.status = 'FAILED')::int AS failed,
             count(*) FILTER (WHERE d.status = 'DIVERTED')::int AS diverted,
             count(*) FILTER (WHERE d.status = 'DISCARDED')::int AS discarded
      FROM deliveries d
      WHERE ${matching} AND d.created_at >= ${from}::timestamptz AND d.created_at < ${to}::timestamptz
      GROUP BY GROUPING SETS ((1), ())
    ), attempt_latency AS (
      SELECT ${bucketOf(Prisma.sql`a.started_at`)} AS bucket, count(*)::int AS attempt_count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_ms) AS p50,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY a.duration_ms) AS p95,
             percentile_cont(0.99) WITHIN GROUP (ORDER BY a.duration_ms) AS p99
      FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id
      WHERE a.tenant_id = ${tenantId}::uuid AND ${matching} AND a.started_at >= ${from}::timestamptz AND a.started_at < ${to}::timestamptz
      GROUP BY GROUPING SETS ((1), ())
    ), buckets AS (${bucketSeriesSql(range)})
    SELECT (b.bucket AT TIME ZONE 'UTC') AS bucket,
           COALESCE(c.total, 0) AS total, COALESCE(c.pending, 0) AS pending, COALESCE(c.succeeded, 0) AS succeeded,
           COALESCE(c.failed, 0) AS failed, COALESCE(c.diverted, 0) AS diverted, COALESCE(c.discarded, 0) AS discarded,
           COALESCE(l.attempt_count, 0) AS attempt_count, l.p50, l.p95, l.p99
    FROM buckets b
    LEFT JOIN delivery_counts c ON c.bucket IS NOT DISTINCT FROM b.bucket
    LEFT JOIN attempt_latency l ON l.bucket IS NOT DISTINCT FROM b.bucket
    ORDER BY b.bucket NULLS FIRST`;
  const [totalsRow, ...bucketRows] = rows;
  return {
    from,
    to,
    bucket,
    totals: toRow(totalsRow!),
    series: bucketRows.map((row) => toRow({ ...row, start: row.bucket ?? undefined })),
  };
}

/** The hours `recentDeliveries` covers. */
export const RECENT_HOURS = 24;

/** A webhook's deliveries of the last RECENT_HOURS hours, hour by hour, oldest first: what a sparkline draws. */
export interface RecentDeliveries {
  succeeded: number[];
  /** Failed, discarded or diverted: finished without success. */
  failed: number[];
}

const recentRow = z.object({ webhookId: z.string(), hoursAgo: z.number(), succeeded: z.number(), failed: z.number() });

/** Each webhook's RecentDeliveries (test deliveries left out), for many webhooks in one statement. */
export async function recentDeliveriesOf(
  sql: RunSql,
  webhookIds: readonly string[],
  now = new Date(),
): Promise<Map<string, RecentDeliveries>> {
  const from = new Date(now.getTime() - RECENT_HOURS * 3600_000);
  // Hours counted back from `now`, not UTC clock hours: the newest bucket ends now.
  const rows = await selectRows(
    sql,
    recentRow,
    Prisma.sql`
    SELECT webhook_id::text AS "webhookId", floor(extract(epoch FROM ${now}::timestamptz - created_at) / 3600)::int AS "hoursAgo",
           count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
           count(*) FILTER (WHERE status IN ('FAILED', 'DISCARDED', 'DIVERTED'))::int AS failed
    FROM deliveries
    WHERE webhook_id = ANY(${[...webhookIds]}::uuid[]) AND created_at > ${from}::timestamptz AND created_at <= ${now}::timestamptz AND NOT is_test
    GROUP BY 1, 2`,
  );
  const recent = new Map(
    webhookIds.map((id) => [
      id,
      { succeeded: new Array<number>(RECENT_HOURS).fill(0), failed: new Array<number>(RECENT_HOURS).fill(0) },
    ]),
  );
  for (const row of rows) {
    const of = recent.get(row.webhookId);
    const at = RECENT_HOURS - 1 - row.hoursAgo;
    if (!of || at < 0 || at >= RECENT_HOURS) continue;
    of.succeeded[at] = row.succeeded;
    of.failed[at] = row.failed;
  }
  return recent;
}
