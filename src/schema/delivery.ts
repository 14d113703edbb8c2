// Deliveries and their attempts: listings, the diverted store, redelivery, statistics.
import { attemptProjectWhere, deliveryProjectWhere } from "../auth/owner.js";
import { builder } from "./builder.js";
import { DeliveryStatusEnum, FailureTriggerEnum, OrderDirectionEnum, StatsBucketEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import { maySeeSecretsOf, type Context } from "./context.js";
import { maskSecret } from "../auth/secret-fields.js";
import { RESERVED_HEADERS } from "../outgoing/outgoing-webhooks.js";
import type { Delivery, DeliveryAttempt } from "../generated/prisma/client.js";
import {
  type DeliveryFilter,
  divertedWhere,
  MAX_RECOVERED_DELIVERIES,
  MAX_DIVERTED_IDS,
} from "../delivery/deliveries.js";
import {
  RECENT_HOURS,
  type DeliveryStats,
  type DeliveryStatsRow,
  type RecentDeliveries,
} from "../delivery/delivery-stats.js";
import { localId } from "./global-id.js";
import { ValidationError } from "../common/errors.js";
import { eventIdOfMessageId } from "../events/message-ids.js";
import { keysetConnection } from "./keyset-connection.js";
import { childConnection, requestLoader } from "./request-loader.js";
import { OutgoingWebhookRef } from "./outgoing-webhook.js";
import { offsetArgs, skipOffset } from "./page-offset.js";
import { storedRequestHeaders, storedResponseHeaders } from "../delivery/delivery-queue.js";
import { deliveryCursor } from "../delivery/delivery-query.js";

// The headers every delivery carries (Standard Webhooks' and HTTP's): not the webhook's own, never secret.
const STANDARD_REQUEST_HEADERS = new Set(RESERVED_HEADERS);

const HeaderEntryRef = builder.objectRef<{ name: string; value: string }>("HeaderEntry").implement({
  description: "One header line of a request or response.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Header name." }),
    value: t.exposeString("value", { description: "Header value." }),
  }),
});

export const DeliveryAttemptRef = builder.prismaNode("DeliveryAttempt", {
  id: { field: "id" },
  description: "One HTTP request of a delivery and what came back.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, ...attemptProjectWhere(context.owner) }),
  fields: (t) => ({
    attemptNumber: t.exposeInt("attemptNumber", { description: "1 for the first attempt of the delivery." }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "When the request was sent." }),
    durationMs: t.exposeInt("durationMs", {
      description: "From sending the request to the end of the response (or the failure), in milliseconds.",
    }),
    url: t.exposeString("url", { description: "The URL the request went to (the webhook's URL at the time)." }),
    requestHeaders: t.field({
      type: [HeaderEntryRef],
      description:
        "As sent. The webhook's own headers' values are masked without webhooks:edit, as on OutgoingWebhook.headers.",
      resolve: (attempt, _args, context) => {
        const headers = storedRequestHeaders.parse(attempt.requestHeaders);
        if (maySeeSecretsOf(context, attempt.webhookId)) return headers;
        return headers.map((header) =>
          STANDARD_REQUEST_HEADERS.has(header.name) ? header : { name: header.name, value: maskSecret(header.value) },
        );
      },
    }),
    responseStatus: t.exposeInt("responseStatus", { nullable: true, description: "Null when no response arrived." }),
    responseHeaders: t.field({
      type: [HeaderEntryRef],
      nullable: true,
      description: "As received; null when no response arrived.",
      resolve: (attempt) => {
        const headers = storedResponseHeaders.parse(attempt.responseHeaders);
        return headers && Object.entries(headers).map(([name, value]) => ({ name, value }));
      },
    }),
    responseBody: t.exposeString("responseBody", {
      nullable: true,
      description: "The first 8 KiB of the response body.",
    }),
    succeeded: t.exposeBoolean("succeeded", { description: "Whether the receiver answered 2xx in time." }),
    failureTrigger: t.expose("failureTrigger", {
      type: FailureTriggerEnum,
      nullable: true,
      description: "Why it failed; null when it succeeded.",
    }),
    failureMessage: t.exposeString("failureMessage", {
      nullable: true,
      description: 'What went wrong, in words ("HTTP 503", "timed out after 15 s"); null when it succeeded.',
    }),
  }),
});

