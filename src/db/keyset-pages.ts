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

/** The SQL types a sort key has; a cursor's key is checked against its type before PostgreSQL casts it. */
export type SortKeyType = "text" | "timestamptz";

// A timestamptz as a cursor holds it: an ISO 8601 time (toISOString), PostgreSQL's text form of one
// ("2026-12-06 14:33:14.123+00"), or "-infinity" for a key that sorts first. Checked here, with the
// calendar, so that PostgreSQL's cast never fails on one.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)(Z|[+-]\d{2}(?::?\d{2})?)$/;
function isTimestamptzText(text: string): boolean {
  if (text === "-infinity" || text === "infinity") return true;
  const parts = TIMESTAMP.exec(text);
  if (!parts) return false;
  const [, date, time, zone] = parts;
  const offset = zone === "Z" ? "Z" : `${zone!.slice(0, 3)}:${zone!.slice(3).replace(":", "") || "00"}`;
  const parsed = new Date(`${date}T${time}${offset}`);
  // Date rolls 2026-02-30 over to March: the date must read back as written.
  return !Number.isNaN(parsed.getTime()) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date!);
}

const cursorSchema = (keyType: SortKeyType) =>
  z.tuple([keyType === "timestamptz" ? z.string().refine(isTimestamptzText) : z.string(), z.uuid()]);

/** The sort key and id a cursor holds; a ValidationError for anything this list's cursors cannot be. */
export function decodeCursor(cursor: string, keyType: SortKeyType): [string, string] {
  try {
    const value = cursorSchema(keyType).safeParse(parseJson(Buffer.from(cursor, "base64url").toString("utf8")));
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
  keyType: SortKeyType,
): Prisma.Sql {
  if (!page.cursor) return Prisma.sql`TRUE`;
  const [cursorKey, cursorId] = decodeCursor(page.cursor, keyType);
  const cast = Prisma.raw(keyType);
  return descending
    ? Prisma.sql`(${sortKey}, ${id}) < (${cursorKey}::${cast}, ${cursorId}::uuid)`
    : Prisma.sql`(${sortKey}, ${id}) > (${cursorKey}::${cast}, ${cursorId}::uuid)`;
}
