import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../src/tenants/tenants.js";
import { activeSigningSecrets } from "../src/signing/signing-secrets.js";
import { openSecretBox, type SecretBox } from "../src/crypto/secret-box.js";
import { startTestService, type TestService } from "./support/service.js";
import { member } from "./support/typed.js";
import {
  CreateOutgoingWebhookDocument,
  UpdateOutgoingWebhookDocument,
  type CreateOutgoingWebhookInput,
} from "@hookrelay/client";
import { graphql } from "./generated/index.js";

let t: TestService;
let secretBox: SecretBox;
beforeAll(async () => {
  t = await startTestService();
  secretBox = openSecretBox(t.database.env.SECRETS_KEY, t.database.env.DATA_DIR);
});
afterAll(() => t.stop());

const WEBHOOK_FIELDS = `id kind name state enabled projectId tags createdAt updatedAt
  ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended suspendedAt suspendReason active
    lastSuccessAt lastFailureAt consecutiveFailures
    failureHandling { retryStrategy { type intervalSeconds attempts } triggers { types statusCodes } divert suspend suspendAfterConsecutiveFailures timeoutSeconds } }`;

const CREATE = CreateOutgoingWebhookDocument;
const UPDATE = UpdateOutgoingWebhookDocument;

let counter = 0;
async function create(input: Partial<CreateOutgoingWebhookInput> = {}, key?: string) {
  counter += 1;
  const res = await t.gql(
    CREATE,
    { input: { name: `hook ${counter}`, url: "https://example.com/hook", eventTypes: ["invoice.paid"], ...input } },
    key,
  );
  return res.data?.createOutgoingWebhook;
}

