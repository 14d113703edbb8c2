// Which of the tenant's published events a listing shows.
import { eventProjectWhere, type Owner } from "../auth/owner.js";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";

export interface EventFilter {
  type?: string | null;
  projectId?: string | null;
  idempotencyKey?: string | null;
  subject?: string | null;
  /** Published at or after. */
  createdAfter?: Date | null;
  /** Published before. */
  createdBefore?: Date | null;
  /** Only events whose payload broke its type's schema (true), or only the others (false). */
  schemaViolations?: boolean | null;
}

export function eventWhere(owner: Owner, filter: EventFilter | null | undefined): Prisma.EventWhereInput {
  return {
    tenantId: owner.tenantId,
    AND: [eventProjectWhere(owner), { projectId: filter?.projectId ?? undefined }],
    type: filter?.type ?? undefined,
    idempotencyKey: filter?.idempotencyKey ?? undefined,
    subject: filter?.subject ?? undefined,
    createdAt: { gte: filter?.createdAfter ?? undefined, lt: filter?.createdBefore ?? undefined },
    ...(filter?.schemaViolations != null
      ? { schemaViolations: filter.schemaViolations ? { not: Prisma.DbNull } : { equals: Prisma.DbNull } }
      : {}),
  };
}

/** A page of the events `where` selects, newest first: `page` is what the connection asks for. */
export const listEvents = <Page extends Omit<Prisma.EventFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  where: Prisma.EventWhereInput,
  page: Page,
) => prisma.event.findMany({ ...page, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const countEvents = (prisma: PrismaClient, where: Prisma.EventWhereInput) => prisma.event.count({ where });
