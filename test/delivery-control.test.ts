// Delivery control: receivers steering delivery (410 Gone switches the webhook off, 429/503 with
// Retry-After set the next attempt, a delivery retried many times counts once toward suspension) and
// recovering a webhook's failed deliveries by time range.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { receiverSet, type Receiver, type Responder } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { deliveriesOf, publish, publishResult } from "./support/delivery.js";
import { createWebhook, webhookState } from "./support/webhooks.js";
import { graphql } from "./generated/index.js";
import { member } from "./support/typed.js";
import { RecoverDeliveriesDocument } from "@hookrelay/client";

let t: TestService;
const receivers = receiverSet();
const receiver = (responder?: Responder) => receivers.start(responder);

beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
});
afterAll(async () => {
  await receivers.closeAll();
  await t.stop();
});

describe("410 Gone", () => {
  it("disables the webhook at once (ENDPOINT_GONE), ends the delivery, and nothing more is queued for it", async () => {
    const gone = await receiver(() => ({ status: 410, body: "gone" }));
    const hook = await createWebhook(t, { url: gone.url, eventTypes: ["gone.one"] });
    await publish(t, { type: "gone.one", payload: { n: 1 } });
    const [delivery] = await waitFor("the ended delivery", async () => {
      const found = await deliveriesOf(t, { webhookId: hook.id });
      return found.length > 0 && found[0]!.status !== "PENDING" ? found : null;
    });
    expect(delivery).toMatchObject({ status: "DIVERTED", attemptCount: 1 });
    const state = await webhookState(t, hook.id);
    expect(state).toMatchObject({ enabled: false, state: "DISABLED", disabledReason: "ENDPOINT_GONE" });
    expect(state.disabledAt).not.toBeNull();
    const again = await publish(t, { type: "gone.one", payload: { n: 2 } });
    expect(again.deliveryCount).toBe(0);
    expect(gone.requests).toHaveLength(1);
  });
});

describe("Retry-After", () => {
  it("puts the next attempt no earlier than the receiver asks, even when the schedule would come back sooner", async () => {
    const busy = await receiver((_request, index) =>
      index === 0 ? { status: 429, headers: { "retry-after": "2" } } : { status: 200, body: "ok" },
    );
    const hook = await createWebhook(t, {
      url: busy.url,
      eventTypes: ["busy.one"],
      failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 3 } },
    });
    await publish(t, { type: "busy.one", payload: {} });
    const [delivery] = await waitFor("the delivered delivery", async () => {
      const found = await deliveriesOf(t, { webhookId: hook.id });
      return found[0]?.status === "SUCCEEDED" ? found : null;
    });
    const [first, second] = delivery!.attempts!;
    expect(first!.responseStatus).toBe(429);
    expect(new Date(second!.startedAt).getTime() - new Date(first!.startedAt).getTime()).toBeGreaterThanOrEqual(2000);
  });

  it("counts a delivery answered 503 on every attempt once toward suspension", async () => {
    const down = await receiver(() => ({ status: 503, headers: { "retry-after": "1" } }));
    const hook = await createWebhook(t, {
      url: down.url,
      eventTypes: ["down.one"],
      failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 2 } },
    });
    await publish(t, { type: "down.one", payload: {} });
    await waitFor(
      "the diverted delivery",
      async () => (await deliveriesOf(t, { webhookId: hook.id }))[0]?.status === "DIVERTED" || null,
    );
    expect(down.requests).toHaveLength(3);
    expect((await webhookState(t, hook.id)).consecutiveFailures).toBe(1);
  });
});