export const DeliveryRef = builder.prismaNode("Delivery", {
  id: { field: "id" },
  description: "One event on its way to one webhook.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, ...deliveryProjectWhere(context.owner) }),
  fields: (t) => ({
    event: t.relation("event", {
      nullable: true,
      description: "The event being delivered. Needs deliveries:view.",
      authScopes: { scope: READ_SCOPES.Event },
    }),
    webhook: t.relation("webhook", {
      type: OutgoingWebhookRef,
      nullable: true,
      description: "The webhook it goes to. Needs webhooks:view.",
      authScopes: { scope: READ_SCOPES.OutgoingWebhook },
    }),
    eventType: t.exposeString("eventType", { description: "The event's type." }),
    messageId: t.exposeString("messageId", {
      description: "The webhook-id header: the same on every attempt and redelivery.",
    }),
    status: t.expose("status", { type: DeliveryStatusEnum, description: "Where it stands." }),
    isTest: t.exposeBoolean("isTest", {
      description: "Sent by testWebhook: never retried, left out of statistics and webhook health.",
    }),
    attemptCount: t.exposeInt("attemptCount", {
      description:
        "Attempts made so far (a resend of a diverted delivery keeps counting; a redelivery is a new delivery).",
    }),
    nextAttemptAt: t.expose("nextAttemptAt", {
      type: "DateTime",
      nullable: true,
      description: "When the next attempt is due; null once it is finished.",
    }),
    lastAttemptAt: t.expose("lastAttemptAt", {
      type: "DateTime",
      nullable: true,
      description: "When the last attempt started; null before the first.",
    }),
    completedAt: t.expose("completedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it ended (succeeded, diverted or discarded); null while it may be attempted again.",
    }),
    failureTrigger: t.expose("failureTrigger", {
      type: FailureTriggerEnum,
      nullable: true,
      description: "Why the last attempt failed.",
    }),
    failureMessage: t.exposeString("failureMessage", {
      nullable: true,
      description: "What went wrong with the last attempt, in words.",
    }),
    failureTimestamp: t.expose("completedAt", {
      type: "DateTime",
      nullable: true,
      description: "When a diverted or discarded delivery gave up (completedAt).",
    }),
    createdAt: t.expose("createdAt", {
      type: "DateTime",
      description: "When it was queued (the event published, or a redelivery asked for).",
    }),
    attempts: t.field({
      type: [DeliveryAttemptRef],
      nullable: true,
      authScopes: { scope: READ_SCOPES.DeliveryAttempt },
      description: "Its attempts, oldest first. Needs deliveries:view.",
      // One statement for the attempts of every delivery in the response.
      resolve: (delivery, _args, context) =>
        requestLoader(context, "attempts", (ids) => context.stores.delivery.loadAttempts(ids), []).load(delivery.id),
    }),
  }),
});

const DeliveryFilterInput = builder.inputType("DeliveryFilter", {
  description: "Which deliveries to list: every field given must match.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only deliveries to this outgoing webhook." }),
    eventId: t.globalID({ description: "Only deliveries of this event." }),
    eventType: t.string({ description: "Exact type." }),
    messageId: t.string({
      description:
        'The `webhook-id` header a receiver saw ("msg_" and 32 hexadecimal digits): the deliveries of that event, with every attempt and redelivery.',
    }),
    status: t.field({ type: DeliveryStatusEnum, description: "Only deliveries in this status." }),
    isTest: t.boolean({ description: "Only test deliveries (true) or only real ones (false)." }),
    createdAfter: t.field({ type: "DateTime", description: "Queued at or after this time." }),
    createdBefore: t.field({ type: "DateTime", description: "Queued before this time." }),
  }),
});

const DeliveryOrderFieldEnum = builder.enumType("DeliveryOrderField", {
  description: "What deliveries can be sorted by.",
  values: { CREATED_AT: { description: "By the time they were queued." } } as const,
});

const DeliveryOrderInput = builder.inputType("DeliveryOrder", {
  description: "How to sort deliveries; ties are broken by id.",
  fields: (t) => ({
    field: t.field({ type: DeliveryOrderFieldEnum, required: true, description: "What to sort by." }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: "DESC", description: "Default DESC (newest first)." }),
  }),
});

