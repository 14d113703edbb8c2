import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { Context } from "./context.js";
import type { PageRequest } from "../db/keyset-pages.js";
import { keysetConnection } from "./keyset-connection.js";

// Per request and per argument set, one loader for every parent on the page: a page of webhooks with
// their latest deliveries, events or alerts costs the same few statements whether it holds 5 webhooks or 100. Pothos'
// context cache, so that each message of a subscription starts afresh (subscription-stream.ts).
const requestLoaders = createContextCache((_context: Context) => new Map<string, DataLoader<string, unknown>>());

export function requestLoader<Value>(
  context: Context,
  key: string,
  load: (ids: readonly string[]) => Promise<Map<string, Value>>,
  missing: Value,
): DataLoader<string, Value> {
  const loaders = requestLoaders(context);
  // One map holds every kind of loader, stored as unknown; `key` names the kind, so the loader under
  // it loads Value (both casts below).
  let loader = loaders.get(key) as DataLoader<string, Value> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Value>(async (ids) => {
      const values = await load(ids);
      return ids.map((id) => values.get(id) ?? missing);
    });
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * A connection of one parent's children (a webhook's deliveries, events or alerts), read for every
 * parent on the page at once: `loadPages` takes the parents' ids and the page, `loadCounts` their
 * ids. `name` and `filter` tell apart the loaders of different fields and arguments.
 */
export function childConnection<Row extends { cursor: string }>(
  context: Context,
  parentId: string,
  args: DefaultConnectionArguments & { offset?: number | null },
  {
    name,
    filter,
    loadPages,
    loadCounts,
  }: {
    name: string;
    filter: unknown;
    loadPages: (ids: readonly string[], page: PageRequest) => Promise<Map<string, Row[]>>;
    loadCounts: (ids: readonly string[]) => Promise<Map<string, number>>;
  },
) {
  return keysetConnection(
    args,
    async (page) => ({
      rows: await requestLoader<Row[]>(
        context,
        JSON.stringify([name, filter, page]),
        (ids) => loadPages(ids, page),
        [],
      ).load(parentId),
      total: () => requestLoader(context, JSON.stringify([`${name} count`, filter]), loadCounts, 0).load(parentId),
    }),
    (row) => row.cursor,
  );
}
