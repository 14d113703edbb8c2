// History that stops growing. The history tables are partitioned by time (one partition per
// HISTORY_DAY_SECONDS, migration 20261207080000_history_partitions). Every process creates partitions
// ahead of now; the worker role's retention pass (one process at a time) drops a partition once all of
// it has expired for every tenant, and deletes in small batches what expires sooner (a tenant keeping
// less than the longest retention) or cannot go with its partition (beside an unfinished delivery).
// Unfinished deliveries (pending, retrying, diverted) and their attempts are never removed, nor an
// event while any of its deliveries remains.
import { setTimeout } from "node:timers/promises";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";
import { namedStatement, selectRows, type RunSql } from "../db/sql.js";
import { isLockConflict } from "../db/errors.js";
import type { Logger } from "../common/logger.js";
import { listTenantRetention, retentionOf } from "../tenants/tenants.js";

export const HISTORY_TABLES = [
  "events",
  "deliveries",
  "delivery_attempts",
  "incoming_requests",
  "incoming_events",
] as const;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

/** What retention keeps, from the configuration. */
export interface RetentionPolicy {
  /** Days kept when a tenant does not say. */
  defaultDays: number;
  /** The most days a tenant may keep. */
  maxDays: number;
  /** The length of a day and of a partition, in seconds (86400 but in soak tests). */
  daySeconds: number;
  /** Rows one deletion removes at most. */
  batchSize: number;
}

/** The session advisory lock the retention pass's process holds (any constant no other lock uses). */
export const RETENTION_LOCK_KEY = 4_210_006;

/** Partitions made ahead of now, in days: room for a process that stops renewing them for a while. */
export const PARTITION_DAYS_AHEAD = 3;

const createdRow = z.object({ created: z.number() });

/** Tries at creating partitions, and the wait before the first retry (doubled each time). */
const PARTITION_CREATION_TRIES = 5;
const PARTITION_CREATION_RETRY_MS = 50;

/**
 * Creates the partitions missing to cover [from, through] (and nothing else); returns how many.
 * Creating one waits at most 200 ms for its table's lock (migration
 * 20261207120000_partition_creation_lock_timeout), so busy tables make it try again, a few times.
 */
export async function createHistoryPartitions(sql: RunSql, daySeconds: number, from: Date, through: Date) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [row] = await selectRows(
        sql,
        createdRow,
        Prisma.sql`SELECT hookrelay_create_history_partitions(${from}::timestamptz, ${through}::timestamptz, ${daySeconds}::int) AS created`,
      );
      return row?.created ?? 0;
    } catch (error) {
      if (!isLockConflict(error) || attempt === PARTITION_CREATION_TRIES) throw error;
      await setTimeout(PARTITION_CREATION_RETRY_MS * 2 ** (attempt - 1));
    }
  }
}

/** Creates the partitions from now to PARTITION_DAYS_AHEAD days ahead that are missing. */
export const createPartitionsAhead = (sql: RunSql, daySeconds: number, now = new Date()) =>
  createHistoryPartitions(sql, daySeconds, now, new Date(now.getTime() + PARTITION_DAYS_AHEAD * daySeconds * 1000));

const partitionRow = z.object({
  parent: z.enum(HISTORY_TABLES),
  partition: z.string().regex(/^[a-z0-9_]+$/),
  /** Null for a legacy partition, which starts at -infinity. */
  lower_bound: z.date().nullable(),
  upper_bound: z.date(),
});
export type HistoryPartition = z.output<typeof partitionRow>;
/** A partition by name, with the table it belongs to. */
export type PartitionName = Pick<HistoryPartition, "parent" | "partition">;

/** The history tables' partitions, oldest first. */
export const listHistoryPartitions = (sql: RunSql): Promise<HistoryPartition[]> =>
  selectRows(
    sql,
    partitionRow,
    Prisma.sql`SELECT parent, partition, NULLIF(lower_bound, '-infinity') AS lower_bound, upper_bound
              FROM hookrelay_history_partitions() ORDER BY upper_bound, parent`,
  );

