import { builder } from "../builder.js";
import { maySeeSecretsOf, principalOf } from "../context.js";
import { maskSecret } from "../auth/secret-fields.js";
import type { Webhook } from "../generated/prisma/client.js";
import { failureHandlingOf } from "../webhooks/failure-handling.js";
import { createOutgoingWebhook, rotateWebhookSecret, updateOutgoingWebhook, type HttpHeader } from "../webhooks/outgoing-webhooks.js";
import { unsuspendWebhook } from "../delivery/deliveries.js";
import { FailureHandlingInput, FailureHandlingRef } from "./failure-handling.js";
import { localId } from "./global-id.js";
import { WebhookInterface } from "./webhook.js";

const HttpHeaderRef = builder.objectRef<HttpHeader>("HttpHeader").implement({
  description: "A header sent with every delivery; a header may carry several values.",
  fields: (t) => ({
    name: t.exposeString("name"),
    values: t.exposeStringList("values"),
  }),
});

export const OutgoingWebhookRef = builder.prismaNode("Webhook", {
  variant: "OutgoingWebhook",
  id: { field: "id" },
  interfaces: [WebhookInterface],
  description: "An endpoint the tenant's events are delivered to, signed per Standard Webhooks.",
  findUnique: (id, context) => ({ id, tenantId: principalOf(context).tenantId, kind: "OUTGOING" }),
  fields: (t) => ({
    url: t.string({ resolve: (webhook) => webhook.url ?? "" }),
    headers: t.field({
      type: [HttpHeaderRef],
      description: "Values are masked (****, then the last 4 characters) without webhooks:edit: they often carry the receiver's credentials.",
      resolve: (webhook, _args, context) => {
        const headers = webhook.headers as unknown as HttpHeader[];
        return maySeeSecretsOf(context, webhook.id) ? headers : headers.map((header) => ({ name: header.name, values: header.values.map(maskSecret) }));
      },
    }),
    eventTypes: t.exposeStringList("eventTypes"),
    secretHint: t.string({
      nullable: true,
      description: "Last 4 characters of the signing secret. The secret itself is shown only when created or rotated.",
      resolve: (webhook) => webhook.secretHint,
    }),
    failureHandling: t.field({ type: FailureHandlingRef, resolve: (webhook) => failureHandlingOf(webhook.failureHandling) }),
    suspended: t.boolean({ resolve: (webhook) => webhook.suspendedAt !== null }),
    suspendedAt: t.expose("suspendedAt", { type: "DateTime", nullable: true }),
    suspendReason: t.exposeString("suspendReason", { nullable: true }),
    active: t.boolean({ description: "Enabled and not suspended: receives events.", resolve: (webhook) => webhook.enabled && webhook.suspendedAt === null }),
    lastSuccessAt: t.expose("lastSuccessAt", { type: "DateTime", nullable: true }),
    lastFailureAt: t.expose("lastFailureAt", { type: "DateTime", nullable: true }),
    consecutiveFailures: t.exposeInt("consecutiveFailures"),
  }),
});

const HttpHeaderInput = builder.inputType("HttpHeaderInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    values: t.stringList({ required: true }),
  }),
});

const CreateOutgoingWebhookInput = builder.inputType("CreateOutgoingWebhookInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "1-128 characters, unique within the tenant and project." }),
    url: t.string({ required: true, description: "http or https, at most 2048 characters, no user:password." }),
    eventTypes: t.stringList({ required: true, description: 'Exact types ("invoice.paid"), prefix wildcards ("invoice.*") or "*".' }),
    headers: t.field({ type: [HttpHeaderInput] }),
    enabled: t.boolean({ defaultValue: true }),
    secret: t.string({ description: "whsec_<base64 of 24-64 bytes>; generated when omitted." }),
    failureHandling: t.field({ type: FailureHandlingInput }),
    projectId: t.string(),
    tags: t.field({ type: "JSONObject", description: "String values only." }),
  }),
});

const WebhookWithSecretPayload = (name: string) =>
  builder.objectRef<{ webhook: Webhook; secret: string }>(name).implement({
    fields: (t) => ({
      webhook: t.field({ type: OutgoingWebhookRef, resolve: (payload) => payload.webhook }),
      secret: t.exposeString("secret", { description: "The signing secret. Shown only here: store it now." }),
    }),
  });

