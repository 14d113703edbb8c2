// An incoming webhook as its row is read: the columns every incoming webhook has are not null (the
// webhooks_incoming_columns CHECK keeps them so) and the JSON columns are parsed into objects, once,
// here, rather than cast where they are used.
import { z } from "zod";
import { PluginUpgradeMode, type PrismaClient, type Webhook } from "../generated/prisma/client.js";
import { jsonObjectColumn } from "../db/sql.js";
import { findWebhook } from "../webhooks/webhooks.js";

const incomingColumns = z.object({
  kind: z.literal("INCOMING"),
  accessKeyCiphertext: z.string(),
  pluginId: z.string(),
  pluginVersion: z.string(),
  pluginUpgradeMode: z.enum(PluginUpgradeMode),
  /** As the version's optionsSchema checked them. */
  pluginOptions: jsonObjectColumn,
  /** What the version's init returned for the options. */
  pluginMetadata: jsonObjectColumn,
  capability: jsonObjectColumn,
  authenticationSettings: jsonObjectColumn,
});
type IncomingColumns = z.output<typeof incomingColumns>;

export type IncomingWebhook = Omit<Webhook, keyof IncomingColumns> & IncomingColumns;

// GraphQL resolves several fields of one row, each asking for it parsed: it is parsed once per row.
const parsedRows = new WeakMap<Webhook, IncomingWebhook>();

/** `row` as an incoming webhook; throws (a bug, not the caller's) for an outgoing one or a broken row. */
export function incomingWebhookOf(row: Webhook): IncomingWebhook {
  let parsed = parsedRows.get(row);
  if (!parsed) parsedRows.set(row, (parsed = { ...row, ...incomingColumns.parse(row) }));
  return parsed;
}

/** An incoming webhook of the tenant, or NotFoundError (also for another tenant's id or an outgoing one). */
export async function findIncomingWebhook(
  prisma: PrismaClient,
  tenantId: string,
  id: string,
): Promise<IncomingWebhook> {
  return incomingWebhookOf(await findWebhook(prisma, tenantId, id, "INCOMING"));
}
