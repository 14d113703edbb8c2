// Incoming webhooks end to end: GraphQL to create and manage them, real HTTP posts to their URLs,
// and the bridge out to a signed delivery at a loopback receiver.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import {
  CreateIncomingWebhookDocument,
  IncomingEventsDocument,
  IncomingWebhookDocument,
  type CreateIncomingWebhookInput,
  type IncomingWebhookFieldsFragment,
  type PluginConfigInput,
} from "@hookrelay/client";
import type { IncomingEventGroup, IncomingEventStatsFilter, UpdateWebhookPluginInput } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import type { AnyJson } from "./support/json.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/incoming/${name}.json`, import.meta.url), "utf8");

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
    PUBLIC_URL: "https://hooks.example.com/",
  });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

type CreateIncomingInput = Omit<CreateIncomingWebhookInput, "name" | "plugin"> &
  Partial<Pick<CreateIncomingWebhookInput, "name" | "plugin">>;

async function createIncoming(input: CreateIncomingInput, key?: string) {
  const res = await t.gql(
    CreateIncomingWebhookDocument,
    {
      input: {
        name: `incoming ${Math.random().toString(36).slice(2)}`,
        plugin: { pluginId: "prometheus-alertmanager" },
        ...input,
      },
    },
    key,
  );
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createIncomingWebhook;
}

async function incomingHook(input: CreateIncomingInput = {}): Promise<IncomingWebhookFieldsFragment> {
  return member(await createIncoming(input), "CreateIncomingWebhookPayload").webhook;
}

/** The webhook's URL on this test server (webhookUrl names the public host). */
function localUrl(webhookUrl: string | null): string {
  if (!webhookUrl) throw new Error("the webhook has no URL");
  return webhookUrl.replace("https://hooks.example.com", t.url);
}

async function post(
  url: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = { "content-type": "application/json" },
) {
  const response = await fetch(url, { method: "POST", body, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: (text ? JSON.parse(text) : null) as AnyJson,
  };
}

/** POSTs to `path` on the service exactly as written (no normalization), answering the status. */
function rawRequest(path: string): Promise<number> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: "POST" }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end("{}");
  });
}

async function webhookById(id: string): Promise<IncomingWebhookFieldsFragment> {
  const res = await t.gql(IncomingWebhookDocument, { id });
  return member(res.data?.webhook, "IncomingWebhook");
}

async function eventsOf(webhookId: string) {
  const res = await t.gql(IncomingEventsDocument, { filter: { webhookId }, first: 100 });
  if (res.errors || !res.data?.incomingEvents) throw new Error(JSON.stringify(res.errors));
  return res.data.incomingEvents.nodes;
}

