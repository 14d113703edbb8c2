import { builder, type BuilderTypes } from "./builder.js";
import { projectWhere } from "../auth/owner.js";
import { maySeeSecretsOf } from "./context.js";
import { maskSecret } from "../auth/secret-fields.js";
import type { Webhook, WebhookOrdering } from "../generated/prisma/client.js";
import {
  MAX_CONCURRENT_REQUESTS,
  rateLimitOf,
  MAX_EVENT_TYPES,
  MAX_HEADERS,
  MAX_HEADER_BYTES,
  expireCurrentInSecondsSchema,
} from "../outgoing/outgoing-webhooks.js";
import { outgoingColumn, type HttpHeader } from "../outgoing/outgoing-webhook-row.js";
import { reads } from "./selected-columns.js";
import { FailureHandlingInput, FailureHandlingRef } from "./failure-handling.js";
import { localId } from "./global-id.js";
import { WebhookInterface, webhookPayload } from "./webhook.js";
import {
  WebhookDestinationSettingsInput,
  WebhookDestinationSettingsRef,
  WebhookDestinationTypeEnum,
} from "./webhook-destination.js";
import { storedDestinationOf } from "../outgoing/destination-settings.js";
import { WebhookRateLimitInput, WebhookRateLimitRef } from "./webhook-rate-limit.js";
import { nameSchema } from "../common/validation.js";
import { lengthRange, valueRange } from "./limits.js";

const HttpHeaderRef = builder.objectRef<HttpHeader>("HttpHeader").implement({
  description: "A header sent with every delivery; a header may carry several values.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Header name, as given." }),
    values: t.exposeStringList("values", { description: "Each value is sent as its own header line." }),
  }),
});

const WebhookOrderingEnum = builder.enumType("WebhookOrdering", {
  description: "Whether a webhook's deliveries may overtake each other.",
  values: {
    UNORDERED: { description: "As fast as the workers go; a retrying delivery holds nothing up (default)." },
    FIFO: {
      description:
        "One delivery at a time, in publish order, across all workers: a delivery waiting for a retry holds the ones behind it until it succeeds or is diverted or discarded. A change applies to deliveries not yet claimed.",
    },
  } satisfies Record<WebhookOrdering, unknown>,
});

