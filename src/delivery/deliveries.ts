// Operations on deliveries: listing filters, redelivery, the diverted (failed-message) store, and
// test deliveries sent synchronously.
import { deliveryProjectWhere, type Owner } from "../auth/owner.js";
import { randomUUID } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import {
  DeliveryStatus,
  Prisma,
  type Delivery,
  type DeliveryAttempt,
  type PrismaClient,
} from "../generated/prisma/client.js";
import type { PageRequest } from "../db/keyset-pages.js";
import { childCounts, childPageIds, fillPages, idsOnPages, type ChildTable } from "../db/child-pages.js";
import type { SecretBox } from "../crypto/secret-box.js";
import type { RunSql } from "../db/sql.js";
import { ConflictError, NotFoundError, ValidationError } from "../common/errors.js";
import { parseInput, isOneOf } from "../common/validation.js";
import { eventTypeSchema, payloadSchema } from "../events/events.js";
import { exampleOf } from "../events/event-types.js";
import { findWebhook } from "../webhooks/webhooks.js";
import { findOutgoingWebhook } from "../outgoing/outgoing-webhook-row.js";
import { TEST_EVENT_TYPE } from "../webhooks/event-types.js";
import { notifyDeliveriesQueued, recordAttempts, requestHeaderList } from "./delivery-queue.js";
import { previewWebhookRequest } from "./webhook-request.js";
import { messageIdOf } from "../events/message-ids.js";
import { TransformError } from "../transforms/jsonata-body.js";
import { attemptDelivery, type DeliverySenders } from "./attempt.js";
import { brokerTargetOf, isBrokerDestination } from "./broker-message.js";
import { storedDestinationOf } from "../outgoing/destination-settings.js";
import { jsonInput } from "../db/json-input.js";

export interface DeliveryFilter {
  webhookId?: string | null;
  eventId?: string | null;
  eventType?: string | null;
  /** The webhook-id header a receiver saw. */
  messageId?: string | null;
  status?: DeliveryStatus | null;
  isTest?: boolean | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export interface DivertedFilter {
  webhookId?: string | null;
  eventType?: string | null;
  failedAfter?: Date | null;
  failedBefore?: Date | null;
}

export function divertedWhere(owner: Owner, filter: DivertedFilter | null | undefined): Prisma.DeliveryWhereInput {
  return {
    tenantId: owner.tenantId,
    ...deliveryProjectWhere(owner),
    status: "DIVERTED",
    webhookId: filter?.webhookId ?? undefined,
    eventType: filter?.eventType ?? undefined,
    completedAt: { gte: filter?.failedAfter ?? undefined, lt: filter?.failedBefore ?? undefined },
  };
}

/** A page of the diverted deliveries `where` selects, latest failure first: `page` is what the connection asks for. */
export const listDivertedDeliveries = <Page extends Omit<Prisma.DeliveryFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  where: Prisma.DeliveryWhereInput,
  page: Page,
) => prisma.delivery.findMany({ ...page, where, orderBy: [{ completedAt: "desc" }, { id: "desc" }] });

export const countDeliveries = (prisma: PrismaClient, where: Prisma.DeliveryWhereInput) =>
  prisma.delivery.count({ where });

export async function findDelivery<Query extends Omit<Prisma.DeliveryFindFirstArgs, "where"> = object>(
  prisma: PrismaClient,
  owner: Owner,
  id: string,
  query?: Query,
): Promise<Prisma.DeliveryGetPayload<Query>> {
  const delivery = await prisma.delivery.findFirst({
    ...query,
    where: { id, tenantId: owner.tenantId, ...deliveryProjectWhere(owner) },
  });
  if (!delivery) throw new NotFoundError("Delivery");
  // findFirst's payload type follows the literal `query` it is given, not a generic one.
  return delivery as Prisma.DeliveryGetPayload<Query>;
}

export type DeliveryWithCursor = Delivery & { cursor: string };

const WEBHOOK_DELIVERIES: ChildTable = { table: Prisma.sql`deliveries`, parentColumn: Prisma.sql`c.webhook_id` };
const withStatus = (status: DeliveryStatus | null | undefined) =>
  status ? Prisma.sql`c.status = ${status}::"DeliveryStatus"` : Prisma.sql`TRUE`;