describe("creating incoming webhooks", () => {
  it("hands out a secret URL built from PUBLIC_URL, with the plugin's latest version, metadata and capability", async () => {
    const hook = await incomingHook({
      name: "alertmanager prod",
      projectId: "ops",
      tags: { team: "sre" },
      plugin: { pluginId: "prometheus-alertmanager", options: { duplicateEventTime: 300 } },
    });
    const localId = Buffer.from(hook.id, "base64").toString().split(":")[1];
    expect(hook.webhookUrl).toMatch(
      new RegExp(`^https://hooks\\.example\\.com/webhooks/incoming/${localId}/[0-9a-f]{32}/events$`),
    );
    expect(hook).toMatchObject({
      kind: "INCOMING",
      enabled: true,
      projectId: "ops",
      tags: { team: "sre" },
      lastReceivedAt: null,
      requests: { total: 0, error: 0 },
      plugin: {
        pluginId: "prometheus-alertmanager",
        version: "1.1.0",
        upgradeMode: "AUTO",
        options: { duplicateEventTime: 300 },
        metadata: { duplicateEventTime: 300 },
      },
      capability: { monitoringType: "EVENT" },
    });
    const other = await incomingHook();
    expect(other.webhookUrl!.split("/")[6]).not.toBe(hook.webhookUrl!.split("/")[6]);
  });

  it("answers typed errors naming the field: unknown plugin, unknown version, bad options, MANUAL without version", async () => {
    const cases: [PluginConfigInput, string[], RegExp][] = [
      [{ pluginId: "nagios" }, ["input", "plugin", "pluginId"], /not a known plugin/],
      [
        { pluginId: "grafana", version: "9.9.9", upgradeMode: "MANUAL" },
        ["input", "plugin", "version"],
        /not a version of grafana/,
      ],
      [
        { pluginId: "grafana", options: { messageRoot: "a..b" } },
        ["input", "plugin", "options", "messageRoot"],
        /path/,
      ],
      [{ pluginId: "grafana", options: { colour: "red" } }, ["input", "plugin", "options"], /colour/],
      [
        { pluginId: "grafana", upgradeMode: "MANUAL" },
        ["input", "plugin", "version"],
        /required when upgradeMode is MANUAL/,
      ],
      [{ pluginId: "grafana", options: { messageRoot: "$" } }, ["input", "plugin", "options"], /is the body itself/],
    ];
    for (const [plugin, path, message] of cases) {
      const result = await createIncoming({ plugin });
      expect(result.__typename, JSON.stringify(plugin)).toBe("ValidationError");
      const { issues } = member(result, "ValidationError");
      expect(issues[0]!.path).toEqual(path);
      expect(issues[0]!.message).toMatch(message);
    }
    const duplicate = await createIncoming({ name: "twice" });
    expect(duplicate.__typename).toBe("CreateIncomingWebhookPayload");
    expect((await createIncoming({ name: "twice" })).__typename).toBe("ConflictError");
  });

  it("lists the plugins with versions, latest version, capability and the options JSON Schema", async () => {
    const res = await t.gql(
      graphql(
        `query IncomingWebhooksPlugins { plugins { id name latestVersion capability optionsSchema versions { version optionsSchema } } }`,
      ),
    );
    const plugins = res.data!.plugins!;
    expect(plugins.map((plugin: AnyJson) => plugin.id)).toEqual([
      "prometheus-alertmanager",
      "grafana",
      "aws-sns",
      "generic-json",
    ]);
    const alertmanager = plugins[0]!;
    expect(alertmanager.latestVersion).toBe("1.1.0");
    expect(alertmanager.versions.map((version: AnyJson) => version.version)).toEqual(["1.0.0", "1.1.0"]);
    expect(alertmanager.optionsSchema).toMatchObject({
      type: "object",
      properties: { resourceLabels: { type: "array" }, duplicateEventTime: { type: "integer" } },
      additionalProperties: false,
    });
    expect(alertmanager.versions[0]!.optionsSchema).not.toHaveProperty("properties.resourceLabels");
  });

  it("lists incoming webhooks with the shared filters, kind and pluginId", async () => {
    const grafana = await incomingHook({ plugin: { pluginId: "grafana" } });
    const res = await t.gql(
      graphql(
        `query IncomingWebhooksWebhooks { webhooks(first: 100, filter: { kind: INCOMING, pluginId: "grafana" }) { totalCount nodes { id __typename } } }`,
      ),
    );
    expect(res.data!.webhooks!.nodes).toEqual([{ id: grafana.id, __typename: "IncomingWebhook" }]);
    const outgoing = await t.gql(
      graphql(
        `query IncomingWebhooksWebhooks2 { webhooks(first: 100, filter: { kind: OUTGOING }) { nodes { __typename } } }`,
      ),
    );
    expect(outgoing.data!.webhooks!.nodes.every((node: AnyJson) => node.__typename === "OutgoingWebhook")).toBe(true);
  });
});

