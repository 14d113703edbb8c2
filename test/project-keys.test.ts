// Project-scoped API keys (portal sessions): a key restricted to one project finds another project's
// webhooks, events, deliveries, incoming events and alerts exactly as a key finds another tenant's.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { openEventStream, untilOpenSubscriptions, type EventStream } from "./support/sse.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import {
  AlertChangedDocument,
  DeliveryUpdatedDocument,
  IncomingEventReceivedDocument,
  WebhookChangedDocument,
} from "@hookrelay/client";

const PUBLIC_URL = "https://hooks.example.com";
let t: TestService;
let receiver: Receiver;
const streams: EventStream<unknown>[] = [];

beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100", PUBLIC_URL });
  receiver = await startReceiver();
});
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await untilOpenSubscriptions(t, 0);
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- ad hoc documents' answers

async function gql(query: string, variables: Record<string, unknown> = {}, key: string = t.adminKey): Promise<Json> {
  return (await t.gql(query, variables, key)) as Json;
}

/** The typename a mutation answered (its payload or typed error). */
async function answer(key: string, query: string, variables: Record<string, unknown>): Promise<Json> {
  const res = await gql(query, variables, key);
  expect(res.errors, query).toBeUndefined();
  return Object.values(res.data as Json)[0] as Json;
}

const errorCode = (res: Json) => res.errors?.[0]?.extensions?.code;

