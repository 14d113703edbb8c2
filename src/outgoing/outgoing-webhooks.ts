// Registering and changing outgoing webhooks: the endpoints a tenant wants events sent to.
import { projectToWrite, refuseOtherProject, type Owner } from "../auth/owner.js";
import { z } from "zod";
import { Prisma, WebhookOrdering, type PrismaClient, type Webhook } from "../generated/prisma/client.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { ValidationError } from "../common/errors.js";
import { parseInput, nameSchema, projectIdSchema } from "../common/validation.js";
import { EVENT_TYPE_PATTERN } from "../webhooks/event-types.js";
import {
  DEFAULT_FAILURE_HANDLING,
  applyFailureHandlingPatch,
  failureHandlingPatch,
  type FailureHandling,
} from "./failure-handling.js";
import { findOutgoingWebhook, type HttpHeader, type OutgoingWebhook } from "./outgoing-webhook-row.js";
import { generateSigningSecret, secretHint, signingSecretSchema } from "../signing/signing-secrets.js";
import {
  WebhookDestinationType,
  defaultUrlOf,
  destinationUrlProblem,
  destinationUrlSchema,
  destinationColumns,
  parseDestination,
  storedDestinationOf,
  type DestinationSettingsInput,
  type ParsedDestination,
} from "./destination-settings.js";
import { validateExpression } from "../transforms/jsonata-body.js";
import { enabledColumns, rethrowDuplicateName, tagsSchema, type WithUncheckedTags } from "../webhooks/webhooks.js";

/** Headers the service sets itself on every delivery. */
export const RESERVED_HEADERS = [
  "host",
  "content-length",
  "content-type",
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "user-agent",
];

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Headers HTTP itself manages (hop-by-hop, framing, the connection): undici refuses to send them, so
// every delivery would fail. Refused when the webhook is written instead.
const UNSENDABLE_HEADERS = ["connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "expect"];
const isUnsendable = (name: string) => UNSENDABLE_HEADERS.includes(name) || name.startsWith("proxy-");
/** All of a webhook's header names and values together, in UTF-8 bytes. */
export const MAX_HEADER_BYTES = 8 * 1024;
export const MAX_HEADERS = 50;
export const MAX_EVENT_TYPES = 100;
const HEADER_BYTES_MESSAGE = `must be at most ${MAX_HEADER_BYTES / 1024} KiB in all (names and values)`;
const headerBytes = (headers: { name: string; values: string[] }[]) =>
  headers.reduce(
    (sum, header) =>
      sum +
      Buffer.byteLength(header.name) +
      header.values.reduce((bytes, value) => bytes + Buffer.byteLength(value), 0),
    0,
  );

const headerNameSchema = z
  .string()
  .regex(HEADER_NAME, "must be a valid HTTP header name")
  .max(256, "must be at most 256 characters")
  .refine((name) => !RESERVED_HEADERS.includes(name.toLowerCase()), {
    message: `is set by the service and cannot be overridden (${RESERVED_HEADERS.join(", ")})`,
  })
  .refine((name) => !isUnsendable(name.toLowerCase()), {
    message: `is managed by HTTP and cannot be sent with a webhook (${UNSENDABLE_HEADERS.join(", ")}, proxy-*)`,
  });

const headerSchema = z.object({
  name: headerNameSchema,
  values: z
    .array(
      z
        .string()
        .max(4096, "must be at most 4096 characters")
        .regex(/^[^\r\n\0]*$/, "must not contain line breaks or NUL"),
    )
    .min(1, "must hold at least one value")
    .max(20, "must hold at most 20 values"),
});

const headersSchema = z
  .array(headerSchema)
  .max(MAX_HEADERS, `must be at most ${MAX_HEADERS} headers`)
  .refine((headers) => headerBytes(headers) <= MAX_HEADER_BYTES, { message: HEADER_BYTES_MESSAGE });

const eventTypesSchema = z
  .array(
    z
      .string()
      .max(200, "must be at most 200 characters")
      .regex(
        EVENT_TYPE_PATTERN,
        'must be a dotted event type ("invoice.paid"), a prefix wildcard ("invoice.*") or "*"',
      ),
  )
  .max(MAX_EVENT_TYPES, `must be at most ${MAX_EVENT_TYPES} event types`);

const destinationSettingsSchema = z.custom<DestinationSettingsInput>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  "must be an object of settings",
);

/** Beyond these a limit would be a typo, not a setting: one worker process sends at most a few thousand a second. */
export const MAX_RATE_LIMIT_PER_SECOND = 10_000;
export const MAX_CONCURRENT_REQUESTS = 1000;