describe("receiving", () => {
  it("stores one event per Alertmanager alert, answers 202 with their ids, and counts the request", async () => {
    const hook = await incomingHook();
    const answer = await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    expect(answer.status).toBe(202);
    expect(answer.json.eventIds).toHaveLength(3);
    const events = await eventsOf(hook.id);
    expect(events.map((event) => event.id).sort()).toEqual([...answer.json.eventIds].sort());
    expect(events.find((event) => event.eventKey === "a1b2c3d4e5f60718")).toMatchObject({
      eventType: "ALERT",
      severity: "CRITICAL",
      title: "CPU above 95% on web-1",
      alert: { state: "TRIGGERED", eventCount: 1 },
    });
    expect(events[0]!.rawData).toEqual(JSON.parse(fixture("alertmanager-firing")));
    const after = await webhookById(hook.id);
    expect(after.requests).toEqual({ total: 1, error: 0 });
    expect(after.lastReceivedAt).not.toBeNull();
  });

  it("serves the SpaceONE path as an alias, and accepts JSON whatever the content type says", async () => {
    const hook = await incomingHook({ plugin: { pluginId: "aws-sns" } });
    const alias = localUrl(hook.webhookUrl).replace("/webhooks/incoming/", "/monitoring/v1/webhook/");
    const answer = await post(alias, fixture("sns-cloudwatch-alarm"), { "content-type": "text/plain; charset=UTF-8" });
    expect(answer.status).toBe(202);
    expect(answer.json.eventIds).toHaveLength(2);
  });

  it("answers 404 with one body for an unknown webhook and for a wrong key", async () => {
    const hook = await incomingHook();
    const url = localUrl(hook.webhookUrl);
    const wrongKey = await post(url.replace(/\/[0-9a-f]{32}\//, `/${"0".repeat(32)}/`), fixture("alertmanager-firing"));
    const unknownId = await post(
      url.replace(/incoming\/[^/]+\//, "incoming/00000000-0000-7000-8000-000000000000/"),
      fixture("alertmanager-firing"),
    );
    const malformed = await post(
      url.replace(/incoming\/[^/]+\//, "incoming/not-an-id/"),
      fixture("alertmanager-firing"),
    );
    for (const answer of [wrongKey, unknownId, malformed]) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(wrongKey.text);
    }
    expect(await eventsOf(hook.id)).toHaveLength(0);
    expect((await webhookById(hook.id)).requests).toEqual({ total: 0, error: 0 });
  });

  it("answers 403 WEBHOOK_DISABLED for a disabled webhook and stores nothing; enabling it again works", async () => {
    const hook = await incomingHook();
    await t.gql(
      graphql(
        `mutation IncomingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`,
      ),
      { id: hook.id },
    );
    const refused = await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ error: { code: "WEBHOOK_DISABLED", message: expect.any(String) } });
    expect(await eventsOf(hook.id)).toHaveLength(0);
    await t.gql(
      graphql(`mutation IncomingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }`),
      { id: hook.id },
    );
    expect((await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"))).status).toBe(202);
  });

  it("refuses a body over 1 MiB with 413 and counts it as an error", async () => {
    const hook = await incomingHook();
    const answer = await post(
      localUrl(hook.webhookUrl),
      JSON.stringify({ alerts: [], padding: "x".repeat(1024 * 1024) }),
    );
    expect(answer.status).toBe(413);
    expect(await eventsOf(hook.id)).toHaveLength(0);
    expect((await webhookById(hook.id)).requests).toEqual({ total: 1, error: 1 });
  });

  it("answers 400 to a body that is not JSON, and keeps it as an ERROR event", async () => {
    const hook = await incomingHook();
    for (const body of ["alertname=HighCPU&status=firing", "", '{"alerts": [']) {
      const answer = await post(localUrl(hook.webhookUrl), body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.error.code).toBe("INVALID_JSON");
      expect(answer.json.eventIds).toHaveLength(1);
    }
    const events = await eventsOf(hook.id);
    expect(events).toHaveLength(3);
    expect(events.map((event) => (event.rawData as { body: string }).body).sort()).toEqual([
      "",
      "alertname=HighCPU&status=firing",
      '{"alerts": [',
    ]);
    expect(events[0]).toMatchObject({
      eventType: "ERROR",
      severity: "CRITICAL",
      description: expect.stringMatching(/not JSON/),
    });
    // The three are one ERROR alert.
    expect(new Set(events.map((event) => event.alert!.id)).size).toBe(1);
    expect(events[0]!.alert).toMatchObject({ state: "ERROR", eventCount: 3 });
    expect((await webhookById(hook.id)).requests).toEqual({ total: 3, error: 3 });
  });

  it("keeps a body that is not text, or cannot be decoded, as an ERROR event holding its bytes in base64, answering 400", async () => {
    const hook = await incomingHook();
    const json = { "content-type": "application/json" };
    const bodies: { body: Uint8Array<ArrayBuffer>; headers: Record<string, string>; code: string; rule: RegExp }[] = [
      { body: Buffer.from("a\u0000b"), headers: json, code: "NOT_TEXT", rule: /NUL byte/ },
      { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), headers: json, code: "NOT_TEXT", rule: /not valid UTF-8/ },
      {
        body: Buffer.from("not gzip at all"),
        headers: { ...json, "content-encoding": "gzip" },
        code: "UNDECODABLE_CONTENT",
        rule: /could not be decoded as gzip/,
      },
      {
        body: Buffer.from("{}"),
        headers: { ...json, "content-encoding": "zstd" },
        code: "UNDECODABLE_CONTENT",
        rule: /"zstd" is not one the service decodes/,
      },
    ];
    for (const { body, headers, code, rule } of bodies) {
      const answer = await post(localUrl(hook.webhookUrl), body, headers);
      expect(answer.status, code).toBe(400);
      expect(answer.json.error).toMatchObject({ code, message: expect.stringMatching(rule) });
      expect(answer.json.eventIds).toHaveLength(1);
    }
    const events = await eventsOf(hook.id);
    const kept = events.map((event) => Buffer.from((event.rawData as { bodyBase64: string }).bodyBase64, "base64"));
    for (const { body } of bodies) expect(kept).toContainEqual(Buffer.from(body));
    expect(events.every((event) => event.eventType === "ERROR")).toBe(true);
    expect((await webhookById(hook.id)).requests).toEqual({ total: 4, error: 4 });
  });

  it("decodes gzip, deflate and br bodies; one that decodes past the size limit is refused with 413", async () => {
    const hook = await incomingHook();
    const alert = fixture("alertmanager-firing");
    for (const [encoding, body] of [
      ["gzip", gzipSync(alert)],
      ["deflate", deflateSync(alert)],
      ["br", brotliCompressSync(alert)],
    ] as const) {
      const answer = await post(localUrl(hook.webhookUrl), new Uint8Array(body), {
        "content-type": "application/json",
        "content-encoding": encoding,
      });
      expect(answer.status, encoding).toBe(202);
      expect(answer.json.error, encoding).toBeUndefined();
    }
    // 2 MiB of zeros, compressed to a few kilobytes.
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024));
    const answer = await post(localUrl(hook.webhookUrl), new Uint8Array(bomb), {
      "content-type": "application/json",
      "content-encoding": "gzip",
    });
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await webhookById(hook.id)).requests).toEqual({ total: 4, error: 1 });
  });

  it("keeps a body the plugin cannot read as one ERROR event naming the webhook, answering 202", async () => {
    const hook = await incomingHook({ name: "am-broken-input" });
    for (const body of [`{"hello":"world"}`, "[1,2,3]", "null", "42"]) {
      const answer = await post(localUrl(hook.webhookUrl), body);
      expect(answer.status, body).toBe(202);
      expect(answer.json.eventIds).toHaveLength(1);
      expect(answer.json.error.code).toBe("UNPARSABLE_PAYLOAD");
    }
    const events = await eventsOf(hook.id);
    expect(events).toHaveLength(4);
    expect(events.find((event) => JSON.stringify(event.rawData) === `{"hello":"world"}`)).toMatchObject({
      eventType: "ERROR",
      severity: "CRITICAL",
      title: expect.stringContaining("am-broken-input"),
      description: expect.stringMatching(
        /prometheus-alertmanager plugin could not read the request: expected an Alertmanager webhook payload/,
      ),
    });
    expect(events.map((event) => event.rawData)).toEqual(expect.arrayContaining([null, 42, [1, 2, 3]]));
    expect((await webhookById(hook.id)).requests).toEqual({ total: 4, error: 4 });
  });

  it("stores an event too large to forward whole, and forwards it cut", async () => {
    const hook = await incomingHook({ plugin: { pluginId: "generic-json" } });
    const huge = "x".repeat(400 * 1024);
    const answer = await post(
      localUrl(hook.webhookUrl),
      JSON.stringify({ title: huge, description: huge, eventKey: "big" }),
    );
    expect(answer.status).toBe(202);
    const [event] = await eventsOf(hook.id);
    expect(event!.title).toHaveLength(huge.length);
    const published = await t.service.database.prisma.event.findMany({
      where: { type: { startsWith: "monitoring." } },
      orderBy: { createdAt: "desc" },
      take: 2,
    });
    const received = published.find((row) => row.type === "monitoring.event.received")!.payload as AnyJson;
    expect(received.event).toMatchObject({ eventKey: "big", truncated: true });
    expect(received.event.title).toHaveLength(1024);
  });

  it("answers 405 to anything but POST", async () => {
    const hook = await incomingHook();
    const answer = await fetch(localUrl(hook.webhookUrl));
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("POST");
  });

  it("keeps the access key out of the request log", async () => {
    const hook = await incomingHook();
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    const key = hook.webhookUrl!.split("/")[6];
    const lines = t.logs.filter(
      (line) => line.msg === "request" && String(line.path).startsWith("/webhooks/incoming/"),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(t.logs)).not.toContain(key);
  });

  it("stores a request's body once for all its events, and refuses more than 1,000 events with 413, storing nothing", async () => {
    const hook = await incomingHook({
      plugin: { pluginId: "generic-json", options: { eventsPath: "$.items", paths: { title: "$.name" } } },
    });
    const body = (count: number) =>
      JSON.stringify({ source: "batch", items: Array.from({ length: count }, (_, n) => ({ name: `item ${n}` })) });
    const accepted = await post(localUrl(hook.webhookUrl), body(1000));
    expect(accepted.status).toBe(202);
    expect(accepted.json.eventIds).toHaveLength(1000);
    const prisma = t.service.database.prisma;
    const webhookId = Buffer.from(hook.id, "base64").toString().split(":")[1]!;
    const requests = await prisma.incomingRequest.findMany({ where: { webhookId } });
    expect(requests).toHaveLength(1);
    expect(await prisma.incomingEvent.count({ where: { requestId: requests[0]!.id } })).toBe(1000);
    const [first] = await eventsOf(hook.id);
    expect(first!.rawData).toEqual(JSON.parse(body(1000)));

    const refused = await post(localUrl(hook.webhookUrl), body(1001));
    expect(refused.status).toBe(413);
    expect(refused.json.error.code).toBe("TOO_MANY_EVENTS");
    expect(await prisma.incomingRequest.count({ where: { webhookId } })).toBe(1);
    const counted = await t.gql(
      graphql(
        `query IncomingWebhooksNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { requests { total error } } } }`,
      ),
      { id: hook.id },
    );
    expect(counted.data?.node!.requests).toEqual({ total: 2, error: 1 });
  });

  it("keeps the access key out of the log on near-miss paths too (a wrong suffix, a typo in /events)", async () => {
    const hook = await incomingHook();
    const key = hook.webhookUrl!.split("/")[6]!;
    const base = localUrl(hook.webhookUrl).replace(/\/events$/, "");
    for (const path of ["/event", "/events/x", "", "/", "/events/x/y"]) {
      const answer = await fetch(`${base}${path}`, { method: "POST", body: "{}" });
      expect(answer.status, path).toBe(404);
    }
    await fetch(
      localUrl(hook.webhookUrl)
        .replace("/webhooks/incoming/", "/monitoring/v1/webhook/")
        .replace(/\/events$/, "/evnts"),
      { method: "POST", body: "{}" },
    );
    // Other cases, doubled slashes, dots and other prefixes: sent as written (fetch would tidy the path).
    const { pathname } = new URL(localUrl(hook.webhookUrl));
    const id = pathname.split("/")[3]!;
    const nearMisses = [
      `/${pathname}`,
      pathname.replace("/webhooks/", "/Webhooks/"),
      pathname.replace("/webhooks/incoming/", "/WEBHOOKS/INCOMING/"),
      pathname.replace("/webhooks/", "/webhooks//"),
      pathname.replace(`/${id}/`, `/${id}//`),
      pathname.replace(`/${key}/`, `/${key}./`),
      pathname.replace(`/${key}/events`, `/${key}.json`),
      pathname.replace(`/${key}/`, `/${key.toUpperCase()}/`),
      pathname.replace("/webhooks/incoming/", "/api/webhook/"),
      `/hooks/${key}`,
    ];
    for (const path of nearMisses) {
      const status = await rawRequest(path);
      expect(status, path).toBe(404);
    }
    const logged = JSON.stringify(t.logs).toLowerCase();
    expect(logged).not.toContain(key);
    const redacted = t.logs.filter((line) => line.msg === "request" && String(line.path).includes("[redacted]"));
    expect(redacted.length).toBeGreaterThanOrEqual(6 + nearMisses.length);
  });

  it("refuses an SNS subscription confirmation for a host that is not SNS, without a request, as an ERROR event", async () => {
    const hook = await incomingHook({ plugin: { pluginId: "aws-sns" } });
    const confirmation = JSON.parse(fixture("sns-subscription-confirmation"));
    const answer = await post(
      localUrl(hook.webhookUrl),
      JSON.stringify({ ...confirmation, SubscribeURL: `${receiver.url}/confirm` }),
      { "content-type": "text/plain" },
    );
    expect(answer.status).toBe(202);
    expect(answer.json.error.message).toMatch(/refusing to confirm the subscription/);
    expect(receiver.requests).toHaveLength(0);
    expect((await eventsOf(hook.id))[0]).toMatchObject({ eventType: "ERROR" });
  });

  it("de-duplicates concurrent requests carrying one key into one alert", async () => {
    const hook = await incomingHook();
    const body = fixture("alertmanager-resolved").replace(/"resolved"/g, '"firing"');
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(localUrl(hook.webhookUrl), body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(202));
    const res = await t.gql(
      graphql(
        `query IncomingWebhooksAlerts($id: ID!) { alerts(first: 10, filter: { webhookId: $id }) { totalCount nodes { state eventCount events(first: 20) { totalCount } } } }`,
      ),
      { id: hook.id },
    );
    expect(res.data!.alerts).toEqual({
      totalCount: 1,
      nodes: [{ state: "TRIGGERED", eventCount: 10, events: { totalCount: 10 } }],
    });
    // The recovery resolves it.
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-resolved"));
    const resolved = await t.gql(
      graphql(
        `query IncomingWebhooksAlerts2($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: RESOLVED }) { nodes { id state resolvedAt eventCount urgency severity } } }`,
      ),
      { id: hook.id },
    );
    expect(resolved.data!.alerts!.nodes).toEqual([
      expect.objectContaining({ state: "RESOLVED", eventCount: 11, urgency: "HIGH", severity: "CRITICAL" }),
    ]);
    const one = await t.gql(
      graphql(`query IncomingWebhooksAlert($id: ID!) { alert(id: $id) { state webhook { id } } }`),
      { id: resolved.data!.alerts!.nodes[0]!.id },
    );
    expect(one.data!.alert).toEqual({ state: "RESOLVED", webhook: { id: hook.id } });
  });
});

