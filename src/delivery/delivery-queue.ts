// The delivery queue is the deliveries table: a row with next_attempt_at in the past and no live
// lease is due. Workers claim due rows with FOR UPDATE SKIP LOCKED (so two workers never claim the
// same row) and a lease; a worker that dies leaves rows whose lease runs out and which are claimed
// again (at-least-once). Each attempt and the state it leads to are written in one statement.
// The worker's statements go past Prisma (db/sql.ts): they run for every delivery.
import { z } from "zod";
import { DeliveryStatus, Prisma, WebhookDestinationType, type PrismaClient } from "../generated/prisma/client.js";
import { DEFAULT_FAILURE_HANDLING, storedFailureHandling, type FailureHandling } from "../outgoing/failure-handling.js";
import { storedHeaders } from "../outgoing/outgoing-webhook-row.js";
import type { AttemptOutcome, OutgoingRequest } from "./http-sender.js";
import { isEndpointGone, type NextStep } from "./retry-schedule.js";
import type { DeliveryTarget, WebhookMessage } from "./webhook-request.js";
import { jsonColumn, namedStatement, selectRows, type RunSql } from "../db/sql.js";
import type { QueueDepth } from "../metrics/metrics.js";
import { DELIVERIES_CHANNEL } from "../events/events.js";

type Db = PrismaClient | Prisma.TransactionClient;

/** What the deliveries channel says when deliveries of any age were queued again (QueueWindow). */
export const REQUEUED = "requeued";

