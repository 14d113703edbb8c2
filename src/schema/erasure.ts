// Erasure: an event's content, or every event about a data subject, and the audit of both (events/erasure.ts).
import { builder } from "./builder.js";
import { type ErasedCounts, type ErasureRequester } from "../events/erasure.js";
import { localId } from "./global-id.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import { offsetArgs, skipOffset } from "./page-offset.js";
import type { Context } from "./context.js";
import { jsonObjectSchema } from "../common/validation.js";

const INCOMING_EVENT_COUNT =
  "Incoming events whose content, and whose requests' bodies, were erased with the monitoring.event.received events announcing them.";

const ErasureKindEnum = builder.enumType("ErasureKind", {
  description: "What was erased.",
  values: {
    EXPUNGE_EVENT: { description: "One event's content (expungeEventContent)." },
    ERASE_EVENTS: { description: "Every event a filter selected (eraseEvents)." },
  } as const,
});

builder.prismaNode("Erasure", {
  id: { field: "id" },
  description:
    "One erasure, as audited: which key asked, when, what, and how much was erased. Keeps no erased content.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId }),
  fields: (t) => ({
    kind: t.expose("kind", { type: ErasureKindEnum, description: "What was erased." }),
    keyPrefix: t.exposeString("keyPrefix", { description: "The API key that asked (its visible prefix)." }),
    request: t.field({
      type: "JSONObject",
      description:
        "What was asked for: { eventId }, or the filter, with the subject as its SHA-256 (subjectSha256), never itself.",
      resolve: (erasure) => jsonObjectSchema.parse(erasure.request),
    }),
    eventCount: t.exposeInt("eventCount", { description: "Events whose content was erased." }),
    attemptCount: t.exposeInt("attemptCount", {
      description: "Delivery attempts whose headers and bodies were erased.",
    }),
    incomingEventCount: t.exposeInt("incomingEventCount", { description: INCOMING_EVENT_COUNT }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

builder.queryField("erasures", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: "Erasure",
      cursor: "id",
      description: "The tenant's erasures, newest first. Needs tenant:admin.",
      authScopes: { scope: READ_SCOPES.Erasure },
      args: offsetArgs,
      resolve: (query, _root, args, context) =>
        context.stores.events.listErasures(context.tenantId, skipOffset(query, args)),
      totalCount: (_root, _args, context) => context.stores.events.countErasures(context.tenantId),
    },
    { name: "ErasureConnection" },
    { name: "ErasureEdge" },
  ),
);

const requesterOf = (context: Context): ErasureRequester => ({
  tenantId: context.tenantId,
  keyPrefix: context.auth.ok ? context.auth.principal.keyPrefix : "",
});

const ErasedRef = builder.objectRef<ErasedCounts>("ErasedCounts").implement({
  description: "What an erasure erased.",
  fields: (t) => ({
    eventCount: t.exposeInt("eventCount", { description: "Events whose content was erased." }),
    attemptCount: t.exposeInt("attemptCount", {
      description: "Delivery attempts whose headers and bodies were erased.",
    }),
    discardedDeliveryCount: t.exposeInt("discardedCount", {
      description: "Unfinished deliveries discarded: nothing is sent from erased content.",
    }),
    incomingEventCount: t.exposeInt("incomingEventCount", { description: INCOMING_EVENT_COUNT }),
  }),
});

const erasedPayload = (name: string) =>
  builder.objectRef<{ erased: ErasedCounts }>(name).implement({
    description: "What was erased.",
    fields: (f) => ({ erased: f.field({ type: ErasedRef, description: "The counts.", resolve: (p) => p.erased }) }),
  });

const ExpungeEventContentInput = builder.inputType("ExpungeEventContentInput", {
  description: "The event whose content to erase.",
  fields: (t) => ({ id: t.globalID({ required: true, description: "The event." }) }),
});

builder.mutationField("expungeEventContent", (t) =>
  t.field({
    type: erasedPayload("ExpungeEventContentPayload"),
    description:
      "Erases an event's content: its payload becomes {}, its schema violations and subject go, every attempt's request and response headers and response body go; ids, times and statuses stay. Its unfinished deliveries are discarded. A monitoring.event.received event takes with it the incoming event it announces (title, description, rule, resource, account, image and additional info) and that request's body. Audited (erasures). Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: ExpungeEventContentInput, required: true, description: "The event." }) },
    resolve: async (_root, { input }, context) => ({
      erased: await context.stores.events.expungeEventContent(
        requesterOf(context),
        localId(input.id, ["input", "id"], "event"),
      ),
    }),
  }),
);

const EraseEventsFilterInput = builder.inputType("EraseEventsFilter", {
  description: "Which events to erase: every field given must match; subject or before is required.",
  fields: (t) => ({
    subject: t.string({ description: "Events published with this subject." }),
    before: t.field({ type: "DateTime", description: "Events published before this time." }),
    types: t.stringList({ description: "Only events of these types (1-100)." }),
  }),
});

const EraseEventsInput = builder.inputType("EraseEventsInput", {
  description: "Which events to erase.",
  fields: (t) => ({ filter: t.field({ type: EraseEventsFilterInput, required: true, description: "The events." }) }),
});

builder.mutationField("eraseEvents", (t) =>
  t.field({
    type: erasedPayload("EraseEventsPayload"),
    description:
      "Erases the content of every event the filter selects, as expungeEventContent does, in one statement: e.g. everything about a customer (filter: { subject }). Audited once (erasures), with the subject's SHA-256 only. Needs tenant:admin.",
    authScopes: { scope: "tenant:admin" },
    errors: {},
    args: { input: t.arg({ type: EraseEventsInput, required: true, description: "The events." }) },
    resolve: async (_root, { input }, context) => ({
      erased: await context.stores.events.eraseEvents(requesterOf(context), input.filter),
    }),
  }),
);
