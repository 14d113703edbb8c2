// Retention: history partitioned by day, each tenant's retention setting, and the retention pass that
// drops expired partitions and deletes in batches what expires inside kept ones. The pass is run here
// with a clock days ahead (its `now`), on real rows written through the API.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalID } from "@pothos/plugin-relay";
import {
  CreateIncomingWebhookDocument,
  DeleteDivertedDeliveriesDocument,
  ResendDivertedDeliveriesDocument,
  UpdateTenantSettingsDocument,
} from "@hookrelay/client";
import { createTenant } from "../src/tenants/tenants.js";
import {
  HISTORY_TABLES,
  PARTITION_DAYS_AHEAD,
  applyRetention,
  createHistoryPartitions,
  listHistoryPartitions,
  type RetentionPolicy,
} from "../src/retention/history-retention.js";
import pg from "pg";
import { version as uuidVersion } from "uuid";
import { isLockConflict } from "../src/db/errors.js";
import type { RunSql } from "../src/db/sql.js";
import { QueueWindow, claimDueDeliveries } from "../src/delivery/delivery-queue.js";
import { serverUrl } from "./support/database.js";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import { waitFor } from "./support/wait.js";

const DAY_MS = 86_400_000;
// Two days unless a tenant says otherwise; batches of two rows, so that deletions take several.
const policy: RetentionPolicy = { defaultDays: 2, maxDays: 90, daySeconds: 86_400, batchSize: 2 };

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  receiver = await startReceiver(() => ({ status: 200, body: "ok" }));
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);
const dayName = (date: Date) => date.toISOString().slice(0, 10).replaceAll("-", "");

/** The ids in `table` of a tenant. */
async function idsOf(table: string, tenantId: string): Promise<string[]> {
  const rows = await t.service.database.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM ${table} WHERE tenant_id = $1::uuid ORDER BY id`,
    tenantId,
  );
  return rows.map((row) => row.id);
}

async function historyOf(tenantId: string) {
  const tables = [...HISTORY_TABLES, "alerts"];
  const counts = await Promise.all(tables.map(async (table) => [table, (await idsOf(table, tenantId)).length]));
  return Object.fromEntries(counts) as Record<string, number>;
}

const succeeded = (eventId: string, key?: string) =>
  waitFor("the event's delivery to succeed", async () => {
    const deliveries = await deliveriesOf(t, { eventId }, key);
    return deliveries.length > 0 && deliveries.every((delivery) => delivery.status === "SUCCEEDED") ? deliveries : null;
  });

describe("history partitions", () => {
  it("partitions every history table by day, with partitions made ahead of now", async () => {
    const [tables] = await t.service.database.prisma.$queryRaw<{ partitioned: string[] }[]>`
      SELECT array_agg(c.relname::text ORDER BY c.relname) AS partitioned
      FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid`;
    expect(tables?.partitioned).toEqual([...HISTORY_TABLES].sort());
    const partitions = await listHistoryPartitions(t.service.database.sql);
    for (const table of HISTORY_TABLES) {
      const own = partitions.filter((partition) => partition.parent === table);
      expect(own.some((partition) => partition.partition === `${table}_p${dayName(new Date())}`)).toBe(true);
      expect(Math.max(...own.map((partition) => partition.upper_bound.getTime()))).toBeGreaterThan(
        daysFromNow(PARTITION_DAYS_AHEAD).getTime(),
      );
    }
  });
});

describe("history ids", () => {
  // Version 7: a new row's id lands beside the last one's in its partition's indexes, not on a random page.
  it("are time-ordered: a later event's id, its delivery's and its attempt's sort after an earlier one's", async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}/ids`, eventTypes: ["order.ids"] });
    const webhookId = decodeGlobalID(hook.id).id;
    const written = [];
    for (const n of [1, 2]) {
      const { event } = await publish(t, { type: "order.ids", payload: { n } });
      await succeeded(event.id);
      const delivery = await t.service.database.prisma.delivery.findFirstOrThrow({
        where: { webhookId, eventId: decodeGlobalID(event.id).id },
        select: { id: true, eventId: true, attempts: { select: { id: true } } },
      });
      written.push([delivery.eventId, delivery.id, ...delivery.attempts.map((attempt) => attempt.id)]);
    }
    const [first, second] = written;
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(3);
    for (const [index, id] of first!.entries()) {
      expect(uuidVersion(id)).toBe(7);
      expect(second![index]! > id).toBe(true);
    }
  });
});

