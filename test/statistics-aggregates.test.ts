// Statistics that aggregate, as SpaceONE's `stat` does: functions over fields per group, groups sorted
// by an aggregate and cut to a limit, totals over everything matched; each call one SQL statement.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUIET_WORKER, startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import { CreateIncomingWebhookDocument, type IncomingWebhookFieldsFragment } from "@hookrelay/client";
import type {
  IncomingEventStatsAggregateInput,
  StatsOrder,
  WebhookStatsAggregateInput,
  WebhookStatsGroup,
  IncomingEventGroup,
} from "./generated/graphql.js";
import { graphql } from "./generated/index.js";

const firing = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8");
const resolved = readFileSync(new URL("./fixtures/incoming/alertmanager-resolved.json", import.meta.url), "utf8");
const grafanaUnified = readFileSync(new URL("./fixtures/incoming/grafana-unified.json", import.meta.url), "utf8");

let t: TestService;
let receiver: Receiver;
let busy: IncomingWebhookFieldsFragment;
let quiet: IncomingWebhookFieldsFragment;
let grafana: IncomingWebhookFieldsFragment;
const outgoing: string[] = [];

async function incomingHook(pluginId: string): Promise<IncomingWebhookFieldsFragment> {
  const res = await t.gql(CreateIncomingWebhookDocument, {
    input: { name: `stats ${Math.random().toString(36).slice(2)}`, plugin: { pluginId } },
  });
  return member(res.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
}

async function post(hook: IncomingWebhookFieldsFragment, body: string): Promise<number> {
  const response = await fetch(hook.webhookUrl!.replace(/^https?:\/\/[^/]+/, t.url), {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  // The worker does not poll (published events wake it), so the statements counted are the queries'.
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", ...QUIET_WORKER });
  receiver = await startReceiver();
  busy = await incomingHook("prometheus-alertmanager");
  quiet = await incomingHook("prometheus-alertmanager");
  grafana = await incomingHook("grafana");
  // busy: 3 requests, 1 of them not JSON; quiet: 1 request; grafana: 2 requests.
  // busy's events: keys a1 (ALERT, ALERT, RECOVERY; CRITICAL), b2 and c3 (ALERT, ALERT each), and the
  // ERROR event (CRITICAL) holding the body that was not JSON: 8 events.
  expect([
    await post(busy, firing),
    await post(busy, firing),
    await post(busy, resolved),
    await post(busy, "not json"),
  ]).toEqual([202, 202, 202, 400]);
  expect(await post(quiet, firing)).toBe(202);
  expect([await post(grafana, grafanaUnified), await post(grafana, "{")]).toEqual([202, 400]);
  // Two outgoing webhooks: 2 events to the first, 1 to the second, all delivered.
  outgoing.push((await createWebhook(t, { url: receiver.url, eventTypes: ["stats.a", "stats.b"] })).id);
  outgoing.push((await createWebhook(t, { url: receiver.url, eventTypes: ["stats.b"] })).id);
  await publish(t, { type: "stats.a", payload: {} });
  await publish(t, { type: "stats.b", payload: {} });
  await waitFor(
    "3 deliveries",
    async () =>
      (await t.service.database.prisma.delivery.count({
        where: { status: "SUCCEEDED", webhookId: { in: outgoing.map(localIdOf) } },
      })) === 3,
  );
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

const localIdOf = (globalId: string): string => Buffer.from(globalId, "base64").toString().split(":")[1] ?? "";

const WebhookStats =
  graphql(`query StatisticsWebhookStats($ids: [ID!], $groupBy: [WebhookStatsGroup!]!, $aggregates: [WebhookStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {
  webhookStats(filter: { ids: $ids }, groupBy: $groupBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit) {
    total totals { function field value } rows { kind pluginId capability eventType count aggregates { function field value } } } }`);

async function webhookStats(
  ids: string[],
  groupBy: WebhookStatsGroup[],
  aggregates: WebhookStatsAggregateInput[],
  orderBy?: StatsOrder,
  limit?: number,
) {
  return t.gql(WebhookStats, { ids, groupBy, aggregates, orderBy, limit });
}

describe("webhookStats with aggregates", () => {
  it("sums, averages and takes the max per plugin, sorted by an aggregate and cut to a limit; totals cover everything", async () => {
    const ids = [busy.id, quiet.id, grafana.id];
    const aggregates: WebhookStatsAggregateInput[] = [
      { function: "SUM", field: "REQUESTS_TOTAL" },
      { function: "MAX", field: "REQUESTS_ERROR" },
      { function: "AVG", field: "REQUESTS_TOTAL" },
    ];
    const all = (await webhookStats(ids, ["PLUGIN"], aggregates, { aggregate: 0 })).data!.webhookStats!;
    expect(all.total).toBe(3);
    expect(all.totals.map((value) => value.value)).toEqual([7, 1, 7 / 3]);
    expect(all.rows.map((row) => [row.pluginId, row.count, row.aggregates.map((value) => value.value)])).toEqual([
      ["prometheus-alertmanager", 2, [5, 1, 2.5]],
      ["grafana", 1, [2, 1, 2]],
    ]);
    expect(all.rows[0]!.aggregates[0]).toEqual({ function: "SUM", field: "REQUESTS_TOTAL", value: 5 });

    const top = (await webhookStats(ids, ["PLUGIN"], aggregates, { aggregate: 0, direction: "ASC" }, 1)).data!
      .webhookStats!;
    expect(top.rows.map((row) => row.pluginId)).toEqual(["grafana"]);
    expect(top.total).toBe(3);
    expect(top.totals[0]!.value).toBe(7);
  });

  it("groups by capability, and orders by the count when no aggregate is named", async () => {
    const stats = (await webhookStats([busy.id, quiet.id, grafana.id], ["CAPABILITY"], [], { direction: "DESC" })).data!
      .webhookStats!;
    expect(stats.rows).toHaveLength(2);
    expect(stats.rows[0]).toMatchObject({
      count: 2,
      capability: { payload: expect.stringContaining("Alertmanager"), eventKey: "fingerprint" },
    });
    expect(stats.rows[1]).toMatchObject({ count: 1, capability: { payload: expect.stringContaining("Grafana") } });
  });

  it("aggregates outgoing webhooks' deliveries, and counts a webhook once in the totals when grouped by event type", async () => {
    const aggregates: WebhookStatsAggregateInput[] = [
      { function: "SUM", field: "DELIVERIES_SUCCEEDED" },
      { function: "SUM", field: "DELIVERIES_FAILED" },
      { function: "MAX", field: "SUBSCRIBED_EVENT_TYPES" },
    ];
    const byKind = (await webhookStats(outgoing, ["KIND"], aggregates)).data!.webhookStats!;
    expect(byKind.rows).toEqual([
      { kind: "OUTGOING", pluginId: null, capability: null, eventType: null, count: 2, aggregates: expect.anything() },
    ]);
    expect(byKind.rows[0]!.aggregates.map((value) => value.value)).toEqual([3, 0, 2]);
    const byType = (await webhookStats(outgoing, ["EVENT_TYPE"], aggregates)).data!.webhookStats!;
    expect(byType.rows.map((row) => [row.eventType, row.count, row.aggregates[0]!.value])).toEqual([
      ["stats.a", 1, 2],
      ["stats.b", 2, 3],
    ]);
    expect(byType.totals[0]!.value).toBe(3);
  });

  it("refuses an order naming no aggregate, a limit out of range and a field the list does not have, naming each", async () => {
    const order = await webhookStats([busy.id], ["PLUGIN"], [{ function: "SUM", field: "REQUESTS_TOTAL" }], {
      aggregate: 1,
    });
    expect(order.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["orderBy", "aggregate"] }],
    });
    const limit = await webhookStats([busy.id], ["PLUGIN"], [], undefined, 0);
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path: ["limit"] }] });
    const field = await t.gql(
      `{ webhookStats(groupBy: [KIND], aggregates: [{ function: SUM, field: NAME }]) { total } }`,
    );
    expect(field.errors?.[0]?.message).toMatch(/NAME/);
  });

  it("answers in one statement", async () => {
    await t.gql(graphql(`query StatisticsViewer { viewer { name } }`)); // the key cached
    const before = t.service.database.statementCount();
    const res = await webhookStats(
      outgoing,
      ["EVENT_TYPE", "KIND"],
      [{ function: "SUM", field: "DELIVERIES_TOTAL" }],
      { aggregate: 0 },
      5,
    );
    expect(res.errors).toBeUndefined();
    expect(t.service.database.statementCount() - before).toBe(1);
  });
});

