// Which of the tenant's alerts a listing shows.
import { projectWhere, type Owner } from "../auth/owner.js";
import type { AlertState, Prisma, Severity } from "../generated/prisma/client.js";

export interface AlertFilter {
  state?: AlertState | null;
  severity?: Severity | null;
  /** The incoming webhook whose events opened them. */
  webhookId?: string | null;
}

export function alertWhere(owner: Owner, filter: AlertFilter | null | undefined): Prisma.AlertWhereInput {
  return {
    tenantId: owner.tenantId,
    ...projectWhere(owner),
    state: filter?.state ?? undefined,
    severity: filter?.severity ?? undefined,
    webhookId: filter?.webhookId ?? undefined,
  };
}