describe("retention settings", () => {
  it("sets days per kind of history; the rest keep the default, and events never go before their deliveries", async () => {
    const { tenant: created, adminKey } = await createTenant(t.service.database.prisma, "settings");
    const answer = await t.gql(
      UpdateTenantSettingsDocument,
      { input: { retention: { events: 3, deliveries: 7 } } },
      adminKey,
    );
    const { tenant } = member(answer.data?.updateTenantSettings, "UpdateTenantSettingsPayload");
    // The service's default is RETENTION_DEFAULT_DAYS, 30.
    expect(tenant.retention).toEqual({ events: 7, deliveries: 7, incoming: 30 });
    // Gone again, so that its longer retention does not hold back the passes below.
    await t.service.database.prisma.tenant.delete({ where: { id: created.id } });
  });

  it.each([
    [{ events: 0 }, "input.retention.events", "must be at least 1 day"],
    [{ incoming: 91 }, "input.retention.incoming", "must be at most 90 days (the service's RETENTION_MAX_DAYS)"],
  ])("refuses %j, naming the field and the rule", async (retention, path, message) => {
    const answer = await t.gql(UpdateTenantSettingsDocument, { input: { retention } });
    const refusal = member(answer.data?.updateTenantSettings, "ValidationError");
    expect(refusal.issues).toEqual([{ path: path.split("."), message }]);
  });
});

