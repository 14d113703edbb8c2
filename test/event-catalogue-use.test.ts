// The catalogue where it helps: warnings on webhooks subscribing to unknown types, examples sent by
// testWebhook and shown by previewWebhookPayload, and the AsyncAPI 3.0 export and import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Parser } from "@asyncapi/parser";
import {
  CreateApiKeyDocument,
  CreateEventTypeDocument,
  CreateOutgoingWebhookDocument,
  DeprecateEventTypeDocument,
  EventTypeDocument,
  EventTypesAsyncApiDocument,
  ImportEventTypesDocument,
  PreviewWebhookPayloadDocument,
  TestWebhookDocument,
  UpdateOutgoingWebhookDocument,
  type CreateEventTypeInput,
  type JsonObject,
} from "@hookrelay/client";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { member } from "./support/typed.js";
import type { AnyJson } from "./support/json.js";

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

const INVOICE_PAID = {
  type: "object",
  properties: { invoiceId: { type: "string" }, amount: { type: "number", minimum: 0 } },
  required: ["invoiceId", "amount"],
};

const parseJsonObject = (text: string): AnyJson => JSON.parse(text);

/** A tenant of its own, so each test starts from an empty catalogue. */
const newTenant = async (name: string) => (await createTenant(t.service.database.prisma, name)).adminKey;

const createType = async (key: string, input: CreateEventTypeInput) =>
  member((await t.gql(CreateEventTypeDocument, { input }, key)).data?.createEventType, "CreateEventTypePayload")
    .eventType;

describe("webhooks subscribing to types the catalogue lacks", () => {
  it("are warned of each pattern that matches no known type, once the tenant keeps a catalogue", async () => {
    const key = await newTenant("unknown types");
    const create = async (eventTypes: string[]) =>
      member(
        (
          await t.gql(
            CreateOutgoingWebhookDocument,
            { input: { name: `hook ${eventTypes.join(" ")}`, url: receiver.url, eventTypes } },
            key,
          )
        ).data?.createOutgoingWebhook,
        "CreateOutgoingWebhookPayload",
      );
    expect((await create(["invoce.paid"])).unknownEventTypes).toEqual([]);

    await createType(key, { name: "invoice.paid", schema: INVOICE_PAID });
    await createType(key, { name: "invoice.voided", schema: { type: "object" } });
    const created = await create([
      "invoice.paid",
      "invoice.*",
      "*",
      "invoce.paid",
      "customer.*",
      "hookrelay.webhook.suspended",
      "monitoring.*",
      "webhook.test",
    ]);
    expect(created.unknownEventTypes).toEqual(["invoce.paid", "customer.*"]);

    const updated = member(
      (
        await t.gql(
          UpdateOutgoingWebhookDocument,
          { input: { id: created.webhook.id, addEventTypes: ["invoice.voided", "invoice.refunded"] } },
          key,
        )
      ).data?.updateOutgoingWebhook,
      "UpdateOutgoingWebhookPayload",
    );
    expect(updated.unknownEventTypes).toEqual(["invoce.paid", "customer.*", "invoice.refunded"]);
    expect(updated.webhook.eventTypes).toContain("invoice.refunded");
  });
});

