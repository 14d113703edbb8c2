// An outgoing webhook as its row is read: the columns every outgoing webhook has are not null (the
// webhooks_outgoing_columns CHECK keeps them so) and the JSON columns are parsed into their types,
// once, here, rather than cast where they are used.
import { z } from "zod";
import type { PrismaClient, Webhook } from "../generated/prisma/client.js";
import { findWebhook } from "../webhooks/webhooks.js";
import { storedFailureHandling } from "./failure-handling.js";

export const httpHeaderSchema = z.object({ name: z.string(), values: z.array(z.string()) });
export type HttpHeader = z.output<typeof httpHeaderSchema>;

/** The headers column: the headers sent with every delivery. */
export const storedHeaders = z.array(httpHeaderSchema);

const outgoingColumns = z.object({
  kind: z.literal("OUTGOING"),
  url: z.string(),
  secretCiphertext: z.string(),
  secretHint: z.string(),
  headers: storedHeaders,
  failureHandling: storedFailureHandling,
});
type OutgoingColumns = z.output<typeof outgoingColumns>;

export type OutgoingWebhook = Omit<Webhook, keyof OutgoingColumns> & OutgoingColumns;

// GraphQL resolves several fields of one row, each asking for it parsed: it is parsed once per row.
const parsedRows = new WeakMap<Webhook, OutgoingWebhook>();

/** `row` as an outgoing webhook; throws (a bug, not the caller's) for an incoming one or a broken row. */
export function outgoingWebhookOf(row: Webhook): OutgoingWebhook {
  let parsed = parsedRows.get(row);
  if (!parsed) parsedRows.set(row, (parsed = { ...row, ...outgoingColumns.parse(row) }));
  return parsed;
}

/** An outgoing webhook of the tenant, or NotFoundError (also for another tenant's id or an incoming one). */
export async function findOutgoingWebhook(
  prisma: PrismaClient,
  tenantId: string,
  id: string,
): Promise<OutgoingWebhook> {
  return outgoingWebhookOf(await findWebhook(prisma, tenantId, id, "OUTGOING"));
}
