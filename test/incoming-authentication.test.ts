// Request authentication of incoming webhooks: each type against requests made the way its senders
// make them (Alertmanager's bearer token and basic auth, GitHub's and Grafana's HMAC signatures, a
// Standard Webhooks sender signing with the standardwebhooks library), over real HTTP.
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { startExtraService, startTestService, type TestService } from "./support/service.js";
import { member } from "./support/typed.js";
import {
  CreateIncomingWebhookDocument,
  IncomingEventsDocument,
  IncomingWebhookDocument,
  type IncomingAuthenticationInput,
  type IncomingWebhookFieldsFragment,
  type PluginConfigInput,
} from "@hookrelay/client";
import { graphql } from "./generated/index.js";

const firing = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8");

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

// generic-json takes every authentication type (Alertmanager, for one, cannot sign bodies); these
// options make it read the Alertmanager body the tests send.
const READ_ALERTMANAGER: PluginConfigInput = {
  pluginId: "generic-json",
  options: { eventsPath: "$.alerts", paths: { title: "$.labels.alertname", eventKey: "$.fingerprint" } },
};

async function createWith(authentication: IncomingAuthenticationInput, plugin: PluginConfigInput = READ_ALERTMANAGER) {
  const result = await t.gql(CreateIncomingWebhookDocument, {
    input: { name: `auth ${Math.random().toString(36).slice(2)}`, plugin, authentication },
  });
  return result.data?.createIncomingWebhook;
}

async function hookWith(authentication: IncomingAuthenticationInput): Promise<IncomingWebhookFieldsFragment> {
  return member(await createWith(authentication), "CreateIncomingWebhookPayload").webhook;
}

async function post(hook: IncomingWebhookFieldsFragment, headers: Record<string, string>, body = firing) {
  const url = hook.webhookUrl!.replace(/^https?:\/\/[^/]+/, t.url);
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  return { status: response.status, body: await response.text() };
}

async function stateOf(hook: IncomingWebhookFieldsFragment) {
  const webhook = member((await t.gql(IncomingWebhookDocument, { id: hook.id })).data?.webhook, "IncomingWebhook");
  const events = (await t.gql(IncomingEventsDocument, { filter: { webhookId: hook.id }, first: 100 })).data!
    .incomingEvents!.nodes;
  return { requests: webhook.requests, events: events.length };
}

const hmacHex = (key: string, content: string) => createHmac("sha256", key).update(content).digest("hex");
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const now = () => Math.floor(Date.now() / 1000);

/** Posts every refused request, then the accepted one; expects the refusals counted, answered alike, and nothing stored for them. */
async function expectOnly(
  hook: IncomingWebhookFieldsFragment,
  refused: Record<string, string>[],
  accepted: Record<string, string>,
  body = firing,
) {
  const answers = [];
  for (const headers of refused) answers.push(await post(hook, headers, body));
  expect(answers.map((answer) => answer.status)).toEqual(refused.map(() => 401));
  // The same body whatever failed: nothing tells a guesser how close it came.
  expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
  expect(JSON.parse(answers[0]!.body)).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  expect(await stateOf(hook)).toEqual({ requests: { total: refused.length, error: refused.length }, events: 0 });
  expect((await post(hook, accepted, body)).status).toBe(202);
  expect(await stateOf(hook)).toMatchObject({ requests: { total: refused.length + 1, error: refused.length } });
  expect((await stateOf(hook)).events).toBeGreaterThan(0);
}

