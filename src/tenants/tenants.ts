import { Prisma, type PrismaClient, type Tenant } from "../generated/prisma/client.js";
import { createApiKey, generateApiKey } from "../auth/api-keys.js";
import { SCOPES } from "../auth/scopes.js";
import { z } from "zod";
import { ValidationError } from "../common/errors.js";
import { parseInput } from "../common/validation.js";
import { EVENT_VALIDATION_MODES, notifyCatalogueChanged } from "../events/event-types.js";
import { selectRows, type RunSql } from "../db/sql.js";

export interface NewTenant {
  tenant: Tenant;
  /** The first admin key, in plain text: shown once. */
  adminKey: string;
}

// Any constant works; it only has to differ from other advisory locks the service takes.
const BOOTSTRAP_LOCK_KEY = 4_210_001;

export async function createTenant(
  prisma: PrismaClient,
  name: string,
  adminKey = generateApiKey().key,
): Promise<NewTenant> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 128) throw ValidationError.of(["name"], "must be 1-128 characters");
  return prisma.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({ data: { name: trimmed } });
    await createApiKey(tx, tenant.id, { name: "admin", scopes: [...SCOPES] }, adminKey);
    return { tenant, adminKey };
  });
}

/**
 * On an empty database, creates the first tenant with an admin key (the given one, or a new one).
 * Returns it, or null when a tenant exists. Safe when several processes start at once.
 */
export async function bootstrapFirstTenant(prisma: PrismaClient, adminKey?: string): Promise<NewTenant | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK_KEY})`;
    if ((await tx.tenant.count()) > 0) return null;
    const tenant = await tx.tenant.create({ data: { name: "default" } });
    const { key } = await createApiKey(tx, tenant.id, { name: "bootstrap admin", scopes: [...SCOPES] }, adminKey);
    return { tenant, adminKey: key };
  });
}

/** How long history is kept, as the operator bounds it (RETENTION_DEFAULT_DAYS, RETENTION_MAX_DAYS). */
export interface RetentionLimits {
  defaultDays: number;
  maxDays: number;
}

/** The days a tenant keeps each kind of history: its own setting within the limits, or the default. */
export interface TenantRetention {
  events: number;
  deliveries: number;
  incoming: number;
}

export function retentionOf(
  tenant: Pick<Tenant, "retentionEventsDays" | "retentionDeliveriesDays" | "retentionIncomingDays">,
  { defaultDays, maxDays }: RetentionLimits,
): TenantRetention {
  const days = (setting: number | null) => Math.min(setting ?? defaultDays, maxDays);
  const deliveries = days(tenant.retentionDeliveriesDays);
  // An event is kept at least as long as its deliveries (history-retention.ts).
  return {
    events: Math.max(days(tenant.retentionEventsDays), deliveries),
    deliveries,
    incoming: days(tenant.retentionIncomingDays),
  };
}

const retentionSettingsRow = z.object({
  id: z.string(),
  retention_events_days: z.number().nullable(),
  retention_deliveries_days: z.number().nullable(),
  retention_incoming_days: z.number().nullable(),
});

/** Every tenant's retention (for the retention pass). */
export async function listTenantRetention(
  sql: RunSql,
  limits: RetentionLimits,
): Promise<{ tenantId: string; retention: TenantRetention }[]> {
  const rows = await selectRows(
    sql,
    retentionSettingsRow,
    Prisma.sql`SELECT id::text, retention_events_days, retention_deliveries_days, retention_incoming_days FROM tenants`,
  );
  return rows.map((row) => ({
    tenantId: row.id,
    retention: retentionOf(
      {
        retentionEventsDays: row.retention_events_days,
        retentionDeliveriesDays: row.retention_deliveries_days,
        retentionIncomingDays: row.retention_incoming_days,
      },
      limits,
    ),
  }));
}

const settingsInput = (limits: RetentionLimits) => {
  const days = z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(limits.maxDays, `must be at most ${limits.maxDays} days (the service's RETENTION_MAX_DAYS)`)
    .nullish();
  return z.object({
    eventValidation: z.enum(EVENT_VALIDATION_MODES).nullish(),
    rejectUnknownEventTypes: z.boolean().nullish(),
    retention: z.object({ events: days, deliveries: days, incoming: days }).nullish(),
  });
};
export type TenantSettingsInput = z.input<ReturnType<typeof settingsInput>>;

/** Changes the tenant's settings; fields left out (or null) are unchanged. */
export async function updateTenantSettings(
  prisma: PrismaClient,
  tenantId: string,
  input: TenantSettingsInput,
  limits: RetentionLimits,
): Promise<Tenant> {
  const { eventValidation, rejectUnknownEventTypes, retention } = parseInput(settingsInput(limits), input);
  const [tenant] = await prisma.$transaction([
    prisma.tenant.update({
      where: { id: tenantId },
      data: {
        ...(eventValidation != null ? { eventValidation } : {}),
        ...(rejectUnknownEventTypes != null ? { rejectUnknownEventTypes } : {}),
        ...(retention?.events != null ? { retentionEventsDays: retention.events } : {}),
        ...(retention?.deliveries != null ? { retentionDeliveriesDays: retention.deliveries } : {}),
        ...(retention?.incoming != null ? { retentionIncomingDays: retention.incoming } : {}),
      },
    }),
    notifyCatalogueChanged(prisma, tenantId),
  ]);
  return tenant;
}

/** The tenant `id`, read as `query` asks (it exists while a key of it authenticates). */
export const findTenant = <Query extends Omit<Prisma.TenantFindUniqueOrThrowArgs, "where">>(
  prisma: PrismaClient,
  id: string,
  query: Query,
) => prisma.tenant.findUniqueOrThrow({ ...query, where: { id } });