/** Wakes the workers for deliveries queued again (resent, recovered, unsuspended, redelivered). */
export async function notifyDeliveriesQueued(db: Db): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${DELIVERIES_CHANNEL}, ${REQUEUED})`;
}

/** How far back claims look at least, how far ahead, and how often the oldest waiting delivery is read. */
const QUEUE_WINDOW_BACK_MS = 3_600_000;
const QUEUE_WINDOW_AHEAD_MS = 3_600_000;
// A window read late is only wider than it needs to be (its start moves forward as deliveries finish);
// the reading is for a requeue notification this process missed. (Every 5 s, it cost 37 ms of
// PostgreSQL per read with a busy day's partition: each waiting and dead entry of its index is visited.)
const QUEUE_WINDOW_READ_MS = 60_000;
/** A lower bound that leaves nothing out. */
const EVERY_DELIVERY = new Date(0);
const oldestWaitingRow = z.object({ oldest: z.date().nullable(), now: z.date() });

/** The created_at range a claim looks in. */
export interface QueueBounds {
  since: Date;
  until: Date;
}

/**
 * Bounds are widened to whole UTC days: the history partitions with the default HISTORY_DAY_SECONDS
 * (shorter partitions, for soak tests, only make a plan hold more of them).
 */
const DAY_MS = 86_400_000;
const timestampConstant = (at: number) => Prisma.raw(`'${new Date(at).toISOString()}'::timestamptz`);

/**
 * `column` within the bounds widened to whole days, written as constants: a statement kept prepared
 * is then planned over those days' partitions only (the others pruned at planning), where with
 * parameters its generic plan held every partition and pruned as it ran. Over 37 daily partitions
 * that plan took 30-45 ms to make again each time autovacuum analyzed today's partition, on every
 * connection, and locked every partition at each execution. Whole days keep the statement's text, so
 * its plan, the same all day.
 */
const createdWithin = (column: string, bounds: QueueBounds) => {
  const { from, to } = wholeDays(bounds);
  return Prisma.sql`${Prisma.raw(column)} >= ${timestampConstant(from)} AND ${Prisma.raw(column)} < ${timestampConstant(to)}`;
};

/** The bounds widened to the UTC days they fall in: [from, to), ms. */
function wholeDays({ since, until }: QueueBounds): { from: number; to: number } {
  return {
    from: Math.floor(since.getTime() / DAY_MS) * DAY_MS,
    to: (Math.floor(until.getTime() / DAY_MS) + 1) * DAY_MS,
  };
}

/**
 * Where a worker's claims look: deliveries created in a range of time. A statement on the
 * partitioned deliveries table is planned over every partition it may touch (a claim: 8 ms over 38
 * daily partitions, against 1 ms over 4), so claims name the range (createdWithin). It starts at the
 * oldest delivery waiting for an attempt (next_attempt_at set: due, retrying or in flight), read every
 * QUEUE_WINDOW_READ_MS, and at least QUEUE_WINDOW_BACK_MS back; it ends QUEUE_WINDOW_AHEAD_MS past the
 * database's clock (rows are created at its now()). Deliveries queued again may be older: requeued()
 * (on the REQUEUED notification) has the next claim read the oldest again.
 */
export class QueueWindow {
  private since: Date | null = null;
  private readAt = 0;
  /** The database's clock ahead of this process's, ms. */
  private skewMs = 0;
  private generation = 0;

  async bounds(sql: RunSql): Promise<QueueBounds> {
    if (this.since === null || Date.now() - this.readAt >= QUEUE_WINDOW_READ_MS) await this.read(sql);
    return { since: this.since ?? EVERY_DELIVERY, until: new Date(Date.now() + this.skewMs + QUEUE_WINDOW_AHEAD_MS) };
  }

  requeued(): void {
    this.generation += 1;
    this.since = null;
  }

  private async read(sql: RunSql): Promise<void> {
    const generation = this.generation;
    const floor = new Date(Date.now() - QUEUE_WINDOW_BACK_MS);
    const [row] = await selectRows(
      sql,
      oldestWaitingRow,
      namedStatement(
        "readQueueWindow",
        // Only the partial index of waiting deliveries can answer this (no bound on created_at for
        // the planner to prefer a time index with): 1 page for each partition without any.
        Prisma.sql`SELECT (SELECT min(created_at) FROM deliveries WHERE next_attempt_at IS NOT NULL) AS oldest, now()`,
      ),
    );
    if (!row) return;
    this.skewMs = row.now.getTime() - Date.now();
    // Deliveries queued again while this was read may be older than what it found.
    if (generation !== this.generation) return;
    this.since = row.oldest && row.oldest < floor ? row.oldest : floor;
    this.readAt = Date.now();
  }
}

/**
 * Publishes wake one worker, not all: the one holding this advisory lock (the others take it over
 * when it stops). Woken all at once, every worker claimed for every event and all but one found
 * nothing: at one delivery per event, twice the CPU and a tail of tens of milliseconds.
 */
export const CLAIM_LEADER_LOCK_KEY = 4_210_004;
/** How often a worker without the lock tries to take it: how long publishes can go unheard when its holder dies. */
export const CLAIM_LEADER_RETRY_MS = 1000;

/** Where the woken worker asks the others to help, when its claims come back full. */
export const DELIVERIES_HELP_CHANNEL = "hookrelay_deliveries_help";

export async function askWorkersForHelp(sql: RunSql): Promise<void> {
  await sql(Prisma.sql`SELECT pg_notify(${DELIVERIES_HELP_CHANNEL}, '')`);
}

/** A claimed delivery with everything needed to attempt it. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  /** When the delivery was queued: its event's publication. */
  createdAt: Date;
  /** Claimed after an earlier claim's lease ran out: that worker stopped or stalled mid-attempt. */
  leaseExpired: boolean;
  leaseToken: string;
  isTest: boolean;
  queuedAttemptCount: number;
  message: WebhookMessage;
  target: DeliveryTarget;
  failureHandling: FailureHandling;
  webhookEnabled: boolean;
  webhookSuspended: boolean;
  /** Its webhook is FIFO: the next delivery in line becomes claimable once this one is written. */
  ordered: boolean;
  /** Its webhook has a rate or concurrency limit (it was claimed within it). */
  limited: boolean;
  /** Its webhook limits requests in flight: once this one is written, a slot is free. */
  slotLimited: boolean;
}

const claimRow = z.object({
  id: z.string(),
  webhook_id: z.string(),
  webhook_version: z.string(),
  created_at: z.date(),
  lease_expired: z.boolean(),
  lease_token: z.string(),
  is_test: z.boolean(),
  queued_attempt_count: z.number(),
  message_id: z.string(),
  type: z.string(),
  occurred_at: z.date(),
  payload: jsonColumn,
  enabled: z.boolean(),
  suspended: z.boolean(),
  ordered: z.boolean(),
  limited: z.boolean(),
  slot_limited: z.boolean(),
});

// What a claim returns of each delivery, `c` being a leased row (id, lease_token, is_test,
// queued_attempt_count, message_id, event_id, webhook_id, created_at, lease_expired). Of its webhook,
// the state that decides whether it is sent, and the row's version: the target is read once per version.
const CLAIM_COLUMNS = Prisma.sql`c.id::text, c.webhook_id::text, w.xmin::text AS webhook_version, c.created_at, c.lease_expired, c.lease_token::text, c.is_test, c.queued_attempt_count, c.message_id,
           e.type, e.occurred_at, e.payload,
           w.enabled, (w.suspended_at IS NOT NULL) AS suspended, (w.ordering = 'FIFO') AS ordered,
           w.delivery_limited AS limited, (w.max_concurrent_requests IS NOT NULL) AS slot_limited`;

const targetRow = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  url: z.string(),
  headers: storedHeaders,
  secret_ciphertext: z.string(),
  previous_secret_ciphertext: z.string().nullable(),
  previous_secret_expires_at: z.date().nullable(),
  failure_handling: storedFailureHandling,
  destination_type: z.enum(WebhookDestinationType),
  destination_settings: jsonColumn.nullable(),
  destination_secret_ciphertext: z.string().nullable(),
  destination_secret_hint: z.string().nullable(),
});

interface VersionedTarget {
  version: string;
  target: DeliveryTarget;
  failureHandling: FailureHandling;
}

/**
 * Webhooks' targets (URL, headers, secrets, destination, failure handling) as claims last read them,
 * by webhook and row version (xmin, which every update of the row changes). A busy webhook's target
 * was read, parsed and checked with every delivery claimed; now once per change of its row.
 */
export class DeliveryTargets {
  private readonly byWebhook = new Map<string, VersionedTarget>();

  constructor(private readonly maxSize = 10_000) {}

  get(webhookId: string, version: string): VersionedTarget | undefined {
    const known = this.byWebhook.get(webhookId);
    return known?.version === version ? known : undefined;
  }

  /** The target as last read, whatever its version. */
  latest(webhookId: string): VersionedTarget | undefined {
    return this.byWebhook.get(webhookId);
  }

  /** Reads the targets of these webhooks as they are now. */
  async load(sql: RunSql, webhookIds: string[]): Promise<void> {
    const rows = await selectRows(
      sql,
      targetRow,
      namedStatement(
        "loadDeliveryTargets",
        Prisma.sql`
        SELECT w.id::text, w.xmin::text AS version, w.name, w.url, w.headers, w.secret_ciphertext, w.previous_secret_ciphertext,
               w.previous_secret_expires_at, w.failure_handling, w.destination_type::text, w.destination_settings,
               w.destination_secret_ciphertext, w.destination_secret_hint
        FROM webhooks w WHERE w.id = ANY(${webhookIds}::uuid[])`,
      ),
    );
    // Past the bound (webhooks by the thousand, each busy once), start afresh rather than track use.
    if (this.byWebhook.size + rows.length > this.maxSize) this.byWebhook.clear();
    for (const row of rows)
      this.byWebhook.set(row.id, {
        version: row.version,
        failureHandling: row.failure_handling,
        target: {
          id: row.id,
          name: row.name,
          url: row.url,
          headers: row.headers,
          secretCiphertext: row.secret_ciphertext,
          previousSecretCiphertext: row.previous_secret_ciphertext,
          previousSecretExpiresAt: row.previous_secret_expires_at,
          destinationType: row.destination_type,
          destinationSettings: row.destination_settings,
          destinationSecretCiphertext: row.destination_secret_ciphertext,
          destinationSecretHint: row.destination_secret_hint,
        },
      });
  }
}

/** The claimed rows with their webhooks' targets, reading those not known at the claimed version. */
async function claimedDeliveries(
  sql: RunSql,
  rows: z.output<typeof claimRow>[],
  targets: DeliveryTargets,
): Promise<ClaimedDelivery[]> {
  // Looked up before reading the rest: a read past the bound starts the map afresh.
  const known = rows.map((row) => targets.get(row.webhook_id, row.webhook_version));
  const unknown = new Set(rows.filter((_, index) => !known[index]).map((row) => row.webhook_id));
  if (unknown.size > 0) await targets.load(sql, [...unknown]);
  return rows.map((row, index) => {
    // Read now, it may have changed again since the claim: the newer target is the one to use.
    const target = known[index] ?? targets.latest(row.webhook_id);
    if (!target) throw new Error(`webhook ${row.webhook_id} of claimed delivery ${row.id} not found`);
    return {
      id: row.id,
      webhookId: row.webhook_id,
      createdAt: row.created_at,
      leaseExpired: row.lease_expired,
      leaseToken: row.lease_token,
      isTest: row.is_test,
      queuedAttemptCount: row.queued_attempt_count,
      message: { messageId: row.message_id, type: row.type, occurredAt: row.occurred_at, payload: row.payload },
      target: target.target,
      failureHandling: target.failureHandling,
      webhookEnabled: row.enabled,
      webhookSuspended: row.suspended,
      ordered: row.ordered,
      limited: row.limited,
      slotLimited: row.slot_limited,
    };
  });
}

/** What a claim found. */
export interface Claims {
  /** Limited webhooks' deliveries (to start now: their limits allowed them now), then the rest. */
  limited: ClaimedDelivery[];
  unlimited: ClaimedDelivery[];
  /** Some webhook has a limit (null: limited webhooks were not asked about). */
  limitsInUse: boolean | null;
  /** When a webhook held back by its rate has its next token (ms from now); null when none is. */
  wakeAfterMs: number | null;
}

const limitedMarkerRow = z.object({ wake_after_seconds: z.number().nullable() });

/**
 * Claims, in one statement, up to `room` due deliveries of webhooks without a limit, oldest due first,
 * and up to `limitedRoom` of rate- or concurrency-limited webhooks, no more per webhook than its token
 * bucket and its free slots allow (hookrelay_claim_limited_deliveries, migrations
 * 20261202044038_delivery_limits and 20261207133000_limited_claim_window: enforced across every
 * worker, since each webhook's bucket row is locked while its deliveries are claimed; over the limit
 * they stay due, never failed). Each is
 * leased for its webhook's timeout plus `leaseSeconds`, long enough to attempt it and record the outcome.
 */
export async function claimDueDeliveries(
  sql: RunSql,
  { room, limitedRoom, leaseSeconds }: { room: number; limitedRoom: number; leaseSeconds: number },
  targets = new DeliveryTargets(),
  window = new QueueWindow(),
): Promise<Claims> {
  const bounds = await window.bounds(sql);
  const timeout = DEFAULT_FAILURE_HANDLING.timeoutSeconds;
  // The limited claim's function plans its statements at each call, with these days as values.
  const { from, to } = wholeDays(bounds);
  // The function's rows come after the general claim's; its last row has no delivery: whether any webhook is limited, and when to look again.
  const limitedRows =
    limitedRoom > 0
      ? Prisma.sql`UNION ALL SELECT * FROM hookrelay_claim_limited_deliveries(${limitedRoom}::int, ${leaseSeconds}::int, ${timeout}::int, ${new Date(from)}::timestamptz, ${new Date(to)}::timestamptz)`
      : Prisma.empty;
  const claimedRows = await sql(
    namedStatement(
      limitedRoom > 0 ? "claimDueDeliveries" : "claimDueUnlimitedDeliveries",
      Prisma.sql`
    WITH due AS (
      SELECT d.id, d.created_at, d.locked_until IS NOT NULL AS lease_expired FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until <= now()) AND ${createdWithin("d.created_at", bounds)}
        -- A limited webhook's deliveries are claimed by the function (a boolean, not the limits'
        -- IS NULL: see migration 20261202044038_delivery_limits).
        AND NOT w.delivery_limited
        -- A FIFO webhook's delivery waits while an earlier one is unfinished: in flight, or retrying.
        -- Asked as "is it the first unfinished one" (min over the webhook's index of unfinished
        -- deliveries, one index probe): as NOT EXISTS, the planner may scan the table for every
        -- candidate, betting on finding an earlier one soon, which it never does for the first.
        AND (w.ordering = 'UNORDERED' OR d.seq <= COALESCE((
          SELECT min(e.seq) FROM deliveries e
          WHERE e.webhook_id = d.webhook_id AND e.status IN ('PENDING', 'FAILED') AND NOT e.is_test
            AND ${createdWithin("e.created_at", bounds)}), d.seq))
      ORDER BY d.next_attempt_at
      LIMIT ${room}
      FOR NO KEY UPDATE OF d SKIP LOCKED
    ), claimed AS (
      UPDATE deliveries d
      SET lease_token = gen_random_uuid(),
          locked_until = now() + make_interval(secs => COALESCE((w.failure_handling->>'timeoutSeconds')::int, ${timeout}::int) + ${leaseSeconds}::int)
      FROM due, webhooks w
      -- With its time, each row is looked up in its own partition only (history-retention.ts).
      WHERE d.id = due.id AND d.created_at = due.created_at AND ${createdWithin("d.created_at", bounds)} AND w.id = d.webhook_id
      RETURNING d.id, d.lease_token, d.is_test, d.queued_attempt_count, d.message_id, d.event_id, d.webhook_id, d.created_at, due.lease_expired, NULL::float8 AS wake_after_seconds
    ), claims AS (
      SELECT * FROM claimed ${limitedRows}
    )
    SELECT ${CLAIM_COLUMNS}, c.wake_after_seconds
    -- An event before the window (a redelivery's) is not found here: readUnseenClaims reads it.
    FROM claims c LEFT JOIN events e ON e.id = c.event_id AND ${createdWithin("e.created_at", bounds)}
      LEFT JOIN webhooks w ON w.id = c.webhook_id`,
    ),
  );
  const rows = await readUnseenClaims(sql, claimedRows);
  const marker = rows.find((row) => row.id === null);
  const wakeAfterSeconds = marker ? limitedMarkerRow.parse(marker).wake_after_seconds : null;
  const claims = await claimedDeliveries(
    sql,
    rows.filter((row) => row.id !== null).map((row) => claimRow.parse(row)),
    targets,
  );
  return {
    limited: claims.filter((claim) => claim.limited),
    unlimited: claims.filter((claim) => !claim.limited),
    limitsInUse: limitedRoom > 0 ? marker !== undefined : null,
    wakeAfterMs: wakeAfterSeconds === null ? null : Math.ceil(wakeAfterSeconds * 1000),
  };
}

/**
 * The limited claim's function reads with a snapshot of its own, newer than the claim statement's, so
 * it can lease a delivery whose event (or webhook) was committed after the statement began: the
 * statement's join then finds none. Such rows are read again, in a statement that sees them; rare
 * (a publish racing the claim), so one extra statement only then.
 */
async function readUnseenClaims(sql: RunSql, rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const unseen = rows.filter((row) => row.id !== null && (row.type === null || row.enabled === null));
  if (unseen.length === 0) return rows;
  const reread = await sql(Prisma.sql`
    SELECT ${CLAIM_COLUMNS}
    FROM (SELECT d.id, d.lease_token, d.is_test, d.queued_attempt_count, d.message_id, d.event_id, d.webhook_id, d.created_at, u.lease_expired
          FROM unnest(${unseen.map((row) => row.id)}::uuid[], ${unseen.map((row) => row.lease_expired)}::bool[]) AS u(id, lease_expired)
          JOIN deliveries d ON d.id = u.id) c
    LEFT JOIN events e ON e.id = c.event_id LEFT JOIN webhooks w ON w.id = c.webhook_id`);
  return [...rows.filter((row) => !unseen.includes(row)), ...reread];
}

const queueDepthRow = z.object({ due: z.number(), oldest_due_age_seconds: z.number() });

/** The queue's depth for the metrics: due, unleased deliveries and the age of the oldest (the claim's own index). */
export async function readQueueDepth(sql: RunSql): Promise<QueueDepth> {
  const [row] = await selectRows(
    sql,
    queueDepthRow,
    Prisma.sql`
    SELECT count(*)::int AS due, COALESCE(EXTRACT(EPOCH FROM now() - min(next_attempt_at)), 0)::float8 AS oldest_due_age_seconds
    FROM deliveries
    WHERE next_attempt_at <= now() AND (locked_until IS NULL OR locked_until <= now())`,
  );
  return { due: row?.due ?? 0, oldestDueAgeSeconds: row?.oldest_due_age_seconds ?? 0 };
}

/** One finished attempt, ready to be written. */
export interface AttemptRecord {
  claim: Pick<ClaimedDelivery, "id" | "createdAt" | "leaseToken" | "isTest"> &
    Partial<Pick<ClaimedDelivery, "ordered" | "slotLimited">>;
  request: OutgoingRequest;
  outcome: AttemptOutcome;
  step: NextStep;
  handling: FailureHandling;
}

const recordedRow = z.object({
  id: z.string(),
  tenant_id: z.string(),
  webhook_id: z.string(),
  webhook_name: z.string(),
  status: z.enum(DeliveryStatus),
  event_id: z.string(),
  event_type: z.string(),
  message_id: z.string(),
  attempt_count: z.number(),
  is_test: z.boolean(),
  failure_trigger: z.string().nullable(),
  failure_message: z.string().nullable(),
  response_status: z.number().nullable(),
  suspended_now: z.boolean(),
  disabled_now: z.boolean(),
  suspend_reason: z.string().nullable(),
});

/** A delivery as one attempt left it, with what that did to its webhook (for the operational events). */
export interface RecordedAttempt {
  deliveryId: string;
  tenantId: string;
  webhook: { id: string; name: string };
  status: DeliveryStatus;
  event: { id: string; type: string; messageId: string };
  attemptCount: number;
  isTest: boolean;
  failureTrigger: string | null;
  failureMessage: string | null;
  responseStatus: number | null;
  /** This statement suspended the webhook / switched it off (410 Gone). */
  webhookSuspended: boolean;
  webhookDisabled: boolean;
  suspendReason: string | null;
}

/** How far a webhook's lastSuccessAt / lastFailureAt may lag behind its latest attempt (see recordAttempts). */
export const HEALTH_TIMESTAMP_RESOLUTION = "1 second";

/**
 * Writes attempts, their deliveries' new state and their webhooks' health in one statement, for as
 * many attempts as given (the worker batches those that finish together). An attempt is written only
 * while its claim still holds the lease; a delivery whose lease ran out (another worker claimed it)
 * is skipped. Returns each written delivery as the attempt left it, with what it did to its webhook.
 *
 * Webhook health within a batch follows the attempts' order in time: a success resets the count of
 * consecutive failed deliveries, each delivery that fails for good adds one, and reaching the
 * webhook's threshold suspends it. Test deliveries leave the webhook alone.
 */
export async function recordAttempts(sql: RunSql, records: AttemptRecord[]): Promise<RecordedAttempt[]> {
  if (records.length === 0) return [];
  const column = <T>(value: (record: AttemptRecord) => T) => records.map(value);
  // The deliveries' times bound the partitions the statement is planned over (QueueWindow).
  const times = records.map((record) => record.claim.createdAt.getTime());
  const bounds = { since: new Date(Math.min(...times)), until: new Date(Math.max(...times)) };
  const rows = await selectRows(
    sql,
    recordedRow,
    namedStatement(
      "recordAttempts",
      Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${column((r) => r.claim.id)}::uuid[], ${column((r) => r.claim.createdAt)}::timestamptz[], ${column((r) => r.claim.leaseToken)}::uuid[], ${column((r) => r.claim.isTest)}::bool[],
        ${column((r) => r.step.status)}::text[], ${column((r) => (r.step.status === "FAILED" ? r.step.retryInSeconds : null))}::float8[],
        ${column((r) => r.outcome.startedAt)}::timestamptz[], ${column((r) => r.outcome.durationMs)}::int[], ${column((r) => r.request.url)}::text[],
        ${column((r) => JSON.stringify(requestHeaderList(r.request)))}::jsonb[], ${column((r) => r.outcome.responseStatus)}::int[],
        ${column((r) => (r.outcome.responseHeaders === null ? null : JSON.stringify(r.outcome.responseHeaders)))}::jsonb[],
        ${column((r) => r.outcome.responseBody)}::text[], ${column((r) => r.outcome.succeeded)}::bool[],
        ${column((r) => r.outcome.failureTrigger)}::text[], ${column((r) => r.outcome.failureMessage)}::text[],
        ${column((r) => r.handling.suspend)}::bool[], ${column((r) => r.handling.suspendAfterConsecutiveFailures)}::int[],
        ${column((r) => isEndpointGone(r.outcome))}::bool[]
      ) AS i(id, created_at, lease_token, is_test, status, retry_in, started_at, duration_ms, url, request_headers, response_status,
             response_headers, response_body, succeeded, failure_trigger, failure_message, suspend, suspend_after, gone)
    ), updated AS (
      UPDATE deliveries d
      SET status = i.status::"DeliveryStatus",
          attempt_count = d.attempt_count + 1,
          queued_attempt_count = d.queued_attempt_count + 1,
          last_attempt_at = i.started_at,
          next_attempt_at = CASE WHEN i.retry_in IS NULL THEN NULL ELSE now() + make_interval(secs => i.retry_in) END,
          completed_at = CASE WHEN i.status <> 'FAILED' THEN now() END,
          failure_trigger = i.failure_trigger::"FailureTrigger",
          failure_message = i.failure_message,
          locked_until = NULL,
          lease_token = NULL
      FROM input i
      WHERE d.id = i.id AND d.created_at = i.created_at AND ${createdWithin("d.created_at", bounds)}
        AND d.lease_token = i.lease_token
      RETURNING d.id, d.tenant_id, d.webhook_id, d.attempt_count, d.status, d.event_id, d.event_type, d.message_id, d.failure_trigger, d.failure_message
    ), attempts AS (
      INSERT INTO delivery_attempts (id, delivery_id, tenant_id, webhook_id, attempt_number, started_at, duration_ms, url,
        request_headers, response_status, response_headers, response_body, succeeded, failure_trigger, failure_message)
      SELECT hookrelay_uuid7(), u.id, u.tenant_id, u.webhook_id, u.attempt_count, i.started_at, i.duration_ms, i.url,
        i.request_headers, i.response_status, i.response_headers, i.response_body, i.succeeded, i.failure_trigger::"FailureTrigger", i.failure_message
      FROM updated u JOIN input i ON i.id = u.id
    ), health AS (
      SELECT u.webhook_id,
             max(i.started_at) FILTER (WHERE i.succeeded) AS last_success,
             max(i.started_at) FILTER (WHERE NOT i.succeeded) AS last_failure,
             bool_or(i.suspend) AS suspend, min(i.suspend_after) AS suspend_after, bool_or(i.gone) AS gone,
             (array_agg(i.failure_message ORDER BY i.started_at DESC) FILTER (WHERE i.status IN ('DIVERTED', 'DISCARDED')))[1] AS last_message,
             count(*) FILTER (WHERE i.status IN ('DIVERTED', 'DISCARDED')) AS final_failures,
             count(*) FILTER (WHERE i.status IN ('DIVERTED', 'DISCARDED')
                              AND i.started_at > (SELECT COALESCE(max(x.started_at), '-infinity') FROM input x JOIN updated y ON y.id = x.id
                                                  WHERE y.webhook_id = u.webhook_id AND x.succeeded AND NOT x.is_test)) AS failures_since_success
      FROM updated u JOIN input i ON i.id = u.id
      WHERE NOT i.is_test
      GROUP BY u.webhook_id
    ), counted AS (
      SELECT h.*, f.failures, w.suspended_at IS NULL AS was_unsuspended, w.enabled AS was_enabled,
             -- Whether the threshold is crossed; the UPDATE suspends when the row it locked is not suspended yet.
             (h.suspend AND h.final_failures > 0 AND f.failures >= h.suspend_after) AS crosses_threshold
      FROM health h JOIN webhooks w ON w.id = h.webhook_id
        CROSS JOIN LATERAL (SELECT CASE WHEN h.last_success IS NOT NULL THEN h.failures_since_success
                                        ELSE w.consecutive_failures + h.final_failures END AS failures) f
    ), webhook_state AS (
      UPDATE webhooks w
      SET last_success_at = COALESCE(c.last_success, w.last_success_at),
          last_failure_at = COALESCE(c.last_failure, w.last_failure_at),
          consecutive_failures = c.failures,
          suspended_at = CASE WHEN c.crosses_threshold AND w.suspended_at IS NULL THEN now() ELSE w.suspended_at END,
          suspend_reason = CASE WHEN c.crosses_threshold AND w.suspended_at IS NULL
                                THEN 'Suspended after ' || c.suspend_after || ' deliveries in a row failed; last: ' || COALESCE(c.last_message, 'failure')
                                ELSE w.suspend_reason END,
          -- 410 Gone switches the webhook off (isEndpointGone); nothing more is queued for it.
          enabled = w.enabled AND NOT c.gone,
          disabled_reason = CASE WHEN c.gone AND w.enabled THEN 'ENDPOINT_GONE'::"WebhookDisabledReason" ELSE w.disabled_reason END,
          disabled_at = CASE WHEN c.gone AND w.enabled THEN now() ELSE w.disabled_at END
      FROM counted c
      WHERE w.id = c.webhook_id
        -- Every attempt updating its webhook's row made that row the busiest in the database (each
        -- update a new row version, workers queueing on its lock). Only a change of the failure count
        -- or a suspension is written at once; the time of the last success or failure alone is
        -- written when it moves on by more than HEALTH_TIMESTAMP_RESOLUTION.
        AND (c.failures IS DISTINCT FROM w.consecutive_failures
             OR (c.gone AND w.enabled)
             OR (c.crosses_threshold AND w.suspended_at IS NULL)
             OR c.last_success > COALESCE(w.last_success_at, '-infinity') + ${HEALTH_TIMESTAMP_RESOLUTION}::interval
             OR c.last_failure > COALESCE(w.last_failure_at, '-infinity') + ${HEALTH_TIMESTAMP_RESOLUTION}::interval)
      RETURNING w.id, (c.was_unsuspended AND w.suspended_at IS NOT NULL) AS suspended_now, (c.was_enabled AND NOT w.enabled) AS disabled_now, w.suspend_reason
    )
    SELECT u.id::text, u.tenant_id::text, u.webhook_id::text, w.name AS webhook_name, u.status::text, u.event_id::text, u.event_type, u.message_id,
           u.attempt_count, i.is_test, u.failure_trigger::text, u.failure_message, i.response_status,
           COALESCE(s.suspended_now, false) AS suspended_now, COALESCE(s.disabled_now, false) AS disabled_now, s.suspend_reason
    FROM updated u JOIN input i ON i.id = u.id JOIN webhooks w ON w.id = u.webhook_id LEFT JOIN webhook_state s ON s.id = u.webhook_id`,
    ),
  );
  return rows.map((row) => ({
    deliveryId: row.id,
    tenantId: row.tenant_id,
    webhook: { id: row.webhook_id, name: row.webhook_name },
    status: row.status,
    event: { id: row.event_id, type: row.event_type, messageId: row.message_id },
    attemptCount: row.attempt_count,
    isTest: row.is_test,
    failureTrigger: row.failure_trigger,
    failureMessage: row.failure_message,
    responseStatus: row.response_status,
    webhookSuspended: row.suspended_now,
    webhookDisabled: row.disabled_now,
    suspendReason: row.suspend_reason,
  }));
}