describe("an event type's examples", () => {
  const EXAMPLES = [
    { invoiceId: "in_first", amount: 10 },
    { invoiceId: "in_second", amount: 20 },
  ];
  let key: string;
  let webhookId: string;
  beforeAll(async () => {
    key = await newTenant("examples");
    await createType(key, { name: "invoice.paid", schema: INVOICE_PAID, examples: EXAMPLES });
    webhookId = member(
      (
        await t.gql(
          CreateOutgoingWebhookDocument,
          { input: { name: "examples", url: receiver.url, eventTypes: ["invoice.*"] } },
          key,
        )
      ).data?.createOutgoingWebhook,
      "CreateOutgoingWebhookPayload",
    ).webhook.id;
  });

  const sentData = async (input: { eventType?: string; example?: number }) => {
    const answer = await t.gql(TestWebhookDocument, { input: { id: webhookId, ...input } }, key);
    expect(member(answer.data?.testWebhook, "TestWebhookPayload").attempt).toMatchObject({ succeeded: true });
    const request = receiver.requests.at(-1);
    return request ? parseJsonObject(request.body) : null;
  };

  it("are what testWebhook sends: the first by default, or the one asked for", async () => {
    expect(await sentData({ eventType: "invoice.paid" })).toMatchObject({ type: "invoice.paid", data: EXAMPLES[0] });
    expect(await sentData({ eventType: "invoice.paid", example: 1 })).toMatchObject({ data: EXAMPLES[1] });
    // A type without a catalogue entry still gets the short test message.
    expect(await sentData({ eventType: "invoice.other" })).toMatchObject({
      data: { message: expect.stringContaining("A test delivery") },
    });
  });

  it("are what previewWebhookPayload shows", async () => {
    const preview = await t.gql(
      PreviewWebhookPayloadDocument,
      { id: webhookId, eventType: "invoice.paid", example: 1 },
      key,
    );
    const body = member(preview.data?.previewWebhookPayload, "WebhookPayloadPreview").body;
    expect(parseJsonObject(body)).toMatchObject({ type: "invoice.paid", data: EXAMPLES[1] });
  });

  it("answer a ValidationError on example for one that does not exist, or given with a payload", async () => {
    const issueOf = async (input: { eventType: string; example: number; payload?: JsonObject }) =>
      member(
        (await t.gql(TestWebhookDocument, { input: { id: webhookId, ...input } }, key)).data?.testWebhook,
        "ValidationError",
      ).issues;
    const sent = receiver.requests.length;
    expect(await issueOf({ eventType: "invoice.paid", example: 2 })).toEqual([
      { path: ["input", "example"], message: expect.stringContaining("2 example(s)") },
    ]);
    expect(await issueOf({ eventType: "invoice.unknown", example: 0 })).toEqual([
      { path: ["input", "example"], message: expect.stringContaining("not in the event type catalogue") },
    ]);
    expect(await issueOf({ eventType: "invoice.paid", example: 0, payload: { a: 1 } })).toEqual([
      { path: ["input", "example"], message: "give payload or example, not both" },
    ]);
    expect(receiver.requests.length).toBe(sent);
  });
});

