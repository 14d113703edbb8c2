// Live updates: the changes the database announces on CHANGES_CHANNEL (its triggers, migration
// 20261201220000_live_changes), handed to the subscriptions open in this process. One LISTEN per
// process feeds every subscriber; each subscriber sees only its own tenant's changes, and only while
// its API key stays valid and keeps the scope it subscribed with.
import DataLoader from "dataloader";
import { z } from "zod";
import type { Principal } from "../auth/api-keys.js";
import { ForbiddenError, type Scope } from "../auth/scopes.js";
import { AuthenticationError, ServiceError, TooManySubscriptionsError } from "../common/errors.js";
import type { Logger } from "../common/logger.js";
import { AlertState, DeliveryStatus, WebhookKind } from "../generated/prisma/client.js";
import { deliveryRow } from "../delivery/delivery-query.js";

/** The NOTIFY channel the database's triggers announce changes on. */
export const CHANGES_CHANNEL = "hookrelay_changes";

export const WEBHOOK_CHANGES = [
  "CREATED",
  "UPDATED",
  "SUSPENDED",
  "UNSUSPENDED",
  "DISABLED",
  "ENABLED",
  "SECRET_ROTATED",
  "DELETED",
] as const;
export type WebhookChangeKind = (typeof WEBHOOK_CHANGES)[number];

// json_build_object writes timestamptz as ISO 8601 with an offset.
const changedAt = z.coerce.date();

const changeSchema = z.discriminatedUnion("on", [
  z.object({
    on: z.literal("delivery"),
    tenantId: z.string(),
    id: z.string(),
    webhookId: z.string(),
    eventId: z.string(),
    status: z.enum(DeliveryStatus),
    attemptCount: z.number().int(),
    at: changedAt,
    // The row as the change left it; null when it would not fit the notification.
    delivery: deliveryRow.nullable(),
  }),
  z.object({
    on: z.literal("webhook"),
    tenantId: z.string(),
    id: z.string(),
    kind: z.enum(WebhookKind),
    change: z.enum(WEBHOOK_CHANGES),
    projectId: z.string(),
    at: changedAt,
  }),
  z.object({
    on: z.literal("alert"),
    tenantId: z.string(),
    id: z.string(),
    webhookId: z.string(),
    state: z.enum(AlertState),
    projectId: z.string(),
    at: changedAt,
  }),
  z.object({
    on: z.literal("incomingEvent"),
    tenantId: z.string(),
    id: z.string(),
    webhookId: z.string(),
    projectId: z.string(),
    at: changedAt,
  }),
]);

export type Change = z.output<typeof changeSchema>;
export type DeliveryChange = Extract<Change, { on: "delivery" }>;
export type WebhookChange = Extract<Change, { on: "webhook" }>;
export type AlertChange = Extract<Change, { on: "alert" }>;
export type IncomingEventChange = Extract<Change, { on: "incomingEvent" }>;

/** The last item of a stream that ends for a reason the subscriber should read (revoked key, shutdown). */
export class StreamEnd {
  constructor(readonly error: ServiceError) {}
}

/** The service is stopping: streams end with this, clients reconnect to another process. */
export class ShuttingDownError extends ServiceError {
  readonly code = "SERVICE_UNAVAILABLE" as const;
  constructor() {
    super("The server is shutting down; subscribe again (another process or this one once restarted).");
  }
}

/** The subscriber read too slowly and its backlog ran over MAX_QUEUED_CHANGES. */
export class FellBehindError extends ServiceError {
  readonly code = "SERVICE_UNAVAILABLE" as const;
  constructor() {
    super(
      `This subscription fell more than ${MAX_QUEUED_CHANGES} changes behind and was ended; subscribe again and read what you missed through the queries.`,
    );
  }
}

// A subscriber that stops reading (a stalled client, a full socket) must not hold memory without bound.
const MAX_QUEUED_CHANGES = 1000;
// Keys are checked again at this interval (expiry, and revocations whose notification was lost).
const KEY_RECHECK_MS = 5000;

/** Whether a key still holds: its current scopes, or null when it is revoked, expired or gone. */
export type KeyCheck = (principal: Principal) => Promise<readonly Scope[] | null>;

/** The projects ("" for none) of the webhooks of `ids` that exist. */
export type WebhookProjects = (ids: readonly string[]) => Promise<Map<string, string>>;

// Past this many remembered webhook projects the memory starts over, so it stays small.
const MAX_KNOWN_PROJECTS = 10_000;

/**
 * Which changes a subscription can accept at all: one kind, and (when its filter names one) one
 * outgoing or incoming webhook's. A change is offered only to the subscriptions of its topics, so a
 * change costs the subscriptions it may concern, not every subscription of its tenant.
 */
export interface Topic {
  on: Change["on"];
  webhookId?: string | null;
}

const topicKey = (on: Change["on"], webhookId?: string | null) => (webhookId ? `${on}:${webhookId}` : on);

