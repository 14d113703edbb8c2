// Counts of incoming events by severity, type, webhook or provider, overall and per time bucket (UTC,
// by when they arrived), computed in the database.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { parseInput } from "../validation.js";
import { bucketSeriesSql, bucketStartSql, statsRange, type StatsBucket } from "../db/time-buckets.js";

export const INCOMING_EVENT_GROUPS = ["SEVERITY", "EVENT_TYPE", "WEBHOOK", "PROVIDER"] as const;
export type IncomingEventGroup = (typeof INCOMING_EVENT_GROUPS)[number];

const GROUP_COLUMNS: Record<IncomingEventGroup, Prisma.Sql> = {
  SEVERITY: Prisma.sql`e.severity::text`,
  EVENT_TYPE: Prisma.sql`e.event_type::text`,
  WEBHOOK: Prisma.sql`e.webhook_id::text`,
  PROVIDER: Prisma.sql`e.provider`,
};

const statsFilter = z
  .object({
    webhookId: z.string().nullish(),
    eventType: z.enum(["ALERT", "RECOVERY", "ERROR"]).nullish(),
    severity: z.enum(["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"]).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();

export type IncomingEventStatsFilter = z.input<typeof statsFilter>;

export interface GroupCount {
  /** The group's value (a severity, an event type, a webhook id, a provider); null for events without one. */
  key: string | null;
  count: number;
}

export interface IncomingEventStats {
  from: Date;
  to: Date;
  bucket: StatsBucket;
  groupBy: IncomingEventGroup;
  total: number;
  groups: GroupCount[];
  series: { start: Date; total: number; groups: GroupCount[] }[];
}

export async function incomingEventStats(
  prisma: PrismaClient,
  tenantId: string,
  input: IncomingEventStatsFilter,
  groupBy: IncomingEventGroup,
  bucket: StatsBucket,
  now = new Date(),
): Promise<IncomingEventStats> {
  const filter = parseInput(statsFilter, input, ["filter"]) ?? {};
  const range = statsRange(filter.from, filter.to, bucket, now);
  const conditions = [Prisma.sql`e.tenant_id = ${tenantId}::uuid`, Prisma.sql`e.created_at >= ${range.from}::timestamptz`, Prisma.sql`e.created_at < ${range.to}::timestamptz`];
  if (filter.webhookId) conditions.push(Prisma.sql`e.webhook_id = ${filter.webhookId}::uuid`);
  if (filter.eventType) conditions.push(Prisma.sql`e.event_type = ${filter.eventType}::"IncomingEventType"`);
  if (filter.severity) conditions.push(Prisma.sql`e.severity = ${filter.severity}::"Severity"`);
  // Counts per (bucket, group) and per group overall (bucket NULL); every bucket appears, empty ones with no groups.
  const rows = await prisma.$queryRaw<{ bucket: Date | null; key: string | null; count: number | null }[]>`
    WITH counts AS (
      SELECT ${bucketStartSql(Prisma.sql`e.created_at`, bucket)} AS bucket, ${GROUP_COLUMNS[groupBy]} AS key, count(*)::int AS count
      FROM incoming_events e
      WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY GROUPING SETS ((1, 2), (2))
    ), buckets AS (${bucketSeriesSql(range)})
    SELECT (b.bucket AT TIME ZONE 'UTC') AS bucket, c.key, c.count
    FROM buckets b LEFT JOIN counts c ON c.bucket IS NOT DISTINCT FROM b.bucket
    ORDER BY b.bucket NULLS FIRST, c.count DESC NULLS LAST, c.key`;
  const groups: GroupCount[] = [];
  const series = new Map<number, { start: Date; total: number; groups: GroupCount[] }>();
  for (const row of rows) {
    const counted = row.count === null ? null : { key: row.key, count: row.count };
    if (row.bucket === null) {
      if (counted) groups.push(counted);
      continue;
    }
    const entry = series.get(row.bucket.getTime()) ?? { start: row.bucket, total: 0, groups: [] };
    series.set(row.bucket.getTime(), entry);
    if (counted) {
      entry.groups.push(counted);
      entry.total += counted.count;
    }
  }
  return { ...range, groupBy, total: groups.reduce((sum, group) => sum + group.count, 0), groups, series: [...series.values()] };
}
