// The Webhook interface both kinds implement, the webhooks listing and statistics, and the
// operations shared by both kinds (enable, disable, delete).
import { capitalize, encodeGlobalID } from "@pothos/plugin-relay";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { InterfaceRef, ObjectFieldsShape, ObjectRef } from "@pothos/core";
import { builder, malformedIdError, type BuilderTypes } from "./builder.js";
import { OrderDirectionEnum, WebhookKindEnum } from "./enums.js";
import type { Webhook, WebhookDisabledReason } from "../generated/prisma/client.js";
import { storedTags } from "../webhooks/webhooks.js";
import {
  MAX_FILTER_IDS,
  WEBHOOK_ORDER_FIELDS,
  WEBHOOK_STATS_FIELDS,
  WEBHOOK_STATS_GROUPS,
  webhookCursor,
  type WebhookFilter,
  type WebhookStats,
  type WebhookStatsRow,
} from "../webhooks/webhook-query.js";
import { MAX_AGGREGATES } from "../db/aggregates.js";
import { aggregateTypes, StatsOrderInput, statsLimitDescription } from "./stats.js";
import { localId, typenamesOf } from "./global-id.js";
import { keysetConnection } from "./keyset-connection.js";
import { reads, selectedColumns } from "./selected-columns.js";
import { offsetArgs } from "./page-offset.js";
import { nameSchema } from "../common/validation.js";
import { lengthRange } from "./limits.js";

export const WebhookStateEnum = builder.enumType("WebhookState", {
  description: "Whether a webhook is switched on (enableWebhook, disableWebhook).",
  values: {
    ENABLED: { description: "Switched on." },
    DISABLED: {
      description: "Switched off: an outgoing webhook receives nothing, an incoming one refuses posts (403).",
    },
  } as const,
});

export const WebhookDisabledReasonEnum = builder.enumType("WebhookDisabledReason", {
  description: "Why a webhook is switched off.",
  values: {
    MANUAL: { description: "disableWebhook, or created or updated with enabled: false." },
    ENDPOINT_GONE: {
      description:
        "The receiver answered 410 Gone: it wants nothing more (Standard Webhooks). enableWebhook switches it back on.",
    },
  } satisfies Record<WebhookDisabledReason, unknown>,
});