/** What one retention pass removed, and what it had to keep. */
export interface RetentionPassReport {
  droppedPartitions: PartitionName[];
  /** Partitions wholly past their horizon that stay: pinned by an unfinished delivery, or the drop timed out. */
  keptPartitions: PartitionName[];
  deletedRows: Record<HistoryTable | "alerts", number>;
}

/** Where each kind of history ends: before `horizon` it has expired for every tenant. */
interface Horizons<T = Date> {
  events: T;
  deliveries: T;
  incoming: T;
}

type RetentionKind = keyof Horizons;

const KIND_OF: Record<HistoryTable, RetentionKind> = {
  events: "events",
  deliveries: "deliveries",
  delivery_attempts: "deliveries",
  incoming_requests: "incoming",
  incoming_events: "incoming",
};

/** Each tenant's retention (tenants.ts), and the longest and shortest of each kind. */
async function retentionDays(sql: RunSql, policy: RetentionPolicy) {
  const tenants = await listTenantRetention(sql, policy);
  // With no tenant, what one would keep.
  const none = retentionOf(
    { retentionEventsDays: null, retentionDeliveriesDays: null, retentionIncomingDays: null },
    policy,
  );
  const bound = (pick: (a: number, b: number) => number): Horizons<number> => {
    const of = (kind: RetentionKind) =>
      tenants.length > 0 ? tenants.map(({ retention }) => retention[kind]).reduce((a, b) => pick(a, b)) : none[kind];
    return { events: of("events"), deliveries: of("deliveries"), incoming: of("incoming") };
  };
  return { tenants, longest: bound(Math.max), shortest: bound(Math.min) };
}
type RetentionDays = Awaited<ReturnType<typeof retentionDays>>;

/** The tenants' retention as rows of a statement (id, events_days, deliveries_days, incoming_days). */
const retentionRows = ({ tenants }: RetentionDays) => Prisma.sql`
  SELECT * FROM unnest(${tenants.map((tenant) => tenant.tenantId)}::uuid[],
                       ${tenants.map((tenant) => tenant.retention.events)}::int[],
                       ${tenants.map((tenant) => tenant.retention.deliveries)}::int[],
                       ${tenants.map((tenant) => tenant.retention.incoming)}::int[])
    AS r(id, events_days, deliveries_days, incoming_days)`;

const keptRow = z.object({ kept: z.boolean() });

/** Whether a partition whose time has passed holds rows that must stay. */
async function holdsKeptRows(sql: RunSql, partition: HistoryPartition, deliveriesHorizon: Date): Promise<boolean> {
  const table = Prisma.raw(`"${partition.partition}"`);
  const unfinished = (join: Prisma.Sql) => Prisma.sql`
    EXISTS (SELECT 1 FROM deliveries d ${join} WHERE d.next_attempt_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM deliveries d ${join} WHERE d.status = 'DIVERTED')`;
  const kept = {
    deliveries: Prisma.sql`EXISTS (SELECT 1 FROM ${table} WHERE next_attempt_at IS NOT NULL)
                           OR EXISTS (SELECT 1 FROM ${table} WHERE status = 'DIVERTED')`,
    delivery_attempts: unfinished(Prisma.sql`JOIN ${table} a ON a.delivery_id = d.id`),
    events: Prisma.sql`EXISTS (SELECT 1 FROM ${table} WHERE redelivered_at > ${deliveriesHorizon}::timestamptz)
                       OR ${unfinished(Prisma.sql`JOIN ${table} e ON e.id = d.event_id`)}`,
    incoming_requests: Prisma.sql`false`,
    incoming_events: Prisma.sql`false`,
  }[partition.parent];
  const [row] = await selectRows(sql, keptRow, Prisma.sql`SELECT (${kept}) AS kept`);
  return row?.kept ?? true;
}

