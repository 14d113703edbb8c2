// What both kinds of webhook share: names, projects, tags, and enable/disable/delete.
import { z } from "zod";
import type { Prisma, PrismaClient, Webhook, WebhookKind } from "../generated/prisma/client.js";
import { ConflictError, NotFoundError } from "../common/errors.js";
import { isUniqueViolation } from "../db/errors.js";
import { boundedJson } from "../common/validation.js";
import { projectWhere, type Owner } from "../auth/owner.js";

const MAX_TAGS = 50;

// The count is checked first, so an object of 100,000 keys is refused without looking at each.
export const tagsSchema = boundedJson(
  z
    .record(z.string(), z.unknown())
    .refine((tags) => Object.keys(tags).length <= MAX_TAGS, `must hold at most ${MAX_TAGS} tags`)
    .pipe(
      z.record(
        z.string().min(1, "tag names must not be empty").max(64, "tag names must be at most 64 characters"),
        z.string({ message: "tag values must be strings" }).max(256, "tag values must be at most 256 characters"),
      ),
    ),
);

/** An input type as callers give it: tags arrive as any JSON object and are checked when parsed. */
/** The tags column, read: the flat map of strings tagsSchema wrote. */
export const storedTags = z.record(z.string(), z.string());

export type WithUncheckedTags<T> = Omit<T, "tags"> & { tags?: Record<string, unknown> | null };

/**
 * A webhook the owner reaches, or NotFoundError (also for another tenant's or project's id). `query`
 * adds relations to load with it (the GraphQL layer passes what the request selects).
 */
export async function findWebhook<Query extends Omit<Prisma.WebhookFindFirstArgs, "where"> = object>(
  prisma: Pick<PrismaClient, "webhook">,
  owner: Owner,
  id: string,
  kind?: WebhookKind,
  query?: Query,
): Promise<Prisma.WebhookGetPayload<Query>> {
  const webhook = await prisma.webhook.findFirst({
    ...query,
    where: { id, tenantId: owner.tenantId, ...projectWhere(owner), ...(kind ? { kind } : {}) },
  });
  if (!webhook) throw new NotFoundError("Webhook");
  // findFirst's payload type follows the literal `query` it is given, not a generic one.
  return webhook as Prisma.WebhookGetPayload<Query>;
}

/** The columns that switch a webhook on or off by hand (a disabled one says why and since when). */
export function enabledColumns(enabled: boolean, now = new Date()) {
  return enabled
    ? { enabled, disabledReason: null, disabledAt: null }
    : { enabled, disabledReason: "MANUAL" as const, disabledAt: now };
}

export async function setWebhookEnabled(
  prisma: PrismaClient,
  owner: Owner,
  id: string,
  enabled: boolean,
): Promise<Webhook> {
  const webhook = await findWebhook(prisma, owner, id);
  if (webhook.enabled === enabled) return webhook;
  return prisma.webhook.update({ where: { id }, data: enabledColumns(enabled) });
}

/** Deletes permanently; returns the id. */
export async function deleteWebhook(prisma: PrismaClient, owner: Owner, id: string): Promise<string> {
  const { count } = await prisma.webhook.deleteMany({
    where: { id, tenantId: owner.tenantId, ...projectWhere(owner) },
  });
  if (count === 0) throw new NotFoundError("Webhook");
  return id;
}

/** Turns a unique violation of (tenant, project, name) into a ConflictError naming the name. */
export async function rethrowDuplicateName<T>(write: Promise<T>, name: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A webhook named "${name}" already exists in this project.`);
    throw error;
  }
}

/** The tenant's webhooks of these ids (those that exist), both kinds. */
export const findWebhooksByIds = (prisma: PrismaClient, tenantId: string, ids: string[]) =>
  prisma.webhook.findMany({ where: { tenantId, id: { in: ids } } });
