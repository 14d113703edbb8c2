// De-duplication of incoming events into alerts, straight through the module the receiver calls,
// with the clock in the test's hands.
import { wholeTenant } from "../src/auth/owner.js";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHistoryPartitions } from "../src/retention/history-retention.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createIncomingWebhook } from "../src/incoming/incoming-webhooks.js";
import { incomingWebhookOf } from "../src/incoming/incoming-webhook-row.js";
import { STORE_CHUNK_EVENTS, storeIncomingEvents, urgencyOf, type ReceivingWebhook } from "../src/incoming/alerts.js";
import type { NormalizedEvent } from "../src/incoming/plugins/plugin.js";
import type { IncomingEvent, PrismaClient } from "../src/generated/prisma/client.js";
import { isDatabaseBusy } from "../src/db/errors.js";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
let prisma: PrismaClient;
let tenantId: string;
const secretBox = new SecretBox(randomBytes(32));

beforeAll(async () => {
  t = await startTestService();
  prisma = t.service.database.prisma;
  tenantId = (await prisma.tenant.findFirstOrThrow()).id;
  // These tests store incoming history at fixed dates in the past: its partitions are made first.
  await createHistoryPartitions(t.service.database.sql, 86_400, new Date("2026-11-01"), new Date());
});
afterAll(() => t.stop());

async function webhook(options: Record<string, unknown> = {}, projectId?: string): Promise<ReceivingWebhook> {
  const created = await createIncomingWebhook(prisma, secretBox, t.service.plugins, wholeTenant(tenantId), {
    name: `alerts ${Math.random()}`,
    plugin: { pluginId: "generic-json", options },
    projectId,
  });
  return incomingWebhookOf(created);
}

const event = (overrides: Partial<NormalizedEvent> = {}): NormalizedEvent => ({
  eventKey: "disk-full",
  eventType: "ALERT",
  severity: "ERROR",
  title: "Disk full",
  description: "95%",
  occurredAt: new Date("2026-11-23T10:00:00Z"),
  ...overrides,
});

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, minutes));

