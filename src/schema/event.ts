// Events: publishing (fan-out to subscribed webhooks) and the event log.
import { deliveryProjectWhere, eventProjectWhere } from "../auth/owner.js";
import { builder } from "./builder.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import {
  MAX_EVENTS_PER_PUBLISH,
  publishEvent,
  publishEvents,
  schemaViolationsOf,
  type PublishedEvent,
} from "../events/events.js";
import { FieldIssueRef } from "./errors.js";
import { offsetArgs, plannedSkip, skipOffset } from "./page-offset.js";
import { eventWhere } from "../events/event-filter.js";
import { jsonObjectSchema } from "../common/validation.js";

export const EventRef = builder.prismaNode("Event", {
  id: { field: "id" },
  description: "Something that happened, published once and delivered to every webhook subscribed to its type.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, ...eventProjectWhere(context.owner) }),
  fields: (t) => ({
    type: t.exposeString("type", { description: "Dotted name, e.g. invoice.paid." }),
    payload: t.field({
      type: "JSONObject",
      description: 'Sent as the body\'s "data".',
      resolve: (event) => jsonObjectSchema.parse(event.payload),
    }),
    projectId: t.string({
      nullable: true,
      description: "The project it was published to; null for all.",
      resolve: (event) => event.projectId || null,
    }),
    idempotencyKey: t.exposeString("idempotencyKey", {
      nullable: true,
      description: "The key it was published with, if any.",
    }),
    subject: t.exposeString("subject", {
      nullable: true,
      description: "Whom it is about, as published (e.g. a customer's id); eraseEvents erases by it. Null once erased.",
    }),
    contentExpungedAt: t.expose("contentExpungedAt", {
      type: "DateTime",
      nullable: true,
      description:
        "When its content was erased (expungeEventContent, eraseEvents): its payload is then {} and its attempts keep no headers or bodies. Null while kept.",
    }),
    occurredAt: t.expose("occurredAt", {
      type: "DateTime",
      description: 'When it happened, as the publisher said (default: when it was published); the body\'s "timestamp".',
    }),
    schemaViolations: t.field({
      type: [FieldIssueRef],
      nullable: true,
      description:
        'Where the payload broke its type\'s schema in the catalogue, published under WARN (paths into the payload, e.g. ["input", "payload", "amount"]); null when it did not, or was not checked.',
      resolve: (event) => schemaViolationsOf(event),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was published." }),
    deliveries: t.relatedConnection(
      "deliveries",
      {
        nullable: true,
        authScopes: { scope: READ_SCOPES.Delivery },
        cursor: "id",
        totalCount: true,
        description: "Newest first, redeliveries and test deliveries included.",
        args: offsetArgs,
        // An event published to every project has deliveries in other projects too.
        query: (args, context) => ({
          where: deliveryProjectWhere(context.owner),
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: plannedSkip(args),
        }),
      },
      { name: "EventDeliveriesConnection" },
      { name: "EventDeliveriesEdge" },
    ),
  }),
});

const EventFilterInput = builder.inputType("EventFilter", {
  description: "Which events to list: every field given must match.",
  fields: (t) => ({
    type: t.string({ description: "Exact type." }),
    projectId: t.string({ description: "Only events published to this project." }),
    idempotencyKey: t.string({ description: "Only the event published with this idempotency key." }),
    subject: t.string({ description: "Only events about this subject." }),
    createdAfter: t.field({ type: "DateTime", description: "Published at or after this time." }),
    createdBefore: t.field({ type: "DateTime", description: "Published before this time." }),
    schemaViolations: t.boolean({
      description: "Only events whose payload broke its type's schema (true), or only the others (false).",
    }),
  }),
});

builder.queryField("events", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: EventRef,
      cursor: "id",
      description: "The tenant's published events, newest first.",
      authScopes: { scope: "deliveries:view" },
      args: { ...offsetArgs, filter: t.arg({ type: EventFilterInput, description: "Only events matching it." }) },
      resolve: (query, _root, args, context) =>
        context.stores.events.listEvents(eventWhere(context.owner, args.filter), skipOffset(query, args)),
      totalCount: (_root, { filter }, context) => context.stores.events.countEvents(eventWhere(context.owner, filter)),
    },
    { name: "EventConnection" },
    { name: "EventEdge" },
  ),
);

const PublishEventInput = builder.inputType("PublishEventInput", {
  description: "An event to publish.",
  fields: (t) => ({
    type: t.string({
      required: true,
      description: 'Dotted name: letters, digits, "_", "-" and "." (e.g. "invoice.paid").',
    }),
    payload: t.field({ type: "JSONObject", required: true, description: "At most 256 KiB as JSON." }),
    idempotencyKey: t.string({
      description: "Publishing again with the same key within 24 hours returns the first event and creates nothing.",
    }),
    projectId: t.string({
      description: "Deliver only to this project's webhooks. Default: every webhook of the tenant.",
    }),
    subject: t.string({
      description:
        "Whom the event is about, e.g. a customer's id (1-256 characters): eraseEvents(filter: { subject }) erases every event about them.",
    }),
    occurredAt: t.field({ type: "DateTime", description: "Default: now." }),
  }),
});

const PublishEventPayload = builder.objectRef<PublishedEvent>("PublishEventPayload").implement({
  description: "The published event and how many deliveries it made.",
  fields: (t) => ({
    event: t.field({
      type: EventRef,
      description: "The event as stored (the earlier one for a duplicate).",
      resolve: (payload) => payload.event,
    }),
    deliveryCount: t.exposeInt("deliveryCount", {
      description: "Deliveries created: one per subscribed webhook (diverted at once for a suspended one).",
    }),
    duplicate: t.exposeBoolean("duplicate", {
      description: "True when the idempotency key matched an earlier event, which is returned instead.",
    }),
  }),
});

builder.mutationField("publishEvent", (t) =>
  t.field({
    type: PublishEventPayload,
    description:
      "Publishes an event. It and its deliveries are stored in one transaction before this returns. Its payload is checked against its type's schema in the catalogue (Tenant.eventValidation): under REJECT a ValidationError at each path into the payload, and nothing is written.",
    authScopes: { scope: "events:publish" },
    errors: {},
    args: { input: t.arg({ type: PublishEventInput, required: true, description: "The event." }) },
    resolve: (_root, { input }, context) => publishEvent(context.events, context.owner, input),
  }),
);

const PublishEventsInput = builder.inputType("PublishEventsInput", {
  description: "Events to publish together, all or none.",
  fields: (t) => ({
    events: t.field({
      type: [PublishEventInput],
      required: true,
      description: `1 to ${MAX_EVENTS_PER_PUBLISH} events.`,
    }),
  }),
});

const PublishEventsPayload = builder.objectRef<{ results: PublishedEvent[] }>("PublishEventsPayload").implement({
  description: "Each published event, in the order given.",
  fields: (t) => ({
    results: t.field({
      type: [PublishEventPayload],
      description: "One per input event, in the same order.",
      resolve: (payload) => payload.results,
    }),
  }),
});

builder.mutationField("publishEvents", (t) =>
  t.field({
    type: PublishEventsPayload,
    description:
      "Publishes several events at once, all or none: an invalid event refuses the call, naming it (input.events.3.payload). Idempotency keys work per event. Stored with their deliveries before this returns.",
    authScopes: { scope: "events:publish" },
    errors: {},
    args: { input: t.arg({ type: PublishEventsInput, required: true, description: "The events." }) },
    resolve: async (_root, { input }, context) => ({
      results: await publishEvents(context.events, context.owner, input.events),
    }),
  }),
);