async function projectKey(projectId: string, scopes: string[]): Promise<string> {
  const created = await answer(
    t.adminKey,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { key } } }`,
    { input: { name: `project ${projectId}`, scopes, projectId } },
  );
  return created.key as string;
}

async function incomingHook(projectId: string): Promise<{ id: string; url: string }> {
  const created = await answer(
    t.adminKey,
    `mutation($input: CreateIncomingWebhookInput!) { createIncomingWebhook(input: $input) { ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }`,
    {
      input: {
        name: `monitor ${projectId} ${Math.random()}`,
        plugin: { pluginId: "prometheus-alertmanager" },
        projectId,
      },
    },
  );
  const { id, webhookUrl } = created.webhook as { id: string; webhookUrl: string };
  return { id, url: webhookUrl.replace(PUBLIC_URL, t.url) };
}

const ALL_BUT_ADMIN = [
  "WEBHOOKS_VIEW",
  "WEBHOOKS_ADD",
  "WEBHOOKS_EDIT",
  "WEBHOOKS_REMOVE",
  "EVENTS_PUBLISH",
  "DELIVERIES_VIEW",
  "DELIVERIES_RETRY",
];

describe("a project-scoped key", () => {
  it("reaches only its project's rows, and answers NOT_FOUND for the rest of the tenant", async () => {
    const blueHook = await createWebhook(t, { url: receiver.url, eventTypes: ["order.*"], projectId: "blue" });
    const greenHook = await createWebhook(t, { url: receiver.url, eventTypes: ["order.*"], projectId: "green" });
    const tenantHook = await createWebhook(t, { url: receiver.url, eventTypes: ["order.*"] });
    const blueEvent = await publish(t, { type: "order.paid", projectId: "blue" });
    const greenEvent = await publish(t, { type: "order.paid", projectId: "green" });
    const everyProject = await publish(t, { type: "order.shipped" });
    const blueIncoming = await incomingHook("blue");
    const greenIncoming = await incomingHook("green");
    const alertmanager = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url));
    for (const hook of [blueIncoming, greenIncoming]) {
      const posted = await fetch(hook.url, {
        method: "POST",
        body: alertmanager,
        headers: { "content-type": "application/json" },
      });
      expect(posted.status).toBe(202);
    }
    const blue = await projectKey("blue", ALL_BUT_ADMIN);

    expect((await gql(`{ viewer { projectId } }`, {}, blue)).data.viewer).toEqual({ projectId: "blue" });
    const webhooks = await gql(
      `{ webhooks(first: 100) { totalCount nodes { id projectId } } webhookStats(groupBy: [PROJECT]) { total } }`,
      {},
      blue,
    );
    expect(webhooks.data.webhooks.nodes.map((node: Json) => node.projectId)).toEqual(["blue", "blue"]);
    expect(webhooks.data.webhooks.totalCount).toBe(2);
    expect(webhooks.data.webhookStats.total).toBe(2);

    // Its own events (the monitoring events of its incoming webhooks among them) and those published to every project.
    const events = await gql(`{ events(first: 100) { nodes { id projectId } } }`, {}, blue);
    const eventIds = events.data.events.nodes.map((node: Json) => node.id);
    expect(eventIds).toEqual(expect.arrayContaining([blueEvent.event.id, everyProject.event.id]));
    expect(eventIds).not.toContain(greenEvent.event.id);
    expect(new Set(events.data.events.nodes.map((node: Json) => node.projectId))).toEqual(new Set(["blue", null]));

    // An event published to every project: the project sees its own delivery of it, not the others'.
    const eventDeliveries = `query($id: ID!) { node(id: $id) { ... on Event { deliveries { totalCount nodes { webhook { id } } } } } }`;
    expect((await gql(eventDeliveries, { id: everyProject.event.id })).data.node.deliveries.totalCount).toBe(3);
    const seen = (await gql(eventDeliveries, { id: everyProject.event.id }, blue)).data.node.deliveries;
    expect(seen).toEqual({ totalCount: 1, nodes: [{ webhook: { id: blueHook.id } }] });

    const deliveries = await gql(
      `{ deliveries(first: 100) { totalCount nodes { id webhook { id } } } deliveryStats { totals { total } } }`,
      {},
      blue,
    );
    expect(deliveries.data.deliveries.totalCount).toBe(2);
    expect(deliveries.data.deliveries.nodes.every((node: Json) => node.webhook.id === blueHook.id)).toBe(true);
    expect(deliveries.data.deliveryStats.totals.total).toBe(2);

    const incoming = await gql(
      `{ incomingEvents(first: 100) { totalCount nodes { webhook { id } alert { id } } } alerts(first: 100) { totalCount } incomingEventStats(groupBy: SEVERITY) { total } }`,
      {},
      blue,
    );
    expect(incoming.data.incomingEvents.totalCount).toBeGreaterThan(0);
    expect(incoming.data.incomingEvents.nodes.every((node: Json) => node.webhook.id === blueIncoming.id)).toBe(true);
    expect(incoming.data.alerts.totalCount).toBeGreaterThan(0);
    expect(incoming.data.incomingEventStats.total).toBe(incoming.data.incomingEvents.totalCount);

    // Each of another project's objects, by every way in: missing, exactly as another tenant's.
    const greenDelivery = (
      await gql(`query($id: ID!) { node(id: $id) { ... on Event { deliveries { nodes { id } } } } }`, {
        id: greenEvent.event.id,
      })
    ).data.node.deliveries.nodes[0].id as string;
    const greenAlert = (
      await gql(`query($id: ID!) { alerts(first: 1, filter: { webhookId: $id }) { nodes { id } } }`, {
        id: greenIncoming.id,
      })
    ).data.alerts.nodes[0].id as string;
    for (const id of [greenHook.id, tenantHook.id, greenEvent.event.id, greenDelivery, greenAlert, greenIncoming.id]) {
      expect(errorCode(await gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, blue)), id).toBe("NOT_FOUND");
    }
    const nodes = await gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [greenHook.id, blueHook.id] },
      blue,
    );
    expect(nodes.data.nodes).toEqual([null, { id: blueHook.id }]);
    expect(errorCode(await gql(`query($id: ID!) { webhook(id: $id) { id } }`, { id: greenHook.id }, blue))).toBe(
      "NOT_FOUND",
    );
    expect(errorCode(await gql(`query($id: ID!) { delivery(id: $id) { id } }`, { id: greenDelivery }, blue))).toBe(
      "NOT_FOUND",
    );
    expect(errorCode(await gql(`query($id: ID!) { alert(id: $id) { id } }`, { id: greenAlert }, blue))).toBe(
      "NOT_FOUND",
    );
    const preview = await answer(blue, `query($id: ID!) { previewWebhookPayload(id: $id) { __typename } }`, {
      id: greenHook.id,
    });
    expect(preview.__typename).toBe("NotFoundError");

    const onGreen: [string, Record<string, unknown>][] = [
      [
        `mutation($id: ID!) { updateOutgoingWebhook(input: { id: $id, name: "x" }) { __typename } }`,
        { id: greenHook.id },
      ],
      [`mutation($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }`, { id: greenHook.id }],
      [`mutation($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`, { id: greenHook.id }],
      [`mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }`, { id: greenHook.id }],
      [`mutation($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }`, { id: greenHook.id }],
      [`mutation($id: ID!) { testWebhook(input: { id: $id }) { __typename } }`, { id: greenHook.id }],
      [
        `mutation($id: ID!) { recoverDeliveries(input: { webhookId: $id, since: "2026-01-01T00:00:00Z" }) { __typename } }`,
        { id: greenHook.id },
      ],
      [
        `mutation($id: ID!) { resendDivertedDeliveries(input: { webhookId: $id }) { __typename } }`,
        { id: greenHook.id },
      ],
      [`mutation($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }`, { id: greenDelivery }],
      [
        `mutation($id: ID!) { updateIncomingWebhook(input: { id: $id, name: "x" }) { __typename } }`,
        { id: greenIncoming.id },
      ],
      [`mutation($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename } }`, { id: greenIncoming.id }],
      [
        `mutation($id: ID!) { updateWebhookPlugin(input: { id: $id, options: {} }) { __typename } }`,
        { id: greenIncoming.id },
      ],
      [`mutation($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { __typename } }`, { id: greenIncoming.id }],
      [
        `mutation($id: ID!) { deleteDivertedDeliveries(input: { webhookId: $id }) { __typename } }`,
        { id: greenHook.id },
      ],
      [`mutation($id: ID!) { resolveAlert(input: { id: $id }) { __typename } }`, { id: greenAlert }],
      [`mutation($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }`, { id: tenantHook.id }],
    ];
    for (const [mutation, variables] of onGreen) {
      expect((await answer(blue, mutation, variables)).__typename, mutation).toBe("NotFoundError");
    }
    const untouched = await gql(`query($id: ID!) { webhook(id: $id) { name enabled } }`, { id: greenHook.id });
    expect(untouched.data.webhook.enabled).toBe(true);
    expect(
      (await gql(`query($id: ID!) { webhook(id: $id) { id } }`, { id: tenantHook.id })).data.webhook,
    ).not.toBeNull();

    // Its own project's objects answer as usual.
    expect(
      (
        await answer(blue, `mutation($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`, {
          id: blueHook.id,
        })
      ).__typename,
    ).toBe("DisableWebhookPayload");
    expect(errorCode(await gql(`{ apiKeys { totalCount } }`, {}, blue))).toBe("FORBIDDEN");
  });

  it("writes only into its project: what it creates and publishes lands there, and another project is refused by field", async () => {
    const blue = await projectKey("blue", ALL_BUT_ADMIN);
    const create = `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename ... on CreateOutgoingWebhookPayload { webhook { id projectId } } ... on ValidationError { issues { path message } } } }`;
    const created = await answer(blue, create, { input: { name: "mine", url: receiver.url, eventTypes: ["a.b"] } });
    expect(created.webhook.projectId).toBe("blue");
    const refused = await answer(blue, create, {
      input: { name: "theirs", url: receiver.url, eventTypes: ["a.b"], projectId: "green" },
    });
    expect(refused.issues).toEqual([
      { path: ["input", "projectId"], message: 'must be "blue": this API key reaches only that project' },
    ]);
    const moved = await answer(
      blue,
      `mutation($id: ID!) { updateOutgoingWebhook(input: { id: $id, projectId: "green" }) { __typename ... on ValidationError { issues { path } } } }`,
      { id: created.webhook.id },
    );
    expect(moved.issues).toEqual([{ path: ["input", "projectId"] }]);

    const createIncoming = `mutation($input: CreateIncomingWebhookInput!) { createIncomingWebhook(input: $input) { __typename ... on CreateIncomingWebhookPayload { webhook { projectId } } ... on ValidationError { issues { path } } } }`;
    const plugin = { pluginId: "generic-json" };
    expect((await answer(blue, createIncoming, { input: { name: "in", plugin } })).webhook).toEqual({
      projectId: "blue",
    });
    expect(
      (await answer(blue, createIncoming, { input: { name: "in 2", plugin, projectId: "green" } })).issues,
    ).toEqual([{ path: ["input", "projectId"] }]);

    const publishEvent = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename ... on PublishEventPayload { event { projectId } } ... on ValidationError { issues { path } } } }`;
    expect((await answer(blue, publishEvent, { input: { type: "a.b", payload: {} } })).event).toEqual({
      projectId: "blue",
    });
    for (const projectId of ["green", ""]) {
      expect((await answer(blue, publishEvent, { input: { type: "a.b", payload: {}, projectId } })).issues).toEqual([
        { path: ["input", "projectId"] },
      ]);
    }
    const publishEvents = `mutation($events: [PublishEventInput!]!) { publishEvents(input: { events: $events }) { __typename ... on ValidationError { issues { path } } } }`;
    const batch = await answer(blue, publishEvents, {
      events: [
        { type: "a.b", payload: {} },
        { type: "a.b", payload: {}, projectId: "green" },
      ],
    });
    expect(batch.issues).toEqual([{ path: ["input", "events", "1", "projectId"] }]);
  });

  it("streams only its project's alerts and incoming events", async () => {
    const blueIncoming = await incomingHook("blue");
    const greenIncoming = await incomingHook("green");
    const blue = await projectKey("blue", ["WEBHOOKS_VIEW"]);
    const alerts = await openEventStream(`${t.url}/graphql`, AlertChangedDocument, {}, blue);
    const received = await openEventStream(`${t.url}/graphql`, IncomingEventReceivedDocument, {}, blue);
    streams.push(alerts, received);
    await untilOpenSubscriptions(t, 2);
    const alertmanager = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url));
    for (const hook of [greenIncoming, blueIncoming]) {
      const posted = await fetch(hook.url, {
        method: "POST",
        body: alertmanager,
        headers: { "content-type": "application/json" },
      });
      expect(posted.status).toBe(202);
    }
    // The fixture holds 3 alerts: once the blue webhook's third arrives, the green ones came before it.
    await received.until(() => received.results().length >= 3);
    await alerts.until(() => alerts.results().length >= 3);
    const blueEvents = await gql(
      `query($id: ID!) { incomingEvents(first: 100, filter: { webhookId: $id }) { nodes { id } } }`,
      { id: blueIncoming.id },
    );
    const blueIds = new Set(blueEvents.data.incomingEvents.nodes.map((node: Json) => node.id));
    expect(received.results().every((result) => blueIds.has(result.data?.incomingEventReceived?.id))).toBe(true);
    const blueAlerts = await gql(
      `query($id: ID!) { alerts(first: 100, filter: { webhookId: $id }) { nodes { id } } }`,
      { id: blueIncoming.id },
    );
    const alertIds = new Set(blueAlerts.data.alerts.nodes.map((node: Json) => node.id));
    expect(alerts.results().every((result) => alertIds.has(result.data!.alertChanged.alertId))).toBe(true);
  });

  it("streams only its project's deliveries and webhook changes", async () => {
    const blueHook = await createWebhook(t, { url: receiver.url, eventTypes: ["live.project"], projectId: "blue" });
    await createWebhook(t, { url: receiver.url, eventTypes: ["live.project"], projectId: "green" });
    const blue = await projectKey("blue", ["WEBHOOKS_VIEW", "DELIVERIES_VIEW"]);
    const deliveries = await openEventStream(`${t.url}/graphql`, DeliveryUpdatedDocument, {}, blue);
    const webhookChanges = await openEventStream(`${t.url}/graphql`, WebhookChangedDocument, {}, blue);
    streams.push(deliveries, webhookChanges);
    await untilOpenSubscriptions(t, 2);
    await publish(t, { type: "live.project", projectId: "green" });
    await publish(t, { type: "live.project" });
    // Changes reach the hub in commit order: once the blue delivery of the later event succeeds, the
    // green one's changes would have been seen had they been sent.
    await deliveries.until(
      () => deliveries.results().filter((result) => result.data?.deliveryUpdated.status === "SUCCEEDED").length >= 1,
    );
    const seen = deliveries.results().map((result) => result.data!.deliveryUpdated.delivery!.webhook!.id);
    expect(new Set(seen)).toEqual(new Set([blueHook.id]));

    await createWebhook(t, { url: receiver.url, eventTypes: ["x.y"], projectId: "green" });
    const later = await createWebhook(t, { url: receiver.url, eventTypes: ["x.y"], projectId: "blue" });
    await webhookChanges.until(() => webhookChanges.results().length >= 1);
    expect(webhookChanges.results().map((result) => result.data!.webhookChanged.webhookId)).toEqual([later.id]);
  });
});

