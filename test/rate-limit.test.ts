// The per-webhook token bucket, with the clock in the test's hands.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../src/incoming/rate-limit.js";

describe("RateLimiter", () => {
  it("lets a burst through, then the rate, and says how long to wait", () => {
    const limiter = new RateLimiter(2, 3);
    const t0 = 1_000_000;
    expect([0, 1, 2, 3].map(() => limiter.take("a", t0))).toEqual([0, 0, 0, 1]);
    expect(limiter.take("a", t0 + 499)).toBe(1); // 0.998 of a token
    expect(limiter.take("a", t0 + 500)).toBe(0); // one token after half a second at 2/s
    expect(limiter.take("a", t0 + 500)).toBe(1);
    // Refills up to the burst, no further.
    expect([0, 1, 2, 3].map(() => limiter.take("a", t0 + 60_000))).toEqual([0, 0, 0, 1]);
  });

  it("keeps one bucket per key", () => {
    const limiter = new RateLimiter(1, 1);
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("a", 0)).toBe(1);
    expect(limiter.take("b", 0)).toBe(0);
  });

  it("asks for longer waits when the rate is slow", () => {
    const limiter = new RateLimiter(0.25, 1);
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("a", 0)).toBe(4);
  });
});