export const OutgoingWebhookRef = builder.prismaNode("Webhook", {
  variant: "OutgoingWebhook",
  id: { field: "id", extensions: reads("id") },
  interfaces: [WebhookInterface],
  description: "An endpoint the tenant's events are delivered to, signed per Standard Webhooks.",
  findUnique: (id, context) => ({ id, tenantId: context.tenantId, kind: "OUTGOING", ...projectWhere(context.owner) }),
  fields: (t) => ({
    url: t.string({
      description: "Where deliveries are POSTed (for OPSGENIE the API's base: /v2/alerts is added).",
      extensions: reads("url"),
      resolve: (webhook) => outgoingColumn(webhook, "url"),
    }),
    type: t.field({
      type: WebhookDestinationTypeEnum,
      description: "What the receiver understands: Standard Webhooks JSON or a service's API.",
      extensions: reads("destinationType"),
      resolve: (webhook) => webhook.destinationType,
    }),
    ordering: t.field({
      type: WebhookOrderingEnum,
      description: "UNORDERED, or FIFO: one at a time in publish order.",
      extensions: reads("ordering"),
      resolve: (webhook) => webhook.ordering,
    }),
    rateLimit: t.field({
      type: WebhookRateLimitRef,
      nullable: true,
      description: "How fast attempts may start, across every worker; null: as fast as the workers go.",
      extensions: reads("rateLimitPerSecond", "rateLimitBurst"),
      resolve: (webhook) => rateLimitOf(webhook),
    }),
    maxConcurrentRequests: t.exposeInt("maxConcurrentRequests", {
      nullable: true,
      description: "Attempts in flight at once, across every worker; null: no limit.",
    }),
    destinationSettings: t.field({
      type: WebhookDestinationSettingsRef,
      description: "The destination type's settings (its secret only as a hint).",
      resolve: (webhook) => storedDestinationOf(webhook),
    }),
    headers: t.field({
      type: [HttpHeaderRef],
      description:
        "Values are masked (****, then the last 4 characters) without webhooks:edit: they often carry the receiver's credentials.",
      extensions: reads("id", "headers"),
      resolve: (webhook, _args, context) => {
        const headers = outgoingColumn(webhook, "headers");
        return maySeeSecretsOf(context, webhook.id)
          ? headers
          : headers.map((header) => ({ name: header.name, values: header.values.map(maskSecret) }));
      },
    }),
    eventTypes: t.exposeStringList("eventTypes", {
      description: 'The types it receives: exact ("invoice.paid"), prefix wildcards ("invoice.*") or "*".',
    }),
    secretHint: t.string({
      nullable: true,
      description: "Last 4 characters of the signing secret. The secret itself is shown only when created or rotated.",
      extensions: reads("secretHint"),
      resolve: (webhook) => webhook.secretHint,
    }),
    failureHandling: t.field({
      type: FailureHandlingRef,
      description: "Retries, timeout, diverting and suspension: the webhook's own settings, or the defaults.",
      extensions: reads("failureHandling"),
      resolve: (webhook) => outgoingColumn(webhook, "failureHandling"),
    }),
    suspended: t.boolean({
      description:
        "Suspended after too many failed deliveries in a row: new deliveries are diverted until unsuspendWebhook.",
      extensions: reads("suspendedAt"),
      resolve: (webhook) => webhook.suspendedAt !== null,
    }),
    suspendedAt: t.expose("suspendedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was suspended; null when it is not.",
    }),
    suspendReason: t.exposeString("suspendReason", {
      nullable: true,
      description: "Why it was suspended, with the last failure.",
    }),
    active: t.boolean({
      description: "Enabled and not suspended: receives events.",
      extensions: reads("enabled", "suspendedAt"),
      resolve: (webhook) => webhook.enabled && webhook.suspendedAt === null,
    }),
    lastSuccessAt: t.expose("lastSuccessAt", {
      type: "DateTime",
      nullable: true,
      description: "Start of the last successful attempt (at most 1 s behind). Null before the first.",
    }),
    lastFailureAt: t.expose("lastFailureAt", {
      type: "DateTime",
      nullable: true,
      description: "Start of the last failed attempt (at most 1 s behind). Null before the first.",
    }),
    consecutiveFailures: t.exposeInt("consecutiveFailures", {
      description:
        "Deliveries in a row that failed for good since the last success; reaching the threshold suspends the webhook.",
    }),
  }),
});

const HttpHeaderInput = builder.inputType("HttpHeaderInput", {
  description:
    "A header to send with every delivery. Headers the HTTP layer owns (Host, Content-Length, Transfer-Encoding, Connection, ...) are refused.",
  fields: (t) => ({
    name: t.string({ required: true, description: "A valid HTTP header name." }),
    values: t.stringList({
      required: true,
      description: `One or more values; all headers together at most ${MAX_HEADER_BYTES / 1024} KiB.`,
    }),
  }),
});

const CreateOutgoingWebhookInput = builder.inputType("CreateOutgoingWebhookInput", {
  description: "A new outgoing webhook.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: `${lengthRange(nameSchema)}, unique within the tenant and project.`,
    }),
    type: t.field({
      type: WebhookDestinationTypeEnum,
      defaultValue: "STANDARD",
      description: "What the receiver understands (default STANDARD).",
    }),
    destinationSettings: t.field({
      type: WebhookDestinationSettingsInput,
      description: "The type's settings, validated for the type.",
    }),
    ordering: t.field({
      type: WebhookOrderingEnum,
      defaultValue: "UNORDERED",
      description: "FIFO: one delivery at a time, in publish order (default UNORDERED).",
    }),
    rateLimit: t.field({
      type: WebhookRateLimitInput,
      description: "Limit how fast attempts start (default: no limit).",
    }),
    maxConcurrentRequests: t.int({
      description: `Limit the attempts in flight at once, 1-${MAX_CONCURRENT_REQUESTS} (default: no limit).`,
    }),
    url: t.string({
      description:
        "http or https, at most 2048 characters, no user:password. Optional for PAGERDUTY, OPSGENIE and DATADOG (their public API, by region or site).",
    }),
    eventTypes: t.stringList({
      required: true,
      description: 'Exact types ("invoice.paid"), prefix wildcards ("invoice.*") or "*".',
    }),
    headers: t.field({
      type: [HttpHeaderInput],
      description: `Headers sent with every delivery (at most ${MAX_HEADERS}).`,
    }),
    enabled: t.boolean({ defaultValue: true, description: "Start switched on (default) or off." }),
    secret: t.string({ description: "whsec_<base64 of 24-64 bytes>; generated when omitted." }),
    failureHandling: t.field({ type: FailureHandlingInput, description: "Default: see FailureHandling." }),
    projectId: t.string({
      description: "The project it belongs to: it then receives only events of that project or of none.",
    }),
    tags: t.field({ type: "JSONObject", description: "String values only." }),
  }),
});

