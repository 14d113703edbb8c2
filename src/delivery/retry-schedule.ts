// What happens after an attempt: done, retry later (and when), or give up (divert or discard).
import type { DeliveryStatus } from "../generated/prisma/client.js";
import type { FailureHandling } from "../webhooks/failure-handling.js";
import type { AttemptOutcome } from "./http-sender.js";

/** No wait between retries is longer than a day, however the strategy grows. */
export const MAX_RETRY_DELAY_SECONDS = 86_400;
const JITTER = 0.2;

export type NextStep =
  | { status: Extract<DeliveryStatus, "SUCCEEDED" | "DIVERTED" | "DISCARDED"> }
  | { status: "FAILED"; retryInSeconds: number };

/** The wait before retry number `retry` (1 for the first retry), before jitter. */
export function retryDelaySeconds(strategy: FailureHandling["retryStrategy"], retry: number): number {
  const interval = strategy.intervalSeconds;
  const delay = strategy.type === "EXPONENTIAL" ? interval * 2 ** (retry - 1) : strategy.type === "LINEAR" ? interval * retry : 0;
  return Math.min(delay, MAX_RETRY_DELAY_SECONDS);
}

export function isRetryable(handling: FailureHandling, outcome: AttemptOutcome): boolean {
  if (outcome.failureTrigger === "BLOCKED_DESTINATION") return false;
  if (outcome.responseStatus !== null && handling.triggers.statusCodes.includes(outcome.responseStatus)) return true;
  return outcome.failureTrigger !== null && (handling.triggers.types as string[]).includes(outcome.failureTrigger);
}

/**
 * The delivery's state after an attempt. `attemptsSinceQueued` counts this attempt: 1 after the
 * first attempt since the delivery was published, resent or unsuspended.
 */
export function nextStep(handling: FailureHandling, outcome: AttemptOutcome, attemptsSinceQueued: number, random: () => number = Math.random): NextStep {
  if (outcome.succeeded) return { status: "SUCCEEDED" };
  const retriesUsed = attemptsSinceQueued - 1;
  const canRetry = handling.retryStrategy.type !== "NONE" && retriesUsed < handling.retryStrategy.attempts;
  if (canRetry && isRetryable(handling, outcome)) {
    const delay = retryDelaySeconds(handling.retryStrategy, retriesUsed + 1);
    return { status: "FAILED", retryInSeconds: Math.round(delay * (1 - JITTER + 2 * JITTER * random()) * 1000) / 1000 };
  }
  return { status: handling.divert ? "DIVERTED" : "DISCARDED" };
}
