// The worker under stress and faults: bursts, a killed process, two workers on one database, wake-ups
// and shutdown. Receivers are real HTTP servers on 127.0.0.1.
import { wholeTenant } from "../src/auth/owner.js";
import { afterEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createEventWriter, publishEvent } from "../src/events/events.js";
import { EventCatalogue } from "../src/events/event-catalogue.js";
import { openDatabase } from "../src/db/database.js";
import { createLogger } from "../src/common/logger.js";
import { startExtraService, startTestService, type TestService } from "./support/service.js";
import { createTestDatabase, serverUrl } from "./support/database.js";
import { startServer } from "./support/process.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { graphql } from "./generated/index.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

async function service(env: Record<string, string> = {}): Promise<TestService> {
  const started = await startTestService({
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
    ...env,
  });
  cleanups.push(() => started.stop());
  return started;
}

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const started = await startReceiver(...args);
  cleanups.push(() => started.close());
  return started;
}

const distinctMessages = (target: Receiver) =>
  new Set(target.requests.map((request) => request.headers["webhook-id"])).size;

describe("delivery worker", () => {
  it("delivers every one of 2,000 events published in a burst", async () => {
    const t = await service({ WORKER_CONCURRENCY: "32" });
    const target = await receiver();
    // 32 attempts in flight listen on the worker's shutdown signal at once: expected, and no warning.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    cleanups.push(async () => process.off("warning", onWarning));
    // On a busy machine the receiver, PGlite and the worker share this process's event loop, and an
    // answer can come later than the timeout: the delivery is then retried (in a second, here, rather
    // than the default minute) and must still end SUCCEEDED.
    await createWebhook(t, {
      url: target.url,
      eventTypes: ["burst.*"],
      failureHandling: {
        timeoutSeconds: 30,
        retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 20 },
        suspend: false,
      },
    });
    const tenantId = (await t.service.database.prisma.tenant.findFirstOrThrow()).id;
    const ids = Array.from({ length: 2000 }, (_, index) => index);
    const events = {
      prisma: t.service.database.prisma,
      writer: createEventWriter(t.service.database.sql),
      catalogue: new EventCatalogue(t.service.database.prisma),
    };
    // 50 publishers at a time, straight into the module the API calls.
    for (let start = 0; start < ids.length; start += 50) {
      await Promise.all(
        ids
          .slice(start, start + 50)
          .map((index) => publishEvent(events, wholeTenant(tenantId), { type: "burst.item", payload: { index } })),
      );
    }
    await waitFor("2,000 deliveries at the receiver", () => distinctMessages(target) === 2000, 120_000, 200);
    const indexes = new Set(
      target.requests.map((request) => (JSON.parse(request.body) as { data: { index: number } }).data.index),
    );
    expect(indexes.size).toBe(2000);
    await waitFor(
      "all recorded as succeeded",
      async () => (await t.service.database.prisma.delivery.count({ where: { status: "SUCCEEDED" } })) === 2000,
      120_000,
      500,
    );
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  }, 300_000);

  it("loses nothing when a worker process is killed mid-batch (SIGKILL): the leases run out and another delivers", async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    // The first process's requests hang until it is killed, so what the receiver saw before the kill is
    // exactly what was in flight, however fast or slow this machine is at the moment.
    const target = await receiver(() => "hang");
    const key = `whk_AbCdEfGh_${randomBytes(24).toString("base64url")}`;
    const env = {
      ...database.env,
      BOOTSTRAP_API_KEY: key,
      ALLOW_PRIVATE_DESTINATIONS: "true",
      WORKER_LEASE_SECONDS: "1",
      WORKER_CONCURRENCY: "8",
      WORKER_POLL_INTERVAL_MS: "200",
    };
    const gql = async (port: number, query: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: Record<string, { totalCount?: number; __typename?: string }> };
    };

    const first = startServer(env);
    cleanups.push(async () => first.child.kill("SIGKILL"));
    const port = await first.listening;
    await gql(
      port,
      `mutation { createOutgoingWebhook(input: { name: "k", url: "${target.url}", eventTypes: ["kill.*"], failureHandling: { timeoutSeconds: 10 } }) { __typename } }`,
    );
    for (let index = 0; index < 40; index += 1)
      await gql(
        port,
        `mutation { publishEvent(input: { type: "kill.me", payload: { index: ${index} } }) { __typename } }`,
      );
    await waitFor("a batch in flight", () => target.requests.length >= 10, 30_000);
    first.child.kill("SIGKILL");
    await first.exited;
    const seenBeforeKill = distinctMessages(target);
    expect(seenBeforeKill).toBeLessThan(40);
    target.respond(() => ({ status: 200, delayMs: 300 }));

    const second = startServer(env);
    cleanups.push(async () => second.child.kill("SIGKILL"));
    const secondPort = await second.listening;
    await waitFor(
      "all 40 recorded as succeeded",
      async () =>
        (await gql(secondPort, `{ deliveries(first: 1, filter: { status: SUCCEEDED }) { totalCount } }`)).data
          .deliveries?.totalCount === 40,
      90_000,
      250,
    );
    // At least once: every event reached the receiver; those in flight at the kill may have arrived twice.
    expect(distinctMessages(target)).toBe(40);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 180_000);

  it.skipIf(!serverUrl)(
    "two workers on PostgreSQL never deliver the same attempt at the same time",
    async () => {
      const api = await service({ ROLE: "api" });
      const workers = await Promise.all(
        [1, 2].map(() =>
          startExtraService(api.database, {
            ALLOW_PRIVATE_DESTINATIONS: "true",
            WORKER_POLL_INTERVAL_MS: "50",
            WORKER_CONCURRENCY: "8",
          }),
        ),
      );
      for (const worker of workers) cleanups.push(() => worker.stop());
      const target = await receiver(() => ({ status: 200, delayMs: 10 }));
      await createWebhook(api, { url: target.url, eventTypes: ["pair.*"] });
      for (let index = 0; index < 300; index += 10) {
        await Promise.all(
          Array.from({ length: 10 }, (_, offset) =>
            publish(api, { type: "pair.item", payload: { index: index + offset } }),
          ),
        );
      }
      await waitFor("300 deliveries", () => distinctMessages(target) === 300, 60_000);
      await waitFor(
        "all succeeded",
        async () => (await api.service.database.prisma.delivery.count({ where: { status: "SUCCEEDED" } })) === 300,
      );
      expect(target.maxConcurrentPerMessage).toBe(1);
      expect(target.requests).toHaveLength(300);
      expect(await api.service.database.prisma.deliveryAttempt.count()).toBe(300);
    },
    120_000,
  );

  it.skipIf(!serverUrl)(
    "on PostgreSQL a publish wakes one worker, which asks the others to help when its claims come back full, and another takes over when it stops",
    async () => {
      const api = await service({ ROLE: "api" });
      // Polling once every ten minutes: only a publish's or a helper's NOTIFY can start a claim.
      const env = { ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "600000", WORKER_CONCURRENCY: "2" };
      const first = await startExtraService(api.database, env);
      const second = await startExtraService(api.database, env);
      cleanups.push(
        () => second.stop(),
        () => first.stop(),
      );
      const target = await receiver(() => ({ status: 200, delayMs: 2000 }));
      await createWebhook(api, { url: target.url, eventTypes: ["help.*"] });
      await Promise.all(
        Array.from({ length: 12 }, (_, index) => publish(api, { type: "help.item", payload: { index } })),
      );
      // The woken worker takes 4 (2 slots, 2 ahead) of 12: a full claim. Four requests at once mean both send.
      await waitFor("both workers sending", () => target.maxConcurrent === 4, 30_000, 20);
      await waitFor("12 deliveries", () => distinctMessages(target) === 12, 60_000);
      // Only the worker holding the lock hears publishes: the next delivery shows the other has it.
      await first.stop();
      await publish(api, { type: "help.item", payload: { index: 12 } });
      await waitFor("the delivery after the first worker stopped", () => distinctMessages(target) === 13, 30_000);
      // A third worker waits for the lock; when its holder stops, it takes it within a second.
      const third = await startExtraService(api.database, env);
      cleanups.push(() => third.stop());
      await second.stop();
      await publish(api, { type: "help.item", payload: { index: 13 } });
      await waitFor("the delivery after the second worker stopped", () => distinctMessages(target) === 14, 30_000);
    },
    120_000,
  );

  it("wakes at once when an event is published instead of waiting for the next poll", async () => {
    // Polling once every ten minutes: only the NOTIFY (through the database) can explain a quick delivery.
    const slowPoll = { WORKER_POLL_INTERVAL_MS: "600000", ALLOW_PRIVATE_DESTINATIONS: "true" };
    const t = serverUrl ? await service({ ROLE: "api" }) : await service(slowPoll);
    if (serverUrl) {
      const worker = await startExtraService(t.database, slowPoll);
      cleanups.push(() => worker.stop());
    }
    const target = await receiver();
    await createWebhook(t, { url: target.url, eventTypes: ["wake.*"] });
    // Once the first delivery has arrived, the worker's first look (at start) is over, so the second
    // can only be explained by the NOTIFY: the next poll is ten minutes away, beyond waitFor's deadline.
    await publish(t, { type: "wake.first" });
    await waitFor("the first delivery", () => target.requests.length === 1);
    await publish(t, { type: "wake.up" });
    await waitFor("the delivery woken by NOTIFY", () => target.requests.length === 2);
  });

  it("refuses a private destination without sending a request, and does not retry it", async () => {
    const t = await service({ ALLOW_PRIVATE_DESTINATIONS: "false" });
    const target = await receiver();
    const hook = await createWebhook(t, {
      url: target.url.replace("127.0.0.1", "localhost"),
      eventTypes: ["private.*"],
    });
    await publish(t, { type: "private.one" });
    const delivery = await waitFor("the delivery to end", () =>
      t.service.database.prisma.delivery.findFirst({
        where: { completedAt: { not: null } },
        include: { attempts: true },
      }),
    );
    expect(delivery).toMatchObject({ status: "DIVERTED", attemptCount: 1, failureTrigger: "BLOCKED_DESTINATION" });
    expect(delivery.attempts[0]).toMatchObject({ responseStatus: null, failureTrigger: "BLOCKED_DESTINATION" });
    const tested = await t.gql(
      graphql(
        `mutation DeliveryWorkerTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { attempt { failureTrigger } } } }`,
      ),
      { id: hook.id },
    );
    expect(tested.data!.testWebhook.attempt.failureTrigger).toBe("BLOCKED_DESTINATION");
    expect(target.requests).toHaveLength(0);
  });

  it("on shutdown finishes in-flight deliveries and leaves the rest queued", async () => {
    const t = await service({ WORKER_CONCURRENCY: "2", SHUTDOWN_TIMEOUT_MS: "5000" });
    const target = await receiver(() => ({ status: 200, delayMs: 800 }));
    await createWebhook(t, { url: target.url, eventTypes: ["drain.*"] });
    for (let index = 0; index < 4; index += 1) await publish(t, { type: "drain.one" });
    await waitFor("two in flight", () => target.requests.length === 2);
    await t.service.stop();
    const reopened = await openDatabase({
      databaseUrl: t.database.env.DATABASE_URL,
      dataDir: t.database.env.DATA_DIR,
      log: createLogger("silent"),
    });
    try {
      const deliveries = await reopened.prisma.delivery.findMany();
      expect(deliveries.filter((delivery) => delivery.status === "SUCCEEDED")).toHaveLength(2);
      const queued = deliveries.filter((delivery) => delivery.status === "PENDING");
      expect(queued).toHaveLength(2);
      expect(queued.every((delivery) => delivery.lockedUntil === null && delivery.attemptCount === 0)).toBe(true);
    } finally {
      await reopened.close();
    }
    expect(target.requests).toHaveLength(2);
    cleanups.pop(); // stopped already; only the database is left to drop
    cleanups.push(() => t.database.drop());
  });

  it("on shutdown past its bound abandons hanging deliveries and hands them back unattempted", async () => {
    const t = await service({ SHUTDOWN_TIMEOUT_MS: "300" });
    const target = await receiver(() => "hang");
    await createWebhook(t, { url: target.url, eventTypes: ["stuck.*"], failureHandling: { timeoutSeconds: 30 } });
    await publish(t, { type: "stuck.one" });
    await waitFor("the request in flight", () => target.requests.length === 1);
    const started = Date.now();
    await t.service.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    const reopened = await openDatabase({
      databaseUrl: t.database.env.DATABASE_URL,
      dataDir: t.database.env.DATA_DIR,
      log: createLogger("silent"),
    });
    try {
      const [delivery] = await reopened.prisma.delivery.findMany();
      expect(delivery).toMatchObject({ status: "PENDING", attemptCount: 0, lockedUntil: null, leaseToken: null });
    } finally {
      await reopened.close();
    }
    cleanups.pop();
    cleanups.push(() => t.database.drop());
  });
});
