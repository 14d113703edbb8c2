// What happens after an attempt: done, retry later (and when), or give up (divert or discard).
import type { DeliveryStatus } from "../generated/prisma/client.js";
import type { FailureHandling } from "../outgoing/failure-handling.js";
import type { AttemptOutcome } from "./http-sender.js";
import { isOneOf } from "../common/validation.js";

/** No wait between retries is longer than a day, however the strategy grows. */
export const MAX_RETRY_DELAY_SECONDS = 86_400;
const JITTER = 0.2;

export type NextStep =
  | { status: Extract<DeliveryStatus, "SUCCEEDED" | "DIVERTED" | "DISCARDED"> }
  | { status: "FAILED"; retryInSeconds: number };

/** The wait before retry number `retry` (1 for the first retry), before jitter. */
export function retryDelaySeconds(strategy: FailureHandling["retryStrategy"], retry: number): number {
  const interval = strategy.intervalSeconds;
  const delay =
    strategy.type === "EXPONENTIAL" ? interval * 2 ** (retry - 1) : strategy.type === "LINEAR" ? interval * retry : 0;
  return Math.min(delay, MAX_RETRY_DELAY_SECONDS);
}

/** The bounds a receiver's Retry-After is held to: sooner than 1 s is a retry storm, later than 1 h a stalled queue. */
export const RETRY_AFTER_MIN_SECONDS = 1;
export const RETRY_AFTER_MAX_SECONDS = 3600;

/**
 * How long a 429 or 503 answer asks to wait (Retry-After in seconds or as an HTTP date), within
 * [RETRY_AFTER_MIN_SECONDS, RETRY_AFTER_MAX_SECONDS]; null without a readable one.
 */
export function retryAfterSeconds(outcome: AttemptOutcome, now = Date.now()): number | null {
  if (outcome.responseStatus !== 429 && outcome.responseStatus !== 503) return null;
  const value = outcome.responseHeaders?.["retry-after"]?.trim();
  if (!value) return null;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (Number.isNaN(seconds)) return null;
  return Math.min(RETRY_AFTER_MAX_SECONDS, Math.max(RETRY_AFTER_MIN_SECONDS, seconds));
}

/** 410 Gone: the receiver wants nothing more (Standard Webhooks), so the webhook is disabled and the delivery ends. */
export const isEndpointGone = (outcome: AttemptOutcome): boolean => outcome.responseStatus === 410;

export function isRetryable(handling: FailureHandling, outcome: AttemptOutcome): boolean {
  if (outcome.failureTrigger === "BLOCKED_DESTINATION") return false;
  if (outcome.responseStatus !== null && handling.triggers.statusCodes.includes(outcome.responseStatus)) return true;
  return outcome.failureTrigger !== null && isOneOf(handling.triggers.types, outcome.failureTrigger);
}

/**
 * The delivery's state after an attempt. `attemptsSinceQueued` counts this attempt: 1 after the
 * first attempt since the delivery was published, resent or unsuspended.
 */
export function nextStep(
  handling: FailureHandling,
  outcome: AttemptOutcome,
  attemptsSinceQueued: number,
  random: () => number = Math.random,
): NextStep {
  if (outcome.succeeded) return { status: "SUCCEEDED" };
  if (isEndpointGone(outcome)) return { status: handling.divert ? "DIVERTED" : "DISCARDED" };
  const retriesUsed = attemptsSinceQueued - 1;
  const canRetry = handling.retryStrategy.type !== "NONE" && retriesUsed < handling.retryStrategy.attempts;
  // A receiver that says when to come back is retried then, whether or not its status is a trigger.
  const retryAfter = retryAfterSeconds(outcome);
  if (canRetry && (retryAfter !== null || isRetryable(handling, outcome))) {
    const delay = retryDelaySeconds(handling.retryStrategy, retriesUsed + 1) * (1 - JITTER + 2 * JITTER * random());
    return { status: "FAILED", retryInSeconds: Math.round(Math.max(delay, retryAfter ?? 0) * 1000) / 1000 };
  }
  return { status: handling.divert ? "DIVERTED" : "DISCARDED" };
}