describe("recoverDeliveries", () => {
  const Recover = RecoverDeliveriesDocument;

  it("queues the window's failed deliveries again, each with its webhook-id, and only those", async () => {
    let up = false;
    const flaky = await receiver(() => (up ? { status: 200, body: "ok" } : { status: 500 }));
    const hook = await createWebhook(t, {
      url: flaky.url,
      eventTypes: ["outage.one"],
      failureHandling: { retryStrategy: { type: "NONE" } },
    });
    const since = new Date();
    for (let n = 0; n < 3; n += 1) await publish(t, { type: "outage.one", payload: { n } });
    await waitFor("three diverted deliveries", async () => {
      const found = await deliveriesOf(t, { webhookId: hook.id });
      return found.length === 3 && found.every((delivery) => delivery.status === "DIVERTED") ? found : null;
    });
    const until = new Date();
    up = true;
    const empty = await t.gql(Recover, {
      input: {
        webhookId: hook.id,
        since: new Date(since.getTime() - 3_600_000).toISOString(),
        until: since.toISOString(),
      },
    });
    expect(empty.data?.recoverDeliveries).toEqual({ __typename: "RecoverDeliveriesPayload", recoveredCount: 0 });
    const recovered = await t.gql(Recover, {
      input: {
        webhookId: hook.id,
        since: since.toISOString(),
        until: new Date(until.getTime() + 1).toISOString(),
        statuses: ["DIVERTED"],
      },
    });
    expect(recovered.data?.recoverDeliveries).toEqual({ __typename: "RecoverDeliveriesPayload", recoveredCount: 3 });
    await waitFor(
      "three delivered",
      async () =>
        (await deliveriesOf(t, { webhookId: hook.id })).every((delivery) => delivery.status === "SUCCEEDED") || null,
    );
    const ids = flaky.requests.map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(3);
  });

  it("leaves a failed delivery whose retry is in flight to its worker", async () => {
    const slow = await receiver((_request, index) => (index === 0 ? { status: 500 } : "hang"));
    const hook = await createWebhook(t, {
      url: slow.url,
      eventTypes: ["inflight.one"],
      failureHandling: { timeoutSeconds: 5, retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 1 } },
    });
    const since = new Date(Date.now() - 1000);
    await publish(t, { type: "inflight.one", payload: {} });
    // The retry is being attempted: the delivery is FAILED and leased.
    await waitFor("the retry in flight", () => slow.requests.length === 2 || null);
    const recovered = await t.gql(Recover, {
      input: { webhookId: hook.id, since: since.toISOString(), statuses: ["FAILED"] },
    });
    expect(recovered.data?.recoverDeliveries).toEqual({ __typename: "RecoverDeliveriesPayload", recoveredCount: 0 });
  });

  it("refuses a window that ends before it starts, statuses with nothing to recover, and more than 10,000 deliveries", async () => {
    const sink = await receiver(() => ({ status: 500 }));
    const hook = await createWebhook(t, { url: sink.url, eventTypes: ["many.one"], enabled: true });
    const now = new Date();
    const issues = async (input: Record<string, unknown>) => {
      const result = await t.gql(Recover, { input: { webhookId: hook.id, since: now.toISOString(), ...input } });
      return member(result.data?.recoverDeliveries, "ValidationError").issues;
    };
    expect(await issues({ until: new Date(now.getTime() - 1000).toISOString() })).toEqual([
      { path: ["input", "since"], message: "must be before until" },
    ]);
    expect((await issues({ statuses: ["SUCCEEDED"] }))[0]!.path).toEqual(["input", "statuses"]);
    // 10,001 diverted deliveries of one event, written straight to the table.
    await publish(t, { type: "many.one", payload: {} });
    const prisma = t.service.database.prisma;
    const event = await prisma.delivery.findFirstOrThrow({ where: { eventType: "many.one" } });
    await prisma.$executeRaw`
      INSERT INTO deliveries (id, tenant_id, event_id, webhook_id, event_type, message_id, status, completed_at, created_at)
      SELECT gen_random_uuid(), ${event.tenantId}::uuid, ${event.eventId}::uuid, ${event.webhookId}::uuid, 'many.one', ${event.messageId}, 'DIVERTED', now(), now()
      FROM generate_series(1, 10001)`;
    const [tooMany] = await issues({ since: new Date(now.getTime() - 60_000).toISOString() });
    expect(tooMany!.path).toEqual(["input", "since"]);
    expect(tooMany!.message).toMatch(/^the window holds 1000[12] deliveries to recover; at most 10000 per call/);
  }, 120_000);
});