describe("createPortalSession", () => {
  const mint = `mutation($input: CreatePortalSessionInput!) { createPortalSession(input: $input) { __typename ... on CreatePortalSessionPayload { url expiresAt apiKey { projectId scopes } } ... on ValidationError { issues { path message } } } }`;

  it("mints a project key in a portal link's fragment, for an hour unless told, with a key that holds portal:sessions only", async () => {
    const minter = (
      await answer(
        t.adminKey,
        `mutation { createApiKey(input: { name: "backend", scopes: [PORTAL_SESSIONS] }) { ... on CreateApiKeyPayload { key } } }`,
        {},
      )
    ).key as string;
    const before = Date.now();
    const session = await answer(minter, mint, { input: { projectId: "blue" } });
    expect(session.__typename).toBe("CreatePortalSessionPayload");
    const match = /^https:\/\/hooks\.example\.com\/portal\/#session=(whk_\w{8}_[\w-]+)$/.exec(session.url);
    expect(match).not.toBeNull();
    const expiresIn = Date.parse(session.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(3590_000);
    expect(expiresIn).toBeLessThanOrEqual(3600_000 + (Date.now() - before));
    expect(session.apiKey).toEqual({
      projectId: "blue",
      scopes: [
        "WEBHOOKS_VIEW",
        "WEBHOOKS_ADD",
        "WEBHOOKS_EDIT",
        "WEBHOOKS_REMOVE",
        "DELIVERIES_VIEW",
        "DELIVERIES_RETRY",
        "EVENTS_VIEW",
      ],
    });
    const key = decodeURIComponent(match![1]!);
    expect((await gql(`{ viewer { projectId } }`, {}, key)).data.viewer.projectId).toBe("blue");
    // The minting key itself reaches no webhooks.
    expect(errorCode(await gql(`{ webhooks { totalCount } }`, {}, minter))).toBe("FORBIDDEN");
  });

  it("refuses tenant-wide scopes, a life past 7 days, an empty project, and a key without portal:sessions", async () => {
    const refused = await answer(t.adminKey, mint, {
      input: { projectId: "", scopes: ["TENANT_ADMIN"], expiresInSeconds: 8 * 86_400 },
    });
    expect(refused.issues).toEqual([
      { path: ["input", "projectId"], message: "must not be empty" },
      { path: ["input", "expiresInSeconds"], message: "must be at most 604800 (7 days)" },
    ]);
    const admin = await answer(t.adminKey, mint, {
      input: { projectId: "blue", scopes: ["TENANT_ADMIN", "WEBHOOKS_VIEW"] },
    });
    expect(admin.issues).toEqual([
      {
        path: ["input", "scopes"],
        message: "must not hold tenant:admin on a project-scoped key: it reaches past one project",
      },
    ]);
    const viewer = await projectKey("blue", ["WEBHOOKS_VIEW"]);
    expect((await answer(viewer, mint, { input: { projectId: "blue" } })).__typename).toBe("ForbiddenError");
    const createKey = `mutation { createApiKey(input: { name: "x", scopes: [PORTAL_SESSIONS], projectId: "blue" }) { __typename ... on ValidationError { issues { path } } } }`;
    expect((await answer(t.adminKey, createKey, {})).issues).toEqual([{ path: ["input", "scopes"] }]);
  });
});
