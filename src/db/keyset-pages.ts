// Keyset pagination: a cursor holds the row's sort key and id, so the next page starts right after
// it whatever was inserted or deleted meanwhile.
import { ValidationError } from "../errors.js";

export interface PageRequest {
  /** Cursor to start after, in the direction of reading. */
  cursor?: string;
  limit: number;
  /** Reading backwards (last/before): the order is reversed. */
  inverted: boolean;
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string")) return value as [string, string];
  } catch {
    // fall through
  }
  throw ValidationError.of(["after"], "is not a cursor from this list");
}

export const encodeCursor = (sortKey: string, id: string) => Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");
