// Events received by incoming webhooks, and their statistics.
import { projectWhere } from "../auth/owner.js";
import type { Stores } from "./stores.js";
import { builder } from "./builder.js";
import { SeverityEnum, StatsBucketEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import type { IncomingEvent } from "../generated/prisma/client.js";
import { ChangeRows, type Change, type IncomingEventChange } from "../live/live-changes.js";
import {
  INCOMING_EVENT_GROUPS,
  INCOMING_EVENT_STATS_FIELDS,
  type GroupCount,
  type IncomingEventStats,
} from "../incoming/incoming-event-stats.js";
import { MAX_AGGREGATES } from "../db/aggregates.js";
import { aggregateTypes, StatsOrderInput, statsLimitDescription } from "./stats.js";
import { localId } from "./global-id.js";
import { offsetArgs, skipOffset } from "./page-offset.js";
import { IncomingWebhookRef } from "./incoming-webhook.js";
import { childConnection } from "./request-loader.js";
import { changesFor, rowsByIds, unlessEnded } from "./subscription-stream.js";
import { incomingEventWhere, type IncomingEventFilter } from "../incoming/incoming-event-filter.js";
import { jsonObjectSchema } from "../common/validation.js";

export const IncomingEventTypeEnum = builder.enumType("IncomingEventType", {
  description: "What an incoming event says.",
  values: {
    ALERT: { description: "Something is wrong: opens an alert for its key, or attaches to the open one." },
    RECOVERY: { description: "It is fine again: resolves the open alert for its key." },
    ERROR: { description: "The request could not be read; the body is kept in rawData." },
  } as const,
});

export const IncomingEventRef = builder.prismaNode("IncomingEvent", {
  id: { field: "id" },
  description: "One normalized event parsed from a request to an incoming webhook.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, ...projectWhere(context.owner) }),
  fields: (t) => ({
    eventKey: t.exposeString("eventKey", { description: "Events with one key are de-duplicated into one alert." }),
    eventType: t.expose("eventType", {
      type: IncomingEventTypeEnum,
      description: "Alert, recovery or unreadable request.",
    }),
    severity: t.expose("severity", { type: SeverityEnum, description: "How bad it is." }),
    title: t.exposeString("title", { description: "One line saying what happened." }),
    description: t.exposeString("description", {
      nullable: true,
      description: "More detail, when the sender gives it.",
    }),
    rule: t.exposeString("rule", {
      nullable: true,
      description: "The rule or check that fired, when the sender names it.",
    }),
    resource: t.field({
      type: "JSONObject",
      nullable: true,
      description: "What it is about (host, service, ...), as the plugin reads it.",
      resolve: (event) => jsonObjectSchema.nullable().parse(event.resource),
    }),
    provider: t.exposeString("provider", {
      nullable: true,
      description: "The monitoring system that sent it, as the plugin names it.",
    }),
    account: t.exposeString("account", {
      nullable: true,
      description: "The sender's account or organisation, when given.",
    }),
    imageUrl: t.exposeString("imageUrl", {
      nullable: true,
      description: "A graph or screenshot, when the sender links one.",
    }),
    projectId: t.string({
      nullable: true,
      description: "The webhook's project when it arrived; null for none.",
      resolve: (event) => event.projectId || null,
    }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it happened, as the sender says." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it arrived." }),
    additionalInfo: t.field({
      type: "JSONObject",
      description: "Everything else the plugin kept (labels, annotations, links).",
      resolve: (event) => jsonObjectSchema.parse(event.additionalInfo),
    }),
    rawData: t.field({
      type: "JSON",
      nullable: true,
      description: "The request body as received (stored once for all the events of a request).",
      select: { request: { select: { body: true } } },
      resolve: (event) => event.request.body,
    }),
    webhook: t.relation("webhook", {
      nullable: true,
      description: "The incoming webhook it came to. Needs webhooks:view.",
      authScopes: { scope: READ_SCOPES.IncomingWebhook },
    }),
    alert: t.relation("alert", {
      nullable: true,
      description:
        "The alert it opened, attached to or resolved; null for a recovery with nothing open. Needs webhooks:view.",
      authScopes: { scope: READ_SCOPES.Alert },
    }),
  }),
});

const IncomingEventFilterInput = builder.inputType("IncomingEventFilter", {
  description: "Which incoming events to list: every field given must match.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only events of this incoming webhook." }),
    eventType: t.field({ type: IncomingEventTypeEnum, description: "Only events of this type." }),
    severity: t.field({ type: SeverityEnum, description: "Only events of this severity." }),
    eventKey: t.string({ description: "Only events with this exact key." }),
    occurredAfter: t.field({ type: "DateTime", description: "Happened after this time." }),
    occurredBefore: t.field({ type: "DateTime", description: "Happened before this time." }),
  }),
});

/** The filter as the module takes it, the webhook's global id decoded. */
const incomingEventFilterOf = (
  filter: typeof IncomingEventFilterInput.$inferInput | null | undefined,
): IncomingEventFilter | undefined =>
  filter
    ? {
        ...filter,
        webhookId: filter.webhookId ? localId(filter.webhookId, ["filter", "webhookId"], "incomingWebhook") : null,
      }
    : undefined;

