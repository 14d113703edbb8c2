// Per-webhook limits: a rate limit (token bucket) and a limit on requests in flight, enforced by the
// claim, in one process and on PostgreSQL across two worker processes. Deliveries over a limit wait;
// none fails for it.
//
// The rate is checked as a bound that holds however slow the machine is: no delivery is claimed
// before it is published, and a bucket holds at most `burst` tokens, so the n-th delivery cannot
// reach the receiver before (n - burst) / perSecond seconds after the first publish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { receiverSet, startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { createWebhook, webhookState } from "./support/webhooks.js";
import { createTestDatabase } from "./support/database.js";
import { PROCESS_TEST_TIMEOUT_MS, startServer } from "./support/process.js";
import {
  CreateOutgoingWebhookDocument,
  UpdateOutgoingWebhookDocument,
  type CreateOutgoingWebhookInput,
  type UpdateOutgoingWebhookInput,
} from "@hookrelay/client";
import { member } from "./support/typed.js";

/** Publishes `count` events of `type` and waits until each has succeeded; returns when publishing began. */
async function publishAndDeliver(t: TestService, webhookId: string, type: string, count: number): Promise<number> {
  const started = Date.now();
  for (let n = 0; n < count; n += 1) await publish(t, { type, payload: { n } });
  await waitFor(
    "every delivery",
    async () => {
      const deliveries = await deliveriesOf(t, { webhookId });
      return deliveries.length === count && deliveries.every((delivery) => delivery.status === "SUCCEEDED")
        ? deliveries
        : null;
    },
    120_000,
    200,
  );
  // Waited, not failed: one attempt each.
  expect((await deliveriesOf(t, { webhookId })).map((delivery) => delivery.attemptCount)).toEqual(
    Array.from({ length: count }, () => 1),
  );
  return started;
}

/** No receipt came sooner than the bucket allows (see the top of the file). */
function expectWithinRate(receiver: Receiver, publishedFrom: number, perSecond: number, burst: number): void {
  const times = receiver.requests.map((request) => request.receivedAt).sort((a, b) => a - b);
  times.forEach((at, index) => {
    const earliest = publishedFrom + (Math.max(0, index + 1 - burst) * 1000) / perSecond;
    expect(at, `receipt ${index + 1}`).toBeGreaterThanOrEqual(earliest);
  });
}