const rateLimitSchema = z
  .object({
    perSecond: z
      .number()
      .int()
      .min(1, "must be at least 1")
      .max(MAX_RATE_LIMIT_PER_SECOND, `must be at most ${MAX_RATE_LIMIT_PER_SECOND}`),
    burst: z
      .number()
      .int()
      .min(1, "must be at least 1")
      .max(MAX_RATE_LIMIT_PER_SECOND, `must be at most ${MAX_RATE_LIMIT_PER_SECOND}`)
      .nullish(),
  })
  // Without a burst the bucket holds one second's worth.
  .transform(({ perSecond, burst }) => ({ perSecond, burst: burst ?? perSecond }));

const maxConcurrentRequestsSchema = z
  .number()
  .int()
  .min(1, "must be at least 1")
  .max(MAX_CONCURRENT_REQUESTS, `must be at most ${MAX_CONCURRENT_REQUESTS}`);

export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** The webhook's rate limit, or null for none. */
export function rateLimitOf(webhook: Pick<Webhook, "rateLimitPerSecond" | "rateLimitBurst">): RateLimit | null {
  return webhook.rateLimitPerSecond !== null && webhook.rateLimitBurst !== null
    ? { perSecond: webhook.rateLimitPerSecond, burst: webhook.rateLimitBurst }
    : null;
}

/** The webhook's columns for its limits (null: none). */
const limitColumns = (rateLimit: RateLimit | null, maxConcurrentRequests: number | null) => ({
  rateLimitPerSecond: rateLimit?.perSecond ?? null,
  rateLimitBurst: rateLimit?.burst ?? null,
  maxConcurrentRequests,
  deliveryLimited: rateLimit !== null || maxConcurrentRequests !== null,
});

export const createOutgoingWebhookInput = z.object({
  name: nameSchema,
  type: z.enum(WebhookDestinationType).nullish(),
  destinationSettings: destinationSettingsSchema.nullish(),
  ordering: z.enum(WebhookOrdering).nullish(),
  rateLimit: rateLimitSchema.nullish(),
  maxConcurrentRequests: maxConcurrentRequestsSchema.nullish(),
  url: destinationUrlSchema.nullish(),
  eventTypes: eventTypesSchema.min(1, "must name at least one event type"),
  headers: headersSchema.nullish(),
  enabled: z.boolean().nullish(),
  secret: signingSecretSchema.nullish(),
  failureHandling: failureHandlingPatch,
  projectId: projectIdSchema.nullish(),
  tags: tagsSchema.nullish(),
});

export const updateOutgoingWebhookInput = z.object({
  name: nameSchema.nullish(),
  type: z.enum(WebhookDestinationType).nullish(),
  destinationSettings: destinationSettingsSchema.nullish(),
  ordering: z.enum(WebhookOrdering).nullish(),
  rateLimit: rateLimitSchema.nullish(),
  removeRateLimit: z.boolean().nullish(),
  maxConcurrentRequests: maxConcurrentRequestsSchema.nullish(),
  removeMaxConcurrentRequests: z.boolean().nullish(),
  url: destinationUrlSchema.nullish(),
  enabled: z.boolean().nullish(),
  addEventTypes: eventTypesSchema.nullish(),
  removeEventTypes: z
    .array(z.string())
    .max(MAX_EVENT_TYPES, `must be at most ${MAX_EVENT_TYPES} event types`)
    .nullish(),
  addHeaders: headersSchema.nullish(),
  removeHeaders: z.array(z.string()).max(MAX_HEADERS, `must be at most ${MAX_HEADERS} headers`).nullish(),
  failureHandling: failureHandlingPatch,
  removeFailureHandling: z.boolean().nullish(),
  projectId: projectIdSchema.nullish(),
  tags: tagsSchema.nullish(),
});

export type CreateOutgoingWebhookInput = WithUncheckedTags<z.input<typeof createOutgoingWebhookInput>>;
export type UpdateOutgoingWebhookInput = WithUncheckedTags<z.input<typeof updateOutgoingWebhookInput>>;

/** Same name twice in a header list: one header with the values of both. */
function mergeHeaders(headers: HttpHeader[]): HttpHeader[] {
  const merged = new Map<string, HttpHeader>();
  for (const header of headers) {
    const key = header.name.toLowerCase();
    const existing = merged.get(key);
    if (existing) existing.values = [...new Set([...existing.values, ...header.values])];
    else merged.set(key, { name: header.name, values: [...new Set(header.values)] });
  }
  return [...merged.values()];
}

