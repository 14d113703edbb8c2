import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../context.js";

// Per request and per argument set, one loader for every parent on the page: a page of webhooks with
// their latest deliveries, events or alerts costs the same few statements whether it holds 5 webhooks or 100. Pothos'
// context cache, so that each message of a subscription starts afresh (subscription-stream.ts).
const requestLoaders = createContextCache((_context: Context) => new Map<string, DataLoader<string, unknown>>());

export function requestLoader<Value>(context: Context, key: string, load: (ids: readonly string[]) => Promise<Map<string, Value>>, missing: Value): DataLoader<string, Value> {
  const loaders = requestLoaders(context);
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