describe("the retention pass", () => {
  let short: { tenantId: string; key: string };
  let kept: { heldEventId: string; heldWebhookId: string; otherTenantEvents: string[] };

  it("deletes in batches the finished history of a tenant keeping less, and leaves unfinished deliveries, their events and other tenants alone", async () => {
    const created = await createTenant(t.service.database.prisma, "short retention");
    short = { tenantId: created.tenant.id, key: created.adminKey };
    const settings = await t.gql(
      UpdateTenantSettingsDocument,
      { input: { retention: { events: 1, deliveries: 1, incoming: 1 } } },
      short.key,
    );
    member(settings.data?.updateTenantSettings, "UpdateTenantSettingsPayload");

    // Three delivered events, one held for a suspended webhook (diverted: unfinished), one alert.
    await createWebhook(t, { url: `${receiver.url}/paid`, eventTypes: ["order.paid"] }, short.key);
    for (let n = 0; n < 3; n += 1)
      await succeeded((await publish(t, { type: "order.paid", payload: { n } }, short.key)).event.id, short.key);
    const held = await createWebhook(t, { url: `${receiver.url}/held`, eventTypes: ["order.held"] }, short.key);
    await t.service.database.prisma.webhook.update({
      where: { id: decodeGlobalID(held.id).id },
      data: { suspendedAt: new Date() },
    });
    const heldEvent = await publish(t, { type: "order.held" }, short.key);
    expect(
      (await deliveriesOf(t, { eventId: heldEvent.event.id }, short.key)).map((delivery) => delivery.status),
    ).toEqual(["DIVERTED"]);
    const incoming = member(
      (
        await t.gql(
          CreateIncomingWebhookDocument,
          { input: { name: "alerts", plugin: { pluginId: "prometheus-alertmanager" } } },
          short.key,
        )
      ).data?.createIncomingWebhook,
      "CreateIncomingWebhookPayload",
    ).webhook;
    const posted = await fetch(incoming.webhookUrl!.replace("https://hooks.example.com", t.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8"),
    });
    expect(posted.status).toBeLessThan(300);

    // The bootstrap tenant keeps the default (two days).
    await createWebhook(t, { url: `${receiver.url}/other`, eventTypes: ["order.paid"] });
    const otherTenantEvents: string[] = [];
    for (let n = 0; n < 2; n += 1) {
      const { event } = await publish(t, { type: "order.paid", payload: { n } });
      await succeeded(event.id);
      otherTenantEvents.push(event.id);
    }
    const bootstrapTenantId = (
      await t.service.database.prisma.apiKey.findFirstOrThrow({ where: { name: "bootstrap admin" } })
    ).tenantId;
    const before = await historyOf(short.tenantId);
    const otherBefore = await historyOf(bootstrapTenantId);
    expect(before).toMatchObject({ deliveries: 4, delivery_attempts: 3, incoming_requests: 1 });
    expect(before.incoming_events).toBeGreaterThan(0);
    expect(before.alerts).toBeGreaterThan(0);

    const report = await applyRetention(t.service.database.sql, policy, daysFromNow(1.5));

    expect(report.droppedPartitions).toEqual([]);
    const heldEventId = decodeGlobalID(heldEvent.event.id).id;
    expect(await idsOf("events", short.tenantId)).toEqual([heldEventId]);
    expect(await historyOf(short.tenantId)).toEqual({
      events: 1,
      deliveries: 1,
      delivery_attempts: 0,
      incoming_requests: 0,
      incoming_events: 0,
      alerts: 0,
    });
    expect(report.deletedRows).toEqual({
      events: before.events! - 1,
      deliveries: 3,
      delivery_attempts: 3,
      incoming_requests: 1,
      incoming_events: before.incoming_events,
      alerts: before.alerts,
    });
    expect(await historyOf(bootstrapTenantId)).toEqual(otherBefore);
    kept = { heldEventId, heldWebhookId: held.id, otherTenantEvents };
  });

  it("drops the partitions that expired for every tenant; one kept for an unfinished delivery is emptied of the rest, and dropped once it finishes", async () => {
    const today = dayName(new Date());
    const later = daysFromNow(3.5);
    const first = await applyRetention(t.service.database.sql, policy, later);
    const firstDropped = first.droppedPartitions.map((dropped) => dropped.partition);

    // Today's deliveries (and so events) partitions hold the diverted delivery; the rest of their rows go one by one.
    expect(firstDropped).toEqual(
      expect.arrayContaining([
        `delivery_attempts_p${today}`,
        `incoming_requests_p${today}`,
        `incoming_events_p${today}`,
      ]),
    );
    expect(firstDropped).not.toContain(`deliveries_p${today}`);
    expect(firstDropped).not.toContain(`events_p${today}`);
    expect(first.keptPartitions).toEqual(
      expect.arrayContaining([
        { parent: "deliveries", partition: `deliveries_p${today}` },
        { parent: "events", partition: `events_p${today}` },
      ]),
    );
    expect(await t.service.database.prisma.event.findMany({ select: { id: true } })).toEqual([
      { id: kept.heldEventId },
    ]);
    expect(await t.service.database.prisma.delivery.count()).toBe(1);
    expect(first.deletedRows.events).toBeGreaterThanOrEqual(kept.otherTenantEvents.length);

    const discarded = await t.gql(
      DeleteDivertedDeliveriesDocument,
      { input: { webhookId: kept.heldWebhookId } },
      short.key,
    );
    expect(member(discarded.data?.deleteDivertedDeliveries, "DeleteDivertedDeliveriesPayload").deletedCount).toBe(1);
    const second = await applyRetention(t.service.database.sql, policy, later);
    expect(second.droppedPartitions).toEqual(
      expect.arrayContaining([
        { parent: "deliveries", partition: `deliveries_p${today}` },
        { parent: "events", partition: `events_p${today}` },
      ]),
    );
    expect(second.keptPartitions).toEqual([]);
    expect(await t.service.database.prisma.event.count()).toBe(0);

    // Partitions stay made ahead of the pass's clock, and none remains wholly past the horizon.
    const partitions = await listHistoryPartitions(t.service.database.sql);
    const horizon = later.getTime() - policy.defaultDays * DAY_MS;
    for (const table of HISTORY_TABLES) {
      const own = partitions.filter((partition) => partition.parent === table);
      expect(own.every((partition) => partition.upper_bound.getTime() > horizon)).toBe(true);
      expect(Math.max(...own.map((partition) => partition.upper_bound.getTime()))).toBeGreaterThan(
        later.getTime() + PARTITION_DAYS_AHEAD * DAY_MS,
      );
    }
  });
});

