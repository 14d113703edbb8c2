// FIFO webhooks: one delivery at a time, in publish order, a retrying one holding the rest; in one
// process, and on PostgreSQL across two worker processes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { receiverSet, startReceiver, type Receiver, type Responder } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { createTestDatabase } from "./support/database.js";
import { PROCESS_TEST_TIMEOUT_MS, startServer } from "./support/process.js";
import { UpdateOutgoingWebhookDocument } from "@hookrelay/client";
import { member } from "./support/typed.js";

/** Fails the first try of every `every`-th message (500), answers 200 otherwise. */
function failingSometimes(every: number): Responder {
  const tried = new Set<string>();
  return (request) => {
    const { data } = JSON.parse(request.body) as { data: { n: number } };
    const id = String(request.headers["webhook-id"]);
    if (data.n % every === every - 1 && !tried.has(id)) {
      tried.add(id);
      return { status: 500 };
    }
    return { status: 200, body: "ok" };
  };
}

/** The payload numbers in the order the receiver saw them, every attempt included. */
const seen = (receiver: Receiver) =>
  receiver.requests.map((request) => (JSON.parse(request.body) as { data: { n: number } }).data.n);

/** Every attempt is for the first message not yet delivered: none overtakes another, a retried one comes again before the next. */
function expectPublishOrder(order: number[], count: number): void {
  let expected = 0;
  for (const n of order) {
    if (n === expected) continue;
    expect(n, `after ${expected} came ${n}`).toBe(expected + 1);
    expected = n;
  }
  expect(expected).toBe(count - 1);
  expect([...new Set(order)]).toEqual(Array.from({ length: count }, (_, n) => n));
}

const RETRY_FAST = { retryStrategy: { type: "LINEAR" as const, intervalSeconds: 1, attempts: 5 } };

describe("FIFO in one process", () => {
  let t: TestService;
  const receivers = receiverSet();
  beforeAll(async () => {
    t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  });
  afterAll(async () => {
    await receivers.closeAll();
    await t.stop();
  });

  it("delivers one at a time in publish order, a retry holding the ones behind it", async () => {
    const receiver = await receivers.start(failingSometimes(10));
    const hook = await createWebhook(t, {
      url: receiver.url,
      eventTypes: ["fifo.one"],
      ordering: "FIFO",
      failureHandling: RETRY_FAST,
    });
    const count = 40;
    for (let n = 0; n < count; n += 1) await publish(t, { type: "fifo.one", payload: { n } });
    await waitFor(
      "every delivery",
      async () =>
        (await deliveriesOf(t, { webhookId: hook.id })).filter((delivery) => delivery.status === "SUCCEEDED").length ===
          count || null,
      120_000,
    );
    expectPublishOrder(seen(receiver), count);
    expect(receiver.requests).toHaveLength(count + 4); // messages 9, 19, 29 and 39 were tried twice
  }, 150_000);

  it("a diverted delivery releases the ones behind it; UNORDERED lets them overtake", async () => {
    const receiver = await receivers.start((request) =>
      (JSON.parse(request.body) as { data: { n: number } }).data.n === 0
        ? { status: 500 }
        : { status: 200, body: "ok" },
    );
    const hook = await createWebhook(t, {
      url: receiver.url,
      eventTypes: ["fifo.two"],
      ordering: "FIFO",
      failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 1 } },
    });
    for (let n = 0; n < 3; n += 1) await publish(t, { type: "fifo.two", payload: { n } });
    await waitFor(
      "the two behind",
      async () =>
        (await deliveriesOf(t, { webhookId: hook.id })).filter((delivery) => delivery.status === "SUCCEEDED").length ===
          2 || null,
    );
    expect(seen(receiver)).toEqual([0, 0, 1, 2]);

    // Back to UNORDERED: a retrying delivery no longer holds the next one.
    const updated = await t.gql(UpdateOutgoingWebhookDocument, { input: { id: hook.id, ordering: "UNORDERED" } });
    expect(member(updated.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook.ordering).toBe(
      "UNORDERED",
    );
    const before = receiver.requests.length;
    await publish(t, { type: "fifo.two", payload: { n: 0 } });
    await publish(t, { type: "fifo.two", payload: { n: 3 } });
    const later = await waitFor("both tries of the first and the later one", () => {
      const order = seen(receiver).slice(before);
      return order.filter((n) => n === 0).length === 2 && order.includes(3) ? order : null;
    });
    // The later one did not wait for the retry of the failing one.
    expect(later.indexOf(3)).toBeLessThan(later.lastIndexOf(0));
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("FIFO across two worker processes (PostgreSQL)", () => {
  it("keeps publish order over 500 events with retries", { timeout: PROCESS_TEST_TIMEOUT_MS * 2 }, async () => {
    const database = await createTestDatabase();
    const api = await startTestService({ ROLE: "api" }, database);
    const workerEnv = {
      ...database.env,
      ROLE: "worker",
      ALLOW_PRIVATE_DESTINATIONS: "true",
      WORKER_POLL_INTERVAL_MS: "200",
    };
    const workers = [startServer(workerEnv), startServer(workerEnv)];
    const receiver = await startReceiver(failingSometimes(50));
    try {
      await Promise.all(workers.map((worker) => worker.listening));
      const hook = await createWebhook(api, {
        url: receiver.url,
        eventTypes: ["fifo.many"],
        ordering: "FIFO",
        failureHandling: RETRY_FAST,
      });
      const count = 500;
      for (let n = 0; n < count; n += 1) await publish(api, { type: "fifo.many", payload: { n } });
      await waitFor(
        "every delivery",
        async () =>
          (await deliveriesOf(api, { webhookId: hook.id })).every((delivery) => delivery.status === "SUCCEEDED") &&
          receiver.requests.length >= count + 10
            ? true
            : null,
        240_000,
        500,
      );
      expectPublishOrder(seen(receiver), count);
      expect(receiver.requests).toHaveLength(count + 10);
    } finally {
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((worker) => worker.exited));
      await receiver.close();
      await api.stop();
      await database.drop();
    }
  });
});