/** A warning on the payloads that set a webhook's eventTypes: patterns the catalogue does not know. */
const unknownEventTypesField = <Shape extends { webhook: Webhook }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Shape>,
) =>
  t.stringList({
    description:
      "The webhook's event types that match no type of the event type catalogue (nor one the service publishes itself): most likely misspelt. Empty while the catalogue is.",
    resolve: (payload, _args, context) =>
      context.events.catalogue.unknownPatterns(context.tenantId, payload.webhook.eventTypes),
  });

const WebhookWithSecretPayload = (name: string, options: { withUnknownEventTypes: boolean }) =>
  webhookPayload<{ webhook: Webhook; secret: string }>(name, {
    type: OutgoingWebhookRef,
    description: "The webhook and its signing secret, shown this once.",
    webhookDescription: "The webhook as stored.",
    more: (t) => ({
      secret: t.exposeString("secret", { description: "The signing secret. Shown only here: store it now." }),
      ...(options.withUnknownEventTypes ? { unknownEventTypes: unknownEventTypesField(t) } : {}),
    }),
  });

builder.mutationField("createOutgoingWebhook", (t) =>
  t.field({
    type: WebhookWithSecretPayload("CreateOutgoingWebhookPayload", { withUnknownEventTypes: true }),
    description:
      "Creates an outgoing webhook. Needs webhooks:add; the payload shows the webhook and its secret to the caller.",
    authScopes: { scope: "webhooks:add" },
    errors: {},
    args: { input: t.arg({ type: CreateOutgoingWebhookInput, required: true, description: "The webhook to create." }) },
    resolve: async (_root, { input }, context) => {
      const created = await context.stores.outgoing.createOutgoingWebhook(context.secretBox, context.owner, input);
      context.createdWebhookIds.add(created.webhook.id);
      return created;
    },
  }),
);

const UpdateOutgoingWebhookInput = builder.inputType("UpdateOutgoingWebhookInput", {
  description:
    "Fields left out are unchanged. Removals are applied before additions, so an item in both ends up present.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The outgoing webhook to change." }),
    name: t.string({ description: `New name (${lengthRange(nameSchema)}, unique within the project).` }),
    type: t.field({
      type: WebhookDestinationTypeEnum,
      description: "A new destination type: destinationSettings are validated for it (its secret must be given again).",
    }),
    destinationSettings: t.field({
      type: WebhookDestinationSettingsInput,
      description: "Replaces the type's settings; the secret is kept when left out and the type is unchanged.",
    }),
    ordering: t.field({
      type: WebhookOrderingEnum,
      description: "UNORDERED or FIFO; applies to deliveries not claimed yet.",
    }),
    rateLimit: t.field({
      type: WebhookRateLimitInput,
      description: "A new rate limit; applies to attempts not started yet.",
    }),
    removeRateLimit: t.boolean({ description: "Remove the rate limit." }),
    maxConcurrentRequests: t.int({ description: `A new limit on attempts in flight (1-${MAX_CONCURRENT_REQUESTS}).` }),
    removeMaxConcurrentRequests: t.boolean({ description: "Remove the limit on attempts in flight." }),
    url: t.string({ description: "New URL (http or https)." }),
    enabled: t.boolean({ description: "Switch on or off." }),
    addEventTypes: t.stringList({ description: "Types or patterns to start receiving." }),
    removeEventTypes: t.stringList({
      description: `Types or patterns to stop receiving (at most ${MAX_EVENT_TYPES}).`,
    }),
    addHeaders: t.field({ type: [HttpHeaderInput], description: "Values are added to the header of that name." }),
    removeHeaders: t.stringList({ description: "Header names to remove, with all their values." }),
    failureHandling: t.field({ type: FailureHandlingInput, description: "Replaces the failure handling." }),
    removeFailureHandling: t.boolean({ description: "Restore the default failure handling." }),
    projectId: t.string({ description: "Move it to this project." }),
    tags: t.field({ type: "JSONObject", description: "Replaces all tags." }),
  }),
});