type DeliveryFilterArg = typeof DeliveryFilterInput.$inferInput | null | undefined;

/** The filter with its global ids turned into database ids. */
function deliveryFilterOf(filter: DeliveryFilterArg): DeliveryFilter | null | undefined {
  if (filter?.messageId != null && !eventIdOfMessageId(filter.messageId)) {
    throw ValidationError.of(
      ["filter", "messageId"],
      'must be a webhook-id this service sends: "msg_" and 32 hexadecimal digits',
    );
  }
  return (
    filter && {
      ...filter,
      webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "outgoingWebhook"),
      eventId: filter.eventId && localId(filter.eventId, ["filter", "eventId"], "event"),
    }
  );
}

builder.queryField("deliveries", (t) =>
  t.connection(
    {
      nullable: true,
      type: DeliveryRef,
      description: "The tenant's deliveries, newest first unless ordered otherwise.",
      authScopes: { scope: "deliveries:view" },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: DeliveryFilterInput, description: "Only deliveries matching it." }),
        orderBy: t.arg({ type: DeliveryOrderInput, description: "Default: CREATED_AT descending." }),
      },
      resolve: (_root, args, context) =>
        keysetConnection(
          args,
          (page) =>
            context.stores.delivery.loadDeliveryPage(
              context.owner,
              deliveryFilterOf(args.filter),
              args.orderBy?.direction !== "ASC",
              page,
            ),
          deliveryCursor,
        ),
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
    args: { id: t.arg.globalID({ required: true, description: "The delivery's global id." }) },
    resolve: (query, _root, { id }, context) =>
      context.stores.delivery.findDelivery(context.owner, localId(id, ["id"], "delivery"), query),
  }),
);

builder.prismaObjectField(OutgoingWebhookRef, "deliveries", (t) =>
  t.connection(
    {
      type: DeliveryRef,
      description: "This webhook's deliveries, newest first.",
      nullable: true,
      authScopes: { scope: READ_SCOPES.Delivery },
      args: {
        ...offsetArgs,
        status: t.arg({ type: DeliveryStatusEnum, description: "Only deliveries in this status." }),
      },
      resolve: (webhook, args, context) =>
        childConnection(context, webhook.id, args, {
          name: "deliveries",
          filter: args.status,
          loadPages: (ids, page) => context.stores.delivery.loadWebhookDeliveryPages(ids, args.status, page),
          loadCounts: (ids) => context.stores.delivery.countWebhookDeliveries(ids, args.status),
        }),
    },
    { name: "WebhookDeliveryConnection" },
    { name: "WebhookDeliveryEdge" },
  ),
);

const RecentDeliveriesRef = builder.objectRef<RecentDeliveries>("RecentDeliveries").implement({
  description: `A webhook's deliveries of the last ${RECENT_HOURS} hours, hour by hour (oldest first, the last hour ending now), test deliveries left out: what a sparkline draws.`,
  fields: (t) => ({
    succeeded: t.intList({
      description: "Deliveries created in each hour that have succeeded.",
      resolve: (recent) => recent.succeeded,
    }),
    failed: t.intList({
      description: "Deliveries created in each hour that finished without success (failed, discarded or diverted).",
      resolve: (recent) => recent.failed,
    }),
    successRate: t.float({
      nullable: true,
      description: "Succeeded among those finished, over the whole period; null when none finished.",
      resolve: ({ succeeded, failed }) => {
        const ok = succeeded.reduce((sum, count) => sum + count, 0);
        const finished = ok + failed.reduce((sum, count) => sum + count, 0);
        return finished === 0 ? null : ok / finished;
      },
    }),
  }),
});

builder.objectField(OutgoingWebhookRef, "recentDeliveries", (t) =>
  t.field({
    type: RecentDeliveriesRef,
    nullable: true,
    description: `This webhook's deliveries of the last ${RECENT_HOURS} hours, hour by hour; read for a whole page of webhooks at once.`,
    authScopes: { scope: READ_SCOPES.Delivery },
    resolve: (webhook, _args, context) =>
      requestLoader(context, "recentDeliveries", (ids) => context.stores.delivery.recentDeliveriesOf(ids), {
        succeeded: [],
        failed: [],
      }).load(webhook.id),
  }),
);

