// Incoming events counted and aggregated by severity, type, webhook, provider, plugin, project or key
// (one or several together), overall and per time bucket (UTC, by when they arrived), computed in the
// database in one statement.
import { projectSql, type Owner } from "../auth/owner.js";
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { ValidationError } from "../common/errors.js";
import { parseInput } from "../common/validation.js";
import { bucketSeriesSql, bucketStartSql, statsRange, type StatsBucket } from "../db/time-buckets.js";
import {
  aggregateColumns,
  aggregateValues,
  statsOrderSql,
  statsShapeSchema,
  type AggregateValue,
} from "../db/aggregates.js";

export const INCOMING_EVENT_GROUPS = [
  "SEVERITY",
  "EVENT_TYPE",
  "WEBHOOK",
  "PROVIDER",
  "PLUGIN",
  "PROJECT",
  "EVENT_KEY",
] as const;
export type IncomingEventGroup = (typeof INCOMING_EVENT_GROUPS)[number];

export const INCOMING_EVENT_STATS_FIELDS = ["DELAY_SECONDS"] as const;
export type IncomingEventStatsField = (typeof INCOMING_EVENT_STATS_FIELDS)[number];

const GROUP_COLUMNS: Record<IncomingEventGroup, Prisma.Sql> = {
  SEVERITY: Prisma.sql`e.severity::text`,
  EVENT_TYPE: Prisma.sql`e.event_type::text`,
  WEBHOOK: Prisma.sql`e.webhook_id::text`,
  PROVIDER: Prisma.sql`e.provider`,
  PLUGIN: Prisma.sql`w.plugin_id`,
  PROJECT: Prisma.sql`NULLIF(e.project_id, '')`,
  EVENT_KEY: Prisma.sql`e.event_key`,
};

const FIELD_COLUMNS: Record<IncomingEventStatsField, Prisma.Sql> = {
  // How late events arrive: from when the sender says they happened to when they were stored.
  DELAY_SECONDS: Prisma.sql`extract(epoch FROM e.created_at - e.occurred_at)`,
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

const statsShape = statsShapeSchema(INCOMING_EVENT_STATS_FIELDS);
export type IncomingEventStatsShape = z.input<typeof statsShape> & { thenBy?: IncomingEventGroup[] | null };

export interface GroupCount {
  /** The first grouped dimension's value (a severity, an event type, a webhook id, ...); null for events without one. */
  key: string | null;
  /** Every grouped dimension's value: groupBy's, then thenBy's. */
  keys: (string | null)[];
  count: number;
  aggregates: AggregateValue<IncomingEventStatsField>[];
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

const MAX_DIMENSIONS = 3;

const statsRow = z.object({
  bucket: z.date().nullable(),
  count: z.number().nullable(),
  bucketTotal: z.number().nullable(),
});
/** A group's key column (k0, k1, ...): the dimension's value, null for none. */
const groupKey = z
  .string()
  .nullish()
  .transform((key) => key ?? null);

export async function incomingEventStats(
  prisma: PrismaClient,
  owner: Owner,
  input: IncomingEventStatsFilter,
  groupBy: IncomingEventGroup,
  bucket: StatsBucket,
  shapeInput: IncomingEventStatsShape = {},
  now = new Date(),
): Promise<IncomingEventStats> {
  const filter = parseInput(statsFilter, input, ["filter"]) ?? {};
  const { thenBy, ...rest } = shapeInput;
  const shape = parseInput(statsShape, rest, []);
  const dimensions = [...new Set([groupBy, ...(thenBy ?? [])])];
  if (dimensions.length > MAX_DIMENSIONS)
    throw ValidationError.of(["thenBy"], `must add at most ${MAX_DIMENSIONS - 1} dimensions to groupBy`);
  const aggregates = shape.aggregates ?? [];
  const range = statsRange(filter.from, filter.to, bucket, now);
  const conditions = [
    Prisma.sql`e.tenant_id = ${owner.tenantId}::uuid`,
    projectSql(owner, "webhook", "e"),
    Prisma.sql`e.created_at >= ${range.from}::timestamptz`,
    Prisma.sql`e.created_at < ${range.to}::timestamptz`,
  ];
  if (filter.webhookId) conditions.push(Prisma.sql`e.webhook_id = ${filter.webhookId}::uuid`);
  if (filter.eventType) conditions.push(Prisma.sql`e.event_type = ${filter.eventType}::"IncomingEventType"`);
  if (filter.severity) conditions.push(Prisma.sql`e.severity = ${filter.severity}::"Severity"`);
  const keys = dimensions.map((_dimension, index) => Prisma.raw(`k${index}`));
  const keyColumns = dimensions.map((dimension, index) => Prisma.sql`${GROUP_COLUMNS[dimension]} AS ${keys[index]}`);
  const keyPositions = dimensions.map((_dimension, index) => String(index + 2));
  const joinWebhooks = dimensions.includes("PLUGIN")
    ? Prisma.sql`JOIN webhooks w ON w.id = e.webhook_id`
    : Prisma.empty;
  const extra = aggregateColumns(aggregates, FIELD_COLUMNS);
  // Counts per (bucket, groups) and per groups overall (bucket NULL), ranked within each bucket by the
  // order asked (default: the largest first) and cut to the limit; the bucket's total counts every group.
  // Every bucket appears, empty ones with no groups.
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH counts AS (
      SELECT ${bucketStartSql(Prisma.sql`e.created_at`, bucket)} AS bucket, ${Prisma.join(keyColumns)}, count(*)::int AS count${extra.length > 0 ? Prisma.sql`, ${Prisma.join(extra)}` : Prisma.empty}
      FROM incoming_events e ${joinWebhooks}
      WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY GROUPING SETS ((${Prisma.raw(["1", ...keyPositions].join(", "))}), (${Prisma.raw(keyPositions.join(", "))}))
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY bucket ORDER BY ${statsOrderSql(shape.orderBy, Prisma.sql`count`, keys)}) AS position,
        (sum(count) OVER (PARTITION BY bucket))::int AS "bucketTotal"
      FROM counts
    ), buckets AS (${bucketSeriesSql(range)})
    SELECT (b.bucket AT TIME ZONE 'UTC') AS bucket, ${Prisma.join([...keys, ...aggregates.map((_aggregate, index) => Prisma.raw(`a${index}`)), Prisma.raw(`count`), Prisma.raw(`"bucketTotal"`)].map((column) => Prisma.sql`c.${column}`))}
    FROM buckets b LEFT JOIN ranked c ON c.bucket IS NOT DISTINCT FROM b.bucket AND c.position <= ${shape.limit ?? 2 ** 31 - 1}
    ORDER BY b.bucket NULLS FIRST, c.position`;
  let total = 0;
  const groups: GroupCount[] = [];
  const series = new Map<number, { start: Date; total: number; groups: GroupCount[] }>();
  for (const record of rows) {
    const row = statsRow.parse(record);
    const counted: GroupCount | null =
      row.count === null
        ? null
        : {
            key: groupKey.parse(record.k0),
            keys: dimensions.map((_dimension, index) => groupKey.parse(record[`k${index}`])),
            count: row.count,
            aggregates: aggregateValues(aggregates, record),
          };
    if (row.bucket === null) {
      if (counted) groups.push(counted);
      total = row.bucketTotal ?? total;
      continue;
    }
    const entry = series.get(row.bucket.getTime()) ?? { start: row.bucket, total: row.bucketTotal ?? 0, groups: [] };
    series.set(row.bucket.getTime(), entry);
    if (counted) entry.groups.push(counted);
  }
  return { ...range, groupBy, total, groups, series: [...series.values()] };
}
