// The event type catalogue: types with their JSON Schemas, versions and examples (events/event-types.ts).
import { builder } from "./builder.js";
import type { EventType, EventTypeVersion } from "../generated/prisma/client.js";
import {
  MAX_EXAMPLES,
  MAX_IMPORTED_TYPES,
  MAX_SCHEMA_BYTES,
  eventTypeWhere,
  examplesOf,
  schemaOf,
} from "../events/event-types.js";
import { offsetArgs, skipOffset } from "./page-offset.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import { EventValidationEnum } from "./enums.js";
import { ASYNCAPI_VERSION, CATALOG_ASYNCAPI_PATH } from "../events/event-catalogue-asyncapi.js";

const EventTypeCompatibilityEnum = builder.enumType("EventTypeCompatibility", {
  description: "How a schema version compares with the one before it.",
  values: {
    BACKWARD: { description: "Payloads and receivers written for the previous version work with this one." },
    BREAKING: {
      description:
        "Something a publisher or a receiver relied on changed: a property removed, a property newly required, or a type narrowed (see breakingChanges).",
    },
  } as const,
});

const EventTypeVersionRef = builder.prismaObject("EventTypeVersion", {
  description: "One schema of an event type, with its examples. A new schema makes a new version; older ones stay.",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "1, 2, ... in the order they were made." }),
    schema: t.field({
      type: "JSONObject",
      description: "JSON Schema (draft 2020-12) of the payload.",
      resolve: (version) => schemaOf(version),
    }),
    examples: t.field({
      type: ["JSONObject"],
      description: "Payloads that match the schema.",
      resolve: (version) => examplesOf(version),
    }),
    compatibility: t.expose("compatibility", {
      type: EventTypeCompatibilityEnum,
      nullable: true,
      description: "Compared with the version before; null for the first.",
    }),
    breakingChanges: t.exposeStringList("breakingChanges", {
      description: 'What makes it BREAKING, e.g. "removed /amount"; empty when BACKWARD.',
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
  }),
});

/** The latest version, as the type's own fields read it. */
const latest = { orderBy: { version: "desc" }, take: 1 } as const;
const latestOf = (type: { versions: EventTypeVersion[] }): EventTypeVersion => {
  const [version] = type.versions;
  // Every type is created with its first version, and versions are only added.
  if (!version) throw new Error("An event type without a version.");
  return version;
};

export const EventTypeRef = builder.prismaNode("EventType", {
  id: { field: "id" },
  description: "An event type of the catalogue: what events published under its name carry, as a JSON Schema.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId }),
  fields: (t) => ({
    name: t.exposeString("name", { description: 'The type events are published under, e.g. "invoice.paid".' }),
    description: t.exposeString("description", { description: "What the event means, for receivers." }),
    group: t.exposeString("group", {
      nullable: true,
      description: "For display: types of a group are listed together.",
    }),
    version: t.int({
      description: "The latest version's number.",
      select: { versions: latest },
      resolve: (type) => latestOf(type).version,
    }),
    schema: t.field({
      type: "JSONObject",
      description: "The latest version's JSON Schema (draft 2020-12).",
      select: { versions: latest },
      resolve: (type) => schemaOf(latestOf(type)),
    }),
    examples: t.field({
      type: ["JSONObject"],
      description: "The latest version's examples.",
      select: { versions: latest },
      resolve: (type) => examplesOf(latestOf(type)),
    }),
    versions: t.relation("versions", {
      description: "Every version, newest first.",
      query: { orderBy: { version: "desc" } },
    }),
    deprecated: t.boolean({ description: "Whether it is deprecated.", resolve: (type) => type.deprecatedAt !== null }),
    deprecatedAt: t.expose("deprecatedAt", {
      type: "DateTime",
      nullable: true,
      description: "Since when; null while it is not.",
    }),
    deprecationReason: t.exposeString("deprecationReason", {
      nullable: true,
      description: "Why, and what to use instead.",
    }),
    validation: t.expose("validation", {
      type: EventValidationEnum,
      nullable: true,
      description: "How its payloads are checked at publish; null: as the tenant's eventValidation says.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
  }),
});

const EventTypeFilterInput = builder.inputType("EventTypeFilter", {
  description: "Which event types to list; every field given must match.",
  fields: (t) => ({
    group: t.string({ description: "Only this group's." }),
    deprecated: t.boolean({ description: "Only deprecated ones (true), or only the others (false)." }),
    search: t.string({ description: "In the name or the description, ignoring case." }),
  }),
});

builder.queryField("eventTypes", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: EventTypeRef,
      cursor: "id",
      description: "The tenant's event type catalogue, by name. Needs events:view.",
      authScopes: { scope: READ_SCOPES.EventType },
      args: { ...offsetArgs, filter: t.arg({ type: EventTypeFilterInput, description: "Only types matching it." }) },
      resolve: (query, _root, args, context) =>
        context.stores.events.listEventTypes(eventTypeWhere(context.tenantId, args.filter), skipOffset(query, args)),
      totalCount: (_root, { filter }, context) =>
        context.stores.events.countEventTypes(eventTypeWhere(context.tenantId, filter)),
    },
    { name: "EventTypeConnection" },
    { name: "EventTypeEdge" },
  ),
);