// The diverted store: deliveries that could not be delivered, kept for resending.

const DivertedDeliveryFilterInput = builder.inputType("DivertedDeliveryFilter", {
  description: "Which diverted deliveries to list: every field given must match.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only deliveries to this outgoing webhook." }),
    eventType: t.string({ description: "Exact type." }),
    failedAfter: t.field({ type: "DateTime", description: "Diverted at or after this time." }),
    failedBefore: t.field({ type: "DateTime", description: "Diverted before this time." }),
  }),
});

function matchingDiverted(context: Context, filter: typeof DivertedDeliveryFilterInput.$inferInput | null | undefined) {
  return divertedWhere(
    context.owner,
    filter && {
      ...filter,
      webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "outgoingWebhook"),
    },
  );
}

builder.queryField("divertedDeliveries", (t) =>
  t.prismaConnection(
    {
      nullable: true,
      type: DeliveryRef,
      cursor: "id",
      description:
        "Deliveries that exhausted their retries (or met a suspended webhook) and wait to be resent or deleted; latest failure first.",
      authScopes: { scope: "deliveries:view" },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: DivertedDeliveryFilterInput, description: "Only diverted deliveries matching it." }),
      },
      resolve: (query, _root, args, context) =>
        context.stores.delivery.listDivertedDeliveries(matchingDiverted(context, args.filter), skipOffset(query, args)),
      totalCount: (_root, { filter }, context) =>
        context.stores.delivery.countDeliveries(matchingDiverted(context, filter)),
    },
    { name: "DivertedDeliveryConnection" },
    { name: "DivertedDeliveryEdge" },
  ),
);

const divertedDeliveriesInput = (name: string) =>
  builder.inputType(name, {
    description:
      "Which diverted deliveries: those named by ids, all of a webhook's, or the named ones of that webhook.",
    fields: (t) => ({
      ids: t.globalIDList({ description: `These diverted deliveries (at most ${MAX_DIVERTED_IDS} ids).` }),
      webhookId: t.globalID({
        description: "This outgoing webhook's diverted deliveries (with ids: only those of them).",
      }),
    }),
  });

function divertedSelection(input: ReturnType<typeof divertedDeliveriesInput>["$inferInput"]) {
  return {
    ids: input.ids?.map((id, index) => localId(id, ["input", "ids", String(index)], "delivery")),
    webhookId: input.webhookId && localId(input.webhookId, ["input", "webhookId"], "outgoingWebhook"),
  };
}

builder.mutationField("resendDivertedDeliveries", (t) =>
  t.field({
    type: builder.objectRef<{ resentCount: number }>("ResendDivertedDeliveriesPayload").implement({
      description: "How many diverted deliveries were queued again.",
      fields: (f) => ({
        resentCount: f.exposeInt("resentCount", {
          description: "Deliveries queued again; ids that were not diverted are skipped.",
        }),
      }),
    }),
    description: "Queues diverted deliveries again, each with a fresh retry budget.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: {
      input: t.arg({
        type: divertedDeliveriesInput("ResendDivertedDeliveriesInput"),
        required: true,
        description: "Which diverted deliveries.",
      }),
    },
    resolve: async (_root, { input }, context) => ({
      resentCount: await context.stores.delivery.resendDivertedDeliveries(context.owner, divertedSelection(input)),
    }),
  }),
);

builder.mutationField("deleteDivertedDeliveries", (t) =>
  t.field({
    type: builder.objectRef<{ deletedCount: number }>("DeleteDivertedDeliveriesPayload").implement({
      description: "How many diverted deliveries were deleted.",
      fields: (f) => ({
        deletedCount: f.exposeInt("deletedCount", {
          description: "Deliveries deleted; ids that were not diverted are skipped.",
        }),
      }),
    }),
    description: "Deletes diverted deliveries, with their attempts, for good.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: {
      input: t.arg({
        type: divertedDeliveriesInput("DeleteDivertedDeliveriesInput"),
        required: true,
        description: "Which diverted deliveries.",
      }),
    },
    resolve: async (_root, { input }, context) => ({
      deletedCount: await context.stores.delivery.deleteDivertedDeliveries(context.owner, divertedSelection(input)),
    }),
  }),
);