/** Creates an outgoing webhook; the signing secret is returned here and never again. */
export async function createOutgoingWebhook(
  prisma: PrismaClient,
  secretBox: SecretBox,
  owner: Owner,
  input: CreateOutgoingWebhookInput,
): Promise<{ webhook: Webhook; secret: string }> {
  const parsed = parseInput(createOutgoingWebhookInput, input);
  const projectId = projectToWrite(owner, parsed.projectId, ["input", "projectId"]);
  const destination = await parseDestinationWithExpression(
    parsed.type ?? "STANDARD",
    parsed.destinationSettings,
    false,
  );
  const url = parsed.url ?? defaultUrlOf(destination);
  if (!url) throw ValidationError.of(["input", "url"], `is required for type ${destination.type}`);
  checkUrlFitsType(destination.type, url);
  const secret = parsed.secret ?? generateSigningSecret();
  const failureHandling = parsed.failureHandling
    ? applyFailureHandlingPatch(DEFAULT_FAILURE_HANDLING, parsed.failureHandling)
    : null;
  const webhook = await rethrowDuplicateName(
    prisma.webhook.create({
      data: {
        tenantId: owner.tenantId,
        kind: "OUTGOING",
        name: parsed.name,
        url,
        ordering: parsed.ordering ?? "UNORDERED",
        ...limitColumns(parsed.rateLimit ?? null, parsed.maxConcurrentRequests ?? null),
        ...destinationColumns(destination, secretBox),
        eventTypes: [...new Set(parsed.eventTypes)],
        headers: mergeHeaders(parsed.headers ?? []),
        ...enabledColumns(parsed.enabled ?? true),
        secretCiphertext: secretBox.encrypt(secret),
        secretHint: secretHint(secret),
        failureHandling: failureHandling ?? Prisma.DbNull,
        projectId,
        tags: parsed.tags ?? {},
      },
    }),
    parsed.name,
  );
  return { webhook, secret };
}

/** Applies a partial update. Removals happen before additions, so an item in both lists ends up present. */
export async function updateOutgoingWebhook(
  prisma: PrismaClient,
  secretBox: SecretBox,
  owner: Owner,
  webhookId: string,
  input: UpdateOutgoingWebhookInput,
): Promise<Webhook> {
  const parsed = parseInput(updateOutgoingWebhookInput, input);
  const current = await findOutgoingWebhook(prisma, owner, webhookId);
  refuseOtherProject(owner, parsed.projectId, ["input", "projectId"]);
  const destination = await updatedDestination(current, parsed, secretBox);

  let eventTypes = current.eventTypes;
  if (parsed.removeEventTypes) eventTypes = eventTypes.filter((type) => !parsed.removeEventTypes?.includes(type));
  if (parsed.addEventTypes) eventTypes = [...new Set([...eventTypes, ...parsed.addEventTypes])];
  if (eventTypes.length === 0)
    throw ValidationError.of(["input", "removeEventTypes"], "would leave the webhook with no event types");

  let headers = current.headers;
  if (parsed.removeHeaders) {
    const removed = parsed.removeHeaders.map((name) => name.toLowerCase());
    headers = headers.filter((header) => !removed.includes(header.name.toLowerCase()));
  }
  if (parsed.addHeaders) headers = mergeHeaders([...headers, ...parsed.addHeaders]);
  if (headers.length > MAX_HEADERS)
    throw ValidationError.of(["input", "addHeaders"], `would leave more than ${MAX_HEADERS} headers`);
  if (headerBytes(headers) > MAX_HEADER_BYTES)
    throw ValidationError.of(
      ["input", "addHeaders"],
      `would leave headers over ${MAX_HEADER_BYTES / 1024} KiB in all (names and values)`,
    );

  let failureHandling: FailureHandling | typeof Prisma.DbNull | undefined;
  if (parsed.removeFailureHandling) failureHandling = Prisma.DbNull;
  if (parsed.failureHandling) {
    const base = parsed.removeFailureHandling ? DEFAULT_FAILURE_HANDLING : current.failureHandling;
    failureHandling = applyFailureHandlingPatch(base, parsed.failureHandling);
  }

  // A URL given, or the new type's default; unchanged otherwise, yet it must suit a new type too.
  const newUrl = parsed.url ?? destination?.url ?? undefined;
  const url = newUrl ?? current.url;
  if (url) checkUrlFitsType(destination?.columns.destinationType ?? current.destinationType, url);

  const name = parsed.name ?? current.name;
  return rethrowDuplicateName(
    prisma.webhook.update({
      where: { id: current.id },
      data: {
        name,
        url: newUrl,
        // Applies to deliveries not claimed yet: one already in flight finishes as it started.
        ordering: parsed.ordering ?? undefined,
        // Given and removed in one update, the new limit holds (removals come first).
        ...limitColumns(
          parsed.rateLimit ?? (parsed.removeRateLimit ? null : rateLimitOf(current)),
          parsed.maxConcurrentRequests ?? (parsed.removeMaxConcurrentRequests ? null : current.maxConcurrentRequests),
        ),
        ...destination?.columns,
        ...(parsed.enabled != null && parsed.enabled !== current.enabled ? enabledColumns(parsed.enabled) : {}),
        eventTypes,
        headers,
        failureHandling,
        projectId: parsed.projectId ?? undefined,
        tags: parsed.tags ?? undefined,
      },
    }),
    name,
  );
}

