import { describe, expect, it } from "vitest";
import {
  MAX_RETRY_DELAY_SECONDS,
  RETRY_AFTER_MAX_SECONDS,
  RETRY_AFTER_MIN_SECONDS,
  nextStep,
  retryAfterSeconds,
  retryDelaySeconds,
} from "../src/delivery/retry-schedule.js";
import { DEFAULT_FAILURE_HANDLING, type FailureHandling } from "../src/outgoing/failure-handling.js";
import type { AttemptOutcome } from "../src/delivery/http-sender.js";

const outcome = (overrides: Partial<AttemptOutcome>): AttemptOutcome => ({
  startedAt: new Date(),
  durationMs: 5,
  responseStatus: 500,
  responseHeaders: {},
  responseBody: "",
  succeeded: false,
  failureTrigger: "HTTP_5XX",
  failureMessage: "The receiver answered 500.",
  ...overrides,
});

const handling = (overrides: Partial<FailureHandling> = {}): FailureHandling => ({
  ...DEFAULT_FAILURE_HANDLING,
  ...overrides,
});

describe("retry schedule", () => {
  it("grows exponentially or linearly from the interval, capped at a day", () => {
    const exponential = { type: "EXPONENTIAL" as const, intervalSeconds: 60, attempts: 8 };
    expect([1, 2, 3, 4, 8].map((retry) => retryDelaySeconds(exponential, retry))).toEqual([60, 120, 240, 480, 7680]);
    expect(retryDelaySeconds({ type: "LINEAR", intervalSeconds: 30, attempts: 5 }, 3)).toBe(90);
    expect(retryDelaySeconds({ ...exponential, intervalSeconds: 86_400 }, 20)).toBe(MAX_RETRY_DELAY_SECONDS);
  });

  it("adds ±20% jitter", () => {
    expect(nextStep(handling(), outcome({}), 1, () => 0)).toEqual({ status: "FAILED", retryInSeconds: 48 });
    expect(nextStep(handling(), outcome({}), 1, () => 1)).toEqual({ status: "FAILED", retryInSeconds: 72 });
  });

  it("retries until the budget is spent, then diverts or discards", () => {
    const twoRetries = handling({ retryStrategy: { type: "LINEAR", intervalSeconds: 10, attempts: 2 } });
    expect(nextStep(twoRetries, outcome({}), 2, () => 0.5).status).toBe("FAILED");
    expect(nextStep(twoRetries, outcome({}), 3, () => 0.5)).toEqual({ status: "DIVERTED" });
    expect(nextStep({ ...twoRetries, divert: false }, outcome({}), 3)).toEqual({ status: "DISCARDED" });
    expect(
      nextStep(handling({ retryStrategy: { type: "NONE", intervalSeconds: 60, attempts: 8 } }), outcome({}), 1),
    ).toEqual({ status: "DIVERTED" });
  });

  it("retries only the configured triggers and status codes; never a blocked destination", () => {
    const only5xx = handling({ triggers: { types: ["HTTP_5XX"], statusCodes: [429] } });
    expect(nextStep(only5xx, outcome({ responseStatus: 404, failureTrigger: "HTTP_4XX" }), 1).status).toBe("DIVERTED");
    expect(nextStep(only5xx, outcome({ responseStatus: 429, failureTrigger: "HTTP_4XX" }), 1).status).toBe("FAILED");
    expect(nextStep(only5xx, outcome({ responseStatus: null, failureTrigger: "TIMEOUT" }), 1).status).toBe("DIVERTED");
    expect(
      nextStep(handling(), outcome({ responseStatus: null, failureTrigger: "BLOCKED_DESTINATION" }), 1).status,
    ).toBe("DIVERTED");
    expect(nextStep(handling(), outcome({ responseStatus: 302, failureTrigger: null }), 1).status).toBe("DIVERTED");
    expect(nextStep(handling(), outcome({ succeeded: true, responseStatus: 200, failureTrigger: null }), 5)).toEqual({
      status: "SUCCEEDED",
    });
  });
});

describe("receiver signals", () => {
  const now = Date.parse("2026-12-02T10:00:00Z");
  const busy = (status: number, retryAfter: string) =>
    outcome({
      responseStatus: status,
      failureTrigger: status >= 500 ? "HTTP_5XX" : "HTTP_4XX",
      responseHeaders: { "retry-after": retryAfter },
    });

  it("reads Retry-After in seconds or as an HTTP date, within [1 s, 1 h], on 429 and 503 only", () => {
    expect(retryAfterSeconds(busy(429, "120"), now)).toBe(120);
    expect(retryAfterSeconds(busy(503, "Wed, 02 Dec 2026 10:05:00 GMT"), now)).toBe(300);
    expect(retryAfterSeconds(busy(429, "0"), now)).toBe(RETRY_AFTER_MIN_SECONDS);
    expect(retryAfterSeconds(busy(429, "Wed, 02 Dec 2026 09:00:00 GMT"), now)).toBe(RETRY_AFTER_MIN_SECONDS);
    expect(retryAfterSeconds(busy(429, "86400"), now)).toBe(RETRY_AFTER_MAX_SECONDS);
    expect(retryAfterSeconds(busy(429, "soon"), now)).toBeNull();
    expect(retryAfterSeconds(busy(500, "120"), now)).toBeNull();
    expect(retryAfterSeconds(outcome({ responseStatus: 429, responseHeaders: {} }), now)).toBeNull();
  });

  it("waits at least what Retry-After says, even for a status that is not a trigger, within the attempt budget", () => {
    const noTriggers = handling({ triggers: { types: [], statusCodes: [] } });
    expect(nextStep(noTriggers, busy(429, "600"), 1, () => 0.5)).toEqual({ status: "FAILED", retryInSeconds: 600 });
    // The schedule's own wait when it is the longer one.
    expect(nextStep(handling(), busy(503, "2"), 1, () => 0.5)).toEqual({ status: "FAILED", retryInSeconds: 60 });
    expect(
      nextStep(
        handling({ retryStrategy: { type: "EXPONENTIAL", intervalSeconds: 60, attempts: 1 } }),
        busy(429, "5"),
        2,
        () => 0.5,
      ),
    ).toEqual({ status: "DIVERTED" });
  });

  it("ends the delivery at once on 410 Gone", () => {
    expect(nextStep(handling(), outcome({ responseStatus: 410, failureTrigger: "HTTP_4XX" }), 1)).toEqual({
      status: "DIVERTED",
    });
    expect(
      nextStep(handling({ divert: false }), outcome({ responseStatus: 410, failureTrigger: "HTTP_4XX" }), 1),
    ).toEqual({ status: "DISCARDED" });
  });
});
