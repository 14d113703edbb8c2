// Which of the events the tenant's incoming webhooks received a listing shows.
import { projectWhere, type Owner } from "../auth/owner.js";
import type { IncomingEventType, Prisma, PrismaClient, Severity } from "../generated/prisma/client.js";

export interface IncomingEventFilter {
  webhookId?: string | null;
  eventType?: IncomingEventType | null;
  severity?: Severity | null;
  eventKey?: string | null;
  /** Happened after. */
  occurredAfter?: Date | null;
  /** Happened before. */
  occurredBefore?: Date | null;
}

export function incomingEventWhere(
  owner: Owner,
  filter: IncomingEventFilter | null | undefined,
): Prisma.IncomingEventWhereInput {
  return {
    tenantId: owner.tenantId,
    ...projectWhere(owner),
    webhookId: filter?.webhookId ?? undefined,
    eventType: filter?.eventType ?? undefined,
    severity: filter?.severity ?? undefined,
    eventKey: filter?.eventKey ?? undefined,
    occurredAt: { gt: filter?.occurredAfter ?? undefined, lt: filter?.occurredBefore ?? undefined },
  };
}

/** A page of the incoming events `where` selects, newest first: `page` is what the connection asks for. */
export const listIncomingEvents = <Page extends Omit<Prisma.IncomingEventFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  where: Prisma.IncomingEventWhereInput,
  page: Page,
) => prisma.incomingEvent.findMany({ ...page, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const countIncomingEvents = (prisma: PrismaClient, where: Prisma.IncomingEventWhereInput) =>
  prisma.incomingEvent.count({ where });

/** The tenant's incoming events of these ids (those that exist). */
export const findIncomingEventsByIds = (prisma: PrismaClient, tenantId: string, ids: string[]) =>
  prisma.incomingEvent.findMany({ where: { tenantId, id: { in: ids } } });
