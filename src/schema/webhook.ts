// The Webhook interface both kinds implement, the webhooks listing and statistics, and the
// operations shared by both kinds (enable, disable, delete).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import { principalOf } from "../context.js";
import type { Webhook } from "../generated/prisma/client.js";
import { deleteWebhook, findWebhook, setWebhookEnabled } from "../webhooks/webhooks.js";
import { WEBHOOK_ORDER_FIELDS, WEBHOOK_STATS_GROUPS, loadWebhookPage, webhookStats, type WebhookStatsRow } from "../webhooks/webhook-query.js";
import { localId } from "./global-id.js";
import { keysetConnection } from "./keyset-connection.js";

export const WEBHOOK_TYPENAMES = ["OutgoingWebhook", "IncomingWebhook"];

export const WebhookKindEnum = builder.enumType("WebhookKind", { values: ["OUTGOING", "INCOMING"] as const });
export const WebhookStateEnum = builder.enumType("WebhookState", { values: ["ENABLED", "DISABLED"] as const });

export const WebhookInterface = builder.prismaInterface("Webhook", {
  interfaces: [builder.nodeInterfaceRef()],
  description: "What every webhook has, outgoing or incoming.",
  resolveType: (webhook) => (webhook.kind === "OUTGOING" ? "OutgoingWebhook" : "IncomingWebhook"),
  fields: (t) => ({
    kind: t.expose("kind", { type: WebhookKindEnum }),
    name: t.exposeString("name"),
    state: t.field({ type: WebhookStateEnum, resolve: (webhook) => (webhook.enabled ? "ENABLED" : "DISABLED") }),
    enabled: t.exposeBoolean("enabled"),
    projectId: t.string({ nullable: true, description: "Optional grouping inside the tenant.", resolve: (webhook) => webhook.projectId || null }),
    tags: t.field({ type: "JSONObject", resolve: (webhook) => webhook.tags as Record<string, string> }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const WebhookFilterInput = builder.inputType("WebhookFilter", {
  fields: (t) => ({
    kind: t.field({ type: WebhookKindEnum }),
    name: t.string({ description: "Exact name." }),
    nameContains: t.string({ description: "Case-insensitive substring of the name." }),
    search: t.string({ description: "Words, each matched (case-insensitively) against name, URL and id." }),
    state: t.field({ type: WebhookStateEnum }),
    enabled: t.boolean(),
    suspended: t.boolean(),
    active: t.boolean({ description: "Enabled and not suspended." }),
    eventTypes: t.stringList({ description: "Webhooks that receive any of these types (wildcard subscriptions included)." }),
    projectId: t.string(),
    pluginId: t.string({ description: "Incoming webhooks running this plugin." }),
    tags: t.field({ type: "JSONObject", description: "Webhooks having all these tag values." }),
    createdAfter: t.field({ type: "DateTime" }),
    createdBefore: t.field({ type: "DateTime" }),
  }),
});

const WebhookOrderFieldEnum = builder.enumType("WebhookOrderField", { values: WEBHOOK_ORDER_FIELDS });
export const OrderDirectionEnum = builder.enumType("OrderDirection", { values: ["ASC", "DESC"] as const });

const WebhookOrderInput = builder.inputType("WebhookOrder", {
  fields: (t) => ({
    field: t.field({ type: WebhookOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: "ASC" }),
  }),
});

builder.queryField("webhooks", (t) =>
  t.connection(
    {
      nullable: true,
      type: WebhookInterface,
      description: "The tenant's webhooks of both kinds. Ties in the order are broken by id, so pages never skip or repeat rows.",
      authScopes: { scope: "webhooks:view" },
      args: {
        filter: t.arg({ type: WebhookFilterInput }),
        orderBy: t.arg({ type: WebhookOrderInput, description: "Default: CREATED_AT descending." }),
      },
      resolve: (_root, args, context) =>
        keysetConnection(args, (page) =>
          loadWebhookPage(
            context.sql,
            principalOf(context).tenantId,
            args.filter,
            { field: args.orderBy?.field ?? "CREATED_AT", direction: args.orderBy ? (args.orderBy.direction ?? "ASC") : "DESC" },
            page,
          ),
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
    description: "One webhook of either kind. Null, with a NOT_FOUND error at its path, when it does not exist for this tenant.",
    authScopes: { scope: "webhooks:view" },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (_root, args, context, info) =>
      findWebhook(
        context.prisma,
        principalOf(context).tenantId,
        localId(args.id, ["id"], "Webhook", ...WEBHOOK_TYPENAMES),
        undefined,
        queryFromInfo({ context, info, typeName: "Webhook" }),
      ),
  }),
);

const WebhookStatsGroupEnum = builder.enumType("WebhookStatsGroup", { values: WEBHOOK_STATS_GROUPS });

const WebhookStatsRowRef = builder.objectRef<WebhookStatsRow>("WebhookStatsRow").implement({
  description: "One group: the values of the grouped fields (others are null) and how many webhooks it holds.",
  fields: (t) => ({
    kind: t.expose("kind", { type: WebhookKindEnum, nullable: true }),
    state: t.expose("state", { type: WebhookStateEnum, nullable: true }),
    projectId: t.exposeString("projectId", { nullable: true }),
    suspended: t.exposeBoolean("suspended", { nullable: true }),
    eventType: t.exposeString("eventType", { nullable: true }),
    createdDay: t.exposeString("createdDay", { nullable: true, description: "UTC day, YYYY-MM-DD." }),
    count: t.exposeInt("count"),
  }),
});

const WebhookStatsRef = builder.objectRef<{ total: number; rows: WebhookStatsRow[] }>("WebhookStats").implement({
  fields: (t) => ({
    total: t.exposeInt("total", { description: "Webhooks matching the filter (each counted once)." }),
    rows: t.field({ type: [WebhookStatsRowRef], resolve: (stats) => stats.rows }),
  }),
});

builder.queryField("webhookStats", (t) =>
  t.field({
    nullable: true,
    type: WebhookStatsRef,
    description: "Counts of webhooks per group, computed in the database.",
    authScopes: { scope: "webhooks:view" },
    args: {
      filter: t.arg({ type: WebhookFilterInput }),
      groupBy: t.arg({ type: [WebhookStatsGroupEnum], required: true }),
    },
    resolve: (_root, args, context) => webhookStats(context.sql, principalOf(context).tenantId, args.filter, args.groupBy),
  }),
);

// Enable, disable, delete: shared by both kinds.

const WebhookIdInput = builder.inputType("WebhookIdInput", {
  fields: (t) => ({ id: t.globalID({ required: true }) }),
});

const WebhookPayload = builder.objectRef<{ webhook: Webhook }>("WebhookPayload").implement({
  fields: (t) => ({ webhook: t.field({ type: WebhookInterface, resolve: (payload) => payload.webhook }) }),
});

for (const [field, enabled] of [["enableWebhook", true], ["disableWebhook", false]] as const) {
  builder.mutationField(field, (t) =>
    t.field({
      type: WebhookPayload,
      description: enabled ? "Turns a webhook on." : "Turns a webhook off: outgoing ones receive nothing, incoming ones refuse posts.",
      authScopes: { scope: "webhooks:edit" },
      errors: {},
      args: { input: t.arg({ type: WebhookIdInput, required: true }) },
      resolve: async (_root, { input }, context) => ({
        webhook: await setWebhookEnabled(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", ...WEBHOOK_TYPENAMES), enabled),
      }),
    }),
  );
}

const DeleteWebhookPayload = builder.objectRef<{ deletedId: string }>("DeleteWebhookPayload").implement({
  fields: (t) => ({ deletedId: t.exposeID("deletedId", { description: "The global id of the deleted webhook." }) }),
});

builder.mutationField("deleteWebhook", (t) =>
  t.field({
    type: DeleteWebhookPayload,
    description: "Deletes a webhook permanently.",
    authScopes: { scope: "webhooks:remove" },
    errors: {},
    args: { input: t.arg({ type: WebhookIdInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      await deleteWebhook(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", ...WEBHOOK_TYPENAMES));
      return { deletedId: encodeGlobalID(input.id.typename, input.id.id) };
    },
  }),
);
