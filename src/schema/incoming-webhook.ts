// Incoming webhooks: a secret URL for an external monitoring system, read by a versioned plugin.
import { builder } from "../builder.js";
import { principalOf, type Context } from "../context.js";
import { SECRET_READ_SCOPE } from "../auth/secret-fields.js";
import type { Webhook } from "../generated/prisma/client.js";
import {
  createIncomingWebhook,
  incomingAccessKey,
  incomingWebhookUrl,
  regenerateAccessKey,
  updateIncomingWebhook,
  updateWebhookPlugin,
  verifyWebhookPlugin,
} from "../incoming/incoming-webhooks.js";
import { localId } from "./global-id.js";
import { WebhookInterface } from "./webhook.js";

export const PluginUpgradeModeEnum = builder.enumType("PluginUpgradeMode", {
  values: {
    AUTO: { description: "Always run the latest version." },
    MANUAL: { description: "Run the version chosen; change it with updateWebhookPlugin." },
    NONE: { description: "Keep the current version; it cannot be changed until the mode is." },
  },
});

const WebhookPluginRef = builder.objectRef<Webhook>("WebhookPlugin").implement({
  description: "The plugin an incoming webhook runs, and how it is configured.",
  fields: (t) => ({
    pluginId: t.string({ resolve: (webhook) => webhook.pluginId ?? "" }),
    version: t.string({ resolve: (webhook) => webhook.pluginVersion ?? "" }),
    options: t.field({ type: "JSONObject", resolve: (webhook) => (webhook.pluginOptions ?? {}) as Record<string, unknown> }),
    metadata: t.field({ type: "JSONObject", description: "What the plugin's init returned for these options.", resolve: (webhook) => (webhook.pluginMetadata ?? {}) as Record<string, unknown> }),
    upgradeMode: t.field({ type: PluginUpgradeModeEnum, resolve: (webhook) => webhook.pluginUpgradeMode ?? "AUTO" }),
  }),
});

const WebhookRequestsRef = builder.objectRef<Webhook>("WebhookRequests").implement({
  fields: (t) => ({
    total: t.int({ description: "Requests received (refused ones aside: unknown key, disabled, rate limited).", resolve: (webhook) => webhook.requestsTotal }),
    error: t.int({ description: "Of those, requests that were too large, not JSON, or not readable by the plugin.", resolve: (webhook) => webhook.requestsError }),
  }),
});

/** The access key's fields: for keys that may change the webhook, or the request that created it (a FORBIDDEN field error otherwise). */
const secretFieldScopes = (webhook: Webhook, _args: object, context: Context) => context.createdWebhookIds.has(webhook.id) || { scope: SECRET_READ_SCOPE };

export const IncomingWebhookRef = builder.prismaNode("Webhook", {
  variant: "IncomingWebhook",
  id: { field: "id" },
  interfaces: [WebhookInterface],
  description: "A secret URL an external monitoring system posts to; its plugin turns each request into events.",
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId, kind: "INCOMING" }),
  fields: (t) => ({
    webhookUrl: t.string({
      nullable: true,
      description:
        "Paste this into the monitoring system. Anyone holding it can post events: regenerateAccessKey replaces it. Needs webhooks:edit (the payload of createIncomingWebhook shows it to its caller); otherwise null with a FORBIDDEN error.",
      authScopes: secretFieldScopes,
      resolve: (webhook, _args, context) => incomingWebhookUrl(context.publicUrl, webhook, context.secretBox),
    }),
    accessKey: t.string({
      nullable: true,
      description: "The secret part of webhookUrl. Needs webhooks:edit, as webhookUrl does.",
      authScopes: secretFieldScopes,
      resolve: (webhook, _args, context) => incomingAccessKey(webhook, context.secretBox),
    }),
    plugin: t.field({ type: WebhookPluginRef, resolve: (webhook) => webhook }),
    capability: t.field({ type: "JSONObject", description: "Copied from the plugin when the webhook was created.", resolve: (webhook) => (webhook.capability ?? {}) as Record<string, unknown> }),
    requests: t.field({ type: WebhookRequestsRef, resolve: (webhook) => webhook }),
    lastReceivedAt: t.expose("lastReceivedAt", { type: "DateTime", nullable: true }),
  }),
});