describe("resolving alerts by hand", () => {
  it("resolves an open alert, announces it, changes nothing the second time, and the next ALERT opens a new one", async () => {
    const hook = await incomingHook({ projectId: "manual" });
    await createWebhook(t, {
      url: `${receiver.url}/manual`,
      eventTypes: ["monitoring.alert.resolved"],
      projectId: "manual",
    });
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    const [event] = (await eventsOf(hook.id)).filter((candidate) => candidate.eventKey === "a1b2c3d4e5f60718");
    const resolve = (id: string, key?: string) =>
      t.gql(
        graphql(
          `mutation IncomingWebhooksResolveAlert($id: ID!) { resolveAlert(input: { id: $id }) { __typename ... on ResolveAlertPayload { alert { id state resolvedAt } } ...MutationError } }`,
        ),
        { id },
        key,
      );

    const first = member((await resolve(event!.alert!.id)).data!.resolveAlert, "ResolveAlertPayload");
    expect(first.alert).toMatchObject({ id: event!.alert!.id, state: "RESOLVED", resolvedAt: expect.any(String) });
    await waitFor("the announcement", () => receiver.requests.some((request) => request.path === "/hook/manual"));
    expect(JSON.parse(receiver.requests.find((request) => request.path === "/hook/manual")!.body)).toMatchObject({
      type: "monitoring.alert.resolved",
      data: { alert: { id: expect.any(String), state: "RESOLVED", eventKey: "a1b2c3d4e5f60718" } },
    });

    const again = member((await resolve(event!.alert!.id)).data!.resolveAlert, "ResolveAlertPayload");
    expect(again.alert.resolvedAt).toBe(first.alert.resolvedAt);

    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    const alerts = await t.gql(
      graphql(
        `query IncomingWebhooksAlerts3($id: ID!) { alerts(first: 10, filter: { webhookId: $id, state: TRIGGERED }) { totalCount } }`,
      ),
      { id: hook.id },
    );
    expect(alerts.data!.alerts!.totalCount).toBe(3);

    const other = await createTenant(t.service.database.prisma, `resolver ${Date.now()}`);
    expect((await resolve(event!.alert!.id, other.adminKey)).data!.resolveAlert.__typename).toBe("NotFoundError");
  });
});