describe("createOutgoingWebhook", () => {
  it("creates with defaults and returns a Standard Webhooks secret only once", async () => {
    const created = member(
      await create({ headers: [{ name: "X-Team", values: ["a", "b"] }], tags: { env: "prod" }, projectId: "billing" }),
      "CreateOutgoingWebhookPayload",
    );
    expect(created.__typename).toBe("CreateOutgoingWebhookPayload");
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(created.secret.slice(6), "base64").length).toBe(32);
    expect(created.webhook).toMatchObject({
      kind: "OUTGOING",
      state: "ENABLED",
      enabled: true,
      active: true,
      suspended: false,
      projectId: "billing",
      tags: { env: "prod" },
      headers: [{ name: "X-Team", values: ["a", "b"] }],
      eventTypes: ["invoice.paid"],
      secretHint: created.secret.slice(-4),
      consecutiveFailures: 0,
      failureHandling: {
        retryStrategy: { type: "EXPONENTIAL", intervalSeconds: 60, attempts: 8 },
        triggers: {
          types: ["HTTP_4XX", "HTTP_5XX", "TIMEOUT", "NETWORK_ERROR", "CONNECTION", "REFUSED"],
          statusCodes: [],
        },
        divert: true,
        suspend: true,
        suspendAfterConsecutiveFailures: 5,
        timeoutSeconds: 15,
      },
    });
    // Never readable again: not through webhook(id), node(id) or the listing; stored encrypted.
    for (const query of [
      `query($id: ID!) { webhook(id: $id) { ${WEBHOOK_FIELDS} } }`,
      `query($id: ID!) { node(id: $id) { ... on Webhook { ${WEBHOOK_FIELDS} } } }`,
    ]) {
      const res = await t.gql(query, { id: created.webhook.id });
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain(created.secret.slice(6, 30));
    }
    const listed = await t.gql(`{ webhooks(first: 100) { nodes { ${WEBHOOK_FIELDS} } } }`);
    expect(listed.errors).toBeUndefined();
    expect(JSON.stringify(listed.data)).not.toContain(created.secret.slice(6, 30));
    const row = await t.service.database.prisma.webhook.findFirstOrThrow({ where: { name: created.webhook.name } });
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(6, 30));
    expect(activeSigningSecrets(row, secretBox)).toEqual([created.secret]);
  });

  it("accepts a supplied secret and partial failure handling", async () => {
    const secret = `whsec_${Buffer.alloc(24, 7).toString("base64")}`;
    const created = member(
      await create({
        secret,
        failureHandling: {
          retryStrategy: { type: "LINEAR" },
          timeoutSeconds: 5,
          triggers: { types: ["HTTP_5XX"], statusCodes: [429] },
        },
      }),
      "CreateOutgoingWebhookPayload",
    );
    expect(created.secret).toBe(secret);
    expect(created.webhook.failureHandling).toMatchObject({
      retryStrategy: { type: "LINEAR", intervalSeconds: 60, attempts: 8 },
      triggers: { types: ["HTTP_5XX"], statusCodes: [429] },
      timeoutSeconds: 5,
      divert: true,
    });
  });

  it("reports what applies for retryStrategy NONE: no interval, no retries", async () => {
    const created = member(
      await create({ failureHandling: { retryStrategy: { type: "NONE" } } }),
      "CreateOutgoingWebhookPayload",
    );
    expect(created.webhook.failureHandling.retryStrategy).toEqual({ type: "NONE", intervalSeconds: null, attempts: 0 });
  });

  it.each([
    [{ url: "ftp://example.com/x" }, ["input", "url"], "must use http or https"],
    [
      { url: "https://user:pw@example.com/x" },
      ["input", "url"],
      "must not contain a password (a broker's goes in destinationSettings.password)",
    ],
    [{ url: "https://user@example.com/x" }, ["input", "url"], "must not contain a user name or password"],
    [{ url: `https://example.com/${"a".repeat(2048)}` }, ["input", "url"], "must be at most 2048 characters"],
    [{ url: "not a url" }, ["input", "url"], "must be an absolute URL"],
    [{ name: "" }, ["input", "name"], "must not be empty"],
    [{ name: "x".repeat(129) }, ["input", "name"], "must be at most 128 characters"],
    [
      { headers: [{ name: "Bad Header", values: ["x"] }] },
      ["input", "headers", "0", "name"],
      "must be a valid HTTP header name",
    ],
    [
      { headers: [{ name: "Content-Type", values: ["x"] }] },
      ["input", "headers", "0", "name"],
      "is set by the service and cannot be overridden",
    ],
    [
      { headers: [{ name: "Webhook-Signature", values: ["x"] }] },
      ["input", "headers", "0", "name"],
      "is set by the service and cannot be overridden",
    ],
    [
      { headers: [{ name: "X-Ok", values: ["a\r\nInjected: 1"] }] },
      ["input", "headers", "0", "values", "0"],
      "must not contain line breaks or NUL",
    ],
    [{ eventTypes: [] }, ["input", "eventTypes"], "must name at least one event type"],
    [{ eventTypes: ["invoice..paid"] }, ["input", "eventTypes", "0"], "must be a dotted event type"],
    [{ secret: "whsec_c2hvcnQ=" }, ["input", "secret"], "must encode 24 to 64 bytes"],
    [{ secret: "sk_live_x" }, ["input", "secret"], "must be whsec_ followed by base64"],
    [{ failureHandling: { timeoutSeconds: 31 } }, ["input", "failureHandling", "timeoutSeconds"], "must be 1-30"],
    [
      { failureHandling: { retryStrategy: { attempts: 21 } } },
      ["input", "failureHandling", "retryStrategy", "attempts"],
      "must be at most 20",
    ],
    [{ tags: { env: 3 } }, ["input", "tags", "env"], "tag values must be strings"],
  ])("refuses %j naming the field", async (input, path, message) => {
    const before = await t.service.database.prisma.webhook.count();
    const result = member(await create(input), "ValidationError");
    expect(result.issues).toContainEqual({ path, message: expect.stringContaining(message) });
    expect(await t.service.database.prisma.webhook.count()).toBe(before);
  });

  it("refuses a duplicate name in the same project with ConflictError, and allows it in another project", async () => {
    await create({ name: "dup", projectId: "p1" });
    const again = await t.gql(CREATE, {
      input: { name: "dup", url: "https://example.com", eventTypes: ["*"], projectId: "p1" },
    });
    expect(again.data?.createOutgoingWebhook).toMatchObject({
      __typename: "ConflictError",
      code: "CONFLICT",
      message: 'A webhook named "dup" already exists in this project.',
    });
    const other = await t.gql(CREATE, {
      input: { name: "dup", url: "https://example.com", eventTypes: ["*"], projectId: "p2" },
    });
    expect(other.data?.createOutgoingWebhook.__typename).toBe("CreateOutgoingWebhookPayload");
  });
});