/** One page of deliveries (newest first) for each of several webhooks, in two statements however many webhooks. */
export async function loadWebhookDeliveryPages(
  sql: RunSql,
  prisma: PrismaClient,
  webhookIds: readonly string[],
  status: DeliveryStatus | null | undefined,
  page: PageRequest,
): Promise<Map<string, DeliveryWithCursor[]>> {
  const pages = await childPageIds(sql, WEBHOOK_DELIVERIES, webhookIds, withStatus(status), page);
  const ids = idsOnPages(pages);
  return fillPages(pages, ids.length > 0 ? await prisma.delivery.findMany({ where: { id: { in: ids } } }) : []);
}

/** How many deliveries (of `status`, when given) each webhook has, in one statement. */
export function countWebhookDeliveries(
  sql: RunSql,
  webhookIds: readonly string[],
  status: DeliveryStatus | null | undefined,
): Promise<Map<string, number>> {
  return childCounts(sql, WEBHOOK_DELIVERIES, webhookIds, withStatus(status));
}

function refuseInactive(webhook: { name: string; enabled: boolean; suspendedAt: Date | null }): void {
  if (!webhook.enabled) throw new ConflictError(`Webhook "${webhook.name}" is disabled: enable it first.`);
  if (webhook.suspendedAt)
    throw new ConflictError(
      `Webhook "${webhook.name}" is suspended: use unsuspendWebhook (with resendDiverted to resend its diverted deliveries).`,
    );
}

/**
 * Queues a fresh delivery of the same event to the same webhook, with the same webhook-id, so a
 * receiver that already processed it can tell.
 */
export async function redeliverDelivery(prisma: PrismaClient, owner: Owner, id: string): Promise<Delivery> {
  const original = await findDelivery(prisma, owner, id, { include: { webhook: true } });
  refuseInactive(original.webhook);
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.delivery.create({
      data: {
        tenantId: owner.tenantId,
        eventId: original.eventId,
        webhookId: original.webhookId,
        eventType: original.eventType,
        messageId: original.messageId,
        nextAttemptAt: new Date(),
      },
    });
    // Keeps the event while this delivery is kept (retention drops events with their publish's deliveries).
    await tx.event.updateMany({ where: { id: original.eventId }, data: { redeliveredAt: delivery.createdAt } });
    await notifyDeliveriesQueued(tx);
    return delivery;
  });
}

/** Diverted deliveries one redelivery may name. */
export const MAX_DIVERTED_IDS = 1000;

const divertedSelection = z
  .object({
    ids: z.array(z.string()).max(MAX_DIVERTED_IDS, `must name at most ${MAX_DIVERTED_IDS} deliveries`).nullish(),
    webhookId: z.string().nullish(),
  })
  .refine((input) => (input.ids && input.ids.length > 0) || input.webhookId, {
    message: "name the deliveries (ids), a webhook (webhookId), or both",
    path: ["ids"],
  });

export type DivertedSelection = z.input<typeof divertedSelection>;

/**
 * The diverted deliveries named by `ids` (all of them, or a ValidationError naming the first that is
 * not a diverted delivery of the tenant), or all of a webhook's when only `webhookId` is given.
 */
async function selectDiverted(db: Prisma.TransactionClient, owner: Owner, input: DivertedSelection) {
  const { ids, webhookId } = parseInput(divertedSelection, input);
  if (webhookId) await findWebhook(db, owner, webhookId, "OUTGOING");
  const rows = await db.delivery.findMany({
    where: {
      tenantId: owner.tenantId,
      ...deliveryProjectWhere(owner),
      status: "DIVERTED",
      id: ids?.length ? { in: ids } : undefined,
      webhookId: webhookId ?? undefined,
    },
    select: { id: true, webhook: { select: { name: true, enabled: true, suspendedAt: true } } },
  });
  const found = new Set(rows.map((row) => row.id));
  const missing = ids?.findIndex((id) => !found.has(id)) ?? -1;
  if (ids && missing >= 0)
    throw ValidationError.of(
      ["input", "ids", String(missing)],
      "is not a diverted delivery of this tenant" + (webhookId ? " and webhook" : ""),
    );
  return rows;
}

/** Queues diverted deliveries again, with a fresh retry budget. Returns how many. */
export async function resendDivertedDeliveries(
  prisma: PrismaClient,
  owner: Owner,
  input: DivertedSelection,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const rows = await selectDiverted(tx, owner, input);
    for (const row of rows) refuseInactive(row.webhook);
    const count = await requeueDiverted(tx, { id: { in: rows.map((row) => row.id) } });
    if (count > 0) await notifyDeliveriesQueued(tx);
    return count;
  });
}