export const WebhookInterface = builder.prismaInterface("Webhook", {
  interfaces: [builder.nodeInterfaceRef()],
  description: "What every webhook has, outgoing or incoming.",
  resolveType: (webhook) => (webhook.kind === "OUTGOING" ? "OutgoingWebhook" : "IncomingWebhook"),
  fields: (t) => ({
    kind: t.expose("kind", { type: WebhookKindEnum, description: "Outgoing or incoming." }),
    name: t.exposeString("name", { description: `Unique within the tenant's project, ${lengthRange(nameSchema)}.` }),
    state: t.field({
      type: WebhookStateEnum,
      description: "ENABLED or DISABLED (the same as `enabled`).",
      extensions: reads("enabled"),
      resolve: (webhook) => (webhook.enabled ? "ENABLED" : "DISABLED"),
    }),
    enabled: t.exposeBoolean("enabled", { description: "Whether the webhook is switched on." }),
    disabledReason: t.expose("disabledReason", {
      type: WebhookDisabledReasonEnum,
      nullable: true,
      description: "Why it is switched off; null while enabled.",
    }),
    disabledAt: t.expose("disabledAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was switched off; null while enabled.",
    }),
    projectId: t.string({
      nullable: true,
      description: "Optional grouping inside the tenant.",
      extensions: reads("projectId"),
      resolve: (webhook) => webhook.projectId || null,
    }),
    tags: t.field({
      type: "JSONObject",
      description: "Free-form labels: string keys to string values.",
      extensions: reads("tags"),
      resolve: (webhook) => storedTags.parse(webhook.tags),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the webhook was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When its settings last changed." }),
  }),
});

export const WebhookFilterInput = builder.inputType("WebhookFilter", {
  description: "Which webhooks to list or count: every field given must match.",
  fields: (t) => ({
    ids: t.globalIDList({ description: `Only these webhooks (at most ${MAX_FILTER_IDS} global ids).` }),
    kind: t.field({ type: WebhookKindEnum, description: "Only this kind." }),
    name: t.string({ description: "Exact name." }),
    nameContains: t.string({ description: "Case-insensitive substring of the name." }),
    search: t.string({ description: "Words, each matched (case-insensitively) against name, URL and id." }),
    state: t.field({ type: WebhookStateEnum, description: "Only webhooks in this state." }),
    enabled: t.boolean({ description: "Only enabled (true) or disabled (false) webhooks." }),
    suspended: t.boolean({
      description: "Only webhooks that are (true) or are not (false) suspended (incoming webhooks never are).",
    }),
    active: t.boolean({ description: "Enabled and not suspended." }),
    eventTypes: t.stringList({
      description: "Webhooks that receive any of these types (wildcard subscriptions included).",
    }),
    projectId: t.string({ description: "Only webhooks of this project." }),
    pluginId: t.string({ description: "Incoming webhooks running this plugin." }),
    accessKey: t.string({
      description:
        "The incoming webhook with this access key (matched through a keyed digest; the key itself is never stored in the clear).",
    }),
    webhookUrl: t.string({
      description:
        "The incoming webhook with this URL, in either form (/webhooks/incoming/... or the SpaceONE /monitoring/v1/webhook/...); the origin is not compared.",
    }),
    capability: t.field({
      type: "JSONObject",
      description: 'Incoming webhooks whose capability holds all of these values (e.g. { monitoringType: "EVENT" }).',
    }),
    tags: t.field({ type: "JSONObject", description: "Webhooks having all these tag values." }),
    createdAfter: t.field({ type: "DateTime", description: "Created at or after this time." }),
    createdBefore: t.field({ type: "DateTime", description: "Created before this time." }),
  }),
});

type GlobalId = { typename: string; id: string };

/** The filter with its global ids made local: a malformed id is an error at its place, an id of another type matches nothing. */
export function webhookFilterOf(
  filter: (Omit<NonNullable<WebhookFilter>, "ids"> & { ids?: readonly GlobalId[] | null }) | null | undefined,
): WebhookFilter {
  if (!filter) return filter;
  const { ids, ...rest } = filter;
  return {
    ...rest,
    ids: ids?.flatMap((id, index) => {
      const malformed = malformedIdError(id, ["filter", "ids", String(index)]);
      if (malformed) throw malformed;
      return typenamesOf("webhook").includes(id.typename) ? [id.id] : [];
    }),
  };
}

const WebhookOrderFieldEnum = builder.enumType("WebhookOrderField", {
  description: "What webhooks can be sorted by.",
  values: {
    NAME: { description: "By name." },
    CREATED_AT: { description: "By creation time." },
    UPDATED_AT: { description: "By the last change of settings." },
    LAST_FAILURE_AT: { description: "By the last failed attempt; webhooks that never failed sort as the oldest." },
  } as const satisfies Record<(typeof WEBHOOK_ORDER_FIELDS)[number], { description: string }>,
});

const WebhookOrderInput = builder.inputType("WebhookOrder", {
  description: "How to sort webhooks; ties are broken by id.",
  fields: (t) => ({
    field: t.field({ type: WebhookOrderFieldEnum, required: true, description: "What to sort by." }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: "ASC", description: "Default ASC." }),
  }),
});

builder.queryField("webhooks", (t) =>
  t.connection(
    {
      nullable: true,
      type: WebhookInterface,
      description:
        "The tenant's webhooks of both kinds. Ties in the order are broken by id, so pages never skip or repeat rows.",
      authScopes: { scope: "webhooks:view" },
      args: {
        ...offsetArgs,
        filter: t.arg({ type: WebhookFilterInput, description: "Only webhooks matching it." }),
        orderBy: t.arg({ type: WebhookOrderInput, description: "Default: CREATED_AT descending." }),
      },
      resolve: (_root, args, context, info) =>
        keysetConnection(
          args,
          async (page) => {
            const { rows, total } = await context.stores.webhooks.loadWebhookPage(
              context.secretBox,
              context.owner,
              webhookFilterOf(args.filter),
              {
                field: args.orderBy?.field ?? "CREATED_AT",
                direction: args.orderBy ? (args.orderBy.direction ?? "ASC") : "DESC",
              },
              page,
              selectedColumns(info, "Webhook"),
            );
            // Rows hold the fields the selection reads (selected-columns.ts), which are all its resolvers touch.
            return { rows: rows as (Webhook & { sortKey: string })[], total };
          },
          webhookCursor,
        ),
    },
    { name: "WebhookConnection" },
    { name: "WebhookEdge" },
  ),
);

