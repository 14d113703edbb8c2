import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExtraService, startTestService, type TestService } from "./support/service.js";
import { serverUrl } from "./support/database.js";
import { waitFor } from "./support/wait.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { createTenant } from "../src/tenants/tenants.js";
import { schema } from "../src/schema/index.js";
import { readScopeOf } from "../src/auth/read-scopes.js";
import { graphql } from "./generated/index.js";
import type { Scope } from "./generated/graphql.js";
import { member } from "./support/typed.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

const viewer = graphql(`query AuthViewer { viewer { name scopes tenant { name } } }`);
const createKey = graphql(`mutation AuthCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload { key apiKey { id name prefix scopes expiresAt revoked } }
    ... on ValidationError { issues { path message } }
    ... on ForbiddenError { missingScope message }
  }
}`);
const revokeKey = graphql(`mutation AuthRevokeApiKey($id: ID!) {
  revokeApiKey(input: { id: $id }) {
    __typename
    ... on RevokeApiKeyPayload { apiKey { id revoked revokedAt } }
    ... on NotFoundError { message code }
  }
}`);

async function newKey(name: string, scopes: Scope[]) {
  const res = await t.gql(createKey, { input: { name, scopes } });
  return member(res.data?.createApiKey, "CreateApiKeyPayload");
}

