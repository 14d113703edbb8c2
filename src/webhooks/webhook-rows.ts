// Reading one kind of webhook's rows into its own type: the kind's columns parsed over the row by a
// zod schema, once per row object (GraphQL resolves several fields of one row, each asking for it).
import type { z } from "zod";
import type { PrismaClient, Webhook, WebhookKind } from "../generated/prisma/client.js";
import { findWebhook } from "./webhooks.js";
import type { Owner } from "../auth/owner.js";

/** A row (or the columns selected of one, this kind's among them) with `Columns` parsed: the kind's own type. */
export type KindRow<Columns extends z.ZodObject, Row = Webhook> = Omit<Row, keyof z.output<Columns>> &
  z.output<Columns>;

type ColumnName<Columns extends z.ZodObject> = Extract<keyof z.output<Columns>, keyof Webhook>;

export function webhookRowsOf<Columns extends z.ZodObject>(kind: WebhookKind, columns: Columns) {
  /** `row` with this kind's columns parsed; throws (a bug, not the caller's) for the other kind or a broken row. */
  const parse = <Row extends Pick<Webhook, ColumnName<Columns>>>(row: Row): KindRow<Columns, Row> => ({
    ...row,
    ...columns.parse(row),
  });
  const parsedRows = new WeakMap<Webhook, KindRow<Columns>>();
  /** A whole row as this kind, parsed once per row object. */
  const of = (row: Webhook): KindRow<Columns> => {
    let parsed = parsedRows.get(row);
    if (!parsed) parsedRows.set(row, (parsed = parse(row)));
    return parsed;
  };
  /** A webhook of this kind the owner reaches, or NotFoundError (also for another tenant's id or the other kind). */
  const find = async (prisma: PrismaClient, owner: Owner, id: string): Promise<KindRow<Columns>> =>
    of(await findWebhook(prisma, owner, id, kind));
  /**
   * One of this kind's columns of `row`, parsed: for a field that needs nothing else of the row (a list
   * page then reads only that column, and parses only it).
   */
  const column = <Name extends ColumnName<Columns>>(row: Pick<Webhook, Name>, name: Name) =>
    (columns.shape[name] as z.ZodType<z.output<Columns>[Name]>).parse(row[name]);
  /** The fields `of` and `find` parse: a row must hold them all. */
  const fields = Object.keys(columns.shape) as ColumnName<Columns>[];
  return { parse, of, find, fields, column };
}
