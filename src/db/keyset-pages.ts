// Keyset pagination: a cursor holds the row's sort key and id, so the next page starts right after
// it whatever was inserted or deleted meanwhile.
import { Prisma } from "../generated/prisma/client.js";
import { ValidationError } from "../common/errors.js";
import { parseJson } from "../common/validation.js";
import { z } from "zod";

export interface PageRequest {
  /** Cursor to start after, in the direction of reading. */
  cursor?: string;
  limit: number;
  /** Items to skip before the page (after the cursor, when there is one). */
  offset: number;
  /** Reading backwards (last/before): the order is reversed. */
  inverted: boolean;
}

const cursorSchema = z.tuple([z.string(), z.string()]);

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = cursorSchema.safeParse(parseJson(Buffer.from(cursor, "base64url").toString("utf8")));
    if (value.success) return value.data;
  } catch {
    // not base64url JSON: not a cursor either
  }
  throw ValidationError.of(["after"], "is not a cursor from this list");
}

export const encodeCursor = (sortKey: string, id: string) =>
  Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");

/**
 * The condition for rows after the page's cursor in reading order: `(sortKey, id)` past the cursor's,
 * or TRUE on the first page. `keyType` is the sort key's SQL type (the cursor holds it as text).
 */
export function afterCursor(
  page: Pick<PageRequest, "cursor">,
  descending: boolean,
  sortKey: Prisma.Sql,
  id: Prisma.Sql,
  keyType: Prisma.Sql,
): Prisma.Sql {
  if (!page.cursor) return Prisma.sql`TRUE`;
  const [cursorKey, cursorId] = decodeCursor(page.cursor);
  return descending
    ? Prisma.sql`(${sortKey}, ${id}) < (${cursorKey}::${keyType}, ${cursorId}::uuid)`
    : Prisma.sql`(${sortKey}, ${id}) > (${cursorKey}::${keyType}, ${cursorId}::uuid)`;
}
