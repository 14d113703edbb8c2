// The event type catalogue: types with JSON Schemas (draft 2020-12) and examples, versions with their
// compatibility, deprecation, deletion guarded by subscribed webhooks, scopes and tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateApiKeyDocument,
  CreateEventTypeDocument,
  DeleteEventTypeDocument,
  DeprecateEventTypeDocument,
  EventTypeDocument,
  EventDetailDocument,
  EventListDocument,
  EventTypesDocument,
  PublishEventDocument,
  PublishEventsDocument,
  UpdateEventTypeDocument,
  UpdateTenantSettingsDocument,
  type CreateEventTypeInput,
  type UpdateEventTypeInput,
  type JsonObject,
} from "@hookrelay/client";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

const INVOICE_PAID = {
  type: "object",
  properties: {
    invoiceId: { type: "string", pattern: "^in_[a-z0-9]+$" },
    amount: { type: "number", minimum: 0 },
    note: { type: "string" },
  },
  required: ["invoiceId", "amount"],
};

const create = (input: CreateEventTypeInput, key?: string) => t.gql(CreateEventTypeDocument, { input }, key);
const issuesOf = async (answer: ReturnType<typeof create>) =>
  member((await answer).data?.createEventType, "ValidationError").issues;

describe("creating", () => {
  it("stores a type with its schema and examples as version 1, readable by name and in the list", async () => {
    const created = member(
      (
        await create({
          name: "invoice.paid",
          description: "An invoice was paid in full.",
          group: "invoice",
          schema: INVOICE_PAID,
          examples: [{ invoiceId: "in_1", amount: 42 }],
        })
      ).data?.createEventType,
      "CreateEventTypePayload",
    ).eventType;
    expect(created).toMatchObject({
      name: "invoice.paid",
      group: "invoice",
      version: 1,
      schema: INVOICE_PAID,
      examples: [{ invoiceId: "in_1", amount: 42 }],
      deprecated: false,
    });
    const read = (await t.gql(EventTypeDocument, { name: "invoice.paid" })).data?.eventType;
    expect(read?.versions).toEqual([expect.objectContaining({ version: 1, compatibility: null, breakingChanges: [] })]);
    const listed = (await t.gql(EventTypesDocument, { filter: { group: "invoice" } })).data?.eventTypes;
    expect(listed?.totalCount).toBe(1);
    expect(listed?.nodes.map((node) => node.name)).toEqual(["invoice.paid"]);
    expect((await t.gql(EventTypeDocument, { name: "invoice.nope" })).data?.eventType).toBeNull();
  });

  it("refuses a second type of the same name with a ConflictError", async () => {
    const again = await create({ name: "invoice.paid", schema: { type: "object" } });
    expect(again.data?.createEventType).toMatchObject({ __typename: "ConflictError" });
  });

  it("names the JSON pointer of an invalid schema, or of an example that does not match it", async () => {
    expect(
      await issuesOf(create({ name: "bad.schema", schema: { type: "object", properties: { a: { type: "text" } } } })),
    ).toContainEqual({
      path: ["input", "schema", "properties", "a", "type"],
      message: expect.stringContaining("(at /properties/a/type)"),
    });
    expect(
      await issuesOf(
        create({
          name: "bad.example",
          schema: INVOICE_PAID,
          examples: [{ invoiceId: "in_1", amount: 1 }, { invoiceId: "in_2", amount: "ten" }, { amount: 3 }],
        }),
      ),
    ).toEqual([
      { path: ["input", "examples", "1", "amount"], message: "must be number (at /amount)" },
      { path: ["input", "examples", "2"], message: "must have required property 'invoiceId' (at /)" },
    ]);
    expect(await issuesOf(create({ name: "Not A Name!", schema: { type: "object" } }))).toEqual([
      { path: ["input", "name"], message: expect.stringContaining("dotted name") },
    ]);
    expect((await t.gql(EventTypeDocument, { name: "bad.example" })).data?.eventType).toBeNull();
  });

  it("runs patterns in linear time, and refuses one that needs backtracking", async () => {
    // A backtracking engine takes hours on this example; the linear one answers at once.
    const nested = await create({
      name: "pattern.nested",
      schema: { type: "object", properties: { a: { type: "string", pattern: "^(a+)+$" } } },
      examples: [{ a: `${"a".repeat(40)}!` }],
    });
    expect(member(nested.data?.createEventType, "ValidationError").issues).toEqual([
      { path: ["input", "examples", "0", "a"], message: 'must match pattern "^(a+)+$" (at /a)' },
    ]);
    expect(
      await issuesOf(
        create({
          name: "pattern.backreference",
          schema: { type: "object", properties: { a: { type: "string", pattern: "(a)\\1" } } },
        }),
      ),
    ).toEqual([{ path: ["input", "schema"], message: expect.stringContaining("cannot run in linear time") }]);
    expect(
      await issuesOf(
        create({
          name: "pattern.property",
          schema: { type: "object", properties: { a: { type: "string", pattern: "^\\p{L}+$" } } },
        }),
      ),
    ).toEqual([{ path: ["input", "schema"], message: expect.stringContaining("Unicode property escapes") }]);
  });
});