/**
 * Drops the partitions wholly past their horizon that hold nothing to keep. Deliveries go before
 * events: an events partition waits while a deliveries partition of its time remains (one pinned by
 * an unfinished delivery holds back only the events of its own time). Returns the dropped ones and the
 * expired ones that stay.
 */
async function dropExpiredPartitions(
  sql: RunSql,
  horizons: Horizons,
): Promise<{ dropped: PartitionName[]; kept: PartitionName[] }> {
  const dropped: PartitionName[] = [];
  const order: HistoryTable[] = ["deliveries", "delivery_attempts", "events", "incoming_events", "incoming_requests"];
  const partitions = await listHistoryPartitions(sql);
  const remaining = new Set(partitions.map((partition) => partition.partition));
  for (const parent of order) {
    for (const partition of partitions.filter((candidate) => candidate.parent === parent)) {
      if (partition.upper_bound > horizons[KIND_OF[parent]]) continue;
      if (
        parent === "events" &&
        partitions.some(
          (other) =>
            other.parent === "deliveries" &&
            remaining.has(other.partition) &&
            (other.lower_bound === null || other.lower_bound < partition.upper_bound) &&
            other.upper_bound > (partition.lower_bound ?? new Date(0)),
        )
      )
        continue;
      if (await holdsKeptRows(sql, partition, horizons.deliveries)) continue;
      // Dropping a partition locks its parent table; rather than queue every statement behind the lock
      // while a long one holds the table, give up after a moment and try at the next pass.
      await sql(
        namedStatement(
          "dropHistoryPartition",
          Prisma.sql`DO $$ BEGIN SET LOCAL lock_timeout = '1s'; DROP TABLE ${Prisma.raw(`"${partition.partition}"`)}; END $$`,
        ),
      ).then(
        () => {
          dropped.push({ parent: partition.parent, partition: partition.partition });
          remaining.delete(partition.partition);
        },
        (error: unknown) => {
          if (!isLockConflict(error)) throw error;
        },
      );
    }
  }
  const kept = partitions
    .filter((partition) => partition.upper_bound <= horizons[KIND_OF[partition.parent]])
    .filter((partition) => remaining.has(partition.partition))
    .map(({ parent, partition }) => ({ parent, partition }));
  return { dropped, kept };
}

const deletedRow = z.object({ deleted: z.number(), children: z.number() });

/**
 * The batched deletions, each removing up to `batch` expired rows of its table (and their children),
 * oldest first per tenant: rows of tenants keeping less than the longest retention, and rows in
 * partitions wholly past their horizon that stay for a row they must keep (`floor`: the start of the
 * partition the horizon falls in).
 */