builder.queryField("webhook", (t) =>
  t.field({
    nullable: true,
    type: WebhookInterface,
    description:
      "One webhook of either kind. Null, with a NOT_FOUND error at its path, when it does not exist for this tenant.",
    authScopes: { scope: "webhooks:view" },
    args: { id: t.arg.globalID({ required: true, description: "The webhook's global id." }) },
    resolve: (_root, args, context, info) =>
      context.stores.webhooks.findWebhook(
        context.owner,
        localId(args.id, ["id"], "webhook"),
        undefined,
        queryFromInfo({ context, info, typeName: "Webhook" }),
      ),
  }),
);

const WebhookStatsGroupEnum = builder.enumType("WebhookStatsGroup", {
  description: "What webhookStats can group by.",
  values: {
    KIND: { description: "By kind." },
    STATE: { description: "By state." },
    PROJECT: { description: "By project." },
    SUSPENDED: { description: "By whether an outgoing webhook is suspended." },
    EVENT_TYPE: { description: "By subscribed event type (a webhook counts once per type it subscribes to)." },
    CREATED_DAY: { description: "By UTC day of creation." },
    PLUGIN: { description: "By the plugin an incoming webhook runs (null for outgoing webhooks)." },
    CAPABILITY: {
      description: "By an incoming webhook's capability, as its plugin declared it (null for outgoing webhooks).",
    },
  } as const satisfies Record<(typeof WEBHOOK_STATS_GROUPS)[number], { description: string }>,
});

const WebhookStatsFieldEnum = builder.enumType("WebhookStatsField", {
  description: "What webhookStats can aggregate.",
  values: {
    REQUESTS_TOTAL: { description: "Requests an incoming webhook received (0 for outgoing webhooks)." },
    REQUESTS_ERROR: { description: "Of those, the ones that failed." },
    CONSECUTIVE_FAILURES: { description: "Failed deliveries in a row of an outgoing webhook, now." },
    SUBSCRIBED_EVENT_TYPES: { description: "How many event types (and patterns) an outgoing webhook subscribes to." },
    DELIVERIES_TOTAL: { description: "An outgoing webhook's deliveries, kept ones (retention aside)." },
    DELIVERIES_SUCCEEDED: { description: "Of those, the ones that succeeded." },
    DELIVERIES_FAILED: { description: "Of those, the ones that failed, were diverted or discarded." },
  } as const satisfies Record<(typeof WEBHOOK_STATS_FIELDS)[number], { description: string }>,
});

const WebhookAggregate = aggregateTypes("WebhookStats", WebhookStatsFieldEnum);

const WebhookStatsRowRef = builder.objectRef<WebhookStatsRow>("WebhookStatsRow").implement({
  description: "One group: the values of the grouped fields (others are null) and how many webhooks it holds.",
  fields: (t) => ({
    kind: t.expose("kind", { type: WebhookKindEnum, nullable: true, description: "Grouped by KIND: the kind." }),
    state: t.expose("state", { type: WebhookStateEnum, nullable: true, description: "Grouped by STATE: the state." }),
    projectId: t.exposeString("projectId", {
      nullable: true,
      description: "Grouped by PROJECT: the project (null for none).",
    }),
    suspended: t.exposeBoolean("suspended", {
      nullable: true,
      description: "Grouped by SUSPENDED: whether suspended.",
    }),
    eventType: t.exposeString("eventType", {
      nullable: true,
      description: "Grouped by EVENT_TYPE: the subscribed type or pattern.",
    }),
    createdDay: t.exposeString("createdDay", { nullable: true, description: "UTC day, YYYY-MM-DD." }),
    pluginId: t.exposeString("pluginId", { nullable: true, description: "Grouped by PLUGIN: the plugin." }),
    capability: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Grouped by CAPABILITY: the capability.",
      resolve: (row) => row.capability ?? null,
    }),
    count: t.exposeInt("count", { description: "Webhooks in the group." }),
    aggregates: t.field({
      type: [WebhookAggregate.value],
      description: "The aggregates asked for, in that order.",
      resolve: (row) => row.aggregates,
    }),
  }),
});

const WebhookStatsRef = builder.objectRef<WebhookStats>("WebhookStats").implement({
  description: "Webhook counts and aggregates, overall and per group.",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "Webhooks matching the filter (each counted once)." }),
    totals: t.field({
      type: [WebhookAggregate.value],
      description: "The aggregates over every matching webhook (each counted once).",
      resolve: (stats) => stats.totals,
    }),
    rows: t.field({
      type: [WebhookStatsRowRef],
      description: "One row per group that has webhooks.",
      resolve: (stats) => stats.rows,
    }),
  }),
});

