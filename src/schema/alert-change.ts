// alertChanged: the tenant's alerts opened, attached to and resolved, live.

import type { Stores } from "./stores.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "./builder.js";
import { AlertStateEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import type { Alert } from "../generated/prisma/client.js";
import { ChangeRows, type AlertChange, type Change } from "../live/live-changes.js";
import { AlertRef } from "./alert.js";
import { localId } from "./global-id.js";
import { changesFor, rowsByIds, unlessEnded } from "./subscription-stream.js";

const alerts = new ChangeRows<AlertChange, Stores, Alert>(
  rowsByIds((stores, tenantId, ids) => stores.incoming.findAlertsByIds(tenantId, ids)),
);

const AlertChangeRef = builder.objectRef<AlertChange>("AlertChange").implement({
  description: "An alert opened, gained an event, or was resolved.",
  fields: (t) => ({
    alertId: t.id({ description: "The alert's global id.", resolve: (change) => encodeGlobalID("Alert", change.id) }),
    state: t.field({
      type: AlertStateEnum,
      description: "The state this change left it in.",
      resolve: (change) => change.state,
    }),
    changedAt: t.field({
      type: "DateTime",
      description: "When the change was written.",
      resolve: (change) => change.at,
    }),
    alert: t.field({
      type: AlertRef,
      nullable: true,
      authScopes: { scope: READ_SCOPES.Alert },
      description: "The alert as it is when this message is sent; null when deleted since (its webhook was deleted).",
      resolve: (change, _args, context) => alerts.get(context.stores, context.tenantId, change),
    }),
  }),
});

const AlertChangeFilterInput = builder.inputType("AlertChangeFilter", {
  description: "Which alert changes to stream: every field given must match.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only alerts of this incoming webhook." }),
    states: t.field({
      type: [AlertStateEnum],
      description: "Only changes that left the alert in one of these states.",
    }),
  }),
});

builder.subscriptionField("alertChanged", (t) =>
  t.field({
    type: AlertChangeRef,
    description: "Each alert opened, attached to (a repeated event) or resolved, as it commits. Needs webhooks:view.",
    authScopes: { scope: "webhooks:view" },
    args: { filter: t.arg({ type: AlertChangeFilterInput, description: "Only changes matching it." }) },
    subscribe: (_root, { filter }, context) => {
      const webhookId = filter?.webhookId
        ? localId(filter.webhookId, ["filter", "webhookId"], "incomingWebhook")
        : null;
      const states = filter?.states ? new Set(filter.states) : null;
      return changesFor(
        context,
        "webhooks:view",
        { on: "alert", webhookId },
        (change: Change): change is AlertChange =>
          change.on === "alert" &&
          (!webhookId || change.webhookId === webhookId) &&
          (!states || states.has(change.state)),
      );
    },
    resolve: unlessEnded,
  }),
);
