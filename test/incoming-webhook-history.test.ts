// IncomingWebhook.events and .alerts: each webhook's own history as connections, filtered and paged,
// for a page of webhooks in a constant number of statements.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUIET_WORKER, startTestService, type TestService } from "./support/service.js";
import { member } from "./support/typed.js";
import { CreateIncomingWebhookDocument, type IncomingWebhookFieldsFragment } from "@hookrelay/client";
import { graphql } from "./generated/index.js";

const firing = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8");
const resolved = readFileSync(new URL("./fixtures/incoming/alertmanager-resolved.json", import.meta.url), "utf8");
const WEBHOOKS = 12;

let t: TestService;
const hooks: IncomingWebhookFieldsFragment[] = [];
beforeAll(async () => {
  t = await startTestService({ ...QUIET_WORKER, PUBLIC_URL: "https://hooks.example.com" });
  for (let index = 0; index < WEBHOOKS; index += 1) {
    const res = await t.gql(CreateIncomingWebhookDocument, {
      input: { name: `history ${index}`, plugin: { pluginId: "prometheus-alertmanager" } },
    });
    const hook = member(res.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
    hooks.push(hook);
    // Three alerts fire, then the first resolves: 4 events (3 ALERT, 1 RECOVERY), 3 alerts (1 RESOLVED).
    for (const body of [firing, resolved]) {
      const response = await fetch(hook.webhookUrl!.replace("https://hooks.example.com", t.url), {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      });
      expect(response.status).toBe(202);
    }
  }
});
afterAll(async () => {
  await t.stop();
});

const PageOfWebhooks =
  graphql(`query IncomingWebhookHistory($first: Int!) { webhooks(first: $first, filter: { kind: INCOMING }, orderBy: { field: NAME }) { nodes { __typename ... on IncomingWebhook { id name
  events(first: 3) { totalCount nodes { id eventType webhook { id } } }
  recoveries: events(filter: { eventType: RECOVERY }) { totalCount nodes { eventKey } }
  alerts(first: 2) { totalCount nodes { id state webhook { id } } }
  resolvedAlerts: alerts(filter: { state: RESOLVED }) { totalCount nodes { state } } } } } }`);

describe("IncomingWebhook.events and .alerts", () => {
  it("give each webhook its own events and alerts, newest first and filtered", async () => {
    const res = await t.gql(PageOfWebhooks, { first: WEBHOOKS });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.webhooks!.nodes.map((node) => member(node, "IncomingWebhook"));
    expect(nodes).toHaveLength(WEBHOOKS);
    for (const node of nodes) {
      expect(node.events!.totalCount).toBe(4);
      // The recovery arrived last, so it heads the newest-first page.
      expect(node.events!.nodes.map((event) => event.eventType)).toEqual(["RECOVERY", "ALERT", "ALERT"]);
      expect(node.events!.nodes.every((event) => event.webhook?.id === node.id)).toBe(true);
      expect(node.recoveries).toEqual({ totalCount: 1, nodes: [{ eventKey: "a1b2c3d4e5f60718" }] });
      expect(node.alerts!.totalCount).toBe(3);
      expect(node.alerts!.nodes).toHaveLength(2);
      expect(node.alerts!.nodes.every((alert) => alert.webhook?.id === node.id)).toBe(true);
      expect(node.resolvedAlerts).toEqual({ totalCount: 1, nodes: [{ state: "RESOLVED" }] });
    }
  });

  it("load a page of webhooks with their events and alerts in the same number of statements for 3 webhooks as for 12", async () => {
    await t.gql(graphql(`query IncomingWebhookHistoryViewer { viewer { name } }`)); // the key cached
    const statements = async (first: number) => {
      const before = t.service.database.statementCount();
      const res = await t.gql(PageOfWebhooks, { first });
      expect(res.data!.webhooks!.nodes).toHaveLength(first);
      return t.service.database.statementCount() - before;
    };
    const forThree = await statements(3);
    const forTwelve = await statements(WEBHOOKS);
    expect(forTwelve).toBe(forThree);
    // The webhooks' page; per connection (4) its page ids, its rows, its count; the events' and alerts'
    // webhooks; the key's check.
    expect(forTwelve).toBeLessThanOrEqual(18);
  });

  it("page through one webhook's events without skipping or repeating", async () => {
    const Page =
      graphql(`query IncomingWebhookHistoryPage($id: ID!, $after: String) { webhook(id: $id) { __typename ... on IncomingWebhook {
      events(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }`);
    const first = member((await t.gql(Page, { id: hooks[0]!.id })).data?.webhook, "IncomingWebhook").events!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = member(
      (await t.gql(Page, { id: hooks[0]!.id, after: first.pageInfo.endCursor })).data?.webhook,
      "IncomingWebhook",
    ).events!;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.nodes).toHaveLength(1);
    expect(new Set([...first.nodes, ...rest.nodes].map((node) => node.id)).size).toBe(4);
  });

  it("refuse a cursor that is not one of theirs, naming the argument", async () => {
    const res = await t.gql(
      `query($id: ID!) { webhook(id: $id) { ... on IncomingWebhook { alerts(first: 1, after: "nonsense") { totalCount } } } }`,
      { id: hooks[0]!.id },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path: ["after"] }] });
  });
});
