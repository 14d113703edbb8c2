// Which of the events the tenant's incoming webhooks received a listing shows.
import { projectWhere, type Owner } from "../auth/owner.js";
import type { IncomingEventType, Prisma, Severity } from "../generated/prisma/client.js";

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