/** The topics a change belongs to: its kind, and its kind with the webhook it is about. */
function topicsOf(change: Change): [string, string] {
  return [change.on, topicKey(change.on, change.on === "webhook" ? change.id : change.webhookId)];
}

const hasTenant = (notified: unknown): notified is { tenantId: string } =>
  typeof notified === "object" && notified !== null && "tenantId" in notified && typeof notified.tenantId === "string";

/** One open subscription as the hub sees it; its queue holds only the changes it accepts. */
interface Subscriber {
  principal: Principal;
  scope: Scope;
  /** Queues the change if the subscription accepts it. */
  offer(change: Change): void;
  /** Ends the stream with `error` as its last item. */
  end(error: ServiceError): void;
  ended: boolean;
}

export class LiveChanges {
  /** Open subscriptions by tenant, then by topic key. */
  private readonly byTenant = new Map<string, Map<string, Set<Subscriber>>>();
  private readonly perKey = new Map<string, number>();
  private closed = false;
  private readonly recheck: NodeJS.Timeout;

  // Webhooks' projects, for project-scoped subscribers' delivery changes (their notifications carry
  // no project): kept current by the webhooks' own change notifications, which do.
  private readonly webhookProjects = new Map<string, string>();
  private readonly projectLoader: DataLoader<string, string | null>;

  constructor(
    private readonly options: {
      maxSubscriptionsPerKey: number;
      checkKey: KeyCheck;
      webhookProjects: WebhookProjects;
      log: Logger;
    },
  ) {
    this.recheck = setInterval(() => void this.checkKeys(), KEY_RECHECK_MS).unref();
    this.projectLoader = new DataLoader(
      async (ids) => {
        const found = await options.webhookProjects(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: false },
    );
  }

  /** Whether a change is of the project a project-scoped subscriber reaches. */
  private async isOfProject(change: Change, projectId: string): Promise<boolean> {
    if (change.on !== "delivery") return change.projectId === projectId;
    let known = this.webhookProjects.get(change.webhookId);
    if (known === undefined) {
      const loaded = await this.projectLoader.load(change.webhookId);
      if (loaded === null) return false; // the webhook is gone, and its deliveries with it
      if (this.webhookProjects.size >= MAX_KNOWN_PROJECTS) this.webhookProjects.clear();
      this.webhookProjects.set(change.webhookId, (known = loaded));
    }
    return known === projectId;
  }

  /** Subscriptions open in this process. */
  get openCount(): number {
    return [...this.subscribers()].length;
  }

  private *subscribers(): Iterable<Subscriber> {
    for (const topics of this.byTenant.values()) for (const subscribers of topics.values()) yield* subscribers;
  }

  /** A NOTIFY payload from CHANGES_CHANNEL. */
  receive(payload: string): void {
    if (payload === "") return; // the listener reconnected: changes in between are lost (documented)
    let change: Change;
    try {
      const notified: unknown = JSON.parse(payload);
      // Most changes concern no open subscription: those are not read further.
      if (hasTenant(notified) && !this.byTenant.has(notified.tenantId)) return;
      change = changeSchema.parse(notified);
    } catch (error) {
      this.options.log.warn({ err: error, payload: payload.slice(0, 200) }, "unreadable change notification");
      return;
    }
    if (change.on === "webhook") {
      if (change.change === "DELETED") this.webhookProjects.delete(change.id);
      else if (this.webhookProjects.has(change.id)) this.webhookProjects.set(change.id, change.projectId);
    }
    const topics = this.byTenant.get(change.tenantId);
    if (!topics) return;
    for (const topic of topicsOf(change)) for (const subscriber of topics.get(topic) ?? []) subscriber.offer(change);
  }

  /**
   * The changes of `principal`'s tenant that `accepts` lets through, as they commit, until the client
   * goes away, the key is revoked or loses `scope`, or the service stops (the last item is then a
   * StreamEnd). Only changes of `topic` are offered to `accepts`. Refused with
   * TooManySubscriptionsError past the per-key limit.
   */
  subscribe<T extends Change>(
    principal: Principal,
    scope: Scope,
    topic: Topic,
    accepts: (change: Change) => change is T,
  ): AsyncIterableIterator<T | StreamEnd> {
    if (this.closed) throw new ShuttingDownError();
    const open = this.perKey.get(principal.apiKeyId) ?? 0;
    if (open >= this.options.maxSubscriptionsPerKey)
      throw new TooManySubscriptionsError(this.options.maxSubscriptionsPerKey);
    const queue: (T | StreamEnd)[] = [];
    let wake: (() => void) | null = null;
    const wakeUp = () => {
      const waiting = wake;
      wake = null;
      waiting?.();
    };
    const subscriber: Subscriber = {
      principal,
      scope,
      ended: false,
      offer(change) {
        if (subscriber.ended || !accepts(change)) return;
        if (queue.length >= MAX_QUEUED_CHANGES) return subscriber.end(new FellBehindError());
        queue.push(change);
        wakeUp();
      },
      end(error) {
        if (subscriber.ended) return;
        subscriber.ended = true;
        queue.length = 0;
        queue.push(new StreamEnd(error));
        wakeUp();
      },
    };
    this.perKey.set(principal.apiKeyId, open + 1);
    let tenant = this.byTenant.get(principal.tenantId);
    if (!tenant) this.byTenant.set(principal.tenantId, (tenant = new Map()));
    const key = topicKey(topic.on, topic.webhookId);
    let subscribers = tenant.get(key);
    if (!subscribers) tenant.set(key, (subscribers = new Set()));
    subscribers.add(subscriber);
    const remove = () => {
      if (!subscribers.delete(subscriber)) return;
      if (subscribers.size === 0) tenant.delete(key);
      if (tenant.size === 0) this.byTenant.delete(principal.tenantId);
      const left = (this.perKey.get(principal.apiKeyId) ?? 1) - 1;
      if (left === 0) this.perKey.delete(principal.apiKeyId);
      else this.perKey.set(principal.apiKeyId, left);
    };
    const done = { done: true as const, value: undefined };
    const iterator: AsyncIterableIterator<T | StreamEnd> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        for (;;) {
          const item = queue.shift();
          if (item !== undefined) {
            if (item instanceof StreamEnd) remove();
            // A project-scoped key's stream skips other projects' changes here, where it may wait
            // for a webhook's project without reordering the stream.
            else if (principal.projectId !== null && !(await this.isOfProject(item, principal.projectId))) continue;
            return { done: false, value: item };
          }
          if (subscriber.ended) {
            remove();
            return done;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      },
      // The client went away (yoga cancels the stream) or the operation finished.
      return: async () => {
        subscriber.ended = true;
        queue.length = 0;
        remove();
        wakeUp();
        return done;
      },
    };
    return iterator;
  }

  /** Checks every open subscription's key now (called when keys change, from any process). */
  async checkKeys(): Promise<void> {
    const byKey = groupBy([...this.subscribers()], (subscriber) => subscriber.principal.apiKeyId);
    await Promise.all(
      [...byKey.values()].map(async (held) => {
        let scopes: readonly Scope[] | null;
        try {
          scopes = await this.options.checkKey(held[0]!.principal); // a group has at least one member
        } catch (error) {
          this.options.log.warn({ err: error }, "could not check a subscription's API key; checking again later");
          return;
        }
        for (const subscriber of held) {
          if (!scopes)
            subscriber.end(
              new AuthenticationError(
                "This API key is no longer valid (revoked, expired or deleted); the subscription has ended.",
              ),
            );
          else if (!scopes.includes(subscriber.scope)) subscriber.end(new ForbiddenError(subscriber.scope));
        }
      }),
    );
  }

  /** Ends every stream with a last message saying why (SIGTERM): clients see a clean end, not a reset. */
  close(): void {
    this.closed = true;
    clearInterval(this.recheck);
    for (const subscriber of this.subscribers()) subscriber.end(new ShuttingDownError());
  }
}

/** Loads the rows of `ids` that exist for the tenant, through `source` (a statement runner, a client). */
export type LoadRows<Source, Row> = (
  source: Source,
  tenantId: string,
  ids: readonly string[],
) => Promise<Map<string, Row>>;

/**
 * What changes are about, loaded once however many subscribers receive a change (every subscriber of
 * a change is handed the same change object), and for the changes that arrive together in one
 * statement per tenant: one commit's notifications arrive in one read, so they are asked for within
 * a tick. Nothing is cached beyond the change: each message shows the row as it is.
 */
export class ChangeRows<Key extends Change, Source extends object, Row> {
  private readonly rows = new WeakMap<Key, Promise<Row | null>>();
  private readonly loaders = new WeakMap<Source, DataLoader<{ tenantId: string; id: string }, Row | null, string>>();