const PluginConfigInput = builder.inputType("PluginConfigInput", {
  fields: (t) => ({
    pluginId: t.string({ required: true, description: "See the plugins query." }),
    version: t.string({ description: "Default: the latest. Required with upgradeMode MANUAL." }),
    options: t.field({ type: "JSONObject", description: "Checked against the version's optionsSchema." }),
    upgradeMode: t.field({ type: PluginUpgradeModeEnum, defaultValue: "AUTO" }),
  }),
});

const CreateIncomingWebhookInput = builder.inputType("CreateIncomingWebhookInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "1-128 characters, unique within the tenant and project." }),
    plugin: t.field({ type: PluginConfigInput, required: true }),
    enabled: t.boolean({ defaultValue: true }),
    projectId: t.string(),
    tags: t.field({ type: "JSONObject", description: "String values only." }),
  }),
});

const IncomingWebhookPayload = (name: string) =>
  builder.objectRef<{ webhook: Webhook }>(name).implement({
    fields: (t) => ({ webhook: t.field({ type: IncomingWebhookRef, resolve: (payload) => payload.webhook }) }),
  });

builder.mutationField("createIncomingWebhook", (t) =>
  t.field({
    type: IncomingWebhookPayload("CreateIncomingWebhookPayload"),
    description: "Creates an incoming webhook; its webhookUrl is ready to use.",
    authScopes: { scope: "webhooks:add" },
    errors: {},
    args: { input: t.arg({ type: CreateIncomingWebhookInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const webhook = await createIncomingWebhook(context.prisma, context.secretBox, principalOf(context).tenantId, input);
      context.createdWebhookIds.add(webhook.id);
      return { webhook };
    },
  }),
);

const UpdateIncomingWebhookInput = builder.inputType("UpdateIncomingWebhookInput", {
  description: "Fields left out are unchanged.",
  fields: (t) => ({
    id: t.globalID({ required: true }),
    name: t.string(),
    projectId: t.string(),
    tags: t.field({ type: "JSONObject", description: "Replaces all tags." }),
  }),
});

builder.mutationField("updateIncomingWebhook", (t) =>
  t.field({
    type: IncomingWebhookPayload("UpdateIncomingWebhookPayload"),
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateIncomingWebhookInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      return { webhook: await updateIncomingWebhook(context.prisma, principalOf(context).tenantId, localId(id, ["input", "id"], "Webhook", "IncomingWebhook"), changes) };
    },
  }),
);

const UpdateWebhookPluginInput = builder.inputType("UpdateWebhookPluginInput", {
  description: "AUTO moves to the latest version; MANUAL needs a version; NONE keeps the version. The plugin's init runs again.",
  fields: (t) => ({
    id: t.globalID({ required: true }),
    version: t.string(),
    options: t.field({ type: "JSONObject", description: "Replaces the options. Default: keep them." }),
    upgradeMode: t.field({ type: PluginUpgradeModeEnum }),
  }),
});

builder.mutationField("updateWebhookPlugin", (t) =>
  t.field({
    type: IncomingWebhookPayload("UpdateWebhookPluginPayload"),
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateWebhookPluginInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      return { webhook: await updateWebhookPlugin(context.prisma, principalOf(context).tenantId, localId(id, ["input", "id"], "Webhook", "IncomingWebhook"), changes) };
    },
  }),
);

const IncomingWebhookIdInput = builder.inputType("IncomingWebhookIdInput", {
  fields: (t) => ({ id: t.globalID({ required: true }) }),
});

builder.mutationField("verifyWebhookPlugin", (t) =>
  t.field({
    type: builder.objectRef<{ ok: boolean; message: string }>("VerifyWebhookPluginPayload").implement({
      fields: (f) => ({ ok: f.exposeBoolean("ok"), message: f.exposeString("message") }),
    }),
    description: "Checks that the webhook's plugin accepts its options.",
    authScopes: { scope: "webhooks:view" },
    errors: {},
    args: { input: t.arg({ type: IncomingWebhookIdInput, required: true }) },
    resolve: (_root, { input }, context) => verifyWebhookPlugin(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", "IncomingWebhook")),
  }),
);

builder.mutationField("regenerateAccessKey", (t) =>
  t.field({
    type: IncomingWebhookPayload("RegenerateAccessKeyPayload"),
    description: "Replaces the secret part of the webhook's URL: the old URL stops working at once.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: IncomingWebhookIdInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      webhook: await regenerateAccessKey(context.prisma, context.secretBox, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", "IncomingWebhook")),
    }),
  }),
);