describe("rate limiting", () => {
  it("answers 429 with retry-after past the per-webhook burst, other webhooks unaffected", async () => {
    const limited = await startTestService({ INCOMING_RATE_LIMIT: "1", INCOMING_RATE_BURST: "3" });
    try {
      const create = async () => {
        const res = await limited.gql(CreateIncomingWebhookDocument, {
          input: { name: `${Math.random()}`, plugin: { pluginId: "generic-json" } },
        });
        return member(res.data!.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook.webhookUrl!; // PUBLIC_URL unset: the service's own address
      };
      const [first, second] = [await create(), await create()];
      const body = JSON.stringify({ title: "flood" });
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let index = 0; index < 5; index += 1) {
        const answer = await fetch(first, { method: "POST", body });
        statuses.push(answer.status);
        retryAfter ??= answer.headers.get("retry-after");
      }
      // The burst passes; then the bucket (1 token a second) is empty. Exact timing is in rate-limit.test.ts.
      expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
      expect(statuses.slice(3)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect((await fetch(second, { method: "POST", body })).status).toBe(202);
    } finally {
      await limited.stop();
    }
  });
});

describe("managing incoming webhooks", () => {
  it("regenerateAccessKey invalidates the old URL at once", async () => {
    const hook = await incomingHook();
    const res = await t.gql(
      graphql(
        `mutation IncomingWebhooksRegenerateAccessKey($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { webhookUrl } } ...MutationError } }`,
      ),
      { id: hook.id },
    );
    const fresh = member(res.data!.regenerateAccessKey, "RegenerateAccessKeyPayload").webhook.webhookUrl;
    expect(fresh).not.toBe(hook.webhookUrl);
    expect((await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"))).status).toBe(404);
    expect((await post(localUrl(fresh), fixture("alertmanager-firing"))).status).toBe(202);
  });

  it("updateWebhookPlugin: MANUAL pins a version, AUTO takes the latest, NONE keeps it; options are checked and init runs again", async () => {
    const hook = await incomingHook({
      plugin: { pluginId: "prometheus-alertmanager", version: "1.0.0", upgradeMode: "MANUAL" },
    });
    expect(hook.plugin).toMatchObject({ version: "1.0.0", upgradeMode: "MANUAL" });
    const update = async (input: Omit<UpdateWebhookPluginInput, "id">) =>
      (
        await t.gql(
          graphql(
            `mutation IncomingWebhooksUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on UpdateWebhookPluginPayload { webhook { plugin { version upgradeMode options metadata } } } ...MutationError } }`,
          ),
          { input: { id: hook.id, ...input } },
        )
      ).data!.updateWebhookPlugin;

    const bad = await update({ options: { resourceLabels: ["job"] } });
    expect(bad).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "options"], message: expect.stringMatching(/resourceLabels/) }],
    });
    expect(await update({ upgradeMode: "MANUAL", version: "7.0.0" })).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "version"] }],
    });

    const auto = await update({ upgradeMode: "AUTO", options: { resourceLabels: ["job"], duplicateEventTime: 30 } });
    expect(member(auto, "UpdateWebhookPluginPayload").webhook.plugin).toEqual({
      version: "1.1.0",
      upgradeMode: "AUTO",
      options: { resourceLabels: ["job"], duplicateEventTime: 30 },
      metadata: { duplicateEventTime: 30 },
    });

    expect(await update({ upgradeMode: "MANUAL" })).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "version"], message: expect.stringMatching(/required when upgradeMode is MANUAL/) }],
    });

    const none = await update({ upgradeMode: "NONE" });
    expect(member(none, "UpdateWebhookPluginPayload").webhook.plugin).toMatchObject({
      version: "1.1.0",
      upgradeMode: "NONE",
    });
    expect(await update({ version: "1.0.0" })).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "version"], message: expect.stringMatching(/NONE/) }],
    });

    const manual = await update({ upgradeMode: "MANUAL", version: "1.0.0", options: {} });
    expect(member(manual, "UpdateWebhookPluginPayload").webhook.plugin).toMatchObject({
      version: "1.0.0",
      upgradeMode: "MANUAL",
      options: {},
      metadata: {},
    });
  });

  it("verifyWebhookPlugin says whether the plugin accepts the stored options", async () => {
    const hook = await incomingHook({
      plugin: { pluginId: "generic-json", options: { paths: { title: "$.summary" } } },
    });
    const res = await t.gql(
      graphql(
        `mutation IncomingWebhooksVerifyWebhookPlugin($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } ...MutationError } }`,
      ),
      { id: hook.id },
    );
    expect(res.data!.verifyWebhookPlugin).toEqual({ ok: true, message: expect.stringContaining("generic-json 1.0.0") });
    // Options stored under an older release that the running version no longer accepts.
    const localId = Buffer.from(hook.id, "base64").toString().split(":")[1]!;
    await t.service.database.prisma.webhook.update({
      where: { id: localId },
      data: { pluginOptions: { paths: { title: "$" }, retired: true } },
    });
    const stale = await t.gql(
      graphql(
        `mutation IncomingWebhooksVerifyWebhookPlugin2($id: ID!) { verifyWebhookPlugin(input: { id: $id }) { ... on VerifyWebhookPluginPayload { ok message } } }`,
      ),
      { id: hook.id },
    );
    expect(stale.data!.verifyWebhookPlugin).toEqual({
      ok: false,
      message: expect.stringMatching(/rejects the options: .*retired/),
    });
  });

  it("updateIncomingWebhook changes name, project and tags; delete removes its events and alerts", async () => {
    const hook = await incomingHook();
    const res = await t.gql(
      graphql(
        `mutation IncomingWebhooksUpdateIncomingWebhook($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on UpdateIncomingWebhookPayload { webhook { name projectId tags } } ...MutationError } }`,
      ),
      { input: { id: hook.id, name: "renamed", projectId: "ops-2", tags: { env: "prod" } } },
    );
    expect(member(res.data!.updateIncomingWebhook, "UpdateIncomingWebhookPayload").webhook).toEqual({
      name: "renamed",
      projectId: "ops-2",
      tags: { env: "prod" },
    });
    const empty = await t.gql(
      graphql(
        `mutation IncomingWebhooksUpdateIncomingWebhook2($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on ValidationError { issues { path } } } }`,
      ),
      { input: { id: hook.id, name: " " } },
    );
    expect(member(empty.data!.updateIncomingWebhook, "ValidationError").issues[0]!.path).toEqual(["input", "name"]);
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    await t.gql(
      graphql(`mutation IncomingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }`),
      { id: hook.id },
    );
    expect(
      await t.service.database.prisma.incomingEvent.count({
        where: { webhookId: Buffer.from(hook.id, "base64").toString().split(":")[1] },
      }),
    ).toBe(0);
  });

  it("never shows or changes another tenant's incoming webhooks, events or alerts", async () => {
    const hook = await incomingHook();
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    const [event] = await eventsOf(hook.id);
    const other = await createTenant(t.service.database.prisma, `intruder ${Date.now()}`);
    const as = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, other.adminKey);
    expect(
      (await as(`query($id: ID!) { webhook(id: $id) { id } }`, { id: hook.id })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await as(`query($id: ID!) { node(id: $id) { id } }`, { id: event!.id })).data?.node ?? null).toBeNull();
    expect(
      (await as(`query($id: ID!) { alert(id: $id) { id } }`, { id: event!.alert!.id })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await as(`{ incomingEvents(first: 10) { totalCount } alerts(first: 10) { totalCount } }`, {})).data,
    ).toEqual({ incomingEvents: { totalCount: 0 }, alerts: { totalCount: 0 } });
    const regenerate = await as(`mutation($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename } }`, {
      id: hook.id,
    });
    expect(regenerate.data!.regenerateAccessKey.__typename).toBe("NotFoundError");
    const stats = await as(`{ incomingEventStats(groupBy: SEVERITY) { total } }`, {});
    expect(stats.data!.incomingEventStats.total).toBe(0);
  });

  it("needs webhooks:add to create and webhooks:view to read events", async () => {
    const res = await t.gql(
      graphql(
        `mutation IncomingWebhooksCreateApiKey { createApiKey(input: { name: "reader", scopes: [DELIVERIES_VIEW] }) { ... on CreateApiKeyPayload { key } } }`,
      ),
    );
    const key = res.data!.createApiKey.key;
    expect((await createIncoming({}, key)).__typename).toBe("ForbiddenError");
    expect(
      (await t.gql(graphql(`query IncomingWebhooksAlerts4 { alerts(first: 1) { totalCount } }`), {}, key)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("incoming events: queries and statistics", () => {
  it("filters incomingEvents by type, severity, key and time", async () => {
    const hook = await incomingHook();
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    const query = async (filter: Record<string, unknown>) =>
      (
        await t.gql(
          graphql(
            `query IncomingWebhooksIncomingEvents($filter: IncomingEventFilter) { incomingEvents(first: 10, filter: $filter) { totalCount nodes { eventKey } } }`,
          ),
          { filter: { webhookId: hook.id, ...filter } },
        )
      ).data!.incomingEvents;
    expect((await query({ severity: "CRITICAL" }))!.nodes).toEqual([{ eventKey: "a1b2c3d4e5f60718" }]);
    expect((await query({ eventKey: "b2c3d4e5f6071829" }))!.totalCount).toBe(1);
    expect((await query({ eventType: "RECOVERY" }))!.totalCount).toBe(0);
    expect((await query({ occurredAfter: "2026-11-23T08:00:30Z" }))!.totalCount).toBe(2);
    expect((await query({ occurredBefore: "2026-11-23T08:00:30Z" }))!.totalCount).toBe(1);
  });

  it("counts by severity, event type, webhook and provider, overall and per bucket", async () => {
    const hook = await incomingHook();
    const grafana = await incomingHook({ plugin: { pluginId: "grafana" } });
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    await post(localUrl(grafana.webhookUrl), fixture("grafana-unified"));
    const stats = async (groupBy: IncomingEventGroup, filter: IncomingEventStatsFilter = {}) =>
      (
        await t.gql(
          graphql(
            `query IncomingWebhooksIncomingEventStats($filter: IncomingEventStatsFilter, $groupBy: IncomingEventGroup!) { incomingEventStats(filter: $filter, groupBy: $groupBy, bucket: MINUTE) { total groups { key count } series { start total groups { key count } } } }`,
          ),
          { filter, groupBy },
        )
      ).data!.incomingEventStats;
    const bySeverity = (await stats("SEVERITY", { webhookId: hook.id }))!;
    expect(bySeverity.total).toBe(3);
    expect(bySeverity.groups).toEqual(
      expect.arrayContaining([
        { key: "CRITICAL", count: 1 },
        { key: "WARNING", count: 1 },
        { key: "INFO", count: 1 },
      ]),
    );
    // 24 hours of minutes, plus one when the range does not start on a minute.
    expect(bySeverity.series.length).toBeGreaterThanOrEqual(24 * 60);
    expect(bySeverity.series.length).toBeLessThanOrEqual(24 * 60 + 1);
    expect(bySeverity.series.reduce((sum: number, bucket: AnyJson) => sum + bucket.total, 0)).toBe(3);
    const byType = (await stats("EVENT_TYPE", { webhookId: grafana.id }))!;
    expect(byType.groups).toEqual(
      expect.arrayContaining([
        { key: "ALERT", count: 1 },
        { key: "RECOVERY", count: 1 },
      ]),
    );
    const byProvider = (await stats("PROVIDER"))!;
    expect(byProvider.groups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: "grafana" }),
        expect.objectContaining({ key: "prometheus" }),
      ]),
    );
    const byWebhook = (await stats("WEBHOOK", { severity: "CRITICAL" }))!;
    expect(byWebhook.groups).toEqual(
      expect.arrayContaining([{ key: Buffer.from(hook.id, "base64").toString().split(":")[1], count: 1 }]),
    );
  });
});