describe("versions", () => {
  const update = async (input: UpdateEventTypeInput) =>
    member((await t.gql(UpdateEventTypeDocument, { input })).data?.updateEventType, "UpdateEventTypePayload");

  beforeAll(async () => {
    await create({ name: "order.created", schema: INVOICE_PAID, examples: [{ invoiceId: "in_1", amount: 1 }] });
  });

  it("replaces the latest version's examples without a new version when the schema is the same", async () => {
    const changed = await update({ name: "order.created", examples: [{ invoiceId: "in_9", amount: 9 }] });
    expect(changed.newVersion).toBe(false);
    expect(changed.version).toMatchObject({ version: 1, examples: [{ invoiceId: "in_9", amount: 9 }] });
  });

  it("makes a new version per schema, reporting what breaks", async () => {
    const added = await update({
      name: "order.created",
      schema: { ...INVOICE_PAID, properties: { ...INVOICE_PAID.properties, currency: { type: "string" } } },
    });
    expect(added.version).toMatchObject({ version: 2, compatibility: "BACKWARD", breakingChanges: [] });

    const { note: _note, ...withoutNote } = INVOICE_PAID.properties;
    const narrowed = await update({
      name: "order.created",
      schema: {
        ...INVOICE_PAID,
        properties: { ...withoutNote, amount: { type: "integer" }, currency: { type: "string" } },
        required: ["invoiceId", "amount", "currency"],
      },
      examples: [{ invoiceId: "in_3", amount: 3, currency: "EUR" }],
    });
    expect(narrowed.version).toMatchObject({ version: 3, compatibility: "BREAKING" });
    expect([...narrowed.version.breakingChanges].sort()).toEqual([
      "made /currency required",
      "narrowed the type at /amount from number to integer",
      "removed /note",
    ]);
    const read = (await t.gql(EventTypeDocument, { name: "order.created" })).data?.eventType;
    expect(read?.version).toBe(3);
    expect(read?.versions.map((version) => version.version)).toEqual([3, 2, 1]);
    expect(read?.versions[2]?.schema).toEqual(INVOICE_PAID);
  });

  it("refuses a schema the kept examples do not match, at the examples' pointers", async () => {
    const refused = await t.gql(UpdateEventTypeDocument, {
      input: { name: "order.created", schema: { type: "object", properties: { amount: { type: "string" } } } },
    });
    expect(member(refused.data?.updateEventType, "ValidationError").issues).toEqual([
      { path: ["input", "examples", "0", "amount"], message: "must be string (at /amount)" },
    ]);
    expect((await t.gql(EventTypeDocument, { name: "order.created" })).data?.eventType?.version).toBe(3);
  });

  it("answers a ConflictError, not an internal error, to a change racing another, and loses no version", async () => {
    await create({ name: "order.raced", schema: { type: "object" } });
    const answers = await Promise.all(
      [1, 2, 3, 4].map(
        async (n) =>
          (
            await t.gql(UpdateEventTypeDocument, {
              input: { name: "order.raced", schema: { type: "object", properties: { [`field${n}`]: {} } } },
            })
          ).data?.updateEventType?.__typename,
      ),
    );
    for (const answer of answers) expect(["UpdateEventTypePayload", "ConflictError"]).toContain(answer);
    const made = answers.filter((answer) => answer === "UpdateEventTypePayload").length;
    const read = (await t.gql(EventTypeDocument, { name: "order.raced" })).data?.eventType;
    expect(read?.versions.map((version) => version.version)).toEqual(
      Array.from({ length: made + 1 }, (_, index) => made + 1 - index),
    );
  });
});