describe("updateOutgoingWebhook", () => {
  it("applies removals before additions, so an item in both lists ends up present", async () => {
    const created = member(
      await create({
        eventTypes: ["a.one", "a.two", "a.three"],
        headers: [
          { name: "X-A", values: ["1"] },
          { name: "X-B", values: ["2"] },
        ],
      }),
      "CreateOutgoingWebhookPayload",
    );
    const res = await t.gql(UPDATE, {
      input: {
        id: created.webhook.id,
        removeEventTypes: ["a.one", "a.two"],
        addEventTypes: ["a.two", "b.*"],
        removeHeaders: ["x-a", "X-B"],
        addHeaders: [
          { name: "X-B", values: ["3"] },
          { name: "X-C", values: ["4", "5"] },
        ],
      },
    });
    const webhook = member(res.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook;
    expect(webhook.eventTypes).toEqual(["a.three", "a.two", "b.*"]);
    expect(webhook.headers).toEqual([
      { name: "X-B", values: ["3"] },
      { name: "X-C", values: ["4", "5"] },
    ]);
    expect(webhook.name).toBe(created.webhook.name); // omitted fields unchanged
    expect(webhook.url).toBe(created.webhook.url);
  });

  it("adds header values to an existing header of the same name", async () => {
    const created = member(await create({ headers: [{ name: "X-A", values: ["1"] }] }), "CreateOutgoingWebhookPayload");
    const res = await t.gql(UPDATE, {
      input: { id: created.webhook.id, addHeaders: [{ name: "x-a", values: ["2"] }] },
    });
    expect(member(res.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook.headers).toEqual([
      { name: "X-A", values: ["1", "2"] },
    ]);
  });

  it("merges failure handling, and removeFailureHandling restores the default", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const merged = await t.gql(UPDATE, {
      input: { id: created.webhook.id, failureHandling: { suspendAfterConsecutiveFailures: 9, divert: false } },
    });
    expect(
      member(merged.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook.failureHandling,
    ).toMatchObject({ suspendAfterConsecutiveFailures: 9, divert: false, timeoutSeconds: 15 });
    const merged2 = await t.gql(UPDATE, { input: { id: created.webhook.id, failureHandling: { timeoutSeconds: 3 } } });
    expect(
      member(merged2.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook.failureHandling,
    ).toMatchObject({ suspendAfterConsecutiveFailures: 9, timeoutSeconds: 3 });
    const reset = await t.gql(UPDATE, { input: { id: created.webhook.id, removeFailureHandling: true } });
    expect(member(reset.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook.failureHandling).toEqual(
      created.webhook.failureHandling,
    );
  });

  it("changes name, url, enabled, project and tags, and validates them", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const res = await t.gql(UPDATE, {
      input: {
        id: created.webhook.id,
        name: "renamed",
        url: "http://example.org/x",
        enabled: false,
        projectId: "p9",
        tags: { a: "b" },
      },
    });
    expect(member(res.data?.updateOutgoingWebhook, "UpdateOutgoingWebhookPayload").webhook).toMatchObject({
      name: "renamed",
      url: "http://example.org/x",
      enabled: false,
      state: "DISABLED",
      active: false,
      projectId: "p9",
      tags: { a: "b" },
    });
    const bad = await t.gql(UPDATE, {
      input: { id: created.webhook.id, url: "javascript:alert(1)", addHeaders: [{ name: "Host", values: ["x"] }] },
    });
    expect(
      member(bad.data?.updateOutgoingWebhook, "ValidationError").issues.map((issue) => issue.path.join(".")),
    ).toEqual(["input.url", "input.addHeaders.0.name"]);
  });

  it("refuses to remove every event type", async () => {
    const created = member(await create({ eventTypes: ["only.one"] }), "CreateOutgoingWebhookPayload");
    const res = await t.gql(UPDATE, { input: { id: created.webhook.id, removeEventTypes: ["only.one"] } });
    expect(res.data?.updateOutgoingWebhook).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "removeEventTypes"], message: "would leave the webhook with no event types" }],
    });
  });
});