builder.mutationField("createOutgoingWebhook", (t) =>
  t.field({
    type: WebhookWithSecretPayload("CreateOutgoingWebhookPayload"),
    authScopes: { scope: "webhooks:add" },
    errors: {},
    args: { input: t.arg({ type: CreateOutgoingWebhookInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const created = await createOutgoingWebhook(context.prisma, context.secretBox, principalOf(context).tenantId, input);
      context.createdWebhookIds.add(created.webhook.id);
      return created;
    },
  }),
);

const UpdateOutgoingWebhookInput = builder.inputType("UpdateOutgoingWebhookInput", {
  description: "Fields left out are unchanged. Removals are applied before additions, so an item in both ends up present.",
  fields: (t) => ({
    id: t.globalID({ required: true }),
    name: t.string(),
    url: t.string(),
    enabled: t.boolean(),
    addEventTypes: t.stringList(),
    removeEventTypes: t.stringList(),
    addHeaders: t.field({ type: [HttpHeaderInput], description: "Values are added to the header of that name." }),
    removeHeaders: t.stringList({ description: "Header names to remove, with all their values." }),
    failureHandling: t.field({ type: FailureHandlingInput }),
    removeFailureHandling: t.boolean({ description: "Restore the default failure handling." }),
    projectId: t.string(),
    tags: t.field({ type: "JSONObject", description: "Replaces all tags." }),
  }),
});

const OutgoingWebhookPayload = (name: string) =>
  builder.objectRef<{ webhook: Webhook }>(name).implement({
    fields: (t) => ({ webhook: t.field({ type: OutgoingWebhookRef, resolve: (payload) => payload.webhook }) }),
  });

builder.mutationField("updateOutgoingWebhook", (t) =>
  t.field({
    type: OutgoingWebhookPayload("UpdateOutgoingWebhookPayload"),
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateOutgoingWebhookInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      const webhookId = localId(id, ["input", "id"], "Webhook", "OutgoingWebhook");
      return { webhook: await updateOutgoingWebhook(context.prisma, principalOf(context).tenantId, webhookId, changes) };
    },
  }),
);

const RotateWebhookSecretInput = builder.inputType("RotateWebhookSecretInput", {
  fields: (t) => ({
    id: t.globalID({ required: true }),
    expireCurrentInSeconds: t.int({ defaultValue: 86_400, description: "How long the current secret keeps signing too (0-604800)." }),
  }),
});

builder.mutationField("rotateWebhookSecret", (t) =>
  t.field({
    type: WebhookWithSecretPayload("RotateWebhookSecretPayload"),
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: RotateWebhookSecretInput, required: true }) },
    resolve: (_root, { input }, context) =>
      rotateWebhookSecret(context.prisma, context.secretBox, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", "OutgoingWebhook"), input.expireCurrentInSeconds ?? 86_400),
  }),
);

const UnsuspendWebhookInput = builder.inputType("UnsuspendWebhookInput", {
  fields: (t) => ({
    id: t.globalID({ required: true }),
    resendDiverted: t.boolean({ defaultValue: false, description: "Also queue the webhook's diverted deliveries again." }),
  }),
});

builder.mutationField("unsuspendWebhook", (t) =>
  t.field({
    type: builder.objectRef<{ webhook: Webhook; resentCount: number }>("UnsuspendWebhookPayload").implement({
      fields: (f) => ({
        webhook: f.field({ type: OutgoingWebhookRef, resolve: (payload) => payload.webhook }),
        resentCount: f.exposeInt("resentCount", { description: "Diverted deliveries queued again (resendDiverted)." }),
      }),
    }),
    description: "Clears a suspension and the consecutive failure counter.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UnsuspendWebhookInput, required: true }) },
    resolve: (_root, { input }, context) =>
      unsuspendWebhook(context.prisma, principalOf(context).tenantId, localId(input.id, ["input", "id"], "Webhook", "OutgoingWebhook"), input.resendDiverted ?? false),
  }),
);
