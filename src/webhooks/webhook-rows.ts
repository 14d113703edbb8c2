// Reading one kind of webhook's rows into its own type: the kind's columns parsed over the row by a
// zod schema, once per row object (GraphQL resolves several fields of one row, each asking for it).
import type { z } from "zod";
import type { PrismaClient, Webhook, WebhookKind } from "../generated/prisma/client.js";
import { findWebhook } from "./webhooks.js";

/** A row with `Columns` parsed: the kind's own type. */
export type KindRow<Columns extends z.ZodObject> = Omit<Webhook, keyof z.output<Columns>> & z.output<Columns>;

export function webhookRowsOf<Columns extends z.ZodObject>(kind: WebhookKind, columns: Columns) {
  const parsedRows = new WeakMap<Webhook, KindRow<Columns>>();
  /** `row` as this kind; throws (a bug, not the caller's) for the other kind or a broken row. */
  const of = (row: Webhook): KindRow<Columns> => {
    let parsed = parsedRows.get(row);
    if (!parsed) parsedRows.set(row, (parsed = { ...row, ...columns.parse(row) }));
    return parsed;
  };
  /** A webhook of this kind of the tenant, or NotFoundError (also for another tenant's id or the other kind). */
  const find = async (prisma: PrismaClient, tenantId: string, id: string): Promise<KindRow<Columns>> =>
    of(await findWebhook(prisma, tenantId, id, kind));
  return { of, find };
}
