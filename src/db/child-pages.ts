// Pages of a child table (deliveries of a webhook, events and alerts of an incoming webhook) for a
// whole page of parents at once: a constant number of statements however many parents are shown.
import { Prisma } from "../generated/prisma/client.js";
import { z } from "zod";
import { afterCursor, encodeCursor, type PageRequest } from "./keyset-pages.js";
import { selectRows, type RunSql } from "./sql.js";

export interface ChildTable {
  /** The table, e.g. Prisma.sql`deliveries`; read as `c`. */
  table: Prisma.Sql;
  /** Its column naming the parent, e.g. Prisma.sql`c.webhook_id`; it must lead an index (parent, created_at, id). */
  parentColumn: Prisma.Sql;
}

const pageRow = z.object({ parentId: z.string(), id: z.string(), createdAt: z.date() });

/**
 * The ids of one page of children (newest first, by creation time and id) of each parent, with their
 * cursors, in one statement: a LATERAL join reads each parent's page from its index. `where` may use `c.`.
 */
export async function childPageIds(
  sql: RunSql,
  child: ChildTable,
  parentIds: readonly string[],
  where: Prisma.Sql,
  page: PageRequest,
): Promise<Map<string, { id: string; cursor: string }[]>> {
  const newestFirst = !page.inverted;
  const direction = newestFirst ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const after = afterCursor(page, newestFirst, Prisma.sql`c.created_at`, Prisma.sql`c.id`, "timestamptz");
  const rows = await selectRows(
    sql,
    pageRow,
    Prisma.sql`
      SELECT p.id::text AS "parentId", c.id::text, c.created_at AS "createdAt"
      FROM unnest(${[...parentIds]}::uuid[]) AS p(id)
      CROSS JOIN LATERAL (
        SELECT c.id, c.created_at FROM ${child.table} c
        WHERE ${child.parentColumn} = p.id AND ${where} AND ${after}
        ORDER BY c.created_at ${direction}, c.id ${direction}
        LIMIT ${page.limit} OFFSET ${page.offset}
      ) c
      ORDER BY p.id, c.created_at ${direction}, c.id ${direction}`,
  );
  const pages = new Map<string, { id: string; cursor: string }[]>(parentIds.map((id) => [id, []]));
  for (const row of rows)
    pages.get(row.parentId)?.push({ id: row.id, cursor: encodeCursor(row.createdAt.toISOString(), row.id) });
  return pages;
}

/** How many children matching `where` each parent has, in one statement. */
export async function childCounts(
  sql: RunSql,
  child: ChildTable,
  parentIds: readonly string[],
  where: Prisma.Sql,
): Promise<Map<string, number>> {
  const rows = await selectRows(
    sql,
    z.object({ parentId: z.string(), count: z.number() }),
    Prisma.sql`SELECT ${child.parentColumn}::text AS "parentId", count(*)::int AS count FROM ${child.table} c WHERE ${child.parentColumn} = ANY(${[...parentIds]}::uuid[]) AND ${where} GROUP BY 1`,
  );
  return new Map(rows.map((row) => [row.parentId, row.count]));
}

/** Each parent's page of full rows, in page order, from the ids `childPageIds` found and the rows loaded for them. */
export function fillPages<Row extends { id: string }>(
  pages: Map<string, { id: string; cursor: string }[]>,
  rows: Row[],
): Map<string, (Row & { cursor: string })[]> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const filled = new Map<string, (Row & { cursor: string })[]>();
  for (const [parentId, entries] of pages) {
    filled.set(
      parentId,
      entries.flatMap(({ id, cursor }) => {
        const row = byId.get(id);
        return row ? [{ ...row, cursor }] : [];
      }),
    );
  }
  return filled;
}

/** All ids on the pages, to load their rows with. */
export const idsOnPages = (pages: Map<string, { id: string }[]>): string[] =>
  [...pages.values()].flatMap((entries) => entries.map((entry) => entry.id));