describe("enable, disable, delete, rotate, unsuspend", () => {
  it("disables and enables", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const disabled = await t.gql(
      graphql(
        `mutation OutgoingWebhooksDisableWebhook($id: ID!) { disableWebhook(input: { id: $id }) { ... on DisableWebhookPayload { webhook { state enabled ... on OutgoingWebhook { active } } } } }`,
      ),
      { id: created.webhook.id },
    );
    expect(disabled.data?.disableWebhook.webhook).toEqual({ state: "DISABLED", enabled: false, active: false });
    const enabled = await t.gql(
      graphql(
        `mutation OutgoingWebhooksEnableWebhook($id: ID!) { enableWebhook(input: { id: $id }) { ... on EnableWebhookPayload { webhook { state enabled } } } }`,
      ),
      { id: created.webhook.id },
    );
    expect(enabled.data?.enableWebhook.webhook).toEqual({ state: "ENABLED", enabled: true });
  });

  it("deletes permanently and returns the id", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const res = await t.gql(
      graphql(
        `mutation OutgoingWebhooksDeleteWebhook($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ... on DeleteWebhookPayload { deletedId } ...MutationError } }`,
      ),
      { id: created.webhook.id },
    );
    expect(res.data?.deleteWebhook).toEqual({ __typename: "DeleteWebhookPayload", deletedId: created.webhook.id });
    const again = await t.gql(
      graphql(
        `mutation OutgoingWebhooksDeleteWebhook2($id: ID!) { deleteWebhook(input: { id: $id }) { __typename ...MutationError } }`,
      ),
      { id: created.webhook.id },
    );
    expect(again.data?.deleteWebhook.__typename).toBe("NotFoundError");
    expect(
      (
        await t.gql(graphql(`query OutgoingWebhooksWebhook($id: ID!) { webhook(id: $id) { id } }`), {
          id: created.webhook.id,
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  it("rotates the secret: the old one keeps signing until it expires", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const rotate =
      graphql(`mutation OutgoingWebhooksRotateWebhookSecret($id: ID!, $s: Int) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: $s }) { __typename
      ... on RotateWebhookSecretPayload { secret webhook { secretHint } } ...MutationError } }`);
    const rotated = member(
      (await t.gql(rotate, { id: created.webhook.id, s: 1 })).data?.rotateWebhookSecret,
      "RotateWebhookSecretPayload",
    );
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.webhook.secretHint).toBe(rotated.secret.slice(-4));
    const row = await t.service.database.prisma.webhook.findFirstOrThrow({ where: { name: created.webhook.name } });
    expect(activeSigningSecrets(row, secretBox)).toEqual([rotated.secret, created.secret]);
    expect(activeSigningSecrets(row, secretBox, new Date(Date.now() + 1500))).toEqual([rotated.secret]);
    const immediate = member(
      (await t.gql(rotate, { id: created.webhook.id, s: 0 })).data?.rotateWebhookSecret,
      "RotateWebhookSecretPayload",
    );
    const row2 = await t.service.database.prisma.webhook.findFirstOrThrow({ where: { name: created.webhook.name } });
    expect(activeSigningSecrets(row2, secretBox)).toEqual([immediate.secret]);
    const bad = member(
      (await t.gql(rotate, { id: created.webhook.id, s: -1 })).data?.rotateWebhookSecret,
      "ValidationError",
    );
    expect(bad.issues).toEqual([{ path: ["input", "expireCurrentInSeconds"], message: "must not be negative" }]);
  });

  it("unsuspends: clears the suspension and the failure counter", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    await t.service.database.prisma.webhook.updateMany({
      where: { name: created.webhook.name },
      data: { suspendedAt: new Date(), suspendReason: "5 failures", consecutiveFailures: 5 },
    });
    const before = await t.gql(
      graphql(
        `query OutgoingWebhooksWebhook2($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { suspended active suspendReason } } }`,
      ),
      { id: created.webhook.id },
    );
    expect(before.data?.webhook).toEqual({ suspended: true, active: false, suspendReason: "5 failures" });
    const res = await t.gql(
      graphql(
        `mutation OutgoingWebhooksUnsuspendWebhook($id: ID!) { unsuspendWebhook(input: { id: $id }) { ... on UnsuspendWebhookPayload { webhook { suspended suspendedAt suspendReason consecutiveFailures active } } } }`,
      ),
      { id: created.webhook.id },
    );
    expect(res.data?.unsuspendWebhook.webhook).toEqual({
      suspended: false,
      suspendedAt: null,
      suspendReason: null,
      consecutiveFailures: 0,
      active: true,
    });
  });
});

describe("another tenant and missing scopes", () => {
  it("answers NOT_FOUND to another tenant for every operation", async () => {
    const mine = member(await create(), "CreateOutgoingWebhookPayload");
    const other = await createTenant(t.service.database.prisma, "intruder");
    const id = mine.webhook.id;
    const asOther = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, other.adminKey);
    const mutations: [string, string][] = [
      [
        "updateOutgoingWebhook",
        `mutation($id: ID!) { updateOutgoingWebhook(input: { id: $id, name: "x" }) { __typename } }`,
      ],
      ["enableWebhook", `mutation($id: ID!) { enableWebhook(input: { id: $id }) { __typename } }`],
      ["disableWebhook", `mutation($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`],
      ["deleteWebhook", `mutation($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }`],
      ["rotateWebhookSecret", `mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }`],
      ["unsuspendWebhook", `mutation($id: ID!) { unsuspendWebhook(input: { id: $id }) { __typename } }`],
    ];
    for (const [field, mutation] of mutations) {
      expect((await asOther(mutation, { id })).data?.[field].__typename, field).toBe("NotFoundError");
    }
    expect((await asOther(`query($id: ID!) { webhook(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await asOther(`query($id: ID!) { node(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await asOther(`{ webhooks { totalCount } webhookStats(groupBy: [KIND]) { total } }`, {})).data).toEqual({
      webhooks: { totalCount: 0 },
      webhookStats: { total: 0 },
    });
    const untouched = await t.gql(
      graphql(`query OutgoingWebhooksWebhook3($id: ID!) { webhook(id: $id) { name enabled } }`),
      { id },
    );
    expect(untouched.data?.webhook).toEqual({ name: mine.webhook.name, enabled: true });
  });

  it("answers FORBIDDEN naming the missing scope", async () => {
    const created = member(await create(), "CreateOutgoingWebhookPayload");
    const keyRes = await t.gql(
      graphql(
        `mutation OutgoingWebhooksCreateApiKey { createApiKey(input: { name: "ro", scopes: [WEBHOOKS_VIEW] }) { __typename ... on CreateApiKeyPayload { key } } }`,
      ),
    );
    const readOnly = member(keyRes.data?.createApiKey, "CreateApiKeyPayload").key;
    const noScopes = await t.gql(
      graphql(
        `mutation OutgoingWebhooksCreateApiKey2 { createApiKey(input: { name: "pub", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }`,
      ),
    );
    const publisher = member(noScopes.data?.createApiKey, "CreateApiKeyPayload").key;
    expect(
      (await t.gql(graphql(`query OutgoingWebhooksWebhooks { webhooks { totalCount } }`), {}, publisher)).errors?.[0]
        ?.message,
    ).toBe('Missing scope "webhooks:view".');
    expect(
      (
        await t.gql(
          graphql(`query OutgoingWebhooksWebhookStats { webhookStats(groupBy: [KIND]) { total } }`),
          {},
          publisher,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const cases: [string, string, string][] = [
      [
        "createOutgoingWebhook",
        `mutation { createOutgoingWebhook(input: { name: "n", url: "https://e.com", eventTypes: ["*"] }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_ADD",
      ],
      [
        "updateOutgoingWebhook",
        `mutation($id: ID!) { updateOutgoingWebhook(input: { id: $id }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_EDIT",
      ],
      [
        "disableWebhook",
        `mutation($id: ID!) { disableWebhook(input: { id: $id }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_EDIT",
      ],
      [
        "rotateWebhookSecret",
        `mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_EDIT",
      ],
      [
        "unsuspendWebhook",
        `mutation($id: ID!) { unsuspendWebhook(input: { id: $id }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_EDIT",
      ],
      [
        "deleteWebhook",
        `mutation($id: ID!) { deleteWebhook(input: { id: $id }) { ... on ForbiddenError { missingScope } } }`,
        "WEBHOOKS_REMOVE",
      ],
    ];
    for (const [field, mutation, scope] of cases) {
      expect((await t.gql(mutation, { id: created.webhook.id }, readOnly)).data?.[field], field).toEqual({
        missingScope: scope,
      });
    }
    expect(
      (
        await t.gql(graphql(`query OutgoingWebhooksWebhook4($id: ID!) { webhook(id: $id) { enabled } }`), {
          id: created.webhook.id,
        })
      ).data?.webhook!.enabled,
    ).toBe(true);
  });

  it("treats an id of another type, or garbage, as the caller's mistake", async () => {
    const apiKeys = await t.gql(graphql(`query OutgoingWebhooksApiKeys { apiKeys(first: 1) { nodes { id } } }`));
    const res = await t.gql(
      graphql(
        `mutation OutgoingWebhooksDisableWebhook2($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`,
      ),
      { id: apiKeys.data!.apiKeys!.nodes[0]!.id },
    );
    expect(res.data?.disableWebhook.__typename).toBe("NotFoundError");
    const garbage = await t.gql(
      graphql(
        `mutation OutgoingWebhooksDisableWebhook2($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`,
      ),
      { id: "%%%" },
    );
    expect(garbage.errors?.[0]?.extensions?.code ?? garbage.data?.disableWebhook.__typename).toMatch(
      /BAD_USER_INPUT|ValidationError/,
    );
  });
});
