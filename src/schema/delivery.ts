// Deliveries and their attempts: listings, the diverted store, redelivery, statistics.
import DataLoader from "dataloader";
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import { maySeeSecretsOf, principalOf, type Context } from "../context.js";
import { maskSecret } from "../auth/secret-fields.js";
import { RESERVED_HEADERS } from "../webhooks/outgoing-webhooks.js";
import type { Delivery, DeliveryAttempt, DeliveryStatus } from "../generated/prisma/client.js";
import { countWebhookDeliveries, deleteDivertedDeliveries, loadWebhookDeliveryPages, type DeliveryFilter, type DeliveryWithCursor, divertedWhere, findDelivery, redeliverDelivery, resendDivertedDeliveries, testWebhook } from "../delivery/deliveries.js";
import { loadAttempts, loadDeliveryPage } from "../delivery/delivery-query.js";
import { deliveryStats, type DeliveryStats, type DeliveryStatsRow } from "../delivery/delivery-stats.js";
import { STATS_BUCKETS } from "../db/time-buckets.js";
import { FailureTriggerEnum } from "./failure-handling.js";
import { localId } from "./global-id.js";
import { keysetConnection } from "./keyset-connection.js";
import { OutgoingWebhookRef } from "./outgoing-webhook.js";
import { OrderDirectionEnum } from "./webhook.js";

export const DeliveryStatusEnum = builder.enumType("DeliveryStatus", {
  values: {
    PENDING: { description: "Waiting for its first attempt." },
    SUCCEEDED: { description: "The receiver answered 2xx." },
    FAILED: { description: "The last attempt failed; another is scheduled (nextAttemptAt)." },
    DIVERTED: { description: "Could not be delivered and kept for resending (resendDivertedDeliveries)." },
    DISCARDED: { description: "Could not be delivered; the webhook does not divert." },
  } satisfies Record<DeliveryStatus, unknown>,
});

// The headers every delivery carries (Standard Webhooks' and HTTP's): not the webhook's own, never secret.
const STANDARD_REQUEST_HEADERS = new Set(RESERVED_HEADERS);

const HeaderEntryRef = builder.objectRef<{ name: string; value: string }>("HeaderEntry").implement({
  fields: (t) => ({ name: t.exposeString("name"), value: t.exposeString("value") }),
});

export const DeliveryAttemptRef = builder.prismaNode("DeliveryAttempt", {
  id: { field: "id" },
  description: "One HTTP request of a delivery and what came back.",
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId }),
  fields: (t) => ({
    attemptNumber: t.exposeInt("attemptNumber", { description: "1 for the first attempt of the delivery." }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    durationMs: t.exposeInt("durationMs"),
    url: t.exposeString("url"),
    requestHeaders: t.field({
      type: [HeaderEntryRef],
      description: "As sent. The webhook's own headers' values are masked without webhooks:edit, as on OutgoingWebhook.headers.",
      resolve: (attempt, _args, context) => {
        const headers = attempt.requestHeaders as { name: string; value: string }[];
        if (maySeeSecretsOf(context, attempt.webhookId)) return headers;
        return headers.map((header) => (STANDARD_REQUEST_HEADERS.has(header.name) ? header : { name: header.name, value: maskSecret(header.value) }));
      },
    }),
    responseStatus: t.exposeInt("responseStatus", { nullable: true, description: "Null when no response arrived." }),
    responseHeaders: t.field({
      type: [HeaderEntryRef],
      nullable: true,
      resolve: (attempt) => (attempt.responseHeaders ? Object.entries(attempt.responseHeaders as Record<string, string>).map(([name, value]) => ({ name, value })) : null),
    }),
    responseBody: t.exposeString("responseBody", { nullable: true, description: "The first 8 KiB of the response body." }),
    succeeded: t.exposeBoolean("succeeded"),
    failureTrigger: t.expose("failureTrigger", { type: FailureTriggerEnum, nullable: true }),
    failureMessage: t.exposeString("failureMessage", { nullable: true }),
  }),
});

