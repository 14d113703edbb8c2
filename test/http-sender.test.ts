// The signal each delivery attempt runs under: its timeout and the worker's shutdown, without keeping
// anything per attempt on the worker's long-lived signal.
import { getEventListeners, once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebhookSender, attemptSignal } from "../src/delivery/http-sender.js";
import { startReceiver, type Receiver } from "./support/receiver.js";

describe("attemptSignal", () => {
  it("aborts with a TimeoutError when the attempt's time is up", async () => {
    const { signal } = attemptSignal(5);
    await once(signal, "abort");
    expect((signal.reason as Error).name).toBe("TimeoutError");
  });

  it("aborts with the worker's reason when the worker stops, at once if it already has", () => {
    const shutdown = new AbortController();
    const running = attemptSignal(60_000, shutdown.signal);
    const reason = new Error("shutting down");
    shutdown.abort(reason);
    expect(running.signal.reason).toBe(reason);
    running.release();
    const late = attemptSignal(60_000, shutdown.signal);
    expect(late.signal.reason).toBe(reason);
    late.release();
  });
});

describe("WebhookSender with the worker's signal", () => {
  let receiver: Receiver;
  const sender = new WebhookSender({ allowPrivateDestinations: true });
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await sender.close();
  });

  it("leaves no listener on it once attempts are over, succeeded or failed", async () => {
    const shutdown = new AbortController();
    receiver.respond((_request, index) => ({ status: index % 2 === 0 ? 200 : 503 }));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        sender.send({
          url: `${receiver.url}/ok`,
          headers: { "content-type": "application/json" },
          body: "{}",
          timeoutMs: 30_000,
          signal: shutdown.signal,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.succeeded)).toHaveLength(10);
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });

  it("stops an attempt in flight when the worker stops", async () => {
    const shutdown = new AbortController();
    receiver.respond(() => "hang");
    const sending = sender.send({
      url: `${receiver.url}/hang`,
      headers: {},
      body: "{}",
      timeoutMs: 60_000,
      signal: shutdown.signal,
    });
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(1);
    shutdown.abort(new Error("shutting down"));
    expect(await sending).toMatchObject({ succeeded: false, failureTrigger: "NETWORK_ERROR", responseStatus: null });
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });
});