builder.queryField("eventType", (t) =>
  t.field({
    nullable: true,
    type: EventTypeRef,
    description: "The event type of this name; null when the catalogue has none. Needs events:view.",
    authScopes: { scope: READ_SCOPES.EventType },
    args: { name: t.arg.string({ required: true, description: 'Its name, e.g. "invoice.paid".' }) },
    resolve: (_root, { name }, context) => context.stores.events.findEventType(context.tenantId, name),
  }),
);

const fields = {
  name: 'The type events are published under: a dotted name of letters, digits, "_" and "-" (e.g. "invoice.paid"), at most 200 characters.',
  description: "What the event means, for receivers (up to 1,024 characters).",
  group: "For display (1-64 characters), e.g. the resource: invoice.",
  schema: `JSON Schema (draft 2020-12) of the payload, at most ${MAX_SCHEMA_BYTES / 1024} KiB. \`pattern\`s must run in linear time (no backreferences or lookarounds); \`format\` is an annotation.`,
  examples: `Up to ${MAX_EXAMPLES} payloads, each matching the schema.`,
  validation: "How its payloads are checked at publish, instead of the tenant's eventValidation; null: the tenant's.",
} as const;

const CreateEventTypeInput = builder.inputType("CreateEventTypeInput", {
  description: "A new event type, with its first version.",
  fields: (t) => ({
    name: t.string({ required: true, description: fields.name }),
    description: t.string({ description: fields.description }),
    group: t.string({ description: fields.group }),
    schema: t.field({ type: "JSONObject", required: true, description: fields.schema }),
    examples: t.field({ type: ["JSONObject"], description: fields.examples }),
    validation: t.field({ type: EventValidationEnum, description: fields.validation }),
  }),
});

const UpdateEventTypeInput = builder.inputType("UpdateEventTypeInput", {
  description:
    "Fields left out are unchanged. A schema unlike the latest makes a new version; examples alone replace the latest version's.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The event type." }),
    description: t.string({ description: fields.description }),
    group: t.string({ description: fields.group }),
    schema: t.field({ type: "JSONObject", description: fields.schema }),
    examples: t.field({
      type: ["JSONObject"],
      description: `${fields.examples} Left out: the latest version's, which must match a new schema too.`,
    }),
    validation: t.field({ type: EventValidationEnum, description: `${fields.validation} Left out: unchanged.` }),
  }),
});

const eventTypePayload = (name: string, description: string) =>
  builder.objectRef<{ eventType: EventType }>(name).implement({
    description,
    fields: (t) => ({
      eventType: t.field({
        type: EventTypeRef,
        description: "The event type.",
        resolve: (payload) => payload.eventType,
      }),
    }),
  });

builder.mutationField("createEventType", (t) =>
  t.field({
    type: eventTypePayload("CreateEventTypePayload", "The new event type."),
    description:
      "Adds an event type to the catalogue. An invalid schema, or an example that does not match it, is a ValidationError at the JSON pointer of the problem. Needs events:manage.",
    authScopes: { scope: "events:manage" },
    errors: {},
    args: { input: t.arg({ type: CreateEventTypeInput, required: true, description: "The event type." }) },
    resolve: async (_root, { input }, context) => {
      const eventType = await context.stores.events.createEventType(context.tenantId, input);
      context.events.catalogue.changed(context.tenantId);
      return { eventType };
    },
  }),
);

builder.mutationField("updateEventType", (t) =>
  t.field({
    type: builder
      .objectRef<{ eventType: EventType; version: EventTypeVersion; newVersion: boolean }>("UpdateEventTypePayload")
      .implement({
        description: "The event type, and its latest version.",
        fields: (f) => ({
          eventType: f.field({
            type: EventTypeRef,
            description: "The event type.",
            resolve: (payload) => payload.eventType,
          }),
          version: f.field({
            type: EventTypeVersionRef,
            description: "Its latest version: the new one when the schema changed (see compatibility).",
            resolve: (payload) => payload.version,
          }),
          newVersion: f.exposeBoolean("newVersion", { description: "Whether the change made a new version." }),
        }),
      }),
    description:
      "Changes an event type. A breaking schema change is allowed, and reported as the new version's compatibility. Needs events:manage.",
    authScopes: { scope: "events:manage" },
    errors: {},
    args: { input: t.arg({ type: UpdateEventTypeInput, required: true, description: "The change." }) },
    resolve: async (_root, { input }, context) => {
      const updated = await context.stores.events.updateEventType(context.tenantId, input);
      context.events.catalogue.changed(context.tenantId);
      return updated;
    },
  }),
);