const EventStats =
  graphql(`query StatisticsIncomingEventStats($webhookId: ID, $groupBy: IncomingEventGroup!, $thenBy: [IncomingEventGroup!], $aggregates: [IncomingEventStatsAggregateInput!], $orderBy: StatsOrder, $limit: Int) {
  incomingEventStats(filter: { webhookId: $webhookId }, groupBy: $groupBy, thenBy: $thenBy, aggregates: $aggregates, orderBy: $orderBy, limit: $limit, bucket: DAY) {
    total groups { key keys count aggregates { value } } series { total groups { key count } } } }`);

async function eventStats(
  webhookId: string,
  groupBy: IncomingEventGroup,
  shape: {
    thenBy?: IncomingEventGroup[];
    aggregates?: IncomingEventStatsAggregateInput[];
    orderBy?: StatsOrder;
    limit?: number;
  } = {},
) {
  const res = await t.gql(EventStats, { webhookId, groupBy, ...shape });
  if (res.errors) return { errors: res.errors };
  return res.data!.incomingEventStats!;
}

describe("incomingEventStats with aggregates", () => {
  it("finds the keys that fire most: EVENT_KEY with a limit, overall and per bucket, with full totals", async () => {
    const stats = await eventStats(busy.id, "EVENT_KEY", { limit: 1 });
    if ("errors" in stats) throw new Error(JSON.stringify(stats.errors));
    expect(stats.total).toBe(8);
    expect(stats.groups).toEqual([{ key: "a1b2c3d4e5f60718", keys: ["a1b2c3d4e5f60718"], count: 3, aggregates: [] }]);
    const filled = stats.series.filter((bucket) => bucket.total > 0);
    expect(filled.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(8);
    for (const bucket of filled) expect(bucket.groups.length).toBeLessThanOrEqual(1);
  });

  it("groups by severity then plugin, and aggregates how late events arrived", async () => {
    const stats = await eventStats(busy.id, "SEVERITY", {
      thenBy: ["PLUGIN"],
      aggregates: [
        { function: "MAX", field: "DELAY_SECONDS" },
        { function: "COUNT", field: "DELAY_SECONDS" },
      ],
      orderBy: { aggregate: 1 },
    });
    if ("errors" in stats) throw new Error(JSON.stringify(stats.errors));
    const bySeverity = Object.fromEntries(stats.groups.map((group) => [group.key, group]));
    expect(bySeverity.CRITICAL).toMatchObject({ keys: ["CRITICAL", "prometheus-alertmanager"], count: 4 });
    expect(stats.groups.map((group) => group.count)).toEqual(
      [...stats.groups.map((group) => group.count)].sort((a, b) => b - a),
    );
    // The fixture's alerts started before this test ran: each arrived some time after it happened.
    for (const group of stats.groups) {
      expect(group.aggregates[0]!.value).toBeGreaterThan(0);
      expect(group.aggregates[1]!.value).toBe(group.count);
    }
  });

  it("sorts ascending when asked and refuses more than three dimensions", async () => {
    const ascending = await eventStats(busy.id, "EVENT_KEY", { orderBy: { direction: "ASC" } });
    if ("errors" in ascending) throw new Error(JSON.stringify(ascending.errors));
    expect(ascending.groups.map((group) => group.count)).toEqual([1, 2, 2, 3]);
    const tooMany = await eventStats(busy.id, "EVENT_KEY", { thenBy: ["SEVERITY", "PLUGIN", "PROJECT"] });
    expect("errors" in tooMany && tooMany.errors[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["thenBy"] }],
    });
  });

  it("answers in one statement", async () => {
    await t.gql(graphql(`query StatisticsViewer2 { viewer { name } }`)); // the key cached
    const before = t.service.database.statementCount();
    const stats = await eventStats(busy.id, "SEVERITY", {
      thenBy: ["PLUGIN", "EVENT_KEY"],
      aggregates: [{ function: "AVG", field: "DELAY_SECONDS" }],
      limit: 2,
    });
    expect("errors" in stats).toBe(false);
    expect(t.service.database.statementCount() - before).toBe(1);
  });
});
