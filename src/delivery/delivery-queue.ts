// The delivery queue is the deliveries table: a row with next_attempt_at in the past and no live
// lease is due. Workers claim due rows with FOR UPDATE SKIP LOCKED (so two workers never claim the
// same row) and a lease; a worker that dies leaves rows whose lease runs out and which are claimed
// again (at-least-once). Each attempt and the state it leads to are written in one statement.
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { DEFAULT_FAILURE_HANDLING, type FailureHandling } from "../webhooks/failure-handling.js";
import type { AttemptOutcome, OutgoingRequest } from "./http-sender.js";
import type { NextStep } from "./retry-schedule.js";
import type { DeliveryTarget, WebhookMessage } from "./webhook-request.js";

/** PostgreSQL NOTIFY channel announcing newly due deliveries, so idle workers wake at once. */
export const DELIVERIES_CHANNEL = "hookrelay_deliveries";

type Db = PrismaClient | Prisma.TransactionClient;

export async function notifyDeliveriesQueued(db: Db): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${DELIVERIES_CHANNEL}, '')`;
}

/** A claimed delivery with everything needed to attempt it. */
export interface ClaimedDelivery {
  id: string;
  leaseToken: string;
  isTest: boolean;
  queuedAttemptCount: number;
  message: WebhookMessage;
  target: DeliveryTarget;
  /** As stored: null for the default. */
  failureHandling: unknown;
  webhookEnabled: boolean;
  webhookSuspended: boolean;
}

interface ClaimRow {
  id: string;
  lease_token: string;
  is_test: boolean;
  queued_attempt_count: number;
  message_id: string;
  type: string;
  occurred_at: Date;
  payload: unknown;
  url: string | null;
  headers: unknown;
  secret_ciphertext: string | null;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: Date | null;
  failure_handling: FailureHandling | null;
  enabled: boolean;
  suspended: boolean;
}

/**
 * Claims up to `limit` due deliveries, oldest due first. Each is leased for its webhook's timeout
 * plus `leaseSeconds`, long enough to attempt it and record the outcome.
 */
export async function claimDueDeliveries(prisma: PrismaClient, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    WITH due AS (
      SELECT id FROM deliveries
      WHERE next_attempt_at <= now() AND (locked_until IS NULL OR locked_until <= now())
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE deliveries d
      SET lease_token = gen_random_uuid(),
          locked_until = now() + make_interval(secs => COALESCE((w.failure_handling->>'timeoutSeconds')::int, ${DEFAULT_FAILURE_HANDLING.timeoutSeconds}::int) + ${leaseSeconds}::int)
      FROM due, webhooks w
      WHERE d.id = due.id AND w.id = d.webhook_id
      RETURNING d.id, d.lease_token, d.is_test, d.queued_attempt_count, d.message_id, d.event_id, d.webhook_id
    )
    SELECT c.id::text, c.lease_token::text, c.is_test, c.queued_attempt_count, c.message_id,
           e.type, e.occurred_at, e.payload,
           w.url, w.headers, w.secret_ciphertext, w.previous_secret_ciphertext, w.previous_secret_expires_at, w.failure_handling,
           w.enabled, (w.suspended_at IS NOT NULL) AS suspended
    FROM claimed c JOIN events e ON e.id = c.event_id JOIN webhooks w ON w.id = c.webhook_id`;
  return rows.map((row) => ({
    id: row.id,
    leaseToken: row.lease_token,
    isTest: row.is_test,
    queuedAttemptCount: row.queued_attempt_count,
    message: { messageId: row.message_id, type: row.type, occurredAt: row.occurred_at, payload: row.payload },
    target: {
      url: row.url,
      headers: row.headers as Prisma.JsonValue,
      secretCiphertext: row.secret_ciphertext,
      previousSecretCiphertext: row.previous_secret_ciphertext,
      previousSecretExpiresAt: row.previous_secret_expires_at,
    },
    failureHandling: row.failure_handling,
    webhookEnabled: row.enabled,
    webhookSuspended: row.suspended,
  }));
}

const isFinalFailure = (step: NextStep) => step.status === "DIVERTED" || step.status === "DISCARDED";

/**
 * Writes an attempt, the delivery's new state and the webhook's health in one statement, provided
 * the caller still holds the lease. Returns false when it does not (the lease ran out and another
 * worker claimed the delivery): nothing is written then.
 */
