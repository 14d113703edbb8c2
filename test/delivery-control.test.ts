// Receivers steering delivery: 410 Gone switches the webhook off, 429/503 with Retry-After set the
// next attempt, and a delivery retried many times counts once toward suspension.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, waitFor, type Receiver } from "./support/receiver.js";
import { createWebhook, deliveriesOf, publish, webhookState } from "./support/delivery.js";

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