describe("authentication", () => {
  it("answers viewer for the bootstrap admin key", async () => {
    const res = await t.gql(viewer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer).toEqual({
      name: "bootstrap admin",
      scopes: [
        "WEBHOOKS_VIEW",
        "WEBHOOKS_ADD",
        "WEBHOOKS_EDIT",
        "WEBHOOKS_REMOVE",
        "EVENTS_PUBLISH",
        "EVENTS_VIEW",
        "EVENTS_MANAGE",
        "DELIVERIES_VIEW",
        "DELIVERIES_RETRY",
        "TENANT_ADMIN",
        "PORTAL_SESSIONS",
      ],
      tenant: { name: "default" },
    });
  });

  it.each([
    ["missing", null, /Authentication required/],
    ["malformed", "not-a-key", /Invalid API key/],
    ["unknown", "whk_AAAAAAAA_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", /Invalid API key/],
  ])("rejects a %s key with UNAUTHENTICATED", async (_case, key, message) => {
    const res = await t.gql(viewer, {}, key);
    expect(res.data).toEqual({ viewer: null });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it("rejects a key whose secret part is wrong even when its prefix exists", async () => {
    const { key } = await newKey("probe", ["WEBHOOKS_VIEW"]);
    const tampered = `${key.slice(0, -4)}AAAA`;
    const res = await t.gql(viewer, {}, tampered);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("returns the plain key once, and it works with exactly its scopes", async () => {
    const { key, apiKey } = await newKey("read only", ["WEBHOOKS_VIEW"]);
    expect(key.startsWith(`${apiKey.prefix}_`)).toBe(true);
    const res = await t.gql(graphql(`query AuthViewer2 { viewer { name scopes } }`), {}, key);
    expect(res.data?.viewer).toEqual({ name: "read only", scopes: ["WEBHOOKS_VIEW"] });
    // The key is never readable again: the type has no field that could hold it.
    const listed = await t.gql(graphql(`query AuthApiKeys { apiKeys(first: 100) { nodes { id prefix } } }`));
    expect(JSON.stringify(listed.data)).not.toContain(key);
    const stored = await t.service.database.prisma.apiKey.findFirstOrThrow({ where: { prefix: apiKey.prefix } });
    expect(JSON.stringify(stored)).not.toContain(key.slice(apiKey.prefix.length + 1));
  });

  it("rejects a revoked key", async () => {
    const { key, apiKey } = await newKey("to revoke", ["WEBHOOKS_VIEW"]);
    expect((await t.gql(viewer, {}, key)).errors).toBeUndefined();
    const revoked = await t.gql(revokeKey, { id: apiKey.id });
    expect(revoked.data?.revokeApiKey).toMatchObject({ __typename: "RevokeApiKeyPayload", apiKey: { revoked: true } });
    const res = await t.gql(viewer, {}, key);
    expect(res.errors?.[0]).toMatchObject({
      message: "This API key has been revoked.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it.skipIf(!serverUrl)(
    "a revocation takes effect in every API process at once, however long keys are cached",
    async () => {
      // A second API process on the same database that would keep a key for an hour: only the
      // notification sent with the revocation can make it refuse the key within this test.
      const other = await startExtraService(t.database, { ROLE: "api", API_KEY_CACHE_SECONDS: "3600" });
      try {
        const { key, apiKey } = await newKey("revoked elsewhere", ["WEBHOOKS_VIEW"]);
        const viewerOnOther = async () => {
          const response = await fetch(`http://127.0.0.1:${other.port}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: viewer }),
          });
          return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
        };
        expect((await viewerOnOther()).errors).toBeUndefined(); // now cached there
        expect((await viewerOnOther()).errors).toBeUndefined();
        expect((await t.gql(revokeKey, { id: apiKey.id })).data?.revokeApiKey.__typename).toBe("RevokeApiKeyPayload");
        const refused = await waitFor(
          "the other process to refuse the revoked key",
          async () => (await viewerOnOther()).errors?.[0]?.message,
        );
        expect(refused).toBe("This API key has been revoked.");
      } finally {
        await other.stop();
      }
    },
  );

  it("rejects an expired key", async () => {
    // Long enough that the first request surely comes before it on a busy machine.
    const expiresAt = new Date(Date.now() + 3000).toISOString();
    const res = await t.gql(createKey, { input: { name: "short lived", scopes: ["WEBHOOKS_VIEW"], expiresAt } });
    const { key } = member(res.data?.createApiKey, "CreateApiKeyPayload");
    expect((await t.gql(viewer, {}, key)).errors).toBeUndefined();
    // Asked until it expires (the service's clock decides when), then checked once more.
    const after = await waitFor("the key to expire", async () => {
      const answer = await t.gql(viewer, {}, key);
      return answer.errors ? answer : null;
    });
    expect(after.errors?.[0]).toMatchObject({
      message: "This API key has expired.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("records lastUsedAt", async () => {
    const { key, apiKey } = await newKey("used", ["WEBHOOKS_VIEW"]);
    await t.gql(viewer, {}, key);
    const res = await t.gql(
      graphql(`query AuthNode($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }`),
      { id: apiKey.id },
    );
    expect(Date.now() - Date.parse(member(res.data?.node, "ApiKey").lastUsedAt!)).toBeLessThan(10_000);
  });
});

describe("scopes", () => {
  it("answers FORBIDDEN naming the missing scope on a query", async () => {
    const { key } = await newKey("viewer only", ["WEBHOOKS_VIEW"]);
    const res = await t.gql(graphql(`query AuthApiKeys2 { apiKeys { totalCount } }`), {}, key);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Missing scope "tenant:admin".',
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("answers the root fields a key may read when another one is refused, and an unknown id as null with NOT_FOUND", async () => {
    const { key } = await newKey("viewer only 3", ["WEBHOOKS_VIEW"]);
    const res = await t.gql(
      graphql(`query AuthApiKeys3 { apiKeys { totalCount } webhooks(first: 1) { totalCount } }`),
      {},
      key,
    );
    expect(res.data).toEqual({ apiKeys: null, webhooks: { totalCount: expect.any(Number) } });
    expect(res.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["apiKeys"], "FORBIDDEN"]]);
    const unknown = encodeGlobalID("OutgoingWebhook", "00000000-0000-4000-8000-000000000000");
    const missing = await t.gql(graphql(`query AuthWebhook($id: ID!) { webhook(id: $id) { name } viewer { name } }`), {
      id: unknown,
    });
    expect(missing.data).toEqual({ webhook: null, viewer: { name: "bootstrap admin" } });
    expect(missing.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["webhook"], "NOT_FOUND"]]);
    const known = await createWebhook(t, { url: "https://known.example.com/", eventTypes: ["a.b"] });
    const some = await t.gql(graphql(`query AuthNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), {
      ids: [unknown, known.id],
    });
    expect(some.data?.nodes).toEqual([null, { id: known.id }]);
    expect(some.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["nodes", 0], "NOT_FOUND"]]);
  });

  it("answers a typed ForbiddenError naming the missing scope on a mutation, and changes nothing", async () => {
    const { key } = await newKey("viewer only 2", ["WEBHOOKS_VIEW"]);
    const before = await t.service.database.prisma.apiKey.count();
    const res = await t.gql(createKey, { input: { name: "sneaky", scopes: ["TENANT_ADMIN"] } }, key);
    expect(res.data?.createApiKey).toEqual({
      __typename: "ForbiddenError",
      missingScope: "TENANT_ADMIN",
      message: 'Missing scope "tenant:admin".',
    });
    expect(await t.service.database.prisma.apiKey.count()).toBe(before);
  });
});

describe("scopes where objects are reached", () => {
  let webhookId: string;
  let deliveryId: string;
  beforeAll(async () => {
    webhookId = (await createWebhook(t, { url: "https://receiver.example.com/hooks", eventTypes: ["scoped.thing"] }))
      .id;
    await publish(t, { type: "scoped.thing" });
    deliveryId = (await deliveriesOf(t, { webhookId }))[0]!.id;
  });

  it("answers a delivery's webhook FORBIDDEN, at that path only, to a key without webhooks:view", async () => {
    const { key } = await newKey("deliveries only", ["DELIVERIES_VIEW"]);
    const res = await t.gql(
      graphql(`query AuthDelivery($id: ID!) { delivery(id: $id) { id status event { type } webhook { name url } } }`),
      { id: deliveryId },
      key,
    );
    expect(res.data?.delivery).toMatchObject({ id: deliveryId, event: { type: "scoped.thing" }, webhook: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({
      path: ["delivery", "webhook"],
      message: 'Missing scope "webhooks:view".',
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("answers a webhook's deliveries FORBIDDEN to a key without deliveries:view, the webhook itself answered", async () => {
    const { key } = await newKey("webhooks only", ["WEBHOOKS_VIEW"]);
    const res = await t.gql(
      graphql(
        `query AuthWebhook2($id: ID!) { webhook(id: $id) { name ... on OutgoingWebhook { url deliveries { totalCount } } } }`,
      ),
      { id: webhookId },
      key,
    );
    expect(res.data?.webhook).toEqual({
      name: expect.any(String),
      url: "https://receiver.example.com/hooks",
      deliveries: null,
    });
    expect(res.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [["webhook", "deliveries"], "FORBIDDEN"],
    ]);
  });

  it("checks node(id:) and each position of nodes(ids:) against the scope of the object the id names", async () => {
    const { key } = await newKey("webhooks only 2", ["WEBHOOKS_VIEW"]);
    const one = await t.gql(
      graphql(`query AuthNode2($id: ID!) { node(id: $id) { id ... on Delivery { status } } }`),
      { id: deliveryId },
      key,
    );
    expect(one.data).toEqual({ node: null });
    expect(one.errors?.[0]).toMatchObject({ path: ["node"], extensions: { code: "FORBIDDEN" } });
    const many = await t.gql(
      graphql(`query AuthNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
      { ids: [webhookId, deliveryId] },
      key,
    );
    expect(many.data).toEqual({ nodes: [{ id: webhookId }, null] });
    expect(many.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["nodes", 1], "FORBIDDEN"]]);
  });

  it("shows a key holding only webhooks:add the webhook it created, but not its deliveries", async () => {
    const { key } = await newKey("adder", ["WEBHOOKS_ADD"]);
    const res = await t.gql(
      graphql(`mutation AuthCreateOutgoingWebhook { createOutgoingWebhook(input: { name: "added", url: "https://added.example.com/", eventTypes: ["a.b"] }) {
        __typename ... on CreateOutgoingWebhookPayload { secret webhook { name url eventTypes deliveries { totalCount } } } } }`),
      {},
      key,
    );
    expect(res.data?.createOutgoingWebhook).toMatchObject({
      __typename: "CreateOutgoingWebhookPayload",
      secret: expect.stringMatching(/^whsec_/),
      webhook: { name: "added", url: "https://added.example.com/", eventTypes: ["a.b"], deliveries: null },
    });
    expect(res.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [["createOutgoingWebhook", "webhook", "deliveries"], "FORBIDDEN"],
    ]);
  });

  it("guards every field that leads from one object to another with the read scope of the object it leads to", () => {
    // Objects carry no checks of their own (auth/read-scopes.ts): a field reaching one unchecked would
    // let any key that reaches its parent read it. Mutation payloads show what the mutation wrote.
    const unguarded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        !isObjectType(type) ||
        type.name.startsWith("__") ||
        type.name === "Query" ||
        type.name === "Mutation" ||
        type.name.endsWith("Payload")
      )
        continue;
      if (/(Connection|Edge)$/.test(type.name)) continue; // reached only through a guarded connection field
      for (const field of Object.values(type.getFields())) {
        let target = getNamedType(field.type).name;
        const connection = /^(.*?)(Connection|Edge)$/.exec(target);
        if (connection)
          target = getNamedType(
            (schema.getType(target) as GraphQLObjectType).getFields().nodes?.type ?? field.type,
          ).name;
        const needed = target === "Webhook" ? "webhooks:view" : readScopeOf(target);
        if (!needed) continue;
        const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
        if (JSON.stringify(scopes) !== JSON.stringify({ scope: needed }))
          unguarded.push(`${type.name}.${field.name} (needs ${needed})`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});

describe("one id scheme", () => {
  it("gives the viewer's key and tenant global ids that revokeApiKey and node(id:) take, and hides other tenants", async () => {
    const { key } = await newKey("to revoke by viewer id", ["WEBHOOKS_VIEW"]);
    const seen = await t.gql(graphql(`query AuthViewer3 { viewer { apiKeyId tenant { id name } } }`), {}, key);
    const { apiKeyId, tenant } = seen.data!.viewer!;
    expect(decodeGlobalID(apiKeyId).typename).toBe("ApiKey");
    expect(
      (
        await t.gql(graphql(`query AuthNode3($id: ID!) { node(id: $id) { id ... on Tenant { name } } }`), {
          id: tenant.id,
        })
      ).data?.node,
    ).toEqual(tenant);
    const revoked = await t.gql(revokeKey, { id: apiKeyId });
    expect(revoked.data?.revokeApiKey).toMatchObject({
      __typename: "RevokeApiKeyPayload",
      apiKey: { id: apiKeyId, revoked: true },
    });

    const other = await createTenant(t.service.database.prisma, `other ${Date.now()}`);
    const foreign = await t.gql(
      graphql(`query AuthNode4($id: ID!) { node(id: $id) { id } }`),
      { id: tenant.id },
      other.adminKey,
    );
    expect(foreign.data).toEqual({ node: null });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("createApiKey validation", () => {
  it("names each field and rule", async () => {
    const res = await t.gql(createKey, { input: { name: " ", scopes: [], expiresAt: "2001-01-01T00:00:00Z" } });
    expect(member(res.data?.createApiKey, "ValidationError").issues).toEqual([
      { path: ["input", "name"], message: "must not be empty" },
      { path: ["input", "scopes"], message: "must name at least one scope" },
      { path: ["input", "expiresAt"], message: "must be in the future" },
    ]);
  });

  it("rejects an unknown scope before resolving", async () => {
    const res = await t.gql(createKey.toString(), { input: { name: "x", scopes: ["ROOT"] } }); // no such scope: as text, past the types
    expect(res.errors?.[0]?.message).toMatch(/Scope/);
  });
});
