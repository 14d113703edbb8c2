// webhookChanged: the tenant's webhooks suspended, unsuspended, disabled, re-keyed, edited, live.

import type { Stores } from "./stores.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "./builder.js";
import { WebhookKindEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import type { Webhook } from "../generated/prisma/client.js";
import {
  ChangeRows,
  WEBHOOK_CHANGES,
  type Change,
  type WebhookChange,
  type WebhookChangeKind,
} from "../live/live-changes.js";
import { ValidationError } from "../common/errors.js";
import { WebhookInterface } from "./webhook.js";
import { localId } from "./global-id.js";
import { changesFor, rowsByIds, unlessEnded } from "./subscription-stream.js";

const webhooks = new ChangeRows<WebhookChange, Stores, Webhook>(
  rowsByIds((stores, tenantId, ids) => stores.webhooks.findWebhooksByIds(tenantId, ids)),
);

const CHANGE_DESCRIPTIONS: Record<WebhookChangeKind, string> = {
  CREATED: "Created.",
  UPDATED: "Edited (name, URL, event types, headers, failure handling, plugin, ...).",
  SUSPENDED: "Suspended by the worker after too many failed deliveries in a row.",
  UNSUSPENDED: "Unsuspended (unsuspendWebhook).",
  DISABLED: "Switched off.",
  ENABLED: "Switched on.",
  SECRET_ROTATED: "Given a new signing secret, or for an incoming webhook a new access key.",
  DELETED: "Deleted: `webhook` is null.",
};

const WebhookChangeKindEnum = builder.enumType("WebhookChangeKind", {
  description: "What happened to a webhook.",
  values: Object.fromEntries(WEBHOOK_CHANGES.map((change) => [change, { description: CHANGE_DESCRIPTIONS[change] }])),
});

const WebhookChangeRef = builder.objectRef<WebhookChange>("WebhookChange").implement({
  description: "A webhook changed.",
  fields: (t) => ({
    webhookId: t.id({
      description: "The webhook's global id (also after it was deleted).",
      resolve: (change) =>
        encodeGlobalID(change.kind === "OUTGOING" ? "OutgoingWebhook" : "IncomingWebhook", change.id),
    }),
    kind: t.field({ type: WebhookKindEnum, description: "Outgoing or incoming.", resolve: (change) => change.kind }),
    change: t.field({
      type: WebhookChangeKindEnum,
      description: "What happened. One edit can be several changes (a message each), e.g. DISABLED and UPDATED.",
      resolve: (change) => change.change,
    }),
    changedAt: t.field({
      type: "DateTime",
      description: "When the change was written.",
      resolve: (change) => change.at,
    }),
    webhook: t.field({
      type: WebhookInterface,
      nullable: true,
      authScopes: { scope: READ_SCOPES.OutgoingWebhook },
      description: "The webhook as it is when this message is sent; null once deleted.",
      resolve: (change, _args, context) => webhooks.get(context.stores, context.tenantId, change),
    }),
  }),
});

const MAX_WATCHED_WEBHOOKS = 100;

const WebhookChangeFilterInput = builder.inputType("WebhookChangeFilter", {
  description: "Which webhook changes to stream: every field given must match.",
  fields: (t) => ({
    ids: t.globalIDList({ description: `Only these webhooks (at most ${MAX_WATCHED_WEBHOOKS}).` }),
    kind: t.field({ type: WebhookKindEnum, description: "Only outgoing or only incoming webhooks." }),
    changes: t.field({ type: [WebhookChangeKindEnum], description: "Only these changes." }),
  }),
});

builder.subscriptionField("webhookChanged", (t) =>
  t.field({
    type: WebhookChangeRef,
    description:
      "Each change to the tenant's webhooks as it commits: suspensions by any worker, and every edit made through the API. Needs webhooks:view.",
    authScopes: { scope: "webhooks:view" },
    args: { filter: t.arg({ type: WebhookChangeFilterInput, description: "Only changes matching it." }) },
    subscribe: (_root, { filter }, context) => {
      if (filter?.ids && filter.ids.length > MAX_WATCHED_WEBHOOKS)
        throw ValidationError.of(
          ["filter", "ids"],
          `must hold at most ${MAX_WATCHED_WEBHOOKS} ids; this one holds ${filter.ids.length}`,
        );
      const ids = filter?.ids
        ? new Set(filter.ids.map((id, index) => localId(id, ["filter", "ids", String(index)], "webhook")))
        : null;
      const kind = filter?.kind ?? null;
      const changes = filter?.changes ? new Set(filter.changes) : null;
      return changesFor(
        context,
        "webhooks:view",
        { on: "webhook", webhookId: ids?.size === 1 ? [...ids][0] : null },
        (change: Change): change is WebhookChange =>
          change.on === "webhook" &&
          (!ids || ids.has(change.id)) &&
          (!kind || change.kind === kind) &&
          (!changes || changes.has(change.change)),
      );
    },
    resolve: unlessEnded,
  }),
);