describe("deprecating and deleting", () => {
  it("deprecates with a reason, lists by it, and takes it back", async () => {
    await create({ name: "user.renamed", schema: { type: "object" } });
    const deprecated = member(
      (await t.gql(DeprecateEventTypeDocument, { input: { name: "user.renamed", reason: "Use user.updated." } })).data
        ?.deprecateEventType,
      "DeprecateEventTypePayload",
    ).eventType;
    expect(deprecated).toMatchObject({ deprecated: true, deprecationReason: "Use user.updated." });
    const listed = (await t.gql(EventTypesDocument, { filter: { deprecated: true } })).data?.eventTypes?.nodes;
    expect(listed?.map((node) => node.name)).toEqual(["user.renamed"]);
    const back = await t.gql(DeprecateEventTypeDocument, { input: { name: "user.renamed", deprecated: false } });
    expect(member(back.data?.deprecateEventType, "DeprecateEventTypePayload").eventType).toMatchObject({
      deprecated: false,
      deprecationReason: null,
    });
  });

  it("refuses to delete a type webhooks subscribe to by name, unless forced", async () => {
    await create({ name: "shipment.sent", schema: { type: "object" } });
    await create({ name: "shipment.lost", schema: { type: "object" } });
    await createWebhook(t, { name: "by name", url: "https://a.example.com/", eventTypes: ["shipment.sent"] });
    await createWebhook(t, { name: "by pattern", url: "https://b.example.com/", eventTypes: ["shipment.*"] });
    const refused = await t.gql(DeleteEventTypeDocument, { input: { name: "shipment.sent" } });
    expect(refused.data?.deleteEventType).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringContaining('1 webhook(s) subscribe to "shipment.sent" by name'),
    });
    // A pattern is not a subscription by name.
    const lost = await t.gql(DeleteEventTypeDocument, { input: { name: "shipment.lost" } });
    expect(lost.data?.deleteEventType).toEqual({ __typename: "DeleteEventTypePayload", deletedName: "shipment.lost" });
    const forced = await t.gql(DeleteEventTypeDocument, { input: { name: "shipment.sent", force: true } });
    expect(forced.data?.deleteEventType).toMatchObject({ deletedName: "shipment.sent" });
    const gone = await t.gql(DeleteEventTypeDocument, { input: { name: "shipment.sent", force: true } });
    expect(gone.data?.deleteEventType).toMatchObject({ __typename: "NotFoundError" });
  });
});

describe("who sees and changes the catalogue", () => {
  const keyWith = async (scopes: ("EVENTS_VIEW" | "EVENTS_MANAGE" | "EVENTS_PUBLISH")[], projectId?: string) =>
    member(
      (await t.gql(CreateApiKeyDocument, { input: { name: "catalogue", scopes, projectId } })).data?.createApiKey,
      "CreateApiKeyPayload",
    ).key;

  it("needs events:view to read and events:manage to change; a project key reads but never manages", async () => {
    const publisher = await keyWith(["EVENTS_PUBLISH"]);
    const refused = await t.gql(EventTypesDocument, {}, publisher);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const viewer = await keyWith(["EVENTS_VIEW"], "acme");
    expect((await t.gql(EventTypeDocument, { name: "invoice.paid" }, viewer)).data?.eventType?.name).toBe(
      "invoice.paid",
    );
    const cannot = await create({ name: "viewer.made", schema: { type: "object" } }, viewer);
    expect(cannot.data?.createEventType).toMatchObject({ __typename: "ForbiddenError", missingScope: "EVENTS_MANAGE" });

    const projectManager = await t.gql(CreateApiKeyDocument, {
      input: { name: "no", scopes: ["EVENTS_MANAGE"], projectId: "acme" },
    });
    expect(member(projectManager.data?.createApiKey, "ValidationError").issues[0]?.path).toEqual(["input", "scopes"]);
  });

  it("keeps each tenant's catalogue to itself", async () => {
    const other = await createTenant(t.service.database.prisma, "catalogue tenant");
    expect((await t.gql(EventTypeDocument, { name: "invoice.paid" }, other.adminKey)).data?.eventType).toBeNull();
    expect((await t.gql(EventTypesDocument, {}, other.adminKey)).data?.eventTypes?.totalCount).toBe(0);
    const mine = await create({ name: "invoice.paid", schema: { type: "object" } }, other.adminKey);
    expect(mine.data?.createEventType).toMatchObject({ __typename: "CreateEventTypePayload" });
  });
});