const RecoverDeliveriesInput = builder.inputType("RecoverDeliveriesInput", {
  description: "Which failed deliveries of a webhook to queue again: those created in [since, until).",
  fields: (t) => ({
    webhookId: t.globalID({ required: true, description: "The outgoing webhook." }),
    since: t.field({ type: "DateTime", required: true, description: "From this instant (inclusive)." }),
    until: t.field({ type: "DateTime", description: "To this instant (exclusive); default now." }),
    statuses: t.field({
      type: [DeliveryStatusEnum],
      description: "FAILED, DIVERTED and/or DISCARDED (default all three).",
    }),
  }),
});

builder.mutationField("recoverDeliveries", (t) =>
  t.field({
    type: builder.objectRef<{ recoveredCount: number }>("RecoverDeliveriesPayload").implement({
      description: "How many deliveries were queued again.",
      fields: (f) => ({ recoveredCount: f.exposeInt("recoveredCount", { description: "Deliveries queued again." }) }),
    }),
    description: `After an outage: queues again the webhook's failed, diverted and discarded deliveries created in the window, each with a fresh retry budget and the same webhook-id (receivers de-duplicate), at most ${MAX_RECOVERED_DELIVERIES} per call. Needs deliveries:retry.`,
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: {
      input: t.arg({ type: RecoverDeliveriesInput, required: true, description: "The webhook and the window." }),
    },
    resolve: async (_root, { input }, context) => ({
      recoveredCount: await context.stores.delivery.recoverDeliveries(context.owner, {
        webhookId: localId(input.webhookId, ["input", "webhookId"], "outgoingWebhook"),
        since: input.since,
        until: input.until,
        statuses: input.statuses,
      }),
    }),
  }),
);

const RedeliverDeliveryInput = builder.inputType("RedeliverDeliveryInput", {
  description: "Which delivery to send again.",
  fields: (t) => ({ id: t.globalID({ required: true, description: "The delivery (any status)." }) }),
});

builder.mutationField("redeliverDelivery", (t) =>
  t.field({
    type: builder.objectRef<{ delivery: Delivery }>("RedeliverDeliveryPayload").implement({
      description: "The new delivery.",
      fields: (f) => ({
        delivery: f.field({
          type: DeliveryRef,
          description: "The delivery just queued.",
          resolve: (payload) => payload.delivery,
        }),
      }),
    }),
    description: "Queues a fresh delivery of the same event to the same webhook, with the same webhook-id header.",
    authScopes: { scope: "deliveries:retry" },
    errors: {},
    args: {
      input: t.arg({ type: RedeliverDeliveryInput, required: true, description: "The delivery to send again." }),
    },
    resolve: async (_root, { input }, context) => ({
      delivery: await context.stores.delivery.redeliverDelivery(
        context.owner,
        localId(input.id, ["input", "id"], "delivery"),
      ),
    }),
  }),
);

// Statistics

const DeliveryStatsFilterInput = builder.inputType("DeliveryStatsFilter", {
  description: "Which deliveries to count, and over which period.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only deliveries to this outgoing webhook." }),
    eventType: t.string({ description: "Only deliveries of this exact event type." }),
    from: t.field({ type: "DateTime", description: "Default: 24 hours before `to`." }),
    to: t.field({ type: "DateTime", description: "Default: now." }),
  }),
});