describe.skipIf(!serverUrl)("partitions made while the tables are busy (PostgreSQL)", () => {
  it("gives up waiting for a table's lock after a few short tries, and makes them once the lock is free", async () => {
    const holder = new pg.Client({ connectionString: t.database.env.DATABASE_URL });
    await holder.connect();
    // Past every partition made so far (the passes above ran days ahead).
    const from = daysFromNow(40);
    try {
      // A transaction holding a lock that creating a partition of events has to wait for.
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE events IN ACCESS SHARE MODE");
      const refused = await createHistoryPartitions(t.service.database.sql, 86_400, from, from).catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(Error);
      expect(isLockConflict(refused)).toBe(true);
      await holder.query("COMMIT");
      expect(await createHistoryPartitions(t.service.database.sql, 86_400, from, from)).toBeGreaterThanOrEqual(
        HISTORY_TABLES.length,
      );
      const made = (await listHistoryPartitions(t.service.database.sql)).map((partition) => partition.partition);
      expect(made).toEqual(expect.arrayContaining(HISTORY_TABLES.map((table) => `${table}_p${dayName(from)}`)));
    } finally {
      await holder.end();
    }
  });
});

describe.skipIf(!serverUrl)("the claim's plan (PostgreSQL)", () => {
  it.each([
    ["without limited webhooks", 0],
    ["with a rate-limited webhook (its claim is a function)", 10],
  ])("takes only the partitions of the days it looks in, %s", async (_case, limitedRoom) => {
    const tenDaysAgo = daysFromNow(-10);
    await createHistoryPartitions(t.service.database.sql, 86_400, tenDaysAgo, new Date());
    if (limitedRoom > 0)
      await createWebhook(t, {
        url: `${receiver.url}/limited`,
        eventTypes: ["order.limited"],
        rateLimit: { perSecond: 10, burst: 10 },
      });
    const window = new QueueWindow();
    await window.bounds(t.service.database.sql);
    const client = new pg.Client({ connectionString: t.database.env.DATABASE_URL });
    await client.connect();
    try {
      // As the worker's sessions run it: prepared (named), its generic plan kept.
      const prepared: RunSql = async (statement) =>
        (await client.query({ name: "claim", text: statement.text, values: statement.values })).rows;
      await client.query("BEGIN");
      await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
      await claimDueDeliveries(prepared, { room: 10, limitedRoom, leaseSeconds: 60 }, undefined, window);
      const { rows } = await client.query<{ partition: string }>(
        `SELECT DISTINCT c.relname AS partition FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         WHERE l.pid = pg_backend_pid() AND c.relkind = 'r' AND c.relname LIKE 'deliveries\\_p%' ORDER BY 1`,
      );
      await client.query("ROLLBACK");
      const locked = rows.map((row) => row.partition);
      expect(locked).toContain(`deliveries_p${dayName(new Date())}`);
      // Days back with nothing waiting stay out of the plan, so out of its locks and its planning.
      expect(locked).not.toContain(`deliveries_p${dayName(tenDaysAgo)}`);
      // The window reaches an hour back and an hour ahead: one day, or two near midnight.
      const windowDays = [-3_600_000, 0, 3_600_000].map(
        (offset) => `deliveries_p${dayName(new Date(Date.now() + offset))}`,
      );
      for (const partition of locked) expect(windowDays).toContain(partition);
    } finally {
      await client.end();
    }
  });
});

