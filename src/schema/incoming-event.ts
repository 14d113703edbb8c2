// Events received by incoming webhooks, and their statistics.
import { builder } from "../builder.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import { principalOf } from "../context.js";
import type { Prisma } from "../generated/prisma/client.js";
import { INCOMING_EVENT_GROUPS, incomingEventStats, type GroupCount, type IncomingEventStats } from "../incoming/incoming-event-stats.js";
import { localId } from "./global-id.js";
import { StatsBucketEnum } from "./delivery.js";

export const IncomingEventTypeEnum = builder.enumType("IncomingEventType", { values: ["ALERT", "RECOVERY", "ERROR"] as const });
export const SeverityEnum = builder.enumType("Severity", { values: ["CRITICAL", "ERROR", "WARNING", "INFO", "NOT_AVAILABLE", "NONE"] as const });

export const IncomingEventRef = builder.prismaNode("IncomingEvent", {
  id: { field: "id" },
  description: "One normalized event parsed from a request to an incoming webhook.",
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId }),
  fields: (t) => ({
    eventKey: t.exposeString("eventKey", { description: "Events with one key are de-duplicated into one alert." }),
    eventType: t.expose("eventType", { type: IncomingEventTypeEnum }),
    severity: t.expose("severity", { type: SeverityEnum }),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    rule: t.exposeString("rule", { nullable: true }),
    resource: t.field({ type: "JSONObject", nullable: true, resolve: (event) => event.resource as Record<string, unknown> | null }),
    provider: t.exposeString("provider", { nullable: true }),
    account: t.exposeString("account", { nullable: true }),
    imageUrl: t.exposeString("imageUrl", { nullable: true }),
    projectId: t.string({ nullable: true, resolve: (event) => event.projectId || null }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it happened, as the sender says." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it arrived." }),
    additionalInfo: t.field({ type: "JSONObject", resolve: (event) => event.additionalInfo as Record<string, unknown> }),
    rawData: t.field({
      type: "JSON",
      nullable: true,
      description: "The request body as received (stored once for all the events of a request).",
      select: { request: { select: { body: true } } },
      resolve: (event) => event.request.body,
    }),
    webhook: t.relation("webhook", { nullable: true, authScopes: { scope: READ_SCOPES.IncomingWebhook } }),
    alert: t.relation("alert", { nullable: true, authScopes: { scope: READ_SCOPES.Alert } }),
  }),
});

const IncomingEventFilterInput = builder.inputType("IncomingEventFilter", {
  fields: (t) => ({
    webhookId: t.globalID(),
    eventType: t.field({ type: IncomingEventTypeEnum }),
    severity: t.field({ type: SeverityEnum }),
    eventKey: t.string(),
    occurredAfter: t.field({ type: "DateTime" }),
    occurredBefore: t.field({ type: "DateTime" }),
  }),
});

type IncomingEventFilter = typeof IncomingEventFilterInput.$inferInput;

function incomingEventWhere(tenantId: string, filter: IncomingEventFilter | null | undefined): Prisma.IncomingEventWhereInput {
  return {
    tenantId,
    webhookId: filter?.webhookId ? localId(filter.webhookId, ["filter", "webhookId"], "Webhook", "IncomingWebhook") : undefined,
    eventType: filter?.eventType ?? undefined,
    severity: filter?.severity ?? undefined,
    eventKey: filter?.eventKey ?? undefined,
    occurredAt: { gt: filter?.occurredAfter ?? undefined, lt: filter?.occurredBefore ?? undefined },
  };
}

builder.queryField("incomingEvents", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: IncomingEventRef,
      cursor: "id",
      description: "Events received by the tenant's incoming webhooks, newest first.",
      authScopes: { scope: "webhooks:view" },
      args: { filter: t.arg({ type: IncomingEventFilterInput, description: "Only incoming events matching it." }) },
      resolve: (query, _root, { filter }, context) =>
        context.prisma.incomingEvent.findMany({ ...query, where: incomingEventWhere(principalOf(context).tenantId, filter), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
      totalCount: (_root, { filter }, context) => context.prisma.incomingEvent.count({ where: incomingEventWhere(principalOf(context).tenantId, filter) }),
    },
    { name: "IncomingEventConnection" },
    { name: "IncomingEventEdge" },
  ),
);

const IncomingEventGroupEnum = builder.enumType("IncomingEventGroup", { values: INCOMING_EVENT_GROUPS });

const GroupCountRef = builder.objectRef<GroupCount>("GroupCount").implement({
  fields: (t) => ({
    key: t.exposeString("key", { nullable: true, description: "A severity, an event type, a webhook's local id or a provider; null when events have none." }),
    count: t.exposeInt("count"),
  }),
});

const IncomingEventStatsBucketRef = builder.objectRef<IncomingEventStats["series"][number]>("IncomingEventStatsBucket").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    total: t.exposeInt("total"),
    groups: t.field({ type: [GroupCountRef], resolve: (bucket) => bucket.groups }),
  }),
});

const IncomingEventStatsRef = builder.objectRef<IncomingEventStats>("IncomingEventStats").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    bucket: t.expose("bucket", { type: StatsBucketEnum }),
    groupBy: t.expose("groupBy", { type: IncomingEventGroupEnum }),
    total: t.exposeInt("total"),
    groups: t.field({ type: [GroupCountRef], description: "Over the whole range, largest first.", resolve: (stats) => stats.groups }),
    series: t.field({ type: [IncomingEventStatsBucketRef], description: "Every bucket of the range, oldest first.", resolve: (stats) => stats.series }),
  }),
});

const IncomingEventStatsFilterInput = builder.inputType("IncomingEventStatsFilter", {
  fields: (t) => ({
    webhookId: t.globalID(),
    eventType: t.field({ type: IncomingEventTypeEnum }),
    severity: t.field({ type: SeverityEnum }),
    from: t.field({ type: "DateTime", description: "Default: 24 hours before `to`." }),
    to: t.field({ type: "DateTime", description: "Default: now." }),
  }),
});

builder.queryField("incomingEventStats", (t) =>
  t.field({
    nullable: true,
    type: IncomingEventStatsRef,
    description: "Incoming events counted by one dimension, overall and per bucket of arrival time (UTC).",
    authScopes: { scope: "webhooks:view" },
    args: {
      filter: t.arg({ type: IncomingEventStatsFilterInput }),
      groupBy: t.arg({ type: IncomingEventGroupEnum, required: true }),
      bucket: t.arg({ type: StatsBucketEnum, defaultValue: "HOUR" }),
    },
    resolve: (_root, args, context) =>
      incomingEventStats(
        context.prisma,
        principalOf(context).tenantId,
        args.filter ? { ...args.filter, webhookId: args.filter.webhookId ? localId(args.filter.webhookId, ["filter", "webhookId"], "Webhook", "IncomingWebhook") : null } : null,
        args.groupBy,
        args.bucket ?? "HOUR",
      ),
  }),
);