describe("checking payloads at publish", () => {
  const ORDER = {
    type: "object",
    properties: { orderId: { type: "string" }, customer: { type: "object", properties: { id: { type: "string" } } } },
    required: ["orderId"],
  };
  let tenantKey: string;
  const settings = (input: { eventValidation?: "OFF" | "WARN" | "REJECT"; rejectUnknownEventTypes?: boolean }) =>
    t.gql(UpdateTenantSettingsDocument, { input }, tenantKey);
  const publishOne = (type: string, payload: JsonObject) =>
    t.gql(PublishEventDocument, { input: { type, payload } }, tenantKey);
  const violationsOf = async (id: string) =>
    member((await t.gql(EventDetailDocument, { id }, tenantKey)).data?.node, "Event").schemaViolations;

  beforeAll(async () => {
    tenantKey = (await createTenant(t.service.database.prisma, "publishing tenant")).adminKey;
    await create({ name: "order.placed", schema: ORDER, examples: [{ orderId: "o_1" }] }, tenantKey);
  });

  it("WARN (the default) publishes a payload that breaks the schema, and says where", async () => {
    const published = member(
      (await publishOne("order.placed", { customer: { id: 7 } })).data?.publishEvent,
      "PublishEventPayload",
    );
    expect(await violationsOf(published.event.id)).toEqual([
      { path: ["input", "payload"], message: "must have required property 'orderId' (at /)" },
      { path: ["input", "payload", "customer", "id"], message: "must be string (at /customer/id)" },
    ]);
    const fine = member(
      (await publishOne("order.placed", { orderId: "o_2" })).data?.publishEvent,
      "PublishEventPayload",
    );
    expect(await violationsOf(fine.event.id)).toBeNull();
    const flagged = (await t.gql(EventListDocument, { filter: { schemaViolations: true } }, tenantKey)).data?.events;
    expect(flagged?.nodes.map((event) => event.id)).toEqual([published.event.id]);
  });

  it("REJECT refuses the whole call at paths into each payload and writes nothing; OFF checks nothing", async () => {
    expect((await settings({ eventValidation: "REJECT" })).data?.updateTenantSettings).toMatchObject({
      tenant: { eventValidation: "REJECT" },
    });
    const before = (await t.gql(EventListDocument, {}, tenantKey)).data?.events?.totalCount;
    const refused = await t.gql(
      PublishEventsDocument,
      {
        input: {
          events: [
            { type: "order.placed", payload: { orderId: "o_3" } },
            { type: "order.placed", payload: { orderId: "o_4" } },
            { type: "order.placed", payload: { orderId: 4 } },
            { type: "order.placed", payload: { orderId: "o_5", customer: { id: false } } },
          ],
        },
      },
      tenantKey,
    );
    expect(member(refused.data?.publishEvents, "ValidationError").issues).toEqual([
      { path: ["input", "events", "2", "payload", "orderId"], message: "must be string (at /orderId)" },
      { path: ["input", "events", "3", "payload", "customer", "id"], message: "must be string (at /customer/id)" },
    ]);
    expect((await t.gql(EventListDocument, {}, tenantKey)).data?.events?.totalCount).toBe(before);

    // A type's own mode wins over the tenant's.
    await t.gql(UpdateEventTypeDocument, { input: { name: "order.placed", validation: "OFF" } }, tenantKey);
    const unchecked = member(
      (await publishOne("order.placed", { nothing: true })).data?.publishEvent,
      "PublishEventPayload",
    );
    expect(await violationsOf(unchecked.event.id)).toBeNull();
    await t.gql(UpdateEventTypeDocument, { input: { name: "order.placed", validation: null } }, tenantKey);
    expect(member((await publishOne("order.placed", {})).data?.publishEvent, "ValidationError").issues).toEqual([
      { path: ["input", "payload"], message: "must have required property 'orderId' (at /)" },
    ]);
    const counted = await t.service.metrics.registry.getSingleMetric("hookrelay_event_schema_violations_total")?.get();
    expect(Object.fromEntries(counted?.values.map((value) => [value.labels.mode, value.value]) ?? [])).toEqual({
      WARN: 1,
      REJECT: 3,
    });
  });

  it("allows types the catalogue lacks unless the tenant refuses them", async () => {
    expect((await publishOne("order.unknown", {})).data?.publishEvent).toMatchObject({
      __typename: "PublishEventPayload",
    });
    await settings({ rejectUnknownEventTypes: true });
    expect(member((await publishOne("order.unknown", {})).data?.publishEvent, "ValidationError").issues).toEqual([
      { path: ["input", "type"], message: '"order.unknown" is not in the event type catalogue' },
    ]);
    await settings({ rejectUnknownEventTypes: false, eventValidation: "WARN" });
  });

  it("checks against the newest schema as soon as it changes", async () => {
    await t.gql(
      UpdateEventTypeDocument,
      { input: { name: "order.placed", schema: { ...ORDER, required: [] }, examples: [] } },
      tenantKey,
    );
    const published = member((await publishOne("order.placed", {})).data?.publishEvent, "PublishEventPayload");
    expect(await violationsOf(published.event.id)).toBeNull();
  });
});
