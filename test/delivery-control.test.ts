// Delivery control: receivers steering delivery (410 Gone switches the webhook off, 429/503 with
// Retry-After set the next attempt, a delivery retried many times counts once toward suspension) and
// recovering a webhook's failed deliveries by time range.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, waitFor, type Receiver } from "./support/receiver.js";
import { createWebhook, deliveriesOf, publish, webhookState } from "./support/delivery.js";
import { member } from "./support/typed.js";
import { RecoverDeliveriesDocument } from "../client/generated/graphql.js";

let t: TestService;
const receivers: Receiver[] = [];

beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
});
afterAll(async () => {
  for (const receiver of receivers) await receiver.close();
  await t.stop();
});

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
}

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
    const busy = await receiver((_request, index) => (index === 0 ? { status: 429, headers: { "retry-after": "2" } } : { status: 200, body: "ok" }));
    const hook = await createWebhook(t, { url: busy.url, eventTypes: ["busy.one"], failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 3 } } });
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
    const hook = await createWebhook(t, { url: down.url, eventTypes: ["down.one"], failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 2 } } });
    await publish(t, { type: "down.one", payload: {} });
    await waitFor("the diverted delivery", async () => (await deliveriesOf(t, { webhookId: hook.id }))[0]?.status === "DIVERTED" || null);
    expect(down.requests).toHaveLength(3);
    expect((await webhookState(t, hook.id)).consecutiveFailures).toBe(1);
  });
});

describe("recoverDeliveries", () => {
  const Recover = RecoverDeliveriesDocument;

  it("queues the window's failed deliveries again, each with its webhook-id, and only those", async () => {
    let up = false;
    const flaky = await receiver(() => (up ? { status: 200, body: "ok" } : { status: 500 }));
    const hook = await createWebhook(t, { url: flaky.url, eventTypes: ["outage.one"], failureHandling: { retryStrategy: { type: "NONE" } } });
    const since = new Date();
    for (let n = 0; n < 3; n += 1) await publish(t, { type: "outage.one", payload: { n } });
    await waitFor("three diverted deliveries", async () => {
      const found = await deliveriesOf(t, { webhookId: hook.id });
      return found.length === 3 && found.every((delivery) => delivery.status === "DIVERTED") ? found : null;
    });
    const until = new Date();
    up = true;
    const empty = await t.gql(Recover, { input: { webhookId: hook.id, since: new Date(since.getTime() - 3_600_000).toISOString(), until: since.toISOString() } });
    expect(empty.data?.recoverDeliveries).toEqual({ __typename: "RecoverDeliveriesPayload", recoveredCount: 0 });
    const recovered = await t.gql(Recover, { input: { webhookId: hook.id, since: since.toISOString(), until: new Date(until.getTime() + 1).toISOString(), statuses: ["DIVERTED"] } });
    expect(recovered.data?.recoverDeliveries).toEqual({ __typename: "RecoverDeliveriesPayload", recoveredCount: 3 });
    await waitFor("three delivered", async () => (await deliveriesOf(t, { webhookId: hook.id })).every((delivery) => delivery.status === "SUCCEEDED") || null);
    const ids = flaky.requests.map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(3);
  });

  it("refuses a window that ends before it starts, statuses with nothing to recover, and more than 10,000 deliveries", async () => {
    const sink = await receiver(() => ({ status: 500 }));
    const hook = await createWebhook(t, { url: sink.url, eventTypes: ["many.one"], enabled: true });
    const now = new Date();
    const issues = async (input: Record<string, unknown>) => {
      const result = await t.gql(Recover, { input: { webhookId: hook.id, since: now.toISOString(), ...input } });
      return member(result.data?.recoverDeliveries, "ValidationError").issues;
    };
    expect(await issues({ until: new Date(now.getTime() - 1000).toISOString() })).toEqual([{ path: ["input", "since"], message: "must be before until" }]);
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