export const DeliveryRef = builder.prismaNode("Delivery", {
  id: { field: "id" },
  description: "One event on its way to one webhook.",
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId }),
  fields: (t) => ({
    event: t.relation("event", { nullable: true, authScopes: { scope: READ_SCOPES.Event } }),
    webhook: t.relation("webhook", { type: OutgoingWebhookRef, nullable: true, authScopes: { scope: READ_SCOPES.OutgoingWebhook } }),
    eventType: t.exposeString("eventType"),
    messageId: t.exposeString("messageId", { description: "The webhook-id header: the same on every attempt and redelivery." }),
    status: t.expose("status", { type: DeliveryStatusEnum }),
    isTest: t.exposeBoolean("isTest"),
    attemptCount: t.exposeInt("attemptCount"),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", nullable: true }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    failureTrigger: t.expose("failureTrigger", { type: FailureTriggerEnum, nullable: true, description: "Why the last attempt failed." }),
    failureMessage: t.exposeString("failureMessage", { nullable: true }),
    failureTimestamp: t.expose("completedAt", {
      type: "DateTime",
      nullable: true,
      description: "When a diverted or discarded delivery gave up (completedAt).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    attempts: t.field({
      type: [DeliveryAttemptRef],
      nullable: true,
      authScopes: { scope: READ_SCOPES.DeliveryAttempt },
      description: "Oldest first.",
      // One statement for the attempts of every delivery in the response.
      resolve: (delivery, _args, context) => requestLoader(context, "attempts", (ids) => loadAttempts(context.sql, ids), []).load(delivery.id),
    }),
  }),
});

const DeliveryFilterInput = builder.inputType("DeliveryFilter", {
  fields: (t) => ({
    webhookId: t.globalID(),
    eventId: t.globalID(),
    eventType: t.string({ description: "Exact type." }),
    status: t.field({ type: DeliveryStatusEnum }),
    isTest: t.boolean(),
    createdAfter: t.field({ type: "DateTime" }),
    createdBefore: t.field({ type: "DateTime" }),
  }),
});

const DeliveryOrderFieldEnum = builder.enumType("DeliveryOrderField", { values: ["CREATED_AT"] as const });

const DeliveryOrderInput = builder.inputType("DeliveryOrder", {
  fields: (t) => ({
    field: t.field({ type: DeliveryOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: "DESC" }),
  }),
});

type DeliveryFilterArg = typeof DeliveryFilterInput.$inferInput | null | undefined;

/** The filter with its global ids turned into database ids. */
function deliveryFilterOf(filter: DeliveryFilterArg): DeliveryFilter | null | undefined {
  return filter && {
    ...filter,
    webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "Webhook", "OutgoingWebhook"),
    eventId: filter.eventId && localId(filter.eventId, ["filter", "eventId"], "Event", "Event"),
  };
}

builder.queryField("deliveries", (t) =>
  t.connection(
    {
      nullable: true,
      type: DeliveryRef,
      description: "The tenant's deliveries, newest first unless ordered otherwise.",
      authScopes: { scope: "deliveries:view" },
      args: { filter: t.arg({ type: DeliveryFilterInput }), orderBy: t.arg({ type: DeliveryOrderInput }) },
      resolve: (_root, args, context) =>
        keysetConnection(args, (page) => loadDeliveryPage(context.sql, principalOf(context).tenantId, deliveryFilterOf(args.filter), args.orderBy?.direction !== "ASC", page)),
    },
    { name: "DeliveryConnection" },
    { name: "DeliveryEdge" },
  ),
);

builder.queryField("delivery", (t) =>
  t.prismaField({
    nullable: true,
    type: DeliveryRef,
    description: "One delivery. Null, with a NOT_FOUND error at its path, when it does not exist for this tenant.",
    authScopes: { scope: "deliveries:view" },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, { id }, context) => findDelivery(context.prisma, principalOf(context).tenantId, localId(id, ["id"], "Delivery", "Delivery"), query),
  }),
);

// Per request and per argument set, one loader for every webhook on the page: a page of webhooks with
// their latest deliveries costs the same few statements whether it holds 5 webhooks or 100.
const requestLoaders = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

