// Incoming webhooks: a secret URL for an external monitoring system, read by a versioned plugin.
import { projectWhere } from "../auth/owner.js";
import { builder } from "./builder.js";
import type { Context } from "./context.js";
import { SECRET_READ_SCOPE } from "../auth/secret-fields.js";
import type { Webhook } from "../generated/prisma/client.js";
import { incomingAccessKey, incomingWebhookUrl } from "../webhooks/access-keys.js";
import { authenticationOf } from "../incoming/request-authentication.js";
import {
  incomingColumn,
  incomingWebhookFields,
  incomingWebhookOf,
  type IncomingWebhook,
} from "../incoming/incoming-webhook-row.js";
import { reads } from "./selected-columns.js";
import { localId } from "./global-id.js";
import { IncomingAuthenticationInput, IncomingAuthenticationRef } from "./incoming-authentication.js";
import { WebhookInterface, webhookPayload } from "./webhook.js";
import { nameSchema } from "../common/validation.js";
import { lengthRange } from "./limits.js";

export const PluginUpgradeModeEnum = builder.enumType("PluginUpgradeMode", {
  description: "How an incoming webhook follows new versions of its plugin.",
  values: {
    AUTO: { description: "Run the latest version: moved to a new one as it comes, its init run again." },
    MANUAL: { description: "Run the version chosen; change it with updateWebhookPlugin." },
    NONE: { description: "Keep the current version; it cannot be changed until the mode is." },
  },
});

const WebhookPluginRef = builder.objectRef<IncomingWebhook>("WebhookPlugin").implement({
  description: "The plugin an incoming webhook runs, and how it is configured.",
  fields: (t) => ({
    pluginId: t.string({
      description: "The plugin (see the plugins query).",
      resolve: (webhook) => webhook.pluginId,
    }),
    version: t.string({ description: "The version it runs.", resolve: (webhook) => webhook.pluginVersion }),
    options: t.field({
      type: "JSONObject",
      description: "The options given, as the version's optionsSchema checked them.",
      resolve: (webhook) => webhook.pluginOptions,
    }),
    metadata: t.field({
      type: "JSONObject",
      description: "What the plugin's init returned for these options.",
      resolve: (webhook) => webhook.pluginMetadata,
    }),
    upgradeMode: t.field({
      type: PluginUpgradeModeEnum,
      description: "How it follows new versions.",
      resolve: (webhook) => webhook.pluginUpgradeMode,
    }),
  }),
});

const WebhookRequestsRef = builder.objectRef<Webhook>("WebhookRequests").implement({
  description: "Requests the webhook has received.",
  fields: (t) => ({
    total: t.int({
      description: "Requests received (refused ones aside: unknown key, disabled, rate limited).",
      resolve: (webhook) => webhook.requestsTotal,
    }),
    error: t.int({
      description: "Of those, requests that were too large, not JSON, or not readable by the plugin.",
      resolve: (webhook) => webhook.requestsError,
    }),
  }),
});

/** The access key's fields: for keys that may change the webhook, or the request that created it (a FORBIDDEN field error otherwise). */
const secretFieldScopes = (webhook: Webhook, _args: object, context: Context) =>
  context.createdWebhookIds.has(webhook.id) || { scope: SECRET_READ_SCOPE };

export const IncomingWebhookRef = builder.prismaNode("Webhook", {
  variant: "IncomingWebhook",
  id: { field: "id", extensions: reads("id") },
  interfaces: [WebhookInterface],
  description: "A secret URL an external monitoring system posts to; its plugin turns each request into events.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, kind: "INCOMING", ...projectWhere(context.owner) }),
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
    plugin: t.field({
      type: WebhookPluginRef,
      description: "The plugin that reads its requests.",
      extensions: reads(...incomingWebhookFields),
      resolve: (webhook) => incomingWebhookOf(webhook),
    }),
    authentication: t.field({
      type: IncomingAuthenticationRef,
      description: "What a sender must prove besides knowing webhookUrl.",
      resolve: (webhook) => authenticationOf(webhook),
    }),
    capability: t.field({
      type: "JSONObject",
      description: "Copied from the plugin when the webhook was created.",
      extensions: reads("capability"),
      resolve: (webhook) => incomingColumn(webhook, "capability"),
    }),
    requests: t.field({
      type: WebhookRequestsRef,
      description: "How many requests it received, and how many failed.",
      extensions: reads("requestsTotal", "requestsError"),
      resolve: (webhook) => webhook,
    }),
    lastReceivedAt: t.expose("lastReceivedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the last request arrived; null before the first.",
    }),
  }),
});

const PluginConfigInput = builder.inputType("PluginConfigInput", {
  description: "Which plugin an incoming webhook runs, and how.",
  fields: (t) => ({
    pluginId: t.string({ required: true, description: "See the plugins query." }),
    version: t.string({ description: "Default: the latest. Required with upgradeMode MANUAL." }),
    options: t.field({ type: "JSONObject", description: "Checked against the version's optionsSchema." }),
    upgradeMode: t.field({ type: PluginUpgradeModeEnum, defaultValue: "AUTO", description: "Default AUTO." }),
  }),
});

const CreateIncomingWebhookInput = builder.inputType("CreateIncomingWebhookInput", {
  description: "A new incoming webhook.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: `${lengthRange(nameSchema)}, unique within the tenant and project.`,
    }),
    plugin: t.field({ type: PluginConfigInput, required: true, description: "The plugin that reads its requests." }),
    authentication: t.field({
      type: IncomingAuthenticationInput,
      description: "What a sender must prove besides the URL (default NONE).",
    }),
    enabled: t.boolean({ defaultValue: true, description: "Start switched on (default) or off." }),
    projectId: t.string({ description: "The project it belongs to; its events and alerts carry it." }),
    tags: t.field({ type: "JSONObject", description: "String values only." }),
  }),
});

