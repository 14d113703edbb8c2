// Which of the tenant's alerts a listing shows.
import type { AlertState, Prisma, Severity } from "../generated/prisma/client.js";

export interface AlertFilter {
  state?: AlertState | null;
  severity?: Severity | null;
  /** The incoming webhook whose events opened them. */
  webhookId?: string | null;
}

export function alertWhere(tenantId: string, filter: AlertFilter | null | undefined): Prisma.AlertWhereInput {
  return {
    tenantId,
    state: filter?.state ?? undefined,
    severity: filter?.severity ?? undefined,
    webhookId: filter?.webhookId ?? undefined,
  };
}