builder.queryField("webhookStats", (t) =>
  t.field({
    nullable: true,
    type: WebhookStatsRef,
    description: "Counts and aggregates of webhooks per group, computed in the database in one statement.",
    authScopes: { scope: "webhooks:view" },
    args: {
      filter: t.arg({ type: WebhookFilterInput, description: "Only webhooks matching it." }),
      groupBy: t.arg({
        type: [WebhookStatsGroupEnum],
        required: true,
        description: "The dimensions to group by, together (at least one).",
      }),
      aggregates: t.arg({
        type: [WebhookAggregate.input],
        description: `Functions over fields, per group and overall (at most ${MAX_AGGREGATES}).`,
      }),
      orderBy: t.arg({ type: StatsOrderInput, description: "Default: by the grouped values." }),
      limit: t.arg.int({ description: statsLimitDescription }),
    },
    resolve: (_root, args, context) =>
      context.stores.webhooks.webhookStats(
        context.secretBox,
        context.owner,
        webhookFilterOf(args.filter),
        args.groupBy,
        {
          aggregates: args.aggregates,
          orderBy: args.orderBy,
          limit: args.limit,
        },
      ),
  }),
);

// Enable, disable, delete: shared by both kinds.

// One input and one payload type per mutation (Relay's convention), even where shapes agree, so each can
// change on its own.
const webhookIdInput = (name: string) =>
  builder.inputType(name, {
    description: "Names one webhook of either kind.",
    fields: (t) => ({ id: t.globalID({ required: true, description: "The webhook's global id." }) }),
  });

/**
 * A mutation's payload: the webhook as the mutation left it, as `type` (the interface or one kind),
 * with the fields `more` adds. Shape holds what the resolver returns beside the webhook.
 */
export const webhookPayload = <Shape extends { webhook: Webhook } = { webhook: Webhook }>(
  name: string,
  {
    type,
    description = "The webhook as it is after the change.",
    webhookDescription = "The changed webhook.",
    more,
  }: {
    type: ObjectRef<BuilderTypes, Webhook> | InterfaceRef<BuilderTypes, Webhook>;
    description?: string;
    webhookDescription?: string;
    more?: ObjectFieldsShape<BuilderTypes, Shape>;
  },
) =>
  builder.objectRef<Shape>(name).implement({
    description,
    fields: (t) => ({
      webhook: t.field({ type, description: webhookDescription, resolve: (payload) => payload.webhook }),
      ...more?.(t),
    }),
  });

for (const [field, enabled] of [
  ["enableWebhook", true],
  ["disableWebhook", false],
] as const) {
  const typeName = capitalize(field);
  builder.mutationField(field, (t) =>
    t.field({
      type: webhookPayload(`${typeName}Payload`, { type: WebhookInterface }),
      description: enabled
        ? "Turns a webhook on."
        : "Turns a webhook off: outgoing ones receive nothing, incoming ones refuse posts.",
      authScopes: { scope: "webhooks:edit" },
      errors: {},
      args: {
        input: t.arg({
          type: webhookIdInput(`${typeName}Input`),
          required: true,
          description: "The webhook to switch.",
        }),
      },
      resolve: async (_root, { input }, context) => ({
        webhook: await context.stores.webhooks.setWebhookEnabled(
          context.owner,
          localId(input.id, ["input", "id"], "webhook"),
          enabled,
        ),
      }),
    }),
  );
}

const DeleteWebhookPayload = builder.objectRef<{ deletedId: string }>("DeleteWebhookPayload").implement({
  description: "What deleteWebhook removed.",
  fields: (t) => ({ deletedId: t.exposeID("deletedId", { description: "The global id of the deleted webhook." }) }),
});

builder.mutationField("deleteWebhook", (t) =>
  t.field({
    type: DeleteWebhookPayload,
    description: "Deletes a webhook permanently.",
    authScopes: { scope: "webhooks:remove" },
    errors: {},
    args: {
      input: t.arg({
        type: webhookIdInput("DeleteWebhookInput"),
        required: true,
        description: "The webhook to delete, with its deliveries, events received and alerts.",
      }),
    },
    resolve: async (_root, { input }, context) => {
      await context.stores.webhooks.deleteWebhook(context.owner, localId(input.id, ["input", "id"], "webhook"));
      return { deletedId: encodeGlobalID(input.id.typename, input.id.id) };
    },
  }),
);