const IncomingWebhookPayload = (name: string) =>
  webhookPayload(name, {
    type: IncomingWebhookRef,
    description: "The incoming webhook as it is after the change.",
    webhookDescription: "The webhook; its creator and keys with webhooks:edit see its webhookUrl.",
  });

builder.mutationField("createIncomingWebhook", (t) =>
  t.field({
    type: IncomingWebhookPayload("CreateIncomingWebhookPayload"),
    description: "Creates an incoming webhook; its webhookUrl is ready to use.",
    authScopes: { scope: "webhooks:add" },
    errors: {},
    args: { input: t.arg({ type: CreateIncomingWebhookInput, required: true, description: "The webhook to create." }) },
    resolve: async (_root, { input }, context) => {
      const webhook = await context.stores.incoming.createIncomingWebhook(
        context.secretBox,
        context.plugins,
        context.owner,
        input,
      );
      context.createdWebhookIds.add(webhook.id);
      return { webhook };
    },
  }),
);

const UpdateIncomingWebhookInput = builder.inputType("UpdateIncomingWebhookInput", {
  description: "Fields left out are unchanged.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The incoming webhook to change." }),
    name: t.string({ description: `New name (${lengthRange(nameSchema)}, unique within the project).` }),
    authentication: t.field({
      type: IncomingAuthenticationInput,
      description:
        "Replaces the request authentication, its secret too (NONE removes it). Senders must change at the same moment.",
    }),
    projectId: t.string({ description: "Move it to this project." }),
    tags: t.field({ type: "JSONObject", description: "Replaces all tags." }),
  }),
});

builder.mutationField("updateIncomingWebhook", (t) =>
  t.field({
    type: IncomingWebhookPayload("UpdateIncomingWebhookPayload"),
    description: "Changes an incoming webhook's name, request authentication, project or tags. Needs webhooks:edit.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateIncomingWebhookInput, required: true, description: "What to change." }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      return {
        webhook: await context.stores.incoming.updateIncomingWebhook(
          context.secretBox,
          context.plugins,
          context.owner,
          localId(id, ["input", "id"], "incomingWebhook"),
          changes,
        ),
      };
    },
  }),
);

const UpdateWebhookPluginInput = builder.inputType("UpdateWebhookPluginInput", {
  description:
    "AUTO moves to the latest version; MANUAL needs a version; NONE keeps the version. The plugin's init runs again.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The incoming webhook." }),
    version: t.string({ description: "The version to run (with MANUAL)." }),
    options: t.field({ type: "JSONObject", description: "Replaces the options. Default: keep them." }),
    upgradeMode: t.field({ type: PluginUpgradeModeEnum, description: "New upgrade mode. Default: keep it." }),
  }),
});

builder.mutationField("updateWebhookPlugin", (t) =>
  t.field({
    type: IncomingWebhookPayload("UpdateWebhookPluginPayload"),
    description: "Changes an incoming webhook's plugin version, options or upgrade mode. Needs webhooks:edit.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateWebhookPluginInput, required: true, description: "What to change." }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      return {
        webhook: await context.stores.incoming.updateWebhookPlugin(
          context.secretBox,
          context.plugins,
          context.owner,
          localId(id, ["input", "id"], "incomingWebhook"),
          changes,
        ),
      };
    },
  }),
);

const incomingWebhookIdInput = (name: string) =>
  builder.inputType(name, {
    description: "Names one incoming webhook.",
    fields: (t) => ({ id: t.globalID({ required: true, description: "The incoming webhook's global id." }) }),
  });

builder.mutationField("verifyWebhookPlugin", (t) =>
  t.field({
    type: builder.objectRef<{ ok: boolean; message: string }>("VerifyWebhookPluginPayload").implement({
      description: "Whether the plugin accepts the webhook's options.",
      fields: (f) => ({
        ok: f.exposeBoolean("ok", { description: "True when it does." }),
        message: f.exposeString("message", { description: "What the plugin said." }),
      }),
    }),
    description: "Checks that the webhook's plugin accepts its options.",
    authScopes: { scope: "webhooks:view" },
    errors: {},
    args: {
      input: t.arg({
        type: incomingWebhookIdInput("VerifyWebhookPluginInput"),
        required: true,
        description: "The incoming webhook.",
      }),
    },
    resolve: (_root, { input }, context) =>
      context.stores.incoming.verifyWebhookPlugin(
        context.secretBox,
        context.plugins,
        context.owner,
        localId(input.id, ["input", "id"], "incomingWebhook"),
      ),
  }),
);

builder.mutationField("regenerateAccessKey", (t) =>
  t.field({
    type: IncomingWebhookPayload("RegenerateAccessKeyPayload"),
    description: "Replaces the secret part of the webhook's URL: the old URL stops working at once.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: {
      input: t.arg({
        type: incomingWebhookIdInput("RegenerateAccessKeyInput"),
        required: true,
        description: "The incoming webhook.",
      }),
    },
    resolve: async (_root, { input }, context) => ({
      webhook: await context.stores.incoming.regenerateAccessKey(
        context.secretBox,
        context.owner,
        localId(input.id, ["input", "id"], "incomingWebhook"),
      ),
    }),
  }),
);