/** Throws a ValidationError on input.url when `url` does not suit the type (an AMQP URL for SLACK). */
function checkUrlFitsType(type: WebhookDestinationType, url: string): void {
  const problem = destinationUrlProblem(type, url);
  if (problem) throw ValidationError.of(["input", "url"], problem);
}

/** parseDestination, and for CUSTOM a check of the expression (its syntax and a sample render). */
async function parseDestinationWithExpression(
  type: WebhookDestinationType,
  settings: DestinationSettingsInput | null | undefined,
  keepSecret: boolean,
): Promise<ParsedDestination> {
  const destination = parseDestination(type, settings, ["input", "destinationSettings"], keepSecret);
  if (destination.type === "CUSTOM")
    await validateExpression(destination.settings.expression, ["input", "destinationSettings", "expression"]);
  return destination;
}

/**
 * The destination an update leaves: unchanged unless `type` or `destinationSettings` is given. Given
 * settings replace the stored ones, validated for the resulting type; a new type without settings is
 * validated as having none. The same type keeps its stored secret when the update does not give one.
 * A URL that was the old type's default follows the new settings (an Opsgenie region, a Datadog site).
 */
async function updatedDestination(
  current: OutgoingWebhook,
  parsed: z.output<typeof updateOutgoingWebhookInput>,
  secretBox: SecretBox,
) {
  if (!parsed.type && !parsed.destinationSettings) return null;
  const stored = storedDestinationOf(current);
  const type = parsed.type ?? stored.type;
  const sameType = type === stored.type;
  const destination = await parseDestinationWithExpression(
    type,
    parsed.destinationSettings ?? (sameType ? stored.settings : null),
    sameType && stored.secretCiphertext !== null,
  );
  const columns = destinationColumns(destination, secretBox);
  if (destination.secret === null && sameType) {
    columns.destinationSecretCiphertext = stored.secretCiphertext;
    columns.destinationSecretHint = stored.secretHint;
  }
  // A URL that is the old type's default is replaced by the new one's; given by hand, it stays.
  const followsDefault = current.url === defaultUrlOf(stored);
  const url = followsDefault ? defaultUrlOf(destination) : null;
  if (followsDefault && !url && !parsed.url) {
    throw ValidationError.of(["input", "url"], `is required for type ${type} (the URL was ${stored.type}'s own)`);
  }
  return { columns: { ...columns, destinationSettings: columns.destinationSettings ?? Prisma.DbNull }, url };
}

/** How long a rotated-out secret may keep signing: up to 7 days. */
export const expireCurrentInSecondsSchema = z
  .number()
  .int()
  .min(0, "must not be negative")
  .max(604_800, "must be at most 604800 (7 days)");

/**
 * Replaces the signing secret. The previous one keeps signing alongside the new one for
 * `expireCurrentInSeconds`, so receivers can switch over without rejecting deliveries.
 */
export async function rotateWebhookSecret(
  prisma: PrismaClient,
  secretBox: SecretBox,
  owner: Owner,
  webhookId: string,
  expireCurrentInSeconds = 86_400,
  now = new Date(),
): Promise<{ webhook: Webhook; secret: string }> {
  parseInput(expireCurrentInSecondsSchema, expireCurrentInSeconds, ["input", "expireCurrentInSeconds"]);
  const current = await findOutgoingWebhook(prisma, owner, webhookId);
  const secret = generateSigningSecret();
  const keepPrevious = expireCurrentInSeconds > 0;
  const webhook = await prisma.webhook.update({
    where: { id: current.id },
    data: {
      secretCiphertext: secretBox.encrypt(secret),
      secretHint: secretHint(secret),
      previousSecretCiphertext: keepPrevious ? current.secretCiphertext : null,
      previousSecretExpiresAt: keepPrevious ? new Date(now.getTime() + expireCurrentInSeconds * 1000) : null,
    },
  });
  return { webhook, secret };
}