function requestLoader<Value>(context: Context, key: string, load: (ids: readonly string[]) => Promise<Map<string, Value>>, missing: Value): DataLoader<string, Value> {
  let loaders = requestLoaders.get(context);
  if (!loaders) requestLoaders.set(context, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<string, Value> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Value>(async (ids) => {
      const values = await load(ids);
      return ids.map((id) => values.get(id) ?? missing);
    });
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

builder.prismaObjectField(OutgoingWebhookRef, "deliveries", (t) =>
  t.connection(
    {
      type: DeliveryRef,
      description: "This webhook's deliveries, newest first.",
      nullable: true,
      authScopes: { scope: READ_SCOPES.Delivery },
      args: { status: t.arg({ type: DeliveryStatusEnum }) },
      resolve: async (webhook, args, context) => {
        const connection = await resolveCursorConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, toCursor: (delivery: DeliveryWithCursor) => delivery.cursor },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
            const page = { cursor: inverted ? before : after, limit, inverted };
            const key = JSON.stringify(["deliveries", args.status, page]);
            return requestLoader(context, key, (ids) => loadWebhookDeliveryPages(context.prisma, ids, args.status, page), []).load(webhook.id);
          },
        );
        const totalCount = () => requestLoader(context, JSON.stringify(["count", args.status]), (ids) => countWebhookDeliveries(context.prisma, ids, args.status), 0).load(webhook.id);
        return { ...connection, totalCount };
      },
    },
    { name: "WebhookDeliveryConnection" },
    { name: "WebhookDeliveryEdge" },
  ),
);

// The diverted store: deliveries that could not be delivered, kept for resending.

const DivertedDeliveryFilterInput = builder.inputType("DivertedDeliveryFilter", {
  fields: (t) => ({
    webhookId: t.globalID(),
    eventType: t.string({ description: "Exact type." }),
    failedAfter: t.field({ type: "DateTime" }),
    failedBefore: t.field({ type: "DateTime" }),
  }),
});

function matchingDiverted(context: Context, filter: typeof DivertedDeliveryFilterInput.$inferInput | null | undefined) {
  return divertedWhere(principalOf(context).tenantId, filter && { ...filter, webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "Webhook", "OutgoingWebhook") });
}

builder.queryField("divertedDeliveries", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: DeliveryRef,
      cursor: "id",
      description: "Deliveries that exhausted their retries (or met a suspended webhook) and wait to be resent or deleted; latest failure first.",
      authScopes: { scope: "deliveries:view" },
      args: { filter: t.arg({ type: DivertedDeliveryFilterInput }) },
      resolve: (query, _root, { filter }, context) =>
        context.prisma.delivery.findMany({ ...query, where: matchingDiverted(context, filter), orderBy: [{ completedAt: "desc" }, { id: "desc" }] }),
      totalCount: (_root, { filter }, context) => context.prisma.delivery.count({ where: matchingDiverted(context, filter) }),
    },
    { name: "DivertedDeliveryConnection" },
    { name: "DivertedDeliveryEdge" },
  ),
);

const DivertedDeliveriesInput = builder.inputType("DivertedDeliveriesInput", {
  description: "Which diverted deliveries: those named by ids, all of a webhook's, or the named ones of that webhook.",
  fields: (t) => ({
    ids: t.globalIDList(),
    webhookId: t.globalID(),
  }),
});

function divertedSelection(input: typeof DivertedDeliveriesInput.$inferInput) {
  return {
    ids: input.ids?.map((id, index) => localId(id, ["input", "ids", String(index)], "Delivery", "Delivery")),
    webhookId: input.webhookId && localId(input.webhookId, ["input", "webhookId"], "Webhook", "OutgoingWebhook"),
  };
}

builder.mutationField("resendDivertedDeliveries", (t) =>
  t.field({
    type: builder.objectRef<{ resentCount: number }>("ResendDivertedDeliveriesPayload").implement({ fields: (f) => ({ resentCount: f.exposeInt("resentCount") }) }),
    description: "Queues diverted deliveries again, each with a fresh retry budget.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: { input: t.arg({ type: DivertedDeliveriesInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      resentCount: await resendDivertedDeliveries(context.prisma, principalOf(context).tenantId, divertedSelection(input)),
    }),
  }),
);

builder.mutationField("deleteDivertedDeliveries", (t) =>
  t.field({
    type: builder.objectRef<{ deletedCount: number }>("DeleteDivertedDeliveriesPayload").implement({ fields: (f) => ({ deletedCount: f.exposeInt("deletedCount") }) }),
    description: "Deletes diverted deliveries, with their attempts, for good.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: { input: t.arg({ type: DivertedDeliveriesInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      deletedCount: await deleteDivertedDeliveries(context.prisma, principalOf(context).tenantId, divertedSelection(input)),
    }),
  }),
);

const RedeliverDeliveryInput = builder.inputType("RedeliverDeliveryInput", {
  fields: (t) => ({ id: t.globalID({ required: true }) }),
});

