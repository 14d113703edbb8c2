// Which of the tenant's alerts a listing shows.
import { projectWhere, type Owner } from "../auth/owner.js";
import type { AlertState, Prisma, PrismaClient, Severity } from "../generated/prisma/client.js";

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

/** A page of the alerts `where` selects, newest first: `page` is what the connection asks for. */
export const listAlerts = <Page extends Omit<Prisma.AlertFindManyArgs, "where" | "orderBy">>(
  prisma: PrismaClient,
  where: Prisma.AlertWhereInput,
  page: Page,
) => prisma.alert.findMany({ ...page, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const countAlerts = (prisma: PrismaClient, where: Prisma.AlertWhereInput) => prisma.alert.count({ where });

/** The owner's alert `id` (read as `query` asks), or null. */
export const findAlert = <Query extends Omit<Prisma.AlertFindFirstArgs, "where">>(
  prisma: PrismaClient,
  owner: Owner,
  id: string,
  query: Query,
) => prisma.alert.findFirst({ ...query, where: { id, tenantId: owner.tenantId, ...projectWhere(owner) } });

/** The tenant's alerts of these ids (those that exist). */
export const findAlertsByIds = (prisma: PrismaClient, tenantId: string, ids: string[]) =>
  prisma.alert.findMany({ where: { tenantId, id: { in: ids } } });