describe("the bridge to outgoing webhooks", () => {
  it("delivers an Alertmanager alert, signed, to an outgoing webhook subscribed to monitoring.*", async () => {
    const hook = await incomingHook({ projectId: "bridge" });
    const outgoing = await createWebhook(t, {
      url: `${receiver.url}/bridge`,
      eventTypes: ["monitoring.*"],
      projectId: "bridge",
    });
    await post(localUrl(hook.webhookUrl), fixture("alertmanager-firing"));
    // 3 events received, 3 alerts opened.
    await waitFor(
      "6 deliveries",
      () => receiver.requests.filter((request) => request.path === "/hook/bridge").length >= 6,
    );
    const verifier = new StandardWebhook(outgoing.secret);
    const bodies = receiver.requests
      .filter((request) => request.path === "/hook/bridge")
      .map(
        (request) =>
          verifier.verify(request.body, {
            "webhook-id": String(request.headers["webhook-id"]),
            "webhook-timestamp": String(request.headers["webhook-timestamp"]),
            "webhook-signature": String(request.headers["webhook-signature"]),
          }) as AnyJson,
      );
    const received = bodies.filter((body) => body.type === "monitoring.event.received");
    const triggered = bodies.filter((body) => body.type === "monitoring.alert.triggered");
    expect(received).toHaveLength(3);
    expect(triggered).toHaveLength(3);
    expect(received.find((body) => body.data.event.eventKey === "a1b2c3d4e5f60718").data).toMatchObject({
      event: { title: "CPU above 95% on web-1", severity: "CRITICAL", eventType: "ALERT" },
      webhook: { name: hook.name },
    });
    expect(received[0].data.event.rawData).toBeUndefined();
    expect(triggered[0].data.alert).toMatchObject({ state: "TRIGGERED", eventCount: 1 });

    await post(localUrl(hook.webhookUrl), fixture("alertmanager-resolved"));
    await waitFor("the resolution", () =>
      receiver.requests.some(
        (request) => request.path === "/hook/bridge" && request.body.includes("monitoring.alert.resolved"),
      ),
    );
    const resolved = receiver.requests.find((request) => request.body.includes("monitoring.alert.resolved"))!;
    expect(JSON.parse(resolved.body).data.alert).toMatchObject({ state: "RESOLVED", eventKey: "a1b2c3d4e5f60718" });
  });
});