const DeliveryStatsRowRef = builder.objectRef<DeliveryStatsRow>("DeliveryStatsRow").implement({
  description: "Deliveries created in the period by their current status, and attempts started in it.",
  fields: (t) => ({
    start: t.expose("start", {
      type: "DateTime",
      nullable: true,
      description: "Start of the bucket (UTC); null on the totals.",
    }),
    total: t.exposeInt("total", { description: "Deliveries created in the bucket." }),
    pending: t.exposeInt("pending", { description: "Of those, still PENDING." }),
    succeeded: t.exposeInt("succeeded", { description: "Of those, SUCCEEDED." }),
    failed: t.exposeInt("failed", { description: "Of those, FAILED (a retry is scheduled)." }),
    diverted: t.exposeInt("diverted", { description: "Of those, DIVERTED." }),
    discarded: t.exposeInt("discarded", { description: "Of those, DISCARDED." }),
    successRate: t.exposeFloat("successRate", {
      nullable: true,
      description: "Succeeded among finished deliveries (0-1); null when none finished.",
    }),
    attemptCount: t.exposeInt("attemptCount", { description: "Attempts started in the bucket." }),
    latencyP50Ms: t.exposeFloat("latencyP50Ms", {
      nullable: true,
      description: "Median attempt duration (ms) of those attempts; null without attempts.",
    }),
    latencyP95Ms: t.exposeFloat("latencyP95Ms", {
      nullable: true,
      description: "95th percentile attempt duration (ms); null without attempts.",
    }),
    latencyP99Ms: t.exposeFloat("latencyP99Ms", {
      nullable: true,
      description: "99th percentile attempt duration (ms); null without attempts.",
    }),
  }),
});

const DeliveryStatsRef = builder.objectRef<DeliveryStats>("DeliveryStats").implement({
  description: "Delivery statistics for a period.",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime", description: "Start of the period." }),
    to: t.expose("to", { type: "DateTime", description: "End of the period." }),
    bucket: t.expose("bucket", { type: StatsBucketEnum, description: "The width of each row of `series`." }),
    totals: t.field({ type: DeliveryStatsRowRef, description: "The whole period.", resolve: (stats) => stats.totals }),
    series: t.field({
      type: [DeliveryStatsRowRef],
      description: "One row per bucket, empty buckets included.",
      resolve: (stats) => stats.series,
    }),
  }),
});

builder.queryField("deliveryStats", (t) =>
  t.field({
    nullable: true,
    type: DeliveryStatsRef,
    description:
      "Delivery counts, success rate and attempt latency, overall and per time bucket. Test deliveries are not counted.",
    authScopes: { scope: "deliveries:view" },
    args: {
      filter: t.arg({
        type: DeliveryStatsFilterInput,
        description: "Which deliveries, over which period (default: the last 24 hours).",
      }),
      bucket: t.arg({ type: StatsBucketEnum, defaultValue: "HOUR", description: "Width of each row of `series`." }),
    },
    resolve: (_root, { filter, bucket }, context) =>
      context.stores.delivery.deliveryStats(
        context.owner,
        filter && {
          ...filter,
          webhookId: filter.webhookId && localId(filter.webhookId, ["filter", "webhookId"], "outgoingWebhook"),
        },
        bucket ?? "HOUR",
      ),
  }),
);

const TestWebhookInput = builder.inputType("TestWebhookInput", {
  description: "The webhook to test and what to send it.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The outgoing webhook." }),
    eventType: t.string({
      defaultValue: "webhook.test",
      description: "The event type the test carries (default webhook.test).",
    }),
    payload: t.field({
      type: "JSONObject",
      description: "Default: the event type's first example in the catalogue, else a short message naming the webhook.",
    }),
    example: t.int({
      description:
        "Send this example (from 0) of the event type's latest version in the catalogue instead of a payload.",
    }),
  }),
});

builder.mutationField("testWebhook", (t) =>
  t.field({
    type: builder.objectRef<{ delivery: Delivery; attempt: DeliveryAttempt }>("TestWebhookPayload").implement({
      description: "The test delivery and its one attempt.",
      fields: (f) => ({
        delivery: f.field({
          type: DeliveryRef,
          description: "The test delivery (isTest).",
          resolve: (payload) => payload.delivery,
        }),
        attempt: f.field({
          type: DeliveryAttemptRef,
          description: "What the receiver answered.",
          resolve: (payload) => payload.attempt,
        }),
      }),
    }),
    description:
      "Sends one signed delivery to the webhook now and returns the attempt. Works on disabled and suspended webhooks, never retries, and leaves the webhook's state alone; recorded with isTest.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: TestWebhookInput, required: true, description: "The webhook and the test event." }) },
    resolve: (_root, { input }, context) =>
      context.stores.delivery.testWebhook(
        context.secretBox,
        context.senders,
        context.owner,
        localId(input.id, ["input", "id"], "outgoingWebhook"),
        { eventType: input.eventType, payload: input.payload, example: input.example },
      ),
  }),
);