describe("incoming request authentication", () => {
  it("BEARER_TOKEN: Alertmanager's http_config.authorization", async () => {
    const token = randomBytes(24).toString("hex");
    const hook = await hookWith({ type: "BEARER_TOKEN", token });
    expect(hook.authentication).toMatchObject({ type: "BEARER_TOKEN", secretHint: token.slice(-4) });
    await expectOnly(
      hook,
      [{}, { authorization: `Bearer ${token}x` }, { authorization: `Basic ${token}` }, { authorization: "Bearer" }],
      { authorization: `Bearer ${token}` },
    );
  });

  it("BASIC: Alertmanager's basic_auth and Grafana's basic authentication", async () => {
    const password = randomBytes(16).toString("hex");
    const hook = await hookWith({ type: "BASIC", username: "alertmanager", password });
    expect(hook.authentication).toMatchObject({
      type: "BASIC",
      username: "alertmanager",
      secretHint: password.slice(-4),
    });
    await expectOnly(
      hook,
      [
        { authorization: basic("alertmanager", "wrong-password-0000") },
        { authorization: basic("grafana", password) },
        { authorization: `Bearer ${password}` },
      ],
      { authorization: basic("alertmanager", password) },
    );
  });

  it("HMAC_SHA256 as GitHub signs: X-Hub-Signature-256: sha256=<hex of the body>", async () => {
    const secret = randomBytes(20).toString("hex");
    const hook = await hookWith({ type: "HMAC_SHA256", secret, signaturePrefix: "sha256=" });
    expect(hook.authentication).toMatchObject({
      type: "HMAC_SHA256",
      signatureHeader: "X-Hub-Signature-256",
      signaturePrefix: "sha256=",
      encoding: "HEX",
      timestampHeader: null,
      toleranceSeconds: null,
    });
    const signature = hmacHex(secret, firing);
    await expectOnly(
      hook,
      [
        { "x-hub-signature-256": signature },
        { "x-hub-signature-256": `sha256=${hmacHex(secret, `${firing} `)}` },
        { "x-hub-signature-256": `sha256=${hmacHex("another-key-entirely", firing)}` },
      ],
      { "x-hub-signature-256": `sha256=${signature.toUpperCase()}` },
    );
  });

  it("HMAC_SHA256 as Grafana signs with a timestamp header: hex of <timestamp>:<body>, and a stale timestamp refused", async () => {
    const secret = randomBytes(20).toString("hex");
    const hook = await hookWith({
      type: "HMAC_SHA256",
      secret,
      signatureHeader: "X-Grafana-Alerting-Signature",
      timestampHeader: "X-Grafana-Alerting-Timestamp",
      toleranceSeconds: 60,
    });
    expect(hook.authentication).toMatchObject({
      timestampHeader: "X-Grafana-Alerting-Timestamp",
      toleranceSeconds: 60,
    });
    const signed = (timestamp: number) => ({
      "x-grafana-alerting-timestamp": String(timestamp),
      "x-grafana-alerting-signature": hmacHex(secret, `${timestamp}:${firing}`),
    });
    const stale = now() - 3600;
    await expectOnly(
      hook,
      [
        signed(stale),
        { "x-grafana-alerting-signature": hmacHex(secret, firing) },
        { ...signed(now()), "x-grafana-alerting-timestamp": String(now() + 1) },
      ],
      signed(now()),
    );
  });

  it("STANDARD_WEBHOOKS: a sender signing with the standardwebhooks library, its key rotation too", async () => {
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const hook = await hookWith({ type: "STANDARD_WEBHOOKS", secret });
    expect(hook.authentication).toMatchObject({ type: "STANDARD_WEBHOOKS", toleranceSeconds: 300 });
    const sign = (key: string, id: string, at: Date) => ({
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new StandardWebhook(key).sign(id, at, firing),
    });
    const other = `whsec_${randomBytes(32).toString("base64")}`;
    const fresh = sign(secret, "msg_1", new Date());
    const rotating = {
      ...fresh,
      "webhook-signature": `${sign(other, "msg_1", new Date(Number(fresh["webhook-timestamp"]) * 1000))["webhook-signature"]} ${fresh["webhook-signature"]}`,
    };
    await expectOnly(
      hook,
      [
        sign(other, "msg_1", new Date()),
        sign(secret, "msg_1", new Date(Date.now() - 3_600_000)),
        { ...fresh, "webhook-id": "msg_2" },
      ],
      rotating,
    );
  });

  it("refuses a signed request sent again within the tolerance: a webhook-id, a timestamped HMAC signature", async () => {
    const whsec = `whsec_${randomBytes(32).toString("base64")}`;
    const standard = await hookWith({ type: "STANDARD_WEBHOOKS", secret: whsec });
    const at = new Date();
    const signedOnce = {
      "webhook-id": "msg_once",
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new StandardWebhook(whsec).sign("msg_once", at, firing),
    };
    expect((await post(standard, signedOnce)).status).toBe(202);
    const replay = await post(standard, signedOnce);
    expect(replay.status).toBe(401);
    expect(JSON.parse(replay.body)).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    expect(await stateOf(standard)).toMatchObject({ requests: { total: 2, error: 1 } });

    const key = randomBytes(20).toString("hex");
    const grafana = await hookWith({
      type: "HMAC_SHA256",
      secret: key,
      signaturePrefix: "sha256=",
      timestampHeader: "X-Timestamp",
    });
    const signed = (timestamp: number, body = firing) => ({
      "x-timestamp": String(timestamp),
      "x-hub-signature-256": `sha256=${hmacHex(key, `${timestamp}:${body}`)}`,
    });
    const first = signed(now());
    expect((await post(grafana, first)).status).toBe(202);
    expect((await post(grafana, first)).status).toBe(401);
    // The same body signed at another second is another request.
    expect((await post(grafana, signed(now() + 1))).status).toBe(202);
    expect(await stateOf(grafana)).toMatchObject({ requests: { total: 3, error: 1 } });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("refuses the replay in another API process too", async () => {
    const whsec = `whsec_${randomBytes(32).toString("base64")}`;
    const hook = await hookWith({ type: "STANDARD_WEBHOOKS", secret: whsec });
    const other = await startExtraService(t.database, { ROLE: "api" });
    try {
      const at = new Date();
      const headers = {
        "content-type": "application/json",
        "webhook-id": "msg_twice",
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": new StandardWebhook(whsec).sign("msg_twice", at, firing),
      };
      const path = new URL(hook.webhookUrl!).pathname;
      expect((await post(hook, headers)).status).toBe(202);
      const elsewhere = await fetch(`http://127.0.0.1:${other.port}${path}`, { method: "POST", body: firing, headers });
      expect(elsewhere.status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it("refuses bad settings by field, and a field another type uses by name", async () => {
    const issuesOf = async (authentication: IncomingAuthenticationInput) =>
      member(await createWith(authentication), "ValidationError").issues;
    expect(await issuesOf({ type: "BEARER_TOKEN", token: "short" })).toEqual([
      {
        path: ["input", "authentication", "token"],
        message: "must be at least 16 characters (a token that short can be guessed)",
      },
    ]);
    expect(await issuesOf({ type: "BEARER_TOKEN" })).toEqual([
      { path: ["input", "authentication", "token"], message: expect.any(String) },
    ]);
    expect(await issuesOf({ type: "BASIC", username: "a:b", password: "p".repeat(16) })).toEqual([
      { path: ["input", "authentication", "username"], message: "must not contain a colon or a line break" },
    ]);
    expect(await issuesOf({ type: "STANDARD_WEBHOOKS", secret: "not-a-whsec-secret" })).toEqual([
      { path: ["input", "authentication", "secret"], message: "must be whsec_ followed by base64" },
    ]);
    expect(await issuesOf({ type: "HMAC_SHA256", secret: "k".repeat(16), signatureHeader: "bad header" })).toEqual([
      { path: ["input", "authentication", "signatureHeader"], message: "must be an HTTP header name" },
    ]);
    expect(await issuesOf({ type: "BEARER_TOKEN", token: "t".repeat(16), username: "admin" })).toEqual([
      { path: ["input", "authentication", "username"], message: "is not used by type BEARER_TOKEN (it takes token)" },
    ]);
    expect(await issuesOf({ type: "NONE", secret: "s".repeat(16) })).toEqual([
      { path: ["input", "authentication", "secret"], message: "is not used by type NONE (it takes none)" },
    ]);
  });

  it("an update replaces the authentication; NONE lets the secret URL alone through again", async () => {
    const token = randomBytes(24).toString("hex");
    const hook = await hookWith({ type: "BEARER_TOKEN", token });
    expect((await post(hook, {})).status).toBe(401);
    const update = graphql(`
      mutation UpdateIncomingAuthentication($input: UpdateIncomingWebhookInput!) {
        updateIncomingWebhook(input: $input) {
          __typename
          ... on UpdateIncomingWebhookPayload { webhook { authentication { type secretHint } } }
        }
      }
    `);
    const updated = await t.gql(update, { input: { id: hook.id, authentication: { type: "NONE" } } });
    expect(member(updated.data?.updateIncomingWebhook, "UpdateIncomingWebhookPayload").webhook.authentication).toEqual({
      type: "NONE",
      secretHint: null,
    });
    expect((await post(hook, {})).status).toBe(202);
  });

  it("refuses a type the plugin's senders cannot use, on create and on update; plugins lists what each version supports", async () => {
    const whsec = `whsec_${randomBytes(32).toString("base64")}`;
    const refused = member(
      await createWith({ type: "STANDARD_WEBHOOKS", secret: whsec }, { pluginId: "prometheus-alertmanager" }),
      "ValidationError",
    ).issues;
    expect(refused).toEqual([
      {
        path: ["input", "authentication", "type"],
        message: expect.stringContaining("it supports NONE, BEARER_TOKEN, BASIC"),
      },
    ]);
    const hook = member(
      await createWith(
        { type: "BEARER_TOKEN", token: randomBytes(24).toString("hex") },
        { pluginId: "prometheus-alertmanager" },
      ),
      "CreateIncomingWebhookPayload",
    ).webhook;
    const update = await t.gql(
      `mutation($input: UpdateIncomingWebhookInput!) { updateIncomingWebhook(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
      {
        input: { id: hook.id, authentication: { type: "HMAC_SHA256", secret: "k".repeat(16) } },
      },
    );
    expect(update.data!.updateIncomingWebhook).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "authentication", "type"] }],
    });
    expect((await stateOf(hook)).requests.total).toBe(0);

    const plugins = await t.gql(
      graphql(`query IncomingAuthenticationPlugins { plugins { id versions { version authentication } } }`),
    );
    const supported = Object.fromEntries(
      plugins.data!.plugins!.map((plugin) => [plugin.id, plugin.versions.at(-1)!.authentication]),
    );
    expect(supported).toMatchObject({
      "prometheus-alertmanager": ["NONE", "BEARER_TOKEN", "BASIC"],
      grafana: ["NONE", "BEARER_TOKEN", "BASIC", "HMAC_SHA256"],
      "aws-sns": ["NONE", "BASIC"],
      "generic-json": ["NONE", "BEARER_TOKEN", "BASIC", "HMAC_SHA256", "STANDARD_WEBHOOKS"],
    });
  });
});