const DeprecateEventTypeInput = builder.inputType("DeprecateEventTypeInput", {
  description: "Which event type, and why.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The event type." }),
    reason: t.string({ description: "Why, and what to use instead (up to 1,024 characters)." }),
    deprecated: t.boolean({ description: "false takes the deprecation back (default true)." }),
  }),
});

builder.mutationField("deprecateEventType", (t) =>
  t.field({
    type: eventTypePayload("DeprecateEventTypePayload", "The event type, deprecated (or not any more)."),
    description:
      "Marks an event type deprecated: still published and delivered, shown as deprecated in the catalogue. Needs events:manage.",
    authScopes: { scope: "events:manage" },
    errors: {},
    args: { input: t.arg({ type: DeprecateEventTypeInput, required: true, description: "The event type." }) },
    resolve: async (_root, { input }, context) => ({
      eventType: await context.stores.events.deprecateEventType(context.tenantId, input),
    }),
  }),
);

const DeleteEventTypeInput = builder.inputType("DeleteEventTypeInput", {
  description: "Which event type to delete.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The event type." }),
    force: t.boolean({ description: "Delete it even while webhooks subscribe to it by name (default false)." }),
  }),
});

builder.mutationField("deleteEventType", (t) =>
  t.field({
    type: builder.objectRef<{ deletedName: string }>("DeleteEventTypePayload").implement({
      description: "What was deleted.",
      fields: (f) => ({
        deletedName: f.exposeString("deletedName", { description: "The deleted event type's name." }),
      }),
    }),
    description:
      "Deletes an event type and its versions; events of that type are still published and delivered. A ConflictError while webhooks subscribe to it by its exact name, unless force. Needs events:manage.",
    authScopes: { scope: "events:manage" },
    errors: {},
    args: { input: t.arg({ type: DeleteEventTypeInput, required: true, description: "The event type." }) },
    resolve: async (_root, { input }, context) => {
      const deleted = await context.stores.events.deleteEventType(context.tenantId, input);
      context.events.catalogue.changed(context.tenantId);
      return deleted;
    },
  }),
);

builder.queryField("eventTypesAsyncApi", (t) =>
  t.field({
    type: "JSONObject",
    description: `The catalogue as an AsyncAPI ${ASYNCAPI_VERSION} document: one message, channel and send operation per event type, the payload the Standard Webhooks body and the Standard Webhooks headers described. Also served at GET ${CATALOG_ASYNCAPI_PATH}. Needs events:view.`,
    authScopes: { scope: READ_SCOPES.EventType },
    resolve: (_root, _args, context) => context.stores.events.catalogueAsAsyncApi(context.tenantId),
  }),
);

const ImportEventTypesInput = builder.inputType("ImportEventTypesInput", {
  description: "An AsyncAPI 3 document, as eventTypesAsyncApi exports it.",
  fields: (t) => ({
    document: t.field({
      type: "JSONObject",
      required: true,
      description: `Its components.messages are read, each key an event type's name: summary (or description), tags[0] as the group, the payload's schema (the Standard Webhooks body's data, when the payload is one) and examples. At most ${MAX_IMPORTED_TYPES} messages.`,
    }),
  }),
});

builder.mutationField("importEventTypes", (t) =>
  t.field({
    type: builder
      .objectRef<{ created: string[]; updated: string[]; unchanged: string[] }>("ImportEventTypesPayload")
      .implement({
        description: "What the import did, by event type name.",
        fields: (f) => ({
          created: f.exposeStringList("created", { description: "Types new to the catalogue." }),
          updated: f.exposeStringList("updated", {
            description: "Types changed: a new version where the schema differed.",
          }),
          unchanged: f.exposeStringList("unchanged", { description: "Types already as the document has them." }),
        }),
      }),
    description:
      "Writes an AsyncAPI document's messages to the catalogue, all or nothing: any problem is a ValidationError naming each (at its JSON pointer in the document) and nothing is written. Needs events:manage.",
    authScopes: { scope: "events:manage" },
    errors: {},
    args: { input: t.arg({ type: ImportEventTypesInput, required: true, description: "The document." }) },
    resolve: async (_root, { input }, context) => {
      const imported = await context.stores.events.importAsyncApi(context.tenantId, input.document);
      context.events.catalogue.changed(context.tenantId);
      return imported;
    },
  }),
);
