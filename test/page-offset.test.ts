// `offset` on every list field: a numbered page is the same rows as that slice of the whole list,
// with page info and cursors that agree with it.
import { wholeTenant } from "../src/auth/owner.js";
import { randomBytes } from "node:crypto";
import { getNamedType, isObjectType } from "graphql";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHistoryPartitions } from "../src/retention/history-retention.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { createIncomingWebhook } from "../src/incoming/incoming-webhooks.js";
import { storeIncomingEvents } from "../src/incoming/alerts.js";
import { createEventType } from "../src/events/event-types.js";
import { incomingWebhookOf } from "../src/incoming/incoming-webhook-row.js";
import { schema } from "../src/schema/index.js";
import { MAX_OFFSET } from "../src/schema/page-offset.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { startTestService, type TestService } from "./support/service.js";
import type { AnyJson } from "./support/json.js";

let t: TestService;
let receiver: Receiver;
let webhookId: string;
let eventId: string;
let alertId: string;
let incomingWebhookId: string;

beforeAll(async () => {
  t = await startTestService();
  receiver = await startReceiver();
  const prisma = t.service.database.prisma;
  const tenantId = (await prisma.tenant.findFirstOrThrow()).id;
  // These tests store incoming history at fixed dates in the past: its partitions are made first.
  await createHistoryPartitions(t.service.database.sql, 86_400, new Date("2026-11-01"), new Date());
  for (let i = 0; i < 6; i += 1)
    webhookId = (await createWebhook(t, { url: receiver.url, eventTypes: ["order.*"] })).id;
  // A suspended webhook's deliveries are diverted as they are made.
  const suspended = await createWebhook(t, { url: receiver.url, eventTypes: ["order.*"] });
  await prisma.$executeRaw`UPDATE webhooks SET suspended_at = now(), suspend_reason = 'test' WHERE id = ${decodeGlobalID(suspended.id).id}::uuid`;
  for (let i = 0; i < 8; i += 1) eventId = (await publish(t, { type: "order.created", payload: { i } })).event.id;
  for (let i = 0; i < 4; i += 1) await createApiKey(prisma, tenantId, { name: `key ${i}`, scopes: ["webhooks:view"] });
  for (let i = 0; i < 5; i += 1) await createEventType(prisma, tenantId, { name: `order.kind${i}`, schema: {} });
  for (let i = 0; i < 5; i += 1)
    await t.gql(`mutation { eraseEvents(input: { filter: { subject: "nobody-${i}" } }) { __typename } }`);
  const incoming = incomingWebhookOf(
    await createIncomingWebhook(prisma, new SecretBox(randomBytes(32)), t.service.plugins, wholeTenant(tenantId), {
      name: "monitor",
      plugin: { pluginId: "generic-json", options: {} },
    }),
  );
  const event = (eventKey: string, minute: number) => ({
    eventKey,
    eventType: "ALERT" as const,
    severity: "ERROR" as const,
    title: eventKey,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 10, minute)),
  });
  for (let minute = 0; minute < 6; minute += 1)
    await storeIncomingEvents(
      prisma,
      incoming,
      [event("disk", minute)],
      {},
      { now: new Date(Date.UTC(2026, 11, 1, 10, minute)) },
    );
  for (let key = 0; key < 5; key += 1)
    await storeIncomingEvents(
      prisma,
      incoming,
      [event(`cpu-${key}`, 10 + key)],
      {},
      { now: new Date(Date.UTC(2026, 11, 1, 10, 10 + key)) },
    );
  const disk = await prisma.alert.findFirstOrThrow({ where: { eventKey: "disk" } });
  alertId = encodeGlobalID("Alert", disk.id);
  incomingWebhookId = encodeGlobalID("IncomingWebhook", incoming.id);
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
});

const PAGE = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";