function deleteExpiredBatch(
  kind: RetentionKind | "alerts",
  policy: RetentionPolicy,
  now: Date,
  days: RetentionDays,
  floor: Date,
): Prisma.Sql {
  const cutoff = (column: string) =>
    Prisma.sql`${now}::timestamptz - make_interval(secs => ${Prisma.raw(column)} * ${policy.daySeconds}::int)`;
  const batch = policy.batchSize;
  /** `childrenUntil`: when the row's last child was made (its children are made from its created_at on). */
  const pick = (table: string, of: RetentionKind, also: Prisma.Sql, childrenUntil = Prisma.sql`h.created_at`) => {
    const column = `r.${of}_days`;
    // Every row picked is older than the shortest retention and, when every tenant keeps as long, than
    // the floor: a constant the planner prunes newer partitions with. Without it, each pass scanned all
    // of them for rows it never found (1.6 s a pass over a million deliveries).
    const before =
      days.shortest[of] < days.longest[of]
        ? new Date(now.getTime() - days.shortest[of] * policy.daySeconds * 1000)
        : floor;
    // Oldest first, along each partition's (tenant_id, created_at) index: a tenant with nothing
    // expired costs a probe per partition, not a scan.
    return Prisma.sql`
    WITH retention AS (${retentionRows(days)}), doomed AS (
      SELECT x.* FROM retention r CROSS JOIN LATERAL (
        SELECT h.id, h.created_at, ${childrenUntil} AS children_until FROM ${Prisma.raw(table)} h
        WHERE h.tenant_id = r.id AND h.created_at < ${before}::timestamptz AND h.created_at < ${cutoff(column)}
          AND (${Prisma.raw(column)} < ${days.longest[of]}::int OR h.created_at < ${floor}::timestamptz) ${also}
        ORDER BY h.created_at
        LIMIT ${batch}::int) x
      LIMIT ${batch}::int
    )`;
  };
  /**
   * Deletes the picked rows of `table` and their rows in `child`. Both are found by id within the
   * batch's span of time, so only the partitions of that span are searched, by index (as a join, the
   * planner hashed every partition of both tables: 1.5 s a batch over a million deliveries).
   * Attempts carry their worker's clock, the deliveries' times the database's: an hour either side.
   */
  const withChildren = (
    name: string,
    picked: Prisma.Sql,
    table: string,
    child: { table: string; parentColumn: string; timeColumn: string } | null,
  ) =>
    namedStatement(
      name,
      Prisma.sql`${picked},
      children AS (
        ${
          child
            ? Prisma.sql`DELETE FROM ${Prisma.raw(child.table)} c
                         WHERE c.${Prisma.raw(child.parentColumn)} = ANY(ARRAY(SELECT id FROM doomed))
                           AND c.${Prisma.raw(child.timeColumn)} BETWEEN (SELECT min(created_at) - interval '1 hour' FROM doomed)
                                                                     AND (SELECT max(children_until) + interval '1 hour' FROM doomed)
                         RETURNING 1`
            : Prisma.sql`SELECT 1 WHERE false`
        }
      ), deleted AS (
        DELETE FROM ${Prisma.raw(table)} h
        WHERE h.id = ANY(ARRAY(SELECT id FROM doomed))
          AND h.created_at BETWEEN (SELECT min(created_at) FROM doomed) AND (SELECT max(created_at) FROM doomed)
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM deleted)::int AS deleted, (SELECT count(*) FROM children)::int AS children`,
    );
  switch (kind) {
    case "deliveries":
      return withChildren(
        "deleteExpiredDeliveries",
        pick(
          "deliveries",
          "deliveries",
          Prisma.sql`AND h.next_attempt_at IS NULL AND h.status <> 'DIVERTED'`,
          Prisma.sql`COALESCE(h.last_attempt_at, h.created_at)`,
        ),
        "deliveries",
        { table: "delivery_attempts", parentColumn: "delivery_id", timeColumn: "started_at" },
      );
    case "events":
      return withChildren(
        "deleteExpiredEvents",
        pick(
          "events",
          "events",
          Prisma.sql`AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_id = h.id AND d.created_at >= h.created_at)`,
        ),
        "events",
        null,
      );
    case "incoming":
      return withChildren(
        "deleteExpiredIncomingRequests",
        pick("incoming_requests", "incoming", Prisma.empty),
        "incoming_requests",
        { table: "incoming_events", parentColumn: "request_id", timeColumn: "created_at" },
      );
    case "alerts":
      // Alerts are not partitioned: one whose last event has expired goes, whatever its state.
      return namedStatement(
        "deleteExpiredAlerts",
        Prisma.sql`
        WITH retention AS (${retentionRows(days)}), doomed AS (
          SELECT x.id FROM retention r CROSS JOIN LATERAL (
            SELECT a.id FROM alerts a WHERE a.tenant_id = r.id AND a.last_event_at < ${cutoff("r.incoming_days")}
            LIMIT ${batch}::int) x
          LIMIT ${batch}::int
        ), deleted AS (
          DELETE FROM alerts a USING doomed WHERE a.id = doomed.id RETURNING 1
        )
        SELECT (SELECT count(*) FROM deleted)::int AS deleted, 0 AS children`,
      );
  }
}