describe("operational events", () => {
  const Unsuspend = graphql(
    `mutation DeliveryControlUnsuspend($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }`,
  );
  const typesOf = (receiver: Receiver) =>
    receiver.requests.map(
      (request) =>
        JSON.parse(request.body) as { type: string; data: { webhook?: { name: string }; event?: { type: string } } },
    );

  it("tells the tenant's other webhooks about exhausted deliveries, suspensions, 410s and unsuspensions; never the webhook itself, never through *", async () => {
    const failing = await receiver(() => ({ status: 500, body: "down" }));
    const ops = await receiver(() => ({ status: 200, body: "ok" }));
    const everything = await receiver(() => ({ status: 200, body: "ok" }));
    const goneReceiver = await receiver(() => ({ status: 410 }));
    const failingName = `failing ${Math.random().toString(36).slice(2)}`;
    const failingHook = await createWebhook(t, {
      name: failingName,
      url: failing.url,
      eventTypes: ["fail.one", "hookrelay.*"],
      failureHandling: { retryStrategy: { type: "NONE" }, suspendAfterConsecutiveFailures: 1 },
    });
    await createWebhook(t, { url: ops.url, eventTypes: ["hookrelay.*"] });
    await createWebhook(t, { url: everything.url, eventTypes: ["*"] });
    const goneName = `gone ${Math.random().toString(36).slice(2)}`;
    await createWebhook(t, { name: goneName, url: goneReceiver.url, eventTypes: ["gone.two"] });

    await publish(t, { type: "fail.one", payload: { n: 1 } });
    const exhausted = await waitFor("the exhausted event", () =>
      typesOf(ops).find(
        (event) => event.type === "hookrelay.delivery.exhausted" && event.data.webhook?.name === failingName,
      ),
    );
    expect(exhausted.data).toMatchObject({
      event: { type: "fail.one" },
      trigger: "HTTP_5XX",
      lastResponse: { status: 500 },
      delivery: { status: "DIVERTED", attemptCount: 1 },
    });
    const suspended = await waitFor("the suspended event", () =>
      typesOf(ops).find(
        (event) => event.type === "hookrelay.webhook.suspended" && event.data.webhook?.name === failingName,
      ),
    );
    expect(suspended.data).toMatchObject({ trigger: "HTTP_5XX", lastResponse: { status: 500 } });

    expect(
      member((await t.gql(Unsuspend, { id: failingHook.id })).data?.unsuspendWebhook, "UnsuspendWebhookPayload"),
    ).toBeTruthy();
    await waitFor("the unsuspended event", () =>
      typesOf(ops).find(
        (event) => event.type === "hookrelay.webhook.unsuspended" && event.data.webhook?.name === failingName,
      ),
    );

    await publish(t, { type: "gone.two", payload: {} });
    await waitFor("the disabled event", () =>
      typesOf(ops).find(
        (event) => event.type === "hookrelay.webhook.disabled" && event.data.webhook?.name === goneName,
      ),
    );
    // The failing webhook subscribes to hookrelay.* too: it hears of the gone webhook, and fails to take it.
    await waitFor(
      "the failing webhook's try at the disabled event",
      () => typesOf(failing).find((event) => event.type === "hookrelay.webhook.disabled") ?? null,
    );

    expect(typesOf(failing).filter((event) => event.data.webhook?.name === failingName)).toEqual([]);
    expect(typesOf(everything).filter((event) => event.type.startsWith("hookrelay."))).toEqual([]);
    expect(typesOf(everything).map((event) => event.type)).toEqual(expect.arrayContaining(["fail.one", "gone.two"]));
    // An operational event that could not be delivered announces nothing more. The failed try
    // suspended the webhook again; that announcement is written in the statement any such
    // announcement would be written in, so once it exists the absence of the other is certain.
    const prisma = t.service.database.prisma;
    const eventsAbout = async (type: string) =>
      (await prisma.event.findMany({ where: { type } }))
        .map((event) => event.payload as { webhook: { name: string }; event?: { type: string } })
        .filter((payload) => payload.webhook.name === failingName);
    await waitFor(
      "the second suspension",
      async () => (await eventsAbout("hookrelay.webhook.suspended")).length >= 2 || null,
    );
    expect((await eventsAbout("hookrelay.delivery.exhausted")).map((payload) => payload.event?.type)).toEqual([
      "fail.one",
    ]);
  });

  it("refuses publishing the service's own event types", async () => {
    const result = await publishResult(t, { type: "hookrelay.webhook.suspended", payload: {} });
    expect(member(result, "ValidationError").issues[0]).toEqual({
      path: ["input", "type"],
      message: 'must not start with "hookrelay.": those are the service\'s own events',
    });
  });
});