export async function deleteDivertedDeliveries(
  prisma: PrismaClient,
  owner: Owner,
  input: DivertedSelection,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const ids = (await selectDiverted(tx, owner, input)).map((row) => row.id);
    // Attempts have no foreign key to their delivery (history-retention.ts): they go first, by hand.
    await tx.deliveryAttempt.deleteMany({ where: { deliveryId: { in: ids }, delivery: { status: "DIVERTED" } } });
    const { count } = await tx.delivery.deleteMany({ where: { id: { in: ids }, status: "DIVERTED" } });
    return count;
  });
}

/** The most deliveries one recoverDeliveries call requeues. */
export const MAX_RECOVERED_DELIVERIES = 10_000;
const RECOVERABLE_STATUSES = ["FAILED", "DIVERTED", "DISCARDED"] as const;

const recoverInput = z
  .object({
    webhookId: z.string(),
    since: z.date(),
    until: z.date().nullish(),
    statuses: z
      .array(z.enum(DeliveryStatus))
      .min(1, "must name at least one status")
      .refine(
        (statuses) => statuses.every((status) => isOneOf(RECOVERABLE_STATUSES, status)),
        `must hold only ${RECOVERABLE_STATUSES.join(", ")}: the others have nothing to recover`,
      )
      .nullish(),
  })
  .refine((input) => !input.until || input.since < input.until, { message: "must be before until", path: ["since"] });

/**
 * Svix's "recover": after an outage, queues again the webhook's deliveries that failed (FAILED,
 * DIVERTED, DISCARDED, or those named) and were created in [since, until), each with a fresh retry
 * budget and its own webhook-id, at most MAX_RECOVERED_DELIVERIES per call. Test deliveries stay as
 * they are. Returns how many were queued.
 */
export async function recoverDeliveries(
  prisma: PrismaClient,
  owner: Owner,
  input: z.input<typeof recoverInput>,
  now = new Date(),
): Promise<number> {
  const parsed = parseInput(recoverInput, input);
  const webhook = await findWebhook(prisma, owner, parsed.webhookId, "OUTGOING");
  refuseInactive(webhook);
  const where: Prisma.DeliveryWhereInput = {
    tenantId: owner.tenantId,
    webhookId: webhook.id,
    isTest: false,
    status: { in: [...(parsed.statuses ?? RECOVERABLE_STATUSES)] },
    createdAt: { gte: parsed.since, lt: parsed.until ?? now },
  };
  return prisma.$transaction(async (tx) => {
    const found = await tx.delivery.count({ where });
    if (found > MAX_RECOVERED_DELIVERIES) {
      throw ValidationError.of(
        ["input", "since"],
        `the window holds ${found} deliveries to recover; at most ${MAX_RECOVERED_DELIVERIES} per call: narrow it (since, until)`,
      );
    }
    const count = await requeue(tx, where, now);
    if (count > 0) await notifyDeliveriesQueued(tx);
    return count;
  });
}

/**
 * Makes deliveries due now, with the retry budget of a new delivery. One a worker holds (a FAILED
 * delivery whose retry is in flight) is left to it: its attempt is recorded under its lease.
 */
async function requeue(
  db: Prisma.TransactionClient,
  where: Prisma.DeliveryWhereInput,
  now = new Date(),
): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { AND: [where, { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] }] },
    data: {
      status: "PENDING",
      nextAttemptAt: now,
      completedAt: null,
      queuedAttemptCount: 0,
      failureTrigger: null,
      failureMessage: null,
    },
  });
  return count;
}

/** Makes diverted deliveries due now, with the retry budget of a new delivery. */
export async function requeueDiverted(db: Prisma.TransactionClient, where: Prisma.DeliveryWhereInput): Promise<number> {
  return requeue(db, { ...where, status: "DIVERTED" });
}

const testWebhookInput = z
  .object({
    eventType: eventTypeSchema.nullish(),
    payload: payloadSchema.nullish(),
    example: z.number().int("must be a whole number").min(0, "must be at least 0").nullish(),
  })
  .refine((input) => input.payload == null || input.example == null, {
    path: ["example"],
    message: "give payload or example, not both",
  });