describe("the queue over partitions", () => {
  // Last: it leaves history days back, which the passes above would count.
  it("delivers a delivery days older than the window claims look in, once it is queued again", async () => {
    // Diverted while its webhook is suspended, then moved 3 days back (to a partition made for it).
    const hook = await createWebhook(t, { url: `${receiver.url}/old`, eventTypes: ["order.old"] });
    const webhookId = decodeGlobalID(hook.id).id;
    const prisma = t.service.database.prisma;
    await prisma.webhook.update({ where: { id: webhookId }, data: { suspendedAt: new Date() } });
    // (The passes above, run days ahead, dropped today's partitions: made again, with three days back.)
    const threeDaysAgo = daysFromNow(-3);
    await createHistoryPartitions(t.service.database.sql, 86_400, threeDaysAgo, new Date());
    const { event } = await publish(t, { type: "order.old" });
    await prisma.delivery.updateMany({ where: { webhookId }, data: { createdAt: threeDaysAgo } });
    await prisma.webhook.update({ where: { id: webhookId }, data: { suspendedAt: null } });

    const resent = await t.gql(ResendDivertedDeliveriesDocument, { input: { webhookId: hook.id } });
    expect(member(resent.data?.resendDivertedDeliveries, "ResendDivertedDeliveriesPayload").resentCount).toBe(1);
    await succeeded(event.id);
    expect(await prisma.delivery.findMany({ where: { webhookId }, select: { createdAt: true } })).toEqual([
      { createdAt: threeDaysAgo },
    ]);
  });

  it("deletes with a delivery the attempts made days after it, in a later partition", async () => {
    // A tenant keeping a day, beside one keeping ten (so its rows go by batches, not with a partition).
    const tenant = await createTenant(t.service.database.prisma, "resent late");
    const settings = await t.gql(
      UpdateTenantSettingsDocument,
      { input: { retention: { events: 1, deliveries: 1, incoming: 1 } } },
      tenant.adminKey,
    );
    member(settings.data?.updateTenantSettings, "UpdateTenantSettingsPayload");
    const longer = await t.gql(UpdateTenantSettingsDocument, { input: { retention: { deliveries: 10 } } });
    member(longer.data?.updateTenantSettings, "UpdateTenantSettingsPayload");
    const hook = await createWebhook(t, { url: `${receiver.url}/late`, eventTypes: ["order.late"] }, tenant.adminKey);
    const webhookId = decodeGlobalID(hook.id).id;
    const prisma = t.service.database.prisma;
    await prisma.webhook.update({ where: { id: webhookId }, data: { suspendedAt: new Date() } });
    const threeDaysAgo = daysFromNow(-3);
    await createHistoryPartitions(t.service.database.sql, 86_400, threeDaysAgo, new Date());
    const { event } = await publish(t, { type: "order.late" }, tenant.adminKey);
    await prisma.delivery.updateMany({ where: { webhookId }, data: { createdAt: threeDaysAgo } });
    await prisma.webhook.update({ where: { id: webhookId }, data: { suspendedAt: null } });
    const resent = await t.gql(ResendDivertedDeliveriesDocument, { input: { webhookId: hook.id } }, tenant.adminKey);
    expect(member(resent.data?.resendDivertedDeliveries, "ResendDivertedDeliveriesPayload").resentCount).toBe(1);
    await succeeded(event.id, tenant.adminKey);
    expect(await prisma.deliveryAttempt.count({ where: { webhookId } })).toBe(1);

    const report = await applyRetention(t.service.database.sql, policy);

    expect(report.deletedRows).toMatchObject({ deliveries: 1, delivery_attempts: 1 });
    expect(await prisma.delivery.count({ where: { webhookId } })).toBe(0);
    expect(await prisma.deliveryAttempt.count({ where: { webhookId } })).toBe(0);
  });
});
