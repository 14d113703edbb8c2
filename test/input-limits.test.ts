// Lists and headers have documented bounds, answered with a typed error naming the field: nodes(ids:)
// takes at most 100 ids; a webhook's headers at most 8 KiB in all, none that HTTP manages itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { randomUUID } from "node:crypto";
import { startTestService, type TestService } from "./support/service.js";
import { graphql } from "./generated/index.js";
import { member } from "./support/typed.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

const CREATE =
  graphql(`mutation InputLimitsCreateOutgoingWebhook($headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: "limits", url: "https://receiver.example.com/hook", eventTypes: ["*"], headers: $headers }) {
  __typename ... on ValidationError { issues { path message } } } }`);

describe("input limits", () => {
  it("nodes(ids:) with more than 100 ids is refused naming ids, before any is loaded", async () => {
    const ids = Array.from({ length: 101 }, () => encodeGlobalID("Delivery", randomUUID()));
    const refused = await t.gql(graphql(`query InputLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("at most 100 ids");
    const accepted = await t.gql(graphql(`query InputLimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), {
      ids: ids.slice(0, 100),
    });
    // 100 is within the bound: looked up (and, being unknown, not found).
    expect(accepted.errors?.map((error) => error.extensions?.code)).not.toContain("BAD_USER_INPUT");
    expect(accepted.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("headers over 8 KiB in all are refused on create and on update, naming the field", async () => {
    const big = [{ name: "X-Big", values: ["v".repeat(4096), "w".repeat(4096)] }];
    const refused = await t.gql(CREATE, { headers: big });
    expect(refused.data?.createOutgoingWebhook).toEqual({
      __typename: "ValidationError",
      issues: [{ path: ["input", "headers"], message: "must be at most 8 KiB in all (names and values)" }],
    });

    const created =
      await t.gql(`mutation { createOutgoingWebhook(input: { name: "grows", url: "https://receiver.example.com/hook", eventTypes: ["*"], headers: [{ name: "X-A", values: ["${"a".repeat(4000)}"] }] }) {
      __typename ... on CreateOutgoingWebhookPayload { webhook { id } } } }`);
    const { id } = member(created.data?.createOutgoingWebhook, "CreateOutgoingWebhookPayload").webhook;
    const update = await t.gql(
      graphql(
        `mutation InputLimitsUpdateOutgoingWebhook($id: ID!, $headers: [HttpHeaderInput!]) { updateOutgoingWebhook(input: { id: $id, addHeaders: $headers }) { __typename ... on ValidationError { issues { path message } } } }`,
      ),
      {
        id,
        headers: [
          { name: "X-B", values: ["b".repeat(4000)] },
          { name: "X-C", values: ["c".repeat(400)] },
        ],
      },
    );
    expect(member(update.data?.updateOutgoingWebhook, "ValidationError").issues[0]!.path).toEqual([
      "input",
      "addHeaders",
    ]);
  });

  it("bounds the lists of an update and of a key's scopes, naming the field", async () => {
    const created = await t.gql(
      graphql(
        `mutation InputLimitsCreateOutgoingWebhook2 { createOutgoingWebhook(input: { name: "lists", url: "https://receiver.example.com/hook", eventTypes: ["*"] }) { __typename ... on CreateOutgoingWebhookPayload { webhook { id } } } }`,
      ),
    );
    const { id } = member(created.data?.createOutgoingWebhook, "CreateOutgoingWebhookPayload").webhook;
    const update = graphql(
      `mutation InputLimitsUpdateOutgoingWebhook2($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
    );
    const removeTypes = await t.gql(update, {
      input: { id, removeEventTypes: Array.from({ length: 101 }, (_, n) => `t.${n}`) },
    });
    expect(member(removeTypes.data?.updateOutgoingWebhook, "ValidationError").issues).toEqual([
      { path: ["input", "removeEventTypes"], message: "must be at most 100 event types" },
    ]);
    const removeHeaders = await t.gql(update, {
      input: { id, removeHeaders: Array.from({ length: 51 }, (_, n) => `x-${n}`) },
    });
    expect(member(removeHeaders.data?.updateOutgoingWebhook, "ValidationError").issues).toEqual([
      { path: ["input", "removeHeaders"], message: "must be at most 50 headers" },
    ]);
    const key = await t.gql(
      graphql(
        `mutation InputLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
      ),
      {
        input: { name: "many", scopes: Array.from({ length: 1000 }, () => "WEBHOOKS_VIEW" as const) },
      },
    );
    expect(member(key.data?.createApiKey, "ValidationError").issues[0]!.path).toEqual(["input", "scopes"]);
  });

  it("refuses headers HTTP manages itself, which could never be sent", async () => {
    for (const name of [
      "Transfer-Encoding",
      "Connection",
      "Upgrade",
      "Expect",
      "Keep-Alive",
      "TE",
      "Trailer",
      "Proxy-Authorization",
    ]) {
      const refused = await t.gql(CREATE, { headers: [{ name, values: ["x"] }] });
      expect(member(refused.data?.createOutgoingWebhook, "ValidationError").issues[0]!.path, name).toEqual([
        "input",
        "headers",
        "0",
        "name",
      ]);
    }
    for (const name of ["Host", "Content-Length"]) {
      const refused = await t.gql(CREATE, { headers: [{ name, values: ["x"] }] });
      expect(refused.data?.createOutgoingWebhook.__typename, name).toBe("ValidationError");
    }
  });
});