/** The request_headers column: the headers as sent, as requestHeaderList made them. */
export const storedRequestHeaders = z.array(z.object({ name: z.string(), value: z.string() }));

/** The response_headers column: the headers as received (null when no response arrived). */
export const storedResponseHeaders = z.record(z.string(), z.string()).nullable();

/** A request's headers as name/value lines (a header with several values is several lines). */
export function requestHeaderList(request: Pick<OutgoingRequest, "headers">): { name: string; value: string }[] {
  return Object.entries(request.headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => ({ name, value: one })),
  );
}

/** Ends a claimed delivery as diverted without sending it (its webhook is disabled or suspended). */
export async function divertClaimed(
  sql: RunSql,
  claim: Pick<ClaimedDelivery, "id" | "leaseToken">,
  reason: string,
): Promise<void> {
  await sql(Prisma.sql`
    UPDATE deliveries
    SET status = 'DIVERTED', next_attempt_at = NULL, completed_at = now(), failure_trigger = NULL, failure_message = ${reason},
        locked_until = NULL, lease_token = NULL
    WHERE id = ${claim.id}::uuid AND lease_token = ${claim.leaseToken}::uuid`);
}

/** Gives claims back unattempted (a worker shutting down): they are due again at once. */
export async function releaseClaims(sql: RunSql, claims: Pick<ClaimedDelivery, "id" | "leaseToken">[]): Promise<void> {
  if (claims.length === 0) return;
  await sql(Prisma.sql`
    UPDATE deliveries SET locked_until = NULL, lease_token = NULL
    WHERE id = ANY(${claims.map((claim) => claim.id)}::uuid[]) AND lease_token = ANY(${claims.map((claim) => claim.leaseToken)}::uuid[])`);
}
