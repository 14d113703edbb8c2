// Secrets stay with the scopes that own them: an incoming webhook's URL and access key, and the values
// of an outgoing webhook's own headers, are for keys that may change the webhook (webhooks:edit). A
// read-only key gets null and a FORBIDDEN error for the first, masked values for the second, and
// the rest of its query still answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type GraphQLResponse, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { graphql } from "./generated/index.js";
import type { Scope } from "./generated/graphql.js";

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true" });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

async function newKey(scopes: Scope[]): Promise<string> {
  const res = await t.gql(
    graphql(
      `mutation SecretFieldsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }`,
    ),
    {
      input: { name: `key ${scopes.join(" ")}`, scopes },
    },
  );
  return res.data!.createApiKey.key as string;
}

const CREDENTIAL = "Bearer receiver-credential-0123456789";

describe("secret fields", () => {
  it("shows an incoming webhook's URL and access key to webhooks:edit only; a read-only key gets null and FORBIDDEN, and the rest answers", async () => {
    const created = await t.gql(
      graphql(`mutation SecretFieldsCreateIncomingWebhook { createIncomingWebhook(input: { name: "secret url", plugin: { pluginId: "generic-json" } }) {
      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl accessKey } } } }`),
    );
    const { id, webhookUrl, accessKey } = created.data!.createIncomingWebhook.webhook;
    expect(webhookUrl).toContain(`/${accessKey}/events`);

    const query = `query($id: ID!) { node(id: $id) { ... on IncomingWebhook { name webhookUrl accessKey } } }`;
    const readOnly = await t.gql(query, { id }, await newKey(["WEBHOOKS_VIEW"]));
    expect(readOnly.data?.node).toEqual({ name: "secret url", webhookUrl: null, accessKey: null });
    expect(readOnly.errors?.map((error) => [error.path?.join("."), error.extensions?.code])).toEqual([
      ["node.webhookUrl", "FORBIDDEN"],
      ["node.accessKey", "FORBIDDEN"],
    ]);
    expect(readOnly.errors?.[0]?.message).toContain("webhooks:edit");

    const editor = await t.gql(query, { id }, await newKey(["WEBHOOKS_VIEW", "WEBHOOKS_EDIT"]));
    expect(editor.errors).toBeUndefined();
    expect(editor.data?.node).toEqual({ name: "secret url", webhookUrl, accessKey });
  });

  it("shows the URL to the key that created the webhook, in the create payload, even without webhooks:edit", async () => {
    const creator = await newKey(["WEBHOOKS_VIEW", "WEBHOOKS_ADD"]);
    const created = await t.gql(
      graphql(`mutation SecretFieldsCreateIncomingWebhook2 { createIncomingWebhook(input: { name: "made by adder", plugin: { pluginId: "generic-json" } }) {
      ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }`),
      undefined,
      creator,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createIncomingWebhook.webhook.webhookUrl).toMatch(/\/webhooks\/incoming\/.+\/events$/);
    // Afterwards the same key reads it as any read-only key does.
    const later = await t.gql(
      graphql(`query SecretFieldsNode($id: ID!) { node(id: $id) { ... on IncomingWebhook { webhookUrl } } }`),
      { id: created.data!.createIncomingWebhook.webhook.id },
      creator,
    );
    expect(later.data?.node).toEqual({ webhookUrl: null });
    expect(later.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("masks the values of an outgoing webhook's own headers, there and in the attempts' request headers, without webhooks:edit", async () => {
    const created = await t.gql(
      graphql(`mutation SecretFieldsCreateOutgoingWebhook($url: String!, $headers: [HttpHeaderInput!]) { createOutgoingWebhook(input: { name: "with credentials", url: $url, eventTypes: ["secret.*"], headers: $headers }) {
      ... on CreateOutgoingWebhookPayload { webhook { id headers { name values } } } } }`),
      {
        url: receiver.url,
        headers: [
          { name: "Authorization", values: [CREDENTIAL] },
          { name: "X-Short", values: ["abc"] },
        ],
      },
    );
    const webhook = created.data!.createOutgoingWebhook.webhook;
    expect(webhook.headers).toEqual([
      { name: "Authorization", values: [CREDENTIAL] },
      { name: "X-Short", values: ["abc"] },
    ]);

    const query = graphql(
      `query SecretFieldsNode2($id: ID!) { node(id: $id) { ... on OutgoingWebhook { name headers { name values } } } }`,
    );
    const readOnly = await t.gql(query, { id: webhook.id }, await newKey(["WEBHOOKS_VIEW"]));
    expect(readOnly.errors).toBeUndefined();
    expect(readOnly.data?.node).toEqual({
      name: "with credentials",
      headers: [
        { name: "Authorization", values: ["****6789"] },
        { name: "X-Short", values: ["****"] },
      ],
    });
    const editor = await t.gql(query, { id: webhook.id }, await newKey(["WEBHOOKS_VIEW", "WEBHOOKS_EDIT"]));
    expect(editor.data?.node!.headers).toEqual([
      { name: "Authorization", values: [CREDENTIAL] },
      { name: "X-Short", values: ["abc"] },
    ]);

    // testWebhook sends one attempt to the loopback receiver and records it; its request headers follow the same rule.
    const tested = await t.gql(
      graphql(
        `mutation SecretFieldsTestWebhook($id: ID!) { testWebhook(input: { id: $id }) { ... on TestWebhookPayload { delivery { id } } } }`,
      ),
      { id: webhook.id },
    );
    const deliveryId = tested.data!.testWebhook.delivery.id as string;
    const attempts = graphql(
      `query SecretFieldsNode3($id: ID!) { node(id: $id) { ... on Delivery { attempts { requestHeaders { name value } } } } }`,
    );
    const headerOf = (res: GraphQLResponse, name: string) =>
      (res.data?.node.attempts[0].requestHeaders as { name: string; value: string }[]).find(
        (header) => header.name === name,
      )?.value;
    const viewer = await t.gql(attempts, { id: deliveryId }, await newKey(["DELIVERIES_VIEW"]));
    expect(viewer.errors).toBeUndefined();
    expect(headerOf(viewer, "authorization")).toBe("****6789");
    expect(headerOf(viewer, "content-type")).toBe("application/json");
    const admin = await t.gql(attempts, { id: deliveryId });
    expect(headerOf(admin, "authorization")).toBe(CREDENTIAL);
  });
});