describe("limits in one process", () => {
  let t: TestService;
  const receivers = receiverSet();
  beforeAll(async () => {
    t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  });
  afterAll(async () => {
    await receivers.closeAll();
    await t.stop();
  });

  it("starts no more attempts than the rate limit allows, and none fails for waiting", async () => {
    const receiver = await receivers.start();
    const hook = await createWebhook(t, {
      url: receiver.url,
      eventTypes: ["limit.rate"],
      rateLimit: { perSecond: 10, burst: 5 },
    });
    expect((await webhookState(t, hook.id)).rateLimit).toEqual({ perSecond: 10, burst: 5 });
    const started = await publishAndDeliver(t, hook.id, "limit.rate", 25);
    expect(receiver.requests).toHaveLength(25);
    expectWithinRate(receiver, started, 10, 5);
  }, 150_000);

  it("keeps no more requests in flight than maxConcurrentRequests", async () => {
    const receiver = await receivers.start(() => ({ status: 200, body: "ok", delayMs: 100 }));
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["limit.slots"], maxConcurrentRequests: 2 });
    await publishAndDeliver(t, hook.id, "limit.slots", 12);
    expect(receiver.maxConcurrent).toBeLessThanOrEqual(2);
  }, 150_000);

  it("updates and removes limits; a removed one no longer holds deliveries back", async () => {
    const receiver = await receivers.start();
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["limit.edit"] });
    const update = async (input: Omit<UpdateOutgoingWebhookInput, "id">) => {
      const result = await t.gql(UpdateOutgoingWebhookDocument, { input: { id: hook.id, ...input } });
      return member(result.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook;
    };
    expect(await update({ rateLimit: { perSecond: 3 }, maxConcurrentRequests: 1 })).toMatchObject({
      rateLimit: { perSecond: 3, burst: 3 },
      maxConcurrentRequests: 1,
    });
    expect(await update({ maxConcurrentRequests: 4 })).toMatchObject({
      rateLimit: { perSecond: 3, burst: 3 },
      maxConcurrentRequests: 4,
    });
    expect(await update({ removeRateLimit: true, removeMaxConcurrentRequests: true })).toMatchObject({
      rateLimit: null,
      maxConcurrentRequests: null,
    });
    await publishAndDeliver(t, hook.id, "limit.edit", 3);
  });

  it("refuses limits of 0, negative or absurd, naming the field", async () => {
    const issuesOf = async (input: Partial<CreateOutgoingWebhookInput>) => {
      const result = await t.gql(CreateOutgoingWebhookDocument, {
        input: { name: `bad ${Math.random()}`, url: "http://127.0.0.1:9/hook", eventTypes: ["x.y"], ...input },
      });
      return member(result.data?.createOutgoingWebhook, "ValidationError").issues;
    };
    expect(await issuesOf({ rateLimit: { perSecond: 0 } })).toEqual([
      { path: ["input", "rateLimit", "perSecond"], message: "must be at least 1" },
    ]);
    expect(await issuesOf({ rateLimit: { perSecond: 10, burst: -1 } })).toEqual([
      { path: ["input", "rateLimit", "burst"], message: "must be at least 1" },
    ]);
    expect(await issuesOf({ rateLimit: { perSecond: 10_001 } })).toEqual([
      { path: ["input", "rateLimit", "perSecond"], message: "must be at most 10000" },
    ]);
    expect(await issuesOf({ maxConcurrentRequests: 0 })).toEqual([
      { path: ["input", "maxConcurrentRequests"], message: "must be at least 1" },
    ]);
    expect(await issuesOf({ maxConcurrentRequests: 1001 })).toEqual([
      { path: ["input", "maxConcurrentRequests"], message: "must be at most 1000" },
    ]);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("limits across two worker processes (PostgreSQL)", () => {
  it(
    "holds the rate and the requests in flight over both workers",
    { timeout: PROCESS_TEST_TIMEOUT_MS * 2 },
    async () => {
      const database = await createTestDatabase();
      const api = await startTestService({ ROLE: "api" }, database);
      const workerEnv = {
        ...database.env,
        ROLE: "worker",
        ALLOW_PRIVATE_DESTINATIONS: "true",
        WORKER_POLL_INTERVAL_MS: "200",
      };
      const workers = [startServer(workerEnv), startServer(workerEnv)];
      const rated = await startReceiver();
      const slotted = await startReceiver(() => ({ status: 200, body: "ok", delayMs: 50 }));
      try {
        await Promise.all(workers.map((worker) => worker.listening));
        const rateHook = await createWebhook(api, {
          url: rated.url,
          eventTypes: ["limit.many"],
          rateLimit: { perSecond: 20, burst: 10 },
        });
        const slotHook = await createWebhook(api, {
          url: slotted.url,
          eventTypes: ["limit.slots"],
          maxConcurrentRequests: 3,
        });
        const [started] = await Promise.all([
          publishAndDeliver(api, rateHook.id, "limit.many", 100),
          publishAndDeliver(api, slotHook.id, "limit.slots", 60),
        ]);
        expect(rated.requests).toHaveLength(100);
        expectWithinRate(rated, started, 20, 10);
        expect(slotted.requests).toHaveLength(60);
        expect(slotted.maxConcurrent).toBeLessThanOrEqual(3);
      } finally {
        for (const worker of workers) worker.child.kill("SIGTERM");
        await Promise.all(workers.map((worker) => worker.exited));
        await rated.close();
        await slotted.close();
        await api.stop();
        await database.drop();
      }
    },
  );
});