/** Each list field, as a query of its page arguments, and where its connection sits in the answer. */
const LISTS: Record<string, { query: (args: string) => string; connection: (data: AnyJson) => AnyJson }> = {
  webhooks: { query: (args) => `{ webhooks(${args}) { ${PAGE} } }`, connection: (data) => data.webhooks },
  deliveries: { query: (args) => `{ deliveries(${args}) { ${PAGE} } }`, connection: (data) => data.deliveries },
  events: { query: (args) => `{ events(${args}) { ${PAGE} } }`, connection: (data) => data.events },
  divertedDeliveries: {
    query: (args) => `{ divertedDeliveries(${args}) { ${PAGE} } }`,
    connection: (data) => data.divertedDeliveries,
  },
  apiKeys: { query: (args) => `{ apiKeys(${args}) { ${PAGE} } }`, connection: (data) => data.apiKeys },
  eventTypes: { query: (args) => `{ eventTypes(${args}) { ${PAGE} } }`, connection: (data) => data.eventTypes },
  erasures: { query: (args) => `{ erasures(${args}) { ${PAGE} } }`, connection: (data) => data.erasures },
  alerts: { query: (args) => `{ alerts(${args}) { ${PAGE} } }`, connection: (data) => data.alerts },
  incomingEvents: {
    query: (args) => `{ incomingEvents(${args}) { ${PAGE} } }`,
    connection: (data) => data.incomingEvents,
  },
  "OutgoingWebhook.deliveries": {
    query: (args) => `{ webhook(id: "${webhookId}") { ... on OutgoingWebhook { deliveries(${args}) { ${PAGE} } } } }`,
    connection: (data) => data.webhook.deliveries,
  },
  "Event.deliveries": {
    query: (args) => `{ node(id: "${eventId}") { ... on Event { deliveries(${args}) { ${PAGE} } } } }`,
    connection: (data) => data.node.deliveries,
  },
  "Alert.events": {
    query: (args) => `{ alert(id: "${alertId}") { events(${args}) { ${PAGE} } } }`,
    connection: (data) => data.alert.events,
  },
  "IncomingWebhook.events": {
    query: (args) =>
      `{ webhook(id: "${incomingWebhookId}") { ... on IncomingWebhook { events(${args}) { ${PAGE} } } } }`,
    connection: (data) => data.webhook.events,
  },
  "IncomingWebhook.alerts": {
    query: (args) =>
      `{ webhook(id: "${incomingWebhookId}") { ... on IncomingWebhook { alerts(${args}) { ${PAGE} } } } }`,
    connection: (data) => data.webhook.alerts,
  },
};

async function list(
  name: string,
  args: string,
): Promise<{ totalCount: number; pageInfo: AnyJson; ids: string[]; cursors: string[] }> {
  const { query, connection } = LISTS[name]!;
  const res = await t.gql(query(args));
  expect(res.errors).toBeUndefined();
  const page = connection(res.data);
  return {
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
    ids: page.edges.map((edge: AnyJson) => edge.node.id),
    cursors: page.edges.map((edge: AnyJson) => edge.cursor),
  };
}

it("every connection field takes offset", () => {
  const connectionFields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })))
    .filter(({ field }) => getNamedType(field.type).name.endsWith("Connection"));
  expect(connectionFields.length).toBe(Object.keys(LISTS).length);
  expect(
    connectionFields.filter(({ field }) => !field.args.some((arg) => arg.name === "offset")).map(({ name }) => name),
  ).toEqual([]);
});

describe.each(Object.keys(LISTS))("%s", (name) => {
  it("answers the slice of the whole list at offset, with page info and cursors that agree", async () => {
    const whole = await list(name, "first: 100");
    const total = whole.totalCount;
    expect(total).toBeGreaterThanOrEqual(5);
    expect(whole.ids).toHaveLength(total);
    for (const offset of [0, 1, 2, total - 2, total - 1, total, total + 3]) {
      const page = await list(name, `first: 2, offset: ${offset}`);
      expect(page.ids, `offset ${offset}`).toEqual(whole.ids.slice(offset, offset + 2));
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasPreviousPage, `offset ${offset}`).toBe(offset > 0);
      expect(page.pageInfo.hasNextPage, `offset ${offset}`).toBe(offset + 2 < total);
      if (page.ids.length === 0) continue;
      // An offset page's cursors continue the list from there.
      const next = await list(name, `first: 2, after: "${page.pageInfo.endCursor}"`);
      expect(next.ids).toEqual(whole.ids.slice(offset + 2, offset + 4));
    }
  });

  it("refuses an offset out of range or beside a cursor or last, naming it", async () => {
    const { query } = LISTS[name]!;
    const { cursors } = await list(name, "first: 2");
    for (const [args, message] of [
      ["first: 2, offset: -1", "offset: must not be negative"],
      [`first: 2, offset: ${MAX_OFFSET + 1}`, `offset: must be at most ${MAX_OFFSET}`],
      [`first: 2, offset: 1, after: "${cursors[0]}"`, "offset: cannot be combined with after, before or last"],
      ["last: 2, offset: 1", "offset: cannot be combined with after, before or last"],
    ] as const) {
      const res = await t.gql(query(args));
      expect(res.errors, args).toHaveLength(1);
      expect(res.errors![0], args).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
      // The list itself fails, not the object it hangs from.
      expect(res.errors![0]!.path!.at(-1), args).toBe(name.split(".").at(-1));
    }
  });
});