export async function recordAttempt(
  prisma: PrismaClient,
  claim: Pick<ClaimedDelivery, "id" | "leaseToken" | "isTest">,
  request: OutgoingRequest,
  outcome: AttemptOutcome,
  step: NextStep,
  handling: FailureHandling,
): Promise<boolean> {
  const retryIn = step.status === "FAILED" ? step.retryInSeconds : null;
  const finished = step.status !== "FAILED";
  const finalFailure = isFinalFailure(step);
  const requestHeaders = Object.entries(request.headers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => ({ name, value: one })));
  const suspendReason = `Suspended after ${handling.suspendAfterConsecutiveFailures} deliveries in a row failed; last: ${outcome.failureMessage ?? "failure"}`;
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    WITH updated AS (
      UPDATE deliveries
      SET status = ${step.status}::"DeliveryStatus",
          attempt_count = attempt_count + 1,
          queued_attempt_count = queued_attempt_count + 1,
          last_attempt_at = ${outcome.startedAt}::timestamptz,
          next_attempt_at = CASE WHEN ${retryIn}::float8 IS NULL THEN NULL ELSE now() + make_interval(secs => ${retryIn}::float8) END,
          completed_at = CASE WHEN ${finished} THEN now() END,
          failure_trigger = ${outcome.failureTrigger}::"FailureTrigger",
          failure_message = ${outcome.failureMessage},
          locked_until = NULL,
          lease_token = NULL
      WHERE id = ${claim.id}::uuid AND lease_token = ${claim.leaseToken}::uuid
      RETURNING id, tenant_id, webhook_id, attempt_count
    ), attempt AS (
      INSERT INTO delivery_attempts (id, delivery_id, tenant_id, webhook_id, attempt_number, started_at, duration_ms, url,
        request_headers, response_status, response_headers, response_body, succeeded, failure_trigger, failure_message)
      SELECT gen_random_uuid(), u.id, u.tenant_id, u.webhook_id, u.attempt_count, ${outcome.startedAt}::timestamptz, ${outcome.durationMs}::int, ${request.url},
        ${JSON.stringify(requestHeaders)}::jsonb, ${outcome.responseStatus}::int, ${outcome.responseHeaders === null ? null : JSON.stringify(outcome.responseHeaders)}::jsonb,
        ${outcome.responseBody}, ${outcome.succeeded}, ${outcome.failureTrigger}::"FailureTrigger", ${outcome.failureMessage}
      FROM updated u
    ), health AS (
      -- Test deliveries leave the webhook's health alone.
      UPDATE webhooks w
      SET last_success_at = CASE WHEN ${outcome.succeeded} THEN now() ELSE w.last_success_at END,
          last_failure_at = CASE WHEN ${outcome.succeeded} THEN w.last_failure_at ELSE now() END,
          consecutive_failures = CASE WHEN ${outcome.succeeded} THEN 0 WHEN ${finalFailure} THEN w.consecutive_failures + 1 ELSE w.consecutive_failures END,
          suspended_at = CASE WHEN ${finalFailure} AND ${handling.suspend} AND w.suspended_at IS NULL
                                   AND w.consecutive_failures + 1 >= ${handling.suspendAfterConsecutiveFailures}::int
                              THEN now() ELSE w.suspended_at END,
          suspend_reason = CASE WHEN ${finalFailure} AND ${handling.suspend} AND w.suspended_at IS NULL
                                   AND w.consecutive_failures + 1 >= ${handling.suspendAfterConsecutiveFailures}::int
                              THEN ${suspendReason} ELSE w.suspend_reason END
      FROM updated u
      WHERE w.id = u.webhook_id AND NOT ${claim.isTest}
    )
    SELECT count(*)::int AS count FROM updated`;
  return (rows[0]?.count ?? 0) > 0;
}

/** Ends a claimed delivery as diverted without sending it (its webhook is disabled or suspended). */
export async function divertClaimed(prisma: PrismaClient, claim: Pick<ClaimedDelivery, "id" | "leaseToken">, reason: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE deliveries
    SET status = 'DIVERTED', next_attempt_at = NULL, completed_at = now(), failure_trigger = NULL, failure_message = ${reason},
        locked_until = NULL, lease_token = NULL
    WHERE id = ${claim.id}::uuid AND lease_token = ${claim.leaseToken}::uuid`;
}

/** Gives claims back unattempted (a worker shutting down): they are due again at once. */
export async function releaseClaims(prisma: PrismaClient, claims: Pick<ClaimedDelivery, "id" | "leaseToken">[]): Promise<void> {
  if (claims.length === 0) return;
  await prisma.$executeRaw`
    UPDATE deliveries SET locked_until = NULL, lease_token = NULL
    WHERE id = ANY(${claims.map((claim) => claim.id)}::uuid[]) AND lease_token = ANY(${claims.map((claim) => claim.leaseToken)}::uuid[])`;
}
