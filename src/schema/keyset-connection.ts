// Relay connections over keyset pages (db/keyset-pages.ts): the loader reads one page and the total
// matching (in one statement, or a count left for when totalCount is asked); this turns
// first/after/last/before/offset into that page and back.
import {
  resolveCursorConnection,
  type DefaultConnectionArguments,
  type ResolveCursorConnectionArgs,
} from "@pothos/plugin-relay";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.js";
import type { PageRequest } from "../db/keyset-pages.js";
import { pageOffset } from "./page-offset.js";

export async function keysetConnection<Row extends { cursor: string }>(
  args: DefaultConnectionArguments & { offset?: number | null },
  load: (page: PageRequest) => Promise<{ rows: Row[]; total: number | (() => Promise<number>) }>,
) {
  let total: number | (() => Promise<number>) = 0;
  const offset = pageOffset(args);
  const connection = await resolveCursorConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, toCursor: (row: Row) => row.cursor },
    async ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
      const page = await load({ cursor: inverted ? before : after, limit, offset, inverted });
      total = page.total;
      return page.rows;
    },
  );
  return { ...connection, totalCount: total };
}