describe("alerts", () => {
  it("opens an alert for a new ALERT, attaches repeats within the window, and a RECOVERY resolves it", async () => {
    const hook = await webhook();
    const [first] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(0) });
    const opened = await prisma.alert.findUniqueOrThrow({ where: { id: first!.alertId! } });
    expect(opened).toMatchObject({
      state: "TRIGGERED",
      eventCount: 1,
      title: "Disk full",
      description: "95%",
      severity: "ERROR",
      urgency: "HIGH",
      firstEventAt: at(0),
      lastEventAt: at(0),
      resolvedAt: null,
    });

    const [repeat] = await storeIncomingEvents(prisma, hook, [event({ description: "97%" })], {}, { now: at(9) });
    expect(repeat!.alertId).toBe(opened.id);
    expect(await prisma.alert.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({
      eventCount: 2,
      description: "97%",
      lastEventAt: at(9),
      firstEventAt: at(0),
    });

    const [recovery] = await storeIncomingEvents(
      prisma,
      hook,
      [event({ eventType: "RECOVERY", description: "40%" })],
      {},
      { now: at(30) },
    );
    expect(recovery!.alertId).toBe(opened.id);
    expect(await prisma.alert.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({
      state: "RESOLVED",
      resolvedAt: at(30),
      eventCount: 3,
    });

    // After the recovery, the same key opens a new alert.
    const [again] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(31) });
    expect(again!.alertId).not.toBe(opened.id);
    expect(await prisma.alert.count({ where: { webhookId: hook.id } })).toBe(2);
  });

  it("opens a new alert when the open one's last event is older than the window (600 s by default)", async () => {
    const hook = await webhook();
    const [first] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(0) });
    const [inside] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(10) });
    expect(inside!.alertId).toBe(first!.alertId);
    const [outside] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: new Date(at(20).getTime() + 1) });
    expect(outside!.alertId).not.toBe(first!.alertId);
  });

  it("uses the plugin metadata's duplicateEventTime", async () => {
    const hook = await webhook({ duplicateEventTime: 60 });
    expect(hook.pluginMetadata).toMatchObject({ duplicateEventTime: 60 });
    const [first] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(0) });
    const [second] = await storeIncomingEvents(prisma, hook, [event()], {}, { now: at(2) });
    expect(second!.alertId).not.toBe(first!.alertId);
  });

  it("stores a RECOVERY with nothing open and opens nothing", async () => {
    const hook = await webhook();
    const [stored] = await storeIncomingEvents(prisma, hook, [event({ eventType: "RECOVERY" })], {}, { now: at(0) });
    expect(stored!.alertId).toBeNull();
    expect(await prisma.incomingEvent.count({ where: { webhookId: hook.id } })).toBe(1);
    expect(await prisma.alert.count({ where: { webhookId: hook.id } })).toBe(0);
  });

  it("keeps keys apart per key and per project, and ERROR events open ERROR alerts", async () => {
    const hook = await webhook();
    const stored = await storeIncomingEvents(
      prisma,
      hook,
      [event(), event({ eventKey: "other" }), event({ eventType: "ERROR", eventKey: "broken", severity: "CRITICAL" })],
      {},
      { now: at(0) },
    );
    expect(new Set(stored.map((row) => row.alertId)).size).toBe(3);
    const error = await prisma.alert.findUniqueOrThrow({ where: { id: stored[2]!.alertId! } });
    expect(error).toMatchObject({ state: "ERROR", urgency: "HIGH" });
    const elsewhere = await webhook({}, "other-project");
    const [separate] = await storeIncomingEvents(prisma, elsewhere, [event()], {}, { now: at(1) });
    expect(separate!.alertId).not.toBe(stored[0]!.alertId);
  });

  it("rates urgency HIGH for CRITICAL, ERROR and NOT_AVAILABLE, LOW otherwise", () => {
    expect((["CRITICAL", "ERROR", "NOT_AVAILABLE", "WARNING", "INFO", "NONE"] as const).map(urgencyOf)).toEqual([
      "HIGH",
      "HIGH",
      "HIGH",
      "LOW",
      "LOW",
      "LOW",
    ]);
  });

  it("never opens two alerts for one key when events arrive concurrently", async () => {
    const hook = await webhook();
    const now = new Date();
    // As a sender does when it is answered 503: a request the database could not take in time (one
    // connection on PGlite, so the last of 20 waits for 19 transactions) is sent again.
    const storeRetrying = async (index: number): Promise<IncomingEvent[]> => {
      for (;;) {
        try {
          return await storeIncomingEvents(prisma, hook, [event({ description: `#${index}` })], {}, { now });
        } catch (error) {
          if (!isDatabaseBusy(error)) throw error;
        }
      }
    };
    const stored = await Promise.all(Array.from({ length: 20 }, (_, index) => storeRetrying(index)));
    const alerts = await prisma.alert.findMany({ where: { webhookId: hook.id } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.eventCount).toBe(20);
    expect(new Set(stored.map(([row]) => row!.alertId))).toEqual(new Set([alerts[0]!.id]));
  });

  it("writes nothing when any part of a request's events fails", async () => {
    const hook = await webhook();
    const bad = event({ eventKey: "second", title: "x".repeat(10), occurredAt: new Date(Number.NaN) });
    await expect(storeIncomingEvents(prisma, hook, [event(), bad], {}, { now: at(0) })).rejects.toThrow();
    expect(await prisma.incomingEvent.count({ where: { webhookId: hook.id } })).toBe(0);
    expect(await prisma.alert.count({ where: { webhookId: hook.id } })).toBe(0);
    expect((await prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } })).requestsTotal).toBe(0);
  });

  describe("a request larger than one statement's share of events", () => {
    const size = 2 * STORE_CHUNK_EVENTS + 7;
    const keyCount = STORE_CHUNK_EVENTS + 5; // the alerts of later keys are opened in the second statement
    const events = () =>
      Array.from({ length: size }, (_, index) => {
        if (index === size - 1) return event({ eventKey: "k0", eventType: "RECOVERY" }); // resolves an alert opened in the first statement
        if (index === size - 2) return event({ eventKey: "earlier" }); // attaches to an alert of an earlier request
        return event({ eventKey: `k${index % keyCount}`, description: `#${index}` });
      });
    const publishedFor = (webhookId: string) =>
      prisma.event.count({ where: { tenantId, payload: { path: ["webhook", "id"], equals: webhookId } } });

    it("is stored as one: every event with its alert, the body once, the request counted once, each change announced", async () => {
      const hook = await webhook();
      await storeIncomingEvents(prisma, hook, [event({ eventKey: "earlier" })], {}, { now: at(0) });
      const publishedBefore = await publishedFor(hook.id);

      const stored = await storeIncomingEvents(prisma, hook, events(), { items: size }, { now: at(1) });
      expect(stored).toHaveLength(size);
      const alerts = await prisma.alert.findMany({ where: { webhookId: hook.id } });
      expect(alerts).toHaveLength(keyCount + 1);
      const alertIds = new Set(alerts.map((alert) => alert.id));
      const rows = await prisma.incomingEvent.findMany({ where: { webhookId: hook.id, createdAt: at(1) } });
      expect(rows).toHaveLength(size);
      for (const row of rows) expect(alertIds.has(row.alertId!)).toBe(true);
      const byKey = new Map(alerts.map((alert) => [alert.eventKey, alert]));
      expect(byKey.get("earlier")).toMatchObject({ eventCount: 2, state: "TRIGGERED" });
      expect(byKey.get("k0")).toMatchObject({ state: "RESOLVED", resolvedAt: at(1) });
      expect(alerts.reduce((sum, alert) => sum + alert.eventCount, 0)).toBe(size + 1);
      expect(await prisma.incomingRequest.count({ where: { webhookId: hook.id } })).toBe(2);
      expect((await prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } })).requestsTotal).toBe(2);
      // One monitoring.event.received per event, one monitoring.alert.triggered per opened alert, one resolved.
      expect((await publishedFor(hook.id)) - publishedBefore).toBe(size + keyCount + 1);
    });

    it("writes nothing when an event of its last statement fails", async () => {
      const hook = await webhook();
      const failing = events();
      failing[size - 1] = event({ eventKey: "last", occurredAt: new Date(Number.NaN) });
      await expect(storeIncomingEvents(prisma, hook, failing, {}, { now: at(0) })).rejects.toThrow();
      expect(await prisma.incomingEvent.count({ where: { webhookId: hook.id } })).toBe(0);
      expect(await prisma.alert.count({ where: { webhookId: hook.id } })).toBe(0);
      expect(await prisma.incomingRequest.count({ where: { webhookId: hook.id } })).toBe(0);
      expect(await publishedFor(hook.id)).toBe(0);
      expect((await prisma.webhook.findUniqueOrThrow({ where: { id: hook.id } })).requestsTotal).toBe(0);
    });
  });
});
