// Registered plugins: a tenant's own plugin service, called over HTTP with the plugin protocol. The
// reference server in examples/ runs on loopback; a misbehaving one (a real receiver answering as
// the test says) shows that a failing, slow or wrong plugin never loses a request.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPluginServer } from "../examples/plugin-server/server.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { member } from "./support/typed.js";
import {
  CreateIncomingWebhookDocument,
  IncomingEventsDocument,
  type CreateIncomingWebhookInput,
} from "@hookrelay/client";
import type { RegisterPluginInput } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";

const secret = `whsec_${randomBytes(32).toString("base64")}`;
const calls: { path: string; call: Record<string, unknown> }[] = [];
let t: TestService;
let pluginServer: Server;
let pluginUrl: string;
let misbehaving: Receiver;

beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", PUBLIC_URL: "https://hooks.example.com" });
  pluginServer = createPluginServer(secret, (path, call) => calls.push({ path, call }));
  await new Promise<void>((resolve) => pluginServer.listen(0, "127.0.0.1", resolve));
  pluginUrl = `http://127.0.0.1:${(pluginServer.address() as AddressInfo).port}`;
  misbehaving = await startReceiver(() => ({ status: 200, body: JSON.stringify({ metadata: {} }) }));
});
afterAll(async () => {
  await misbehaving.close();
  await new Promise((resolve) => pluginServer.close(resolve));
  await t.stop();
});

const Register =
  graphql(`mutation RegisteredPluginsRegister($input: RegisterPluginInput!) { registerPlugin(input: $input) { __typename
  ... on RegisterPluginPayload { plugin { id source url secretHint latestVersion versions { version authentication } } }
  ... on ValidationError { issues { path message } } ... on ConflictError { message } ... on ForbiddenError { message } } }`);

