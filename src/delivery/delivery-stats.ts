// Delivery statistics, computed in the database: counts by status, success rate, attempt latency
// percentiles, overall and per time bucket (UTC). Test deliveries are left out.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { ValidationError } from "../errors.js";
import { parseInput } from "../validation.js";

export const STATS_BUCKETS = ["MINUTE", "HOUR", "DAY"] as const;
export type StatsBucket = (typeof STATS_BUCKETS)[number];
const BUCKET_SECONDS: Record<StatsBucket, number> = { MINUTE: 60, HOUR: 3600, DAY: 86_400 };
export const MAX_STATS_BUCKETS = 1500;
const DEFAULT_RANGE_MS = 24 * 60 * 60 * 1000;

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

interface RawRow {
  start?: Date;
  total: number;
  pending: number;
  succeeded: number;
  failed: number;
  diverted: number;
  discarded: number;
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
export async function deliveryStats(prisma: PrismaClient, tenantId: string, input: DeliveryStatsFilter, bucket: StatsBucket, now = new Date()): Promise<DeliveryStats> {
  const filter = parseInput(statsFilter, input, ["filter"]) ?? {};
  const to = filter.to ?? now;
  const from = filter.from ?? new Date(to.getTime() - DEFAULT_RANGE_MS);
  if (from >= to) throw ValidationError.of(["filter", "from"], "must be before filter.to");
  const buckets = Math.ceil((to.getTime() - from.getTime()) / 1000 / BUCKET_SECONDS[bucket]);
  if (buckets > MAX_STATS_BUCKETS) {
    throw ValidationError.of(["bucket"], `gives ${buckets} buckets for this range; at most ${MAX_STATS_BUCKETS}: use a larger bucket or a shorter range`);
  }

  const unit = bucket.toLowerCase();
  const deliveryConditions = [Prisma.sql`d.tenant_id = ${tenantId}::uuid`, Prisma.sql`NOT d.is_test`];
  if (filter.webhookId) deliveryConditions.push(Prisma.sql`d.webhook_id = ${filter.webhookId}::uuid`);
  if (filter.eventType) deliveryConditions.push(Prisma.sql`d.event_type = ${filter.eventType}`);
  const matching = Prisma.join(deliveryConditions, " AND ");
  const bucketOf = (column: Prisma.Sql) => Prisma.sql`date_trunc(${unit}, ${column} AT TIME ZONE 'UTC')`;

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
    ), buckets AS (
      SELECT generate_series(${bucketOf(Prisma.sql`${from}::timestamptz`)}, ${to}::timestamptz AT TIME ZONE 'UTC' - interval '1 millisecond', ${`1 ${unit}`}::interval) AS bucket
      UNION ALL SELECT NULL
    )
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
