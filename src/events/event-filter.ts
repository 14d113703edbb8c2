// Which of the tenant's published events a listing shows.
import type { Prisma } from "../generated/prisma/client.js";

export interface EventFilter {
  type?: string | null;
  projectId?: string | null;
  idempotencyKey?: string | null;
  /** Published at or after. */
  createdAfter?: Date | null;
  /** Published before. */
  createdBefore?: Date | null;
}

export function eventWhere(tenantId: string, filter: EventFilter | null | undefined): Prisma.EventWhereInput {
  return {
    tenantId,
    type: filter?.type ?? undefined,
    projectId: filter?.projectId ?? undefined,
    idempotencyKey: filter?.idempotencyKey ?? undefined,
    createdAt: { gte: filter?.createdAfter ?? undefined, lt: filter?.createdBefore ?? undefined },
  };
}