builder.mutationField("redeliverDelivery", (t) =>
  t.field({
    type: builder.objectRef<{ delivery: Delivery }>("RedeliverDeliveryPayload").implement({ fields: (f) => ({ delivery: f.field({ type: DeliveryRef, resolve: (payload) => payload.delivery }) }) }),
    description: "Queues a fresh delivery of the same event to the same webhook, with the same webhook-id header.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: { input: t.arg({ type: RedeliverDeliveryInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      delivery: await redeliverDelivery(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Delivery", "Delivery")),
    }),
  }),
);

// Statistics

export const StatsBucketEnum = builder.enumType("StatsBucket", { values: STATS_BUCKETS });

const DeliveryStatsFilterInput = builder.inputType("DeliveryStatsFilter", {
  fields: (t) => ({
    webhookId: t.globalID(),
    eventType: t.string(),
    from: t.field({ type: "DateTime", description: "Default: 24 hours before `to`." }),
    to: t.field({ type: "DateTime", description: "Default: now." }),
  }),
});

const DeliveryStatsRowRef = builder.objectRef<DeliveryStatsRow>("DeliveryStatsRow").implement({
  description: "Deliveries created in the period by their current status, and attempts started in it.",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime", nullable: true, description: "Start of the bucket (UTC); null on the totals." }),
    total: t.exposeInt("total"),
    pending: t.exposeInt("pending"),
    succeeded: t.exposeInt("succeeded"),
    failed: t.exposeInt("failed"),
    diverted: t.exposeInt("diverted"),
    discarded: t.exposeInt("discarded"),
    successRate: t.exposeFloat("successRate", { nullable: true, description: "Succeeded among finished deliveries (0-1); null when none finished." }),
    attemptCount: t.exposeInt("attemptCount"),
    latencyP50Ms: t.exposeFloat("latencyP50Ms", { nullable: true }),
    latencyP95Ms: t.exposeFloat("latencyP95Ms", { nullable: true }),
    latencyP99Ms: t.exposeFloat("latencyP99Ms", { nullable: true }),
  }),
});

const DeliveryStatsRef = builder.objectRef<DeliveryStats>("DeliveryStats").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    bucket: t.expose("bucket", { type: StatsBucketEnum }),
    totals: t.field({ type: DeliveryStatsRowRef, resolve: (stats) => stats.totals }),
    series: t.field({ type: [DeliveryStatsRowRef], description: "One row per bucket, empty buckets included.", resolve: (stats) => stats.series }),
  }),
});

builder.queryField("deliveryStats", (t) =>
  t.field({
    nullable: true,
    type: DeliveryStatsRef,
    description: "Delivery counts, success rate and attempt latency, overall and per time bucket. Test deliveries are not counted.",
    authScopes: { scope: "deliveries:view" },
    args: {
      filter: t.arg({ type: DeliveryStatsFilterInput }),
      bucket: t.arg({ type: StatsBucketEnum, defaultValue: "HOUR" }),
    },
    resolve: (_root, { filter, bucket }, context) =>
      deliveryStats(
        context.prisma,
        principalOf(context).tenantId,
        filter && { ...filter, webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "Webhook", "OutgoingWebhook") },
        bucket ?? "HOUR",
      ),
  }),
);

const TestWebhookInput = builder.inputType("TestWebhookInput", {
  fields: (t) => ({
    id: t.globalID({ required: true }),
    eventType: t.string({ defaultValue: "webhook.test" }),
    payload: t.field({ type: "JSONObject", description: "Default: a short message naming the webhook." }),
  }),
});

builder.mutationField("testWebhook", (t) =>
  t.field({
    type: builder.objectRef<{ delivery: Delivery; attempt: DeliveryAttempt }>("TestWebhookPayload").implement({
      fields: (f) => ({
        delivery: f.field({ type: DeliveryRef, resolve: (payload) => payload.delivery }),
        attempt: f.field({ type: DeliveryAttemptRef, resolve: (payload) => payload.attempt }),
      }),
    }),
    description:
      "Sends one signed delivery to the webhook now and returns the attempt. Works on disabled and suspended webhooks, never retries, and leaves the webhook's state alone; recorded with isTest.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: TestWebhookInput, required: true }) },
    resolve: (_root, { input }, context) =>
      testWebhook(context, context.secretBox, context.sender, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", "OutgoingWebhook"), {
        eventType: input.eventType,
        payload: input.payload,
      }),
  }),
);
