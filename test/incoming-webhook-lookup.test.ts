// Finding incoming webhooks the way SpaceONE's list does: by access key, by URL (either form), by
// global ids and by capability. Keys and URLs are matched through a keyed digest, never by decrypting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../src/generated/prisma/client.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { member } from "./support/typed.js";
import {
  CreateIncomingWebhookDocument,
  type IncomingWebhookFieldsFragment,
  type WebhookFilter,
} from "@hookrelay/client";
import { graphql } from "./generated/index.js";

let t: TestService;
let alertmanager: IncomingWebhookFieldsFragment;
let grafana: IncomingWebhookFieldsFragment;
let generic: IncomingWebhookFieldsFragment;
beforeAll(async () => {
  t = await startTestService({ PUBLIC_URL: "https://hooks.example.com" });
  alertmanager = await incomingHook("prometheus-alertmanager");
  grafana = await incomingHook("grafana");
  generic = await incomingHook("generic-json");
});
afterAll(async () => {
  await t.stop();
});

async function incomingHook(pluginId: string, key?: string): Promise<IncomingWebhookFieldsFragment> {
  const res = await t.gql(
    CreateIncomingWebhookDocument,
    { input: { name: `lookup ${Math.random().toString(36).slice(2)}`, plugin: { pluginId } } },
    key,
  );
  return member(res.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
}

const accessKeyOf = (hook: IncomingWebhookFieldsFragment): string =>
  /\/([0-9a-f]{32})\/events$/.exec(hook.webhookUrl ?? "")?.[1] ?? "";
const localIdOf = (hook: IncomingWebhookFieldsFragment): string =>
  Buffer.from(hook.id, "base64").toString().split(":")[1] ?? "";

const FindWebhooks = graphql(
  `query IncomingWebhookLookup($filter: WebhookFilter) { webhooks(filter: $filter, first: 100) { totalCount nodes { id } } webhookStats(filter: $filter, groupBy: [KIND]) { total } }`,
);

async function find(filter: WebhookFilter, key?: string) {
  const res = await t.gql(FindWebhooks, { filter }, key);
  if (res.errors) return { errors: res.errors };
  const ids = res.data!.webhooks!.nodes.map((node) => node.id);
  // The list and the statistics share the filter: they agree on what matches.
  expect(res.data!.webhookStats!.total).toBe(ids.length);
  return { ids };
}

describe("webhooks(filter: { accessKey })", () => {
  it("finds the one webhook with that key, and none for another key", async () => {
    expect(await find({ accessKey: accessKeyOf(grafana) })).toEqual({ ids: [grafana.id] });
    expect(await find({ accessKey: "0".repeat(32) })).toEqual({ ids: [] });
  });

  it("refuses what cannot be a key, naming the field", async () => {
    const { errors } = await find({ accessKey: "not-a-key" });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["filter", "accessKey"] }],
    });
    expect(errors?.[0]?.message).toMatch(/32 lowercase hex/);
  });

  it("never finds another tenant's webhook by its key", async () => {
    const other = await createTenant(t.service.database.prisma, `lookup ${Date.now()}`);
    const theirs = await incomingHook("grafana", other.adminKey);
    expect(await find({ accessKey: accessKeyOf(theirs) })).toEqual({ ids: [] });
    expect(await find({ accessKey: accessKeyOf(theirs) }, other.adminKey)).toEqual({ ids: [theirs.id] });
  });

  it("follows regenerateAccessKey: the old key finds nothing, the new one the webhook", async () => {
    const hook = await incomingHook("generic-json");
    const old = accessKeyOf(hook);
    const res = await t.gql(
      graphql(
        `mutation IncomingWebhookLookupRegenerate($id: ID!) { regenerateAccessKey(input: { id: $id }) { __typename ... on RegenerateAccessKeyPayload { webhook { accessKey } } } }`,
      ),
      { id: hook.id },
    );
    const fresh = member(res.data!.regenerateAccessKey, "RegenerateAccessKeyPayload").webhook.accessKey!;
    expect(await find({ accessKey: old })).toEqual({ ids: [] });
    expect(await find({ accessKey: fresh })).toEqual({ ids: [hook.id] });
  });
});