  constructor(private readonly load: LoadRows<Source, Row>) {}

  /** The row `change` is about, read under the subscriber's `tenantId` (null when it is gone). */
  get(source: Source, tenantId: string, change: Key): Promise<Row | null> {
    let row = this.rows.get(change);
    if (!row) this.rows.set(change, (row = this.loaderFor(source).load({ tenantId, id: change.id })));
    return row;
  }

  private loaderFor(source: Source): DataLoader<{ tenantId: string; id: string }, Row | null, string> {
    let loader = this.loaders.get(source);
    if (!loader) {
      loader = new DataLoader(
        async (keys) => {
          const byTenant = groupBy(keys, (key) => key.tenantId);
          const found = await Promise.all(
            [...byTenant].map(
              async ([tenantId, group]) =>
                [
                  tenantId,
                  await this.load(
                    source,
                    tenantId,
                    group.map((key) => key.id),
                  ),
                ] as const,
            ),
          );
          const rows = new Map(found);
          return keys.map(({ tenantId, id }) => rows.get(tenantId)?.get(id) ?? null);
        },
        { cache: false },
      );
      this.loaders.set(source, loader);
    }
    return loader;
  }
}

/** `items` in groups by `keyOf`, each group in the items' order (Map.groupBy arrives with Node 21). */
function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