builder.queryField("incomingEvents", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: IncomingEventRef,
      cursor: "id",
      description: "Events received by the tenant's incoming webhooks, newest first.",
      authScopes: { scope: "webhooks:view" },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: IncomingEventFilterInput, description: "Only incoming events matching it." }),
      },
      resolve: (query, _root, args, context) =>
        context.stores.incoming.listIncomingEvents(
          incomingEventWhere(context.owner, incomingEventFilterOf(args.filter)),
          skipOffset(query, args),
        ),
      totalCount: (_root, { filter }, context) =>
        context.stores.incoming.countIncomingEvents(incomingEventWhere(context.owner, incomingEventFilterOf(filter))),
    },
    { name: "IncomingEventConnection" },
    { name: "IncomingEventEdge" },
  ),
);

const IncomingWebhookEventFilterInput = builder.inputType("IncomingWebhookEventFilter", {
  description: "Which of the webhook's events to list: every field given must match.",
  fields: (t) => ({
    eventType: t.field({ type: IncomingEventTypeEnum, description: "Only events of this type." }),
    severity: t.field({ type: SeverityEnum, description: "Only events of this severity." }),
    eventKey: t.string({ description: "Only events with this exact key." }),
    occurredAfter: t.field({ type: "DateTime", description: "Happened after this time." }),
    occurredBefore: t.field({ type: "DateTime", description: "Happened before this time." }),
  }),
});

builder.prismaObjectField(IncomingWebhookRef, "events", (t) =>
  t.connection(
    {
      type: IncomingEventRef,
      nullable: true,
      description:
        "Events this webhook received, newest first. A page of webhooks loads its events in a constant number of statements.",
      authScopes: { scope: READ_SCOPES.IncomingEvent },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: IncomingWebhookEventFilterInput, description: "Only events matching it." }),
      },
      resolve: (webhook, args, context) =>
        childConnection(context, webhook.id, args, {
          name: "incoming events",
          filter: args.filter,
          loadPages: (ids, page) => context.stores.incoming.loadWebhookEventPages(ids, args.filter, page),
          loadCounts: (ids) => context.stores.incoming.countWebhookEvents(ids, args.filter),
        }),
    },
    { name: "IncomingWebhookEventConnection" },
    { name: "IncomingWebhookEventEdge" },
  ),
);

const IncomingEventGroupEnum = builder.enumType("IncomingEventGroup", {
  description: "What incomingEventStats counts by.",
  values: {
    SEVERITY: { description: "By severity." },
    EVENT_TYPE: { description: "By event type." },
    WEBHOOK: { description: "By incoming webhook." },
    PROVIDER: { description: "By provider." },
    PLUGIN: { description: "By the plugin of the webhook it came to." },
    PROJECT: { description: "By project (null for none)." },
    EVENT_KEY: { description: "By event key: with limit, the keys that fire most." },
  } as const satisfies Record<(typeof INCOMING_EVENT_GROUPS)[number], { description: string }>,
});

const IncomingEventStatsFieldEnum = builder.enumType("IncomingEventStatsField", {
  description: "What incomingEventStats can aggregate.",
  values: {
    DELAY_SECONDS: { description: "How late an event arrived: seconds from its occurredAt to when it was stored." },
  } as const satisfies Record<(typeof INCOMING_EVENT_STATS_FIELDS)[number], { description: string }>,
});

const IncomingEventAggregate = aggregateTypes("IncomingEventStats", IncomingEventStatsFieldEnum);

const GroupCountRef = builder.objectRef<GroupCount>("GroupCount").implement({
  description: "How many events one group (a value of each grouped dimension) has.",
  fields: (t) => ({
    key: t.exposeString("key", {
      nullable: true,
      description:
        "groupBy's value: a severity, an event type, a webhook's local id, a provider, a plugin, a project or an event key; null when events have none.",
    }),
    keys: t.field({
      type: ["String"],
      nullable: { list: false, items: true },
      description: "Every grouped dimension's value: groupBy's, then thenBy's in order.",
      resolve: (group) => group.keys,
    }),
    count: t.exposeInt("count", { description: "Events in the group." }),
    aggregates: t.field({
      type: [IncomingEventAggregate.value],
      description: "The aggregates asked for, in that order.",
      resolve: (group) => group.aggregates,
    }),
  }),
});

const IncomingEventStatsBucketRef = builder
  .objectRef<IncomingEventStats["series"][number]>("IncomingEventStatsBucket")
  .implement({
    description: "Events that arrived in one bucket of time.",
    fields: (t) => ({
      start: t.expose("start", { type: "DateTime", description: "Start of the bucket (UTC)." }),
      total: t.exposeInt("total", { description: "Events in the bucket." }),
      groups: t.field({
        type: [GroupCountRef],
        description:
          "The bucket's events by the grouped dimensions, in the order asked (default: the largest first), cut to limit.",
        resolve: (bucket) => bucket.groups,
      }),
    }),
  });