const OutgoingWebhookPayload = (name: string) =>
  webhookPayload(name, { type: OutgoingWebhookRef, more: (t) => ({ unknownEventTypes: unknownEventTypesField(t) }) });

builder.mutationField("updateOutgoingWebhook", (t) =>
  t.field({
    type: OutgoingWebhookPayload("UpdateOutgoingWebhookPayload"),
    description: "Changes an outgoing webhook's settings. Needs webhooks:edit.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: { input: t.arg({ type: UpdateOutgoingWebhookInput, required: true, description: "What to change." }) },
    resolve: async (_root, { input }, context) => {
      const { id, ...changes } = input;
      const webhookId = localId(id, ["input", "id"], "outgoingWebhook");
      return {
        webhook: await context.stores.outgoing.updateOutgoingWebhook(
          context.secretBox,
          context.owner,
          webhookId,
          changes,
        ),
      };
    },
  }),
);

const RotateWebhookSecretInput = builder.inputType("RotateWebhookSecretInput", {
  description: "Which webhook gets a new signing secret, and for how long the old one still signs.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The outgoing webhook." }),
    expireCurrentInSeconds: t.int({
      defaultValue: 86_400,
      description: `How long the current secret keeps signing too (${valueRange(expireCurrentInSecondsSchema)}).`,
    }),
  }),
});

builder.mutationField("rotateWebhookSecret", (t) =>
  t.field({
    type: WebhookWithSecretPayload("RotateWebhookSecretPayload", { withUnknownEventTypes: false }),
    description:
      "Gives the webhook a new signing secret; deliveries carry signatures of both until the old one expires. Needs webhooks:edit.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: {
      input: t.arg({
        type: RotateWebhookSecretInput,
        required: true,
        description: "The webhook and the old secret's grace period.",
      }),
    },
    resolve: (_root, { input }, context) =>
      context.stores.outgoing.rotateWebhookSecret(
        context.secretBox,
        context.owner,
        localId(input.id, ["input", "id"], "outgoingWebhook"),
        input.expireCurrentInSeconds ?? 86_400,
      ),
  }),
);

const UnsuspendWebhookInput = builder.inputType("UnsuspendWebhookInput", {
  description: "Which webhook to unsuspend.",
  fields: (t) => ({
    id: t.globalID({ required: true, description: "The outgoing webhook." }),
    resendDiverted: t.boolean({
      defaultValue: false,
      description: "Also queue the webhook's diverted deliveries again.",
    }),
  }),
});

builder.mutationField("unsuspendWebhook", (t) =>
  t.field({
    type: builder.objectRef<{ webhook: Webhook; resentCount: number }>("UnsuspendWebhookPayload").implement({
      description: "The webhook, no longer suspended.",
      fields: (f) => ({
        webhook: f.field({
          type: OutgoingWebhookRef,
          description: "The unsuspended webhook.",
          resolve: (payload) => payload.webhook,
        }),
        resentCount: f.exposeInt("resentCount", { description: "Diverted deliveries queued again (resendDiverted)." }),
      }),
    }),
    description: "Clears a suspension and the consecutive failure counter.",
    authScopes: { scope: "webhooks:edit" },
    errors: {},
    args: {
      input: t.arg({
        type: UnsuspendWebhookInput,
        required: true,
        description: "The webhook, and whether to resend its diverted deliveries.",
      }),
    },
    resolve: (_root, { input }, context) =>
      context.stores.delivery.unsuspendWebhook(
        context.owner,
        localId(input.id, ["input", "id"], "outgoingWebhook"),
        input.resendDiverted ?? false,
      ),
  }),
);
