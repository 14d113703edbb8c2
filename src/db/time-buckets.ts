// Time ranges cut into UTC buckets, shared by the statistics queries.
import { Prisma } from "../generated/prisma/client.js";
import { ValidationError } from "../common/errors.js";

export const STATS_BUCKETS = ["MINUTE", "HOUR", "DAY"] as const;
export type StatsBucket = (typeof STATS_BUCKETS)[number];
const BUCKET_SECONDS: Record<StatsBucket, number> = { MINUTE: 60, HOUR: 3600, DAY: 86_400 };
export const MAX_STATS_BUCKETS = 1500;
const DEFAULT_RANGE_MS = 24 * 60 * 60 * 1000;

export interface StatsRange {
  from: Date;
  to: Date;
  bucket: StatsBucket;
}

/** The range asked for (default: the 24 hours before `now`), refused when it would give too many buckets. */
export function statsRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  bucket: StatsBucket,
  now = new Date(),
): StatsRange {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - DEFAULT_RANGE_MS);
  if (start >= end) throw ValidationError.of(["filter", "from"], "must be before filter.to");
  const buckets = Math.ceil((end.getTime() - start.getTime()) / 1000 / BUCKET_SECONDS[bucket]);
  if (buckets > MAX_STATS_BUCKETS) {
    throw ValidationError.of(
      ["bucket"],
      `gives ${buckets} buckets for this range; at most ${MAX_STATS_BUCKETS}: use a larger bucket or a shorter range`,
    );
  }
  return { from: start, to: end, bucket };
}

/** SQL: the start of the bucket holding `column` (a timestamptz), as UTC timestamp. */
export function bucketStartSql(column: Prisma.Sql, bucket: StatsBucket): Prisma.Sql {
  return Prisma.sql`date_trunc(${bucket.toLowerCase()}, ${column} AT TIME ZONE 'UTC')`;
}

/** SQL: every bucket start of the range, then one NULL row for the totals. */
export function bucketSeriesSql({ from, to, bucket }: StatsRange): Prisma.Sql {
  return Prisma.sql`
    SELECT generate_series(${bucketStartSql(Prisma.sql`${from}::timestamptz`, bucket)}, ${to}::timestamptz AT TIME ZONE 'UTC' - interval '1 millisecond', ${`1 ${bucket.toLowerCase()}`}::interval) AS bucket
    UNION ALL SELECT NULL`;
}