describe("webhooks(filter: { webhookUrl })", () => {
  it("finds the webhook by its URL in either form, whatever the origin", async () => {
    const url = alertmanager.webhookUrl!;
    expect(await find({ webhookUrl: url })).toEqual({ ids: [alertmanager.id] });
    expect(await find({ webhookUrl: url.replace("https://hooks.example.com", "http://10.0.0.1:8080") })).toEqual({
      ids: [alertmanager.id],
    });
    const spaceOne = `https://monitoring.example.com/monitoring/v1/webhook/${localIdOf(alertmanager)}/${accessKeyOf(alertmanager)}/events`;
    expect(await find({ webhookUrl: spaceOne })).toEqual({ ids: [alertmanager.id] });
  });

  it("finds nothing for a URL with another webhook's key or a malformed id", async () => {
    expect(
      await find({
        webhookUrl: `https://hooks.example.com/webhooks/incoming/${localIdOf(alertmanager)}/${accessKeyOf(grafana)}/events`,
      }),
    ).toEqual({ ids: [] });
    expect(
      await find({
        webhookUrl: `https://hooks.example.com/webhooks/incoming/not-an-id/${accessKeyOf(grafana)}/events`,
      }),
    ).toEqual({ ids: [] });
  });

  it("refuses what is not an incoming webhook's URL, naming the field", async () => {
    for (const webhookUrl of ["not a url", "https://hooks.example.com/graphql"]) {
      const { errors } = await find({ webhookUrl });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        issues: [{ path: ["filter", "webhookUrl"] }],
      });
    }
  });
});

describe("webhooks(filter: { ids, capability })", () => {
  it("takes global ids; an id of another type matches nothing, a malformed one is refused at its place", async () => {
    expect((await find({ ids: [grafana.id, generic.id] })).ids?.sort()).toEqual([grafana.id, generic.id].sort());
    const tenantId = Buffer.from(`Tenant:${localIdOf(grafana)}`).toString("base64");
    expect(await find({ ids: [tenantId] })).toEqual({ ids: [] });
    expect(await find({ ids: [] })).toEqual({ ids: [] });
    const { errors } = await find({ ids: [grafana.id, "garbage"] });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["filter", "ids", "1"] }],
    });
  });

  it("matches capability values by containment, together with the other fields", async () => {
    const byKey = await find({
      ids: [alertmanager.id, grafana.id, generic.id],
      capability: { eventKey: "fingerprint" },
    });
    expect(byKey.ids?.sort()).toEqual([alertmanager.id, grafana.id].sort());
    expect(
      await find({ ids: [alertmanager.id, grafana.id, generic.id], capability: { monitoringType: "EVENT" } }),
    ).toMatchObject({ ids: expect.arrayContaining([generic.id]) });
    expect(await find({ capability: { monitoringType: "METRIC" } })).toEqual({ ids: [] });
    expect(
      await find({ accessKey: accessKeyOf(grafana), capability: { eventKey: "fingerprint" }, pluginId: "grafana" }),
    ).toEqual({ ids: [grafana.id] });
  });
});

describe("access key digests", () => {
  it("are keyed: the same key digests alike under one SECRETS_KEY and differently under another", () => {
    const one = new SecretBox(Buffer.alloc(32, 1));
    expect(one.digest("abc")).toBe(new SecretBox(Buffer.alloc(32, 1)).digest("abc"));
    expect(one.digest("abc")).not.toBe(new SecretBox(Buffer.alloc(32, 2)).digest("abc"));
    expect(one.digest("abc")).not.toBe(one.digest("abd"));
  });

  it("are written at start for webhooks stored before digests were", async () => {
    const hook = await incomingHook("grafana");
    await t.service.database.sql(
      Prisma.sql`UPDATE webhooks SET access_key_digest = NULL WHERE id = ${localIdOf(hook)}::uuid`,
    );
    expect(await find({ accessKey: accessKeyOf(hook) })).toEqual({ ids: [] });
    await t.restart();
    expect(
      t.logs.some(
        (line) => line.msg === "wrote the digests of access keys stored before digests were" && line.webhooks === 1,
      ),
    ).toBe(true);
    expect(await find({ accessKey: accessKeyOf(hook) })).toEqual({ ids: [hook.id] });
  });
});