const IncomingEventStatsRef = builder.objectRef<IncomingEventStats>("IncomingEventStats").implement({
  description: "Incoming event counts for a period.",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime", description: "Start of the period." }),
    to: t.expose("to", { type: "DateTime", description: "End of the period." }),
    bucket: t.expose("bucket", { type: StatsBucketEnum, description: "The width of each bucket of `series`." }),
    groupBy: t.expose("groupBy", { type: IncomingEventGroupEnum, description: "The dimension counted by." }),
    total: t.exposeInt("total", { description: "Events in the period (every group, limit aside)." }),
    groups: t.field({
      type: [GroupCountRef],
      description: "Over the whole range, in the order asked (default: the largest first), cut to limit.",
      resolve: (stats) => stats.groups,
    }),
    series: t.field({
      type: [IncomingEventStatsBucketRef],
      description: "Every bucket of the range, oldest first.",
      resolve: (stats) => stats.series,
    }),
  }),
});

const IncomingEventStatsFilterInput = builder.inputType("IncomingEventStatsFilter", {
  description: "Which incoming events to count, and over which period.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only events of this incoming webhook." }),
    eventType: t.field({ type: IncomingEventTypeEnum, description: "Only events of this type." }),
    severity: t.field({ type: SeverityEnum, description: "Only events of this severity." }),
    from: t.field({ type: "DateTime", description: "Default: 24 hours before `to`." }),
    to: t.field({ type: "DateTime", description: "Default: now." }),
  }),
});

builder.queryField("incomingEventStats", (t) =>
  t.field({
    nullable: true,
    type: IncomingEventStatsRef,
    description:
      "Incoming events counted and aggregated by one or more dimensions, overall and per bucket of arrival time (UTC), in one statement.",
    authScopes: { scope: "webhooks:view" },
    args: {
      filter: t.arg({
        type: IncomingEventStatsFilterInput,
        description: "Which events, over which period (default: the last 24 hours).",
      }),
      groupBy: t.arg({ type: IncomingEventGroupEnum, required: true, description: "The dimension to count by." }),
      thenBy: t.arg({
        type: [IncomingEventGroupEnum],
        description:
          "Up to two more dimensions, grouped together with groupBy (e.g. SEVERITY then PLUGIN); each group's keys hold their values.",
      }),
      bucket: t.arg({ type: StatsBucketEnum, defaultValue: "HOUR", description: "Width of each bucket of `series`." }),
      aggregates: t.arg({
        type: [IncomingEventAggregate.input],
        description: `Functions over fields, per group (at most ${MAX_AGGREGATES}).`,
      }),
      orderBy: t.arg({ type: StatsOrderInput, description: "Default: by count, the largest first." }),
      limit: t.arg.int({ description: `${statsLimitDescription} Applies to groups and to each bucket's groups.` }),
    },
    resolve: (_root, args, context) =>
      context.stores.incoming.incomingEventStats(
        context.owner,
        args.filter
          ? {
              ...args.filter,
              webhookId: args.filter.webhookId
                ? localId(args.filter.webhookId, ["filter", "webhookId"], "incomingWebhook")
                : null,
            }
          : null,
        args.groupBy,
        args.bucket ?? "HOUR",
        { thenBy: args.thenBy, aggregates: args.aggregates, orderBy: args.orderBy, limit: args.limit },
      ),
  }),
);

const receivedEvents = new ChangeRows<IncomingEventChange, Stores, IncomingEvent>(
  rowsByIds((stores, tenantId, ids) => stores.incoming.findIncomingEventsByIds(tenantId, ids)),
);

const IncomingEventReceivedFilterInput = builder.inputType("IncomingEventReceivedFilter", {
  description: "Which incoming events to stream.",
  fields: (t) => ({ webhookId: t.globalID({ description: "Only events that came to this incoming webhook." }) }),
});

builder.subscriptionField("incomingEventReceived", (t) =>
  t.field({
    type: IncomingEventRef,
    nullable: true,
    description:
      "Each event parsed from a request to the tenant's incoming webhooks, as it is stored; null when it has been deleted since (its webhook was deleted). Needs webhooks:view.",
    authScopes: { scope: READ_SCOPES.IncomingEvent },
    args: { filter: t.arg({ type: IncomingEventReceivedFilterInput, description: "Only events matching it." }) },
    subscribe: (_root, { filter }, context) => {
      const webhookId = filter?.webhookId
        ? localId(filter.webhookId, ["filter", "webhookId"], "incomingWebhook")
        : null;
      return changesFor(
        context,
        READ_SCOPES.IncomingEvent,
        { on: "incomingEvent", webhookId },
        (change: Change): change is IncomingEventChange =>
          change.on === "incomingEvent" && (!webhookId || change.webhookId === webhookId),
      );
    },
    resolve: (item, args, context) => {
      const change = unlessEnded(item, args, context);
      return receivedEvents.get(context.stores, context.tenantId, change);
    },
  }),
);