/**
 * What a test or a preview carries: the payload given, else the event type's example from the
 * catalogue (the one asked for, or its first), else `fallback`.
 */
async function testPayloadOf(
  prisma: PrismaClient,
  tenantId: string,
  eventType: string,
  { payload, example }: z.output<typeof testWebhookInput>,
  fallback: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (payload) return payload;
  return (await exampleOf(prisma, tenantId, eventType, example ?? null, ["input", "example"])) ?? fallback;
}

/**
 * Sends one delivery to the webhook now and returns its attempt. Works on disabled and suspended
 * webhooks and leaves their state alone; recorded in the history with isTest. Never retried.
 */
export async function testWebhook(
  { prisma, sql }: { prisma: PrismaClient; sql: RunSql },
  secretBox: SecretBox,
  senders: DeliverySenders,
  owner: Owner,
  webhookId: string,
  input: z.input<typeof testWebhookInput>,
): Promise<{ delivery: Delivery; attempt: DeliveryAttempt }> {
  const parsed = parseInput(testWebhookInput, input);
  const webhook = await findOutgoingWebhook(prisma, owner, webhookId);
  const { tenantId } = owner;
  const eventId = uuidv7();
  const type = parsed.eventType ?? TEST_EVENT_TYPE;
  const payload = await testPayloadOf(prisma, tenantId, type, parsed, {
    message: "A test delivery: if you can read this, the webhook works.",
    webhookId,
  });
  const leaseToken = randomUUID();
  const event = await prisma.event.create({
    data: {
      id: eventId,
      tenantId,
      // The webhook's project, so whoever reaches the webhook reaches its test events.
      projectId: webhook.projectId,
      type,
      payload: jsonInput(payload),
      occurredAt: new Date(),
      deliveries: {
        create: {
          tenantId,
          webhookId,
          eventType: type,
          messageId: messageIdOf(eventId),
          isTest: true,
          leaseToken,
        },
      },
    },
    include: { deliveries: true },
  });
  const delivery = event.deliveries[0]!;
  const message = { messageId: delivery.messageId, type: event.type, occurredAt: event.occurredAt, payload };
  const { request, outcome } = await attemptDelivery(senders, secretBox, webhook, message, webhook.failureHandling, {
    deliveryId: delivery.id,
  });
  const step = { status: outcome.succeeded ? ("SUCCEEDED" as const) : ("DISCARDED" as const) };
  await recordAttempts(sql, [
    {
      claim: { id: delivery.id, createdAt: delivery.createdAt, leaseToken, isTest: true },
      request,
      outcome,
      step,
      handling: webhook.failureHandling,
    },
  ]);
  const recorded = await prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { attempts: true } });
  const { attempts, ...rest } = recorded;
  return { delivery: rest, attempt: attempts[0]! };
}

/** What previewWebhookPayload shows: the request as it would be sent, secrets left out. */
export interface WebhookPayloadPreview {
  url: string;
  /** A broker type's routing key, subject, stream key or topic; null for HTTP types. */
  target: string | null;
  headers: { name: string; value: string }[];
  body: string;
}

/**
 * The request the webhook would be sent for an event of `eventType` with `payload`, rendered for its
 * destination type, without sending anything or writing anything. A CUSTOM expression that fails on
 * the event is a ValidationError on the payload, with the expression's message.
 */
export async function previewWebhookPayload(
  prisma: PrismaClient,
  owner: Owner,
  webhookId: string,
  input: z.input<typeof testWebhookInput>,
): Promise<WebhookPayloadPreview> {
  const parsed = parseInput(testWebhookInput, input);
  const webhook = await findOutgoingWebhook(prisma, owner, webhookId);
  const type = parsed.eventType ?? TEST_EVENT_TYPE;
  const message = {
    messageId: messageIdOf(uuidv7()),
    type,
    occurredAt: new Date(),
    payload: await testPayloadOf(prisma, owner.tenantId, type, parsed, { message: "A preview.", webhookId }),
  };
  try {
    const destination = storedDestinationOf(webhook);
    const request = await previewWebhookRequest(webhook, destination, message);
    return {
      url: request.url,
      target: isBrokerDestination(destination) ? brokerTargetOf(destination, type) : null,
      headers: requestHeaderList(request),
      body: request.body ?? "",
    };
  } catch (error) {
    if (error instanceof TransformError) throw ValidationError.of(["input", "payload"], error.message);
    throw error;
  }
}
