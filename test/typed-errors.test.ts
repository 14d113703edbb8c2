// Bad input gets a typed error with a code, never "Unexpected error.": malformed ids and cursors,
// text PostgreSQL cannot store, and queries over the depth, alias and cost limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { startTestService, type TestService } from "./support/service.js";
import type { GraphQLEnumType } from "graphql";
import { schema } from "../src/schema/index.js";
import { ERROR_CODES } from "../src/common/errors.js";
import { graphql } from "./generated/index.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ MAX_QUERY_DEPTH: "6", MAX_QUERY_ALIASES: "3", MAX_QUERY_COST: "40" });
});
afterAll(() => t.stop());

const codes = (res: Awaited<ReturnType<TestService["gql"]>>) =>
  (res.errors ?? []).map((error) => error.extensions?.code);

describe("typed errors", () => {
  it.each([
    [
      "deliveries(filter: { webhookId })",
      `{ deliveries(filter: { webhookId: "abc" }) { totalCount } }`,
      ["filter", "webhookId"],
    ],
    [
      "deliveryStats(filter: { webhookId })",
      `{ deliveryStats(filter: { webhookId: "abc" }) { totals { total } } }`,
      ["filter", "webhookId"],
    ],
    ["webhook(id:)", `{ webhook(id: "abc") { name } }`, ["id"]],
    ["node(id:)", `{ node(id: "abc") { id } }`, ["id"]],
  ])("a malformed id in %s names the argument it came in", async (_what, query, path) => {
    const res = await t.gql(query);
    expect(res.errors?.map((error) => [error.extensions?.code, error.extensions?.issues])).toEqual([
      ["BAD_USER_INPUT", [{ path, message: "is not a valid id" }]],
    ]);
  });

  it("answers a malformed id in a mutation's input with the mutation's ValidationError, naming the field", async () => {
    const deleted = await t.gql(
      graphql(
        `mutation TypedErrorsDeleteWebhook { deleteWebhook(input: { id: "abc" }) { __typename ... on ValidationError { issues { path message } } } }`,
      ),
    );
    expect(deleted).toMatchObject({
      data: {
        deleteWebhook: {
          __typename: "ValidationError",
          issues: [{ path: ["input", "id"], message: "is not a valid id" }],
        },
      },
    });
    expect(deleted.errors).toBeUndefined();
    const resend = await t.gql(
      graphql(
        `mutation TypedErrorsResendDivertedDeliveries($ids: [ID!]) { resendDivertedDeliveries(input: { ids: $ids }) { __typename ... on ValidationError { issues { path } } } }`,
      ),
      { ids: [encodeGlobalID("Delivery", "00000000-0000-4000-8000-000000000000"), "abc"] },
    );
    expect(resend.data?.resendDivertedDeliveries).toEqual({
      __typename: "ValidationError",
      issues: [{ path: ["input", "ids", "1"] }],
    });
    const many = await t.gql(graphql(`query TypedErrorsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), {
      ids: ["abc"],
    });
    expect(many.data).toEqual({ nodes: [null] });
    expect(many.errors?.[0]).toMatchObject({
      path: ["nodes", 0],
      extensions: { code: "BAD_USER_INPUT", issues: [{ path: ["ids", "0"] }] },
    });
  });

  it("carries only codes of the ErrorCode enum, on errors in `errors` and on mutations' typed errors", async () => {
    const enumCodes = (schema.getType("ErrorCode") as GraphQLEnumType).getValues().map((value) => value.name);
    expect(enumCodes.sort()).toEqual([...ERROR_CODES].sort());
    const seen = [
      ...codes(await t.gql("{ nope }")),
      ...codes(await t.gql("{ viewer { name ")),
      ...codes(await t.gql(graphql(`query TypedErrorsViewer { viewer { name } }`), {}, null)),
      ...codes(await t.gql(`{ node(id: "${encodeGlobalID("Delivery", "not-a-uuid")}") { id } }`)),
    ];
    expect(seen).toEqual(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "UNAUTHENTICATED", "BAD_USER_INPUT"]);
    const typed = await t.gql(
      `mutation { deleteWebhook(input: { id: "${encodeGlobalID("OutgoingWebhook", "00000000-0000-4000-8000-000000000000")}" }) { ... on Error { code } } }`,
    );
    expect(typed.data?.deleteWebhook).toEqual({ code: "NOT_FOUND" });
  });

  it.each([
    [
      "node(id:) holding a non-UUID",
      `{ node(id: "${encodeGlobalID("Delivery", "not-a-uuid")}") { id } }`,
      "BAD_USER_INPUT",
    ],
    [
      "node(id:) of a type that is not loaded by id",
      `{ node(id: "${encodeGlobalID("Tenant", "00000000-0000-4000-8000-000000000000")}") { id } }`,
      "NOT_FOUND",
    ],
    ["deliveries(after:) not a cursor", `{ deliveries(first: 5, after: "abc") { totalCount } }`, "BAD_USER_INPUT"],
    [
      "webhooks(after:) a crafted cursor",
      `{ webhooks(first: 5, after: "${Buffer.from("x:y:z").toString("base64")}") { totalCount } }`,
      "BAD_USER_INPUT",
    ],
  ])("%s", async (_what, query, code) => {
    const res = await t.gql(query);
    expect(codes(res), JSON.stringify(res.errors)).toEqual([code]);
    expect(JSON.stringify(res.errors)).not.toMatch(/Unexpected error|does not support/);
  });

  it.each([
    [
      "too deep",
      `{ webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 1) { nodes { event { deliveries(first: 1) { nodes { id } } } } } } } } }`,
      "QUERY_TOO_DEEP",
    ],
    [
      "too many aliases",
      `{ a: viewer { name } b: viewer { name } c: viewer { name } d: viewer { name } }`,
      "TOO_MANY_ALIASES",
    ],
    ["too costly", `{ webhooks(first: 50) { nodes { id } } }`, "QUERY_TOO_COSTLY"],
  ])("a query %s gets its own code", async (_what, query, code) => {
    const res = await t.gql(query);
    expect(codes(res), JSON.stringify(res.errors)).toContain(code);
  });

  it.each([
    [
      "a webhook name",
      `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename } }`,
      { input: { name: "a\u0000b", url: "https://r.example.com/", eventTypes: ["*"] } },
      ["input", "name"],
    ],
    [
      "a payload string",
      `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`,
      { input: { type: "nul.test", payload: { text: "\ud800" } } },
      ["input", "payload", "text"],
    ],
    [
      "a tag key",
      `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename } }`,
      { input: { name: "tags", url: "https://r.example.com/", eventTypes: ["*"], tags: { "k\u0000": "v" } } },
      ["input", "tags", "k\u0000"],
    ],
    [
      "a search filter, written inline",
      `{ webhooks(first: 1, filter: { search: "x\\u0000" }) { totalCount } }`,
      undefined,
      ["filter", "search"],
    ],
  ])(
    "NUL or a lone surrogate in %s is refused as BAD_USER_INPUT naming where",
    async (_what, query, variables, path) => {
      const res = await t.gql(query, variables);
      expect(res.data ?? null).toBeNull();
      expect(codes(res), JSON.stringify(res.errors)).toEqual(["BAD_USER_INPUT"]);
      expect(res.errors?.[0]?.extensions?.issues).toEqual([
        { path, message: "must not contain U+0000 or a lone UTF-16 surrogate" },
      ]);
    },
  );
});