/** Runs a batched deletion until a batch comes back short; returns the rows and child rows removed. */
async function deleteExpired(sql: RunSql, statement: () => Prisma.Sql, batchSize: number) {
  let deleted = 0;
  let children = 0;
  for (;;) {
    const [row] = await selectRows(sql, deletedRow, statement());
    deleted += row?.deleted ?? 0;
    children += row?.children ?? 0;
    if ((row?.deleted ?? 0) < batchSize) return { deleted, children };
  }
}

/**
 * One retention pass: creates the partitions ahead, drops the expired ones, then deletes in batches
 * what expired outside them. Safe to run again at any time; meant for one process at a time.
 */
export async function applyRetention(
  sql: RunSql,
  policy: RetentionPolicy,
  now = new Date(),
): Promise<RetentionPassReport> {
  await createPartitionsAhead(sql, policy.daySeconds, now);
  const days = await retentionDays(sql, policy);
  const dayMs = policy.daySeconds * 1000;
  const horizonOf = (kind: RetentionKind) => new Date(now.getTime() - days.longest[kind] * dayMs);
  const horizons: Horizons = {
    events: horizonOf("events"),
    deliveries: horizonOf("deliveries"),
    incoming: horizonOf("incoming"),
  };
  const partitions = await dropExpiredPartitions(sql, horizons);
  const floorOf = (horizon: Date) => new Date(Math.floor(horizon.getTime() / dayMs) * dayMs);
  const batch = (kind: RetentionKind | "alerts", horizon: Date) =>
    deleteExpired(sql, () => deleteExpiredBatch(kind, policy, now, days, floorOf(horizon)), policy.batchSize);
  const deliveries = await batch("deliveries", horizons.deliveries);
  const events = await batch("events", horizons.events);
  const incoming = await batch("incoming", horizons.incoming);
  const alerts = await batch("alerts", horizons.incoming);
  return {
    droppedPartitions: partitions.dropped,
    keptPartitions: partitions.kept,
    deletedRows: {
      deliveries: deliveries.deleted,
      delivery_attempts: deliveries.children,
      events: events.deleted,
      incoming_requests: incoming.deleted,
      incoming_events: incoming.children,
      alerts: alerts.deleted,
    },
  };
}

/**
 * Keeps partitions ahead in every process (a process that only serves the API writes history too),
 * and, where `isRetentionLeader` says so, runs the retention pass: every `intervalMs`, one at a time.
 */
export class HistoryMaintenance {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly sql: RunSql,
    private readonly policy: RetentionPolicy,
    private readonly intervalMs: number,
    private readonly log: Logger,
    private readonly isRetentionLeader: () => boolean,
    /** Told of every pass (for the metrics), with its duration in seconds. */
    private readonly onPass: (report: RetentionPassReport, seconds: number) => void = () => {},
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** One round now (or the one under way): partitions ahead, then retention when leading. */
  tick(): Promise<void> {
    this.running ??= this.round().finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<void> {
    try {
      // The pass makes the partitions ahead itself.
      if (!this.isRetentionLeader()) {
        await createPartitionsAhead(this.sql, this.policy.daySeconds);
        return;
      }
      const started = performance.now();
      const report = await applyRetention(this.sql, this.policy);
      const ms = performance.now() - started;
      this.onPass(report, ms / 1000);
      const deleted = Object.values(report.deletedRows).reduce((sum, count) => sum + count, 0);
      if (report.droppedPartitions.length > 0 || deleted > 0)
        this.log.info(
          {
            droppedPartitions: report.droppedPartitions.map((dropped) => dropped.partition),
            keptPartitions: report.keptPartitions.map((kept) => kept.partition),
            deletedRows: report.deletedRows,
            ms: Math.round(ms),
          },
          "retention pass removed history",
        );
    } catch (error) {
      this.log.warn({ err: error }, "history maintenance failed; trying again at the next round");
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