async function register(input: Partial<RegisterPluginInput> = {}, key?: string) {
  const res = await t.gql(
    Register,
    {
      input: {
        pluginId: `uptime-${Math.random().toString(36).slice(2, 8)}`,
        name: "Uptime checks",
        url: pluginUrl,
        versions: ["1.0.0", "1.1.0"],
        secret,
        ...input,
      },
    },
    key,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.registerPlugin;
}

async function createIncoming(input: Omit<CreateIncomingWebhookInput, "name">) {
  const res = await t.gql(CreateIncomingWebhookDocument, {
    input: { name: `registered ${Math.random().toString(36).slice(2)}`, ...input },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createIncomingWebhook;
}

async function post(webhookUrl: string | null | undefined, body: unknown) {
  const response = await fetch(webhookUrl!.replace("https://hooks.example.com", t.url), {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function eventsOf(webhookId: string) {
  return (await t.gql(IncomingEventsDocument, { filter: { webhookId }, first: 50 })).data!.incomingEvents!.nodes;
}

const PluginVersionOf = graphql(
  `query RegisteredPluginsVersion($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { plugin { version upgradeMode metadata } } } }`,
);
const versionOf = async (id: string) =>
  member((await t.gql(PluginVersionOf, { id })).data?.webhook, "IncomingWebhook").plugin;

const UpdateWebhookPlugin = graphql(
  `mutation RegisteredPluginsUpdateWebhookPlugin($input: UpdateWebhookPluginInput!) { updateWebhookPlugin(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
);
const UpdatePlugin =
  graphql(`mutation RegisteredPluginsUpdate($input: UpdateRegisteredPluginInput!) { updateRegisteredPlugin(input: $input) { __typename
  ... on UpdateRegisteredPluginPayload { plugin { latestVersion } } ... on ValidationError { issues { path message } } } }`);

describe("registerPlugin", () => {
  it("registers a plugin the tenant's plugins list shows beside the built-in ones, and no other tenant's", async () => {
    const registered = member(
      await register({ pluginId: "uptime-listed", authentication: ["NONE", "BEARER_TOKEN"] }),
      "RegisterPluginPayload",
    ).plugin;
    expect(registered).toEqual({
      id: "uptime-listed",
      source: "REGISTERED",
      url: pluginUrl,
      secretHint: secret.slice(-4),
      latestVersion: "1.1.0",
      versions: [
        { version: "1.0.0", authentication: ["NONE", "BEARER_TOKEN"] },
        { version: "1.1.0", authentication: ["NONE", "BEARER_TOKEN"] },
      ],
    });
    const listed = (await t.gql(graphql(`query RegisteredPluginsList { plugins { id source } }`))).data!.plugins!;
    expect(listed.slice(0, 4).every((plugin) => plugin.source === "BUILT_IN")).toBe(true);
    expect(listed).toContainEqual({ id: "uptime-listed", source: "REGISTERED" });
    const other = await createTenant(t.service.database.prisma, `plugins ${Date.now()}`);
    const theirs = (await t.gql(graphql(`query RegisteredPluginsListOther { plugins { id } }`), {}, other.adminKey))
      .data!.plugins!;
    expect(theirs.map((plugin) => plugin.id)).not.toContain("uptime-listed");
    expect(await register({ pluginId: "uptime-listed" })).toMatchObject({ __typename: "ConflictError" });
  });

  it("refuses bad input by field, and keys without tenant:admin", async () => {
    const issues = async (input: Partial<RegisterPluginInput>) =>
      member(await register(input), "ValidationError").issues.map((issue) => issue.path.join("."));
    expect(await issues({ pluginId: "grafana" })).toEqual(["input.pluginId"]);
    expect(await issues({ pluginId: "Not An Id" })).toEqual(["input.pluginId"]);
    expect(await issues({ versions: ["1.1.0", "1.0.0"] })).toEqual(["input.versions"]);
    expect(await issues({ versions: ["one"] })).toEqual(["input.versions.0"]);
    expect(await issues({ url: "ftp://example.com" })).toEqual(["input.url"]);
    expect(await issues({ url: "https://example.com/plugin?token=1" })).toEqual(["input.url"]);
    expect(await issues({ url: "not a url" })).toEqual(["input.url"]);
    expect(await issues({ secret: "not-a-secret" })).toEqual(["input.secret"]);
    expect(await issues({ timeoutSeconds: 60 })).toEqual(["input.timeoutSeconds"]);
    const { key } = await createApiKey(
      t.service.database.prisma,
      (await t.service.database.prisma.tenant.findFirstOrThrow()).id,
      { name: "editor", scopes: ["webhooks:edit", "webhooks:add"] },
    );
    expect(await register({}, key)).toMatchObject({ __typename: "ForbiddenError" });
  });
});

describe("incoming webhooks running a registered plugin", () => {
  it("run init (signed, with secretData carrying the secret), parse posts into events and alerts, and refuse what the plugin refuses", async () => {
    const pluginId = "uptime-events";
    await register({ pluginId, authentication: ["NONE", "BEARER_TOKEN"] });
    const refused = member(
      await createIncoming({ plugin: { pluginId, options: { colour: "red" } } }),
      "ValidationError",
    ).issues;
    expect(refused).toEqual([
      { path: ["input", "plugin", "options"], message: expect.stringContaining("unknown options: colour") },
    ]);
    const basic = member(
      await createIncoming({
        plugin: { pluginId },
        authentication: { type: "BASIC", username: "u", password: "p".repeat(16) },
      }),
      "ValidationError",
    ).issues;
    expect(basic).toEqual([
      { path: ["input", "authentication", "type"], message: expect.stringContaining("supports NONE, BEARER_TOKEN") },
    ]);

    const token = randomBytes(24).toString("hex");
    const hook = member(
      await createIncoming({
        plugin: { pluginId, options: { duplicateEventTime: 120 } },
        authentication: { type: "BEARER_TOKEN", token },
      }),
      "CreateIncomingWebhookPayload",
    ).webhook;
    expect(await versionOf(hook.id)).toEqual({
      version: "1.1.0",
      upgradeMode: "AUTO",
      metadata: { duplicateEventTime: 120 },
    });
    const init = calls.filter((call) => call.path === "/init").at(-1)!.call;
    expect(init).toEqual({
      version: "1.1.0",
      options: { duplicateEventTime: 120 },
      secretData: { type: "BEARER_TOKEN", token },
    });

    const url = hook.webhookUrl!.replace("https://hooks.example.com", t.url);
    const send = (body: unknown) =>
      fetch(url, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      });
    const down = await send({
      checks: [
        {
          name: "web",
          status: "down",
          message: "connection refused",
          severity: "critical",
          at: "2026-12-02T07:00:00Z",
        },
      ],
    });
    expect(down.status).toBe(202);
    const parse = calls.filter((call) => call.path === "/parse").at(-1)!.call;
    expect(parse).toMatchObject({
      version: "1.1.0",
      secretData: { type: "BEARER_TOKEN", token },
      data: { checks: [{ name: "web" }] },
    });
    // The sender's credentials are not passed on as headers.
    expect(JSON.stringify(parse.headers)).not.toContain(token);
    expect((await send({ checks: [{ name: "web", status: "up" }] })).status).toBe(202);
    const events = await eventsOf(hook.id);
    expect(events.map((event) => [event.eventType, event.severity, event.title])).toEqual([
      ["RECOVERY", "INFO", "web is up again"],
      ["ALERT", "CRITICAL", "web is down"],
    ]);
    const alerts = (
      await t.gql(
        graphql(
          `query RegisteredPluginsAlerts($id: ID!) { webhook(id: $id) { __typename ... on IncomingWebhook { alerts { nodes { state eventKey } } } } }`,
        ),
        { id: hook.id },
      )
    ).data!.webhook!;
    expect(member(alerts, "IncomingWebhook").alerts!.nodes).toEqual([{ state: "RESOLVED", eventKey: "uptime-web" }]);
  });

  it("follow the upgrade rules for registered versions: AUTO moves to a new latest, MANUAL stays, a pinned version cannot be dropped", async () => {
    const pluginId = "uptime-versions";
    await register({ pluginId, versions: ["1.0.0"] });
    const auto = member(await createIncoming({ plugin: { pluginId } }), "CreateIncomingWebhookPayload").webhook;
    const manual = member(
      await createIncoming({ plugin: { pluginId, version: "1.0.0", upgradeMode: "MANUAL" } }),
      "CreateIncomingWebhookPayload",
    ).webhook;
    const initsBefore = calls.filter((call) => call.path === "/init").length;
    const update = await t.gql(UpdatePlugin, { input: { pluginId, versions: ["1.0.0", "1.1.0"] } });
    expect(member(update.data!.updateRegisteredPlugin, "UpdateRegisteredPluginPayload").plugin.latestVersion).toBe(
      "1.1.0",
    );
    // The AUTO webhook moved with the update, init run again for the new version; plugin.version says so.
    expect((await versionOf(auto.id)).version).toBe("1.1.0");
    expect(calls.filter((call) => call.path === "/init").slice(initsBefore)).toEqual([
      { path: "/init", call: expect.objectContaining({ version: "1.1.0" }) },
    ]);
    await post(auto.webhookUrl, { checks: [{ name: "db", status: "down", severity: "critical" }] });
    expect(calls.filter((call) => call.path === "/parse").at(-1)!.call).toMatchObject({ version: "1.1.0" });
    expect((await t.gql(UpdateWebhookPlugin, { input: { id: auto.id } })).data!.updateWebhookPlugin.__typename).toBe(
      "UpdateWebhookPluginPayload",
    );
    expect((await t.gql(UpdateWebhookPlugin, { input: { id: manual.id } })).data!.updateWebhookPlugin.__typename).toBe(
      "UpdateWebhookPluginPayload",
    );
    expect((await versionOf(auto.id)).version).toBe("1.1.0");
    expect((await versionOf(manual.id)).version).toBe("1.0.0");
    const wrong = await t.gql(UpdateWebhookPlugin, { input: { id: manual.id, version: "2.0.0" } });
    expect(member(wrong.data!.updateWebhookPlugin, "ValidationError").issues[0]!.path).toEqual(["input", "version"]);
    const drop = await t.gql(UpdatePlugin, { input: { pluginId, versions: ["1.1.0"] } });
    expect(member(drop.data!.updateRegisteredPlugin, "ValidationError").issues).toEqual([
      { path: ["input", "versions"], message: expect.stringContaining("must keep 1.0.0") },
    ]);
    // The MANUAL webhook parses with the version it runs: 1.0.0 ignores a check's own severity.
    await post(manual.webhookUrl, { checks: [{ name: "db", status: "down", severity: "critical" }] });
    expect((await eventsOf(manual.id)).map((event) => event.severity)).toEqual(["ERROR"]);
  });

  it("turn a failing, slow or wrong plugin into an ERROR event holding the request, never a 500 or a lost request", async () => {
    const pluginId = "misbehaving";
    await register({ pluginId, url: misbehaving.url, timeoutSeconds: 1 });
    const hook = member(await createIncoming({ plugin: { pluginId } }), "CreateIncomingWebhookPayload").webhook;
    // What the tenant reads in the ERROR event, and the failure kind the sender is told (never the plugin's URL).
    const cases: [string, Parameters<Receiver["respond"]>[0], RegExp, string][] = [
      [
        "fails",
        () => ({ status: 500, body: JSON.stringify({ error: { message: "out of memory" } }) }),
        /answered 500: out of memory/,
        "HTTP_5XX",
      ],
      ["hangs", () => "hang", /No complete response within 1 s/, "TIMEOUT"],
      [
        "answers events of another shape",
        () => ({
          status: 200,
          body: JSON.stringify({
            events: [
              { eventKey: "k", eventType: "ALERT", severity: "LOUD", title: "t", occurredAt: "2026-12-02T00:00:00Z" },
            ],
          }),
        }),
        /events\.0\.severity/,
        "INVALID_ANSWER",
      ],
      ["answers no JSON", () => ({ status: 200, body: "<html>" }), /not JSON/, "INVALID_ANSWER"],
      [
        "redirects",
        () => ({ status: 302, headers: { location: "http://10.0.0.7/internal" }, body: "" }),
        /302 \(to http:\/\/10\.0\.0\.7\/internal\)/,
        "UNEXPECTED_STATUS",
      ],
    ];
    for (const [index, [what, responder, detail, kind]] of cases.entries()) {
      misbehaving.respond(responder);
      const answer = await post(hook.webhookUrl, { case: what });
      expect(answer, what).toMatchObject({
        status: 202,
        body: {
          accepted: true,
          error: { code: "UNPARSABLE_PAYLOAD", message: `the ${pluginId} plugin failed (${kind})` },
        },
      });
      expect(JSON.stringify(answer.body), what).not.toContain(new URL(misbehaving.url).host);
      expect(JSON.stringify(answer.body), what).not.toContain("10.0.0.7");
      const events = await eventsOf(hook.id);
      expect(events, what).toHaveLength(index + 1);
      expect(events[0], what).toMatchObject({
        eventType: "ERROR",
        description: expect.stringMatching(detail),
        rawData: { case: what },
      });
      expect(events[0]!.description, what).toContain(misbehaving.url);
    }
    // Tenants name registered plugins: on the unauthenticated /metrics they are one bounded label.
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain('hookrelay_incoming_requests_total{status="202",plugin="registered"}');
    expect(metrics).not.toContain(pluginId);
  });

  it("refuse a plugin on a private address when the service does not allow private destinations", async () => {
    const guarded = await startTestService();
    try {
      const res = await guarded.gql(Register, {
        input: { pluginId: "uptime-guarded", name: "Uptime", url: pluginUrl, versions: ["1.0.0"], secret },
      });
      expect(res.data!.registerPlugin.__typename).toBe("RegisterPluginPayload");
      const created = await guarded.gql(CreateIncomingWebhookDocument, {
        input: { name: "guarded", plugin: { pluginId: "uptime-guarded" } },
      });
      expect(member(created.data!.createIncomingWebhook, "ValidationError").issues).toEqual([
        { path: ["input", "plugin", "options"], message: expect.stringMatching(/private|reserved|not allowed/i) },
      ]);
    } finally {
      await guarded.stop();
    }
  });

  it("unregisterPlugin refuses while a webhook runs the plugin, then removes it", async () => {
    const pluginId = "uptime-removed";
    await register({ pluginId });
    const hook = member(await createIncoming({ plugin: { pluginId } }), "CreateIncomingWebhookPayload").webhook;
    const Unregister = graphql(
      `mutation RegisteredPluginsUnregister($pluginId: String!) { unregisterPlugin(input: { pluginId: $pluginId }) { __typename ... on ConflictError { message } } }`,
    );
    expect((await t.gql(Unregister, { pluginId })).data!.unregisterPlugin).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringContaining("1 incoming webhook"),
    });
    await t.gql(
      graphql(`mutation RegisteredPluginsDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }`),
      { id: hook.id },
    );
    expect((await t.gql(Unregister, { pluginId })).data!.unregisterPlugin.__typename).toBe("UnregisterPluginPayload");
    expect((await t.gql(Unregister, { pluginId })).data!.unregisterPlugin.__typename).toBe("NotFoundError");
  });
});
