// What every subscription field shares: the stream of its tenant's changes it accepts, and the end
// of a stream (revoked key, shutdown) turned into the last message's error.
import { initContextCache } from "@pothos/core";
import type { Stores } from "./stores.js";
import { principalOf, type Context } from "./context.js";
import type { Scope } from "../auth/scopes.js";
import { StreamEnd, type Change, type LoadRows, type Topic } from "../live/live-changes.js";

/** The changes of `topic` that `accepts` lets through for the caller's tenant, ending as LiveChanges.subscribe says. */
export function changesFor<T extends Change>(
  context: Context,
  scope: Scope,
  topic: Topic,
  accepts: (change: Change) => change is T,
): AsyncIterable<T | StreamEnd> {
  return context.live.subscribe(principalOf(context), scope, topic, accepts);
}

/**
 * A stream's item as the field's value; the item that ends the stream becomes its error. Every
 * message of a subscription is executed with the subscription's one context: its per-request caches
 * (Pothos' loaders, requestLoader) start afresh for each message, or later messages would show what
 * the first one loaded.
 */
export function unlessEnded<T extends Change>(item: T | StreamEnd, _args: unknown, context: Context): T {
  if (item instanceof StreamEnd) throw item.error;
  Object.assign(context, initContextCache());
  return item;
}

/** Rows by id, read by a store's function, for ChangeRows. */
export function rowsByIds<Row extends { id: string }>(
  find: (stores: Stores, tenantId: string, ids: string[]) => Promise<Row[]>,
): LoadRows<Stores, Row> {
  return async (stores, tenantId, ids) => new Map((await find(stores, tenantId, [...ids])).map((row) => [row.id, row]));
}