describe("AsyncAPI", () => {
  let key: string;
  beforeAll(async () => {
    key = await newTenant("asyncapi");
    await createType(key, {
      name: "invoice.paid",
      description: "An invoice was paid in full.",
      group: "invoice",
      schema: INVOICE_PAID,
      examples: [{ invoiceId: "in_1", amount: 1 }],
    });
    await createType(key, {
      name: "customer.created",
      schema: { type: "object", properties: { id: { type: "string" } } },
    });
    await t.gql(
      DeprecateEventTypeDocument,
      { input: { name: "customer.created", reason: "Use customer.added." } },
      key,
    );
  });

  const exported = async (authorization?: string) =>
    fetch(`${t.url}/catalog/asyncapi.json`, { headers: authorization ? { authorization } : {} });

  it("exports the catalogue as a 3.0 document the AsyncAPI parser accepts, at a URL and as a query", async () => {
    const response = await exported(`Bearer ${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const document = parseJsonObject(await response.text());
    expect((await t.gql(EventTypesAsyncApiDocument, {}, key)).data?.eventTypesAsyncApi).toEqual(document);

    const parsed = await new Parser().parse(document);
    const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 0);
    expect(errors).toEqual([]);
    const api = parsed.document;
    expect(api?.version()).toBe("3.0.0");
    expect(
      api
        ?.operations()
        .all()
        .map((operation) => [operation.id(), operation.action()]),
    ).toEqual([
      ["customer.created", "send"],
      ["invoice.paid", "send"],
    ]);
    const message = api
      ?.messages()
      .all()
      .find((candidate) => candidate.id() === "invoice.paid");
    expect(message?.summary()).toBe("An invoice was paid in full.");
    expect(
      message
        ?.tags()
        .all()
        .map((tag) => tag.name()),
    ).toEqual(["invoice"]);
    expect(Object.keys(message?.headers()?.properties() ?? {})).toEqual([
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
    expect(message?.payload()?.properties()?.["data"]?.json()).toMatchObject(INVOICE_PAID);
    expect(message?.examples().all()[0]?.payload()).toMatchObject({ data: { invoiceId: "in_1", amount: 1 } });
    expect(document).toMatchObject({
      components: {
        messages: { "customer.created": { "x-deprecated": true, "x-deprecation-reason": "Use customer.added." } },
      },
    });
  });

  it("answers 401 without a key and 403 to a key without events:view", async () => {
    expect((await exported()).status).toBe(401);
    const publisher = member(
      (await t.gql(CreateApiKeyDocument, { input: { name: "publisher", scopes: ["EVENTS_PUBLISH"] } }, key)).data
        ?.createApiKey,
      "CreateApiKeyPayload",
    ).key;
    const refused = await exported(`Bearer ${publisher}`);
    expect(refused.status).toBe(403);
    expect(parseJsonObject(await refused.text())).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
  });

  it("imports the same shape into another tenant, and again as a change, all or nothing", async () => {
    const document = (await t.gql(EventTypesAsyncApiDocument, {}, key)).data?.eventTypesAsyncApi;
    if (!document) throw new Error("no document");
    const other = await newTenant("asyncapi import");
    const importInto = (input: JsonObject) => t.gql(ImportEventTypesDocument, { input: { document: input } }, other);

    const first = member((await importInto(document)).data?.importEventTypes, "ImportEventTypesPayload");
    expect(first).toMatchObject({ created: ["customer.created", "invoice.paid"], updated: [], unchanged: [] });
    expect((await t.gql(EventTypeDocument, { name: "invoice.paid" }, other)).data?.eventType).toMatchObject({
      description: "An invoice was paid in full.",
      group: "invoice",
      schema: INVOICE_PAID,
      examples: [{ invoiceId: "in_1", amount: 1 }],
      version: 1,
    });
    const again = member((await importInto(document)).data?.importEventTypes, "ImportEventTypesPayload");
    expect(again).toMatchObject({ created: [], updated: [], unchanged: ["customer.created", "invoice.paid"] });

    // One good change and one bad example: nothing is written, and the bad example is named.
    const changed = structuredClone(document) as {
      components: {
        messages: Record<string, { payload: { properties: { data: JsonObject } }; examples?: JsonObject[] }>;
      };
    };
    const invoice = changed.components.messages["invoice.paid"];
    const customer = changed.components.messages["customer.created"];
    if (!invoice || !customer) throw new Error("messages missing");
    invoice.payload.properties.data = { ...INVOICE_PAID, required: ["invoiceId", "amount", "currency"] };
    invoice.examples = [{ payload: { data: { invoiceId: "in_1", amount: 1, currency: "EUR" } } }];
    customer.examples = [{ payload: { data: { id: 7 } } }];
    const refused = member((await importInto(changed)).data?.importEventTypes, "ValidationError");
    expect(refused.issues).toEqual([
      {
        path: [
          "input",
          "document",
          "components",
          "messages",
          "customer.created",
          "examples",
          "0",
          "payload",
          "data",
          "id",
        ],
        message: expect.stringContaining("string"),
      },
    ]);
    expect((await t.gql(EventTypeDocument, { name: "invoice.paid" }, other)).data?.eventType?.version).toBe(1);

    customer.examples = [{ payload: { data: { id: "cus_7" } } }];
    const applied = member((await importInto(changed)).data?.importEventTypes, "ImportEventTypesPayload");
    expect(applied).toMatchObject({ created: [], updated: ["customer.created", "invoice.paid"], unchanged: [] });
    const versions = (await t.gql(EventTypeDocument, { name: "invoice.paid" }, other)).data?.eventType?.versions;
    expect(versions?.[0]).toMatchObject({ version: 2, compatibility: "BREAKING" });
  });

  it("refuses a document that is not AsyncAPI 3, naming the field", async () => {
    const answer = await t.gql(
      ImportEventTypesDocument,
      { input: { document: { asyncapi: "2.6.0", components: { messages: { "bad name!": { payload: {} } } } } } },
      key,
    );
    const paths = member(answer.data?.importEventTypes, "ValidationError").issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(["input.document.asyncapi", "input.document.components.messages.bad name!"]);
    // A payload is bounded as a schema is (size and nesting), before it is read.
    let deep: JsonObject = {};
    for (let level = 0; level < 70; level += 1) deep = { nested: deep };
    const tooDeep = await t.gql(
      ImportEventTypesDocument,
      { input: { document: { asyncapi: "3.0.0", components: { messages: { "deep.type": { payload: deep } } } } } },
      key,
    );
    expect(
      member(tooDeep.data?.importEventTypes, "ValidationError").issues.map((issue) => issue.path.join(".")),
    ).toEqual(["input.document.components.messages.deep.type.payload"]);
  });
});
