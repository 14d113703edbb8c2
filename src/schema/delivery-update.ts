// deliveryUpdated: each status change and each finished attempt of the tenant's deliveries, live.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Stores } from "./stores.js";
import { builder } from "./builder.js";
import { DeliveryStatusEnum } from "./enums.js";
import { READ_SCOPES } from "../auth/read-scopes.js";
import type { Delivery } from "../generated/prisma/client.js";
import { ChangeRows, type Change, type DeliveryChange } from "../live/live-changes.js";
import { wholeTenant } from "../auth/owner.js";
import { DeliveryRef } from "./delivery.js";
import { localId } from "./global-id.js";
import { changesFor, unlessEnded } from "./subscription-stream.js";

// A change reaches a subscriber only when it is of the subscriber's project (LiveChanges): its row is read tenant-wide.
const deliveries = new ChangeRows<DeliveryChange, Stores, Delivery>((stores, tenantId, ids) =>
  stores.delivery.loadDeliveries(wholeTenant(tenantId), ids),
);

const DeliveryUpdateRef = builder.objectRef<DeliveryChange>("DeliveryUpdate").implement({
  description: "A delivery changed status, or one of its attempts finished.",
  fields: (t) => ({
    deliveryId: t.id({
      description: "The delivery's global id.",
      resolve: (change) => encodeGlobalID("Delivery", change.id),
    }),
    status: t.field({
      type: DeliveryStatusEnum,
      description: "The status this change set (the delivery may have moved on by the time the message is read).",
      resolve: (change) => change.status,
    }),
    attemptCount: t.int({
      description: "Attempts made once this change was written: a finished attempt adds one.",
      resolve: (change) => change.attemptCount,
    }),
    changedAt: t.field({
      type: "DateTime",
      description: "When the change was written.",
      resolve: (change) => change.at,
    }),
    delivery: t.field({
      type: DeliveryRef,
      nullable: true,
      authScopes: { scope: READ_SCOPES.Delivery },
      description:
        "The delivery as this change left it; its event, webhook and attempts are read when the message is sent (attempts may include later ones). A delivery whose failure message is over 2,000 bytes is read then too: it may be further along than `status`, or null when deleted since.",
      // The change carries the row (see live-changes.ts) unless a long failure message kept it out.
      resolve: (change, _args, context) => change.delivery ?? deliveries.get(context.stores, context.tenantId, change),
    }),
  }),
});

const DeliveryUpdateFilterInput = builder.inputType("DeliveryUpdateFilter", {
  description: "Which delivery changes to stream: every field given must match.",
  fields: (t) => ({
    webhookId: t.globalID({ description: "Only deliveries to this outgoing webhook." }),
    eventId: t.globalID({ description: "Only deliveries of this event." }),
    statuses: t.field({ type: [DeliveryStatusEnum], description: "Only changes that set one of these statuses." }),
  }),
});

builder.subscriptionField("deliveryUpdated", (t) =>
  t.field({
    type: DeliveryUpdateRef,
    description:
      "Each status change and each finished attempt of the tenant's deliveries (redeliveries and test deliveries too), as it commits, from whichever worker made it. Needs deliveries:view.",
    authScopes: { scope: "deliveries:view" },
    args: { filter: t.arg({ type: DeliveryUpdateFilterInput, description: "Only changes matching it." }) },
    subscribe: (_root, { filter }, context) => {
      const webhookId = filter?.webhookId
        ? localId(filter.webhookId, ["filter", "webhookId"], "outgoingWebhook")
        : null;
      const eventId = filter?.eventId ? localId(filter.eventId, ["filter", "eventId"], "event") : null;
      const statuses = filter?.statuses ? new Set(filter.statuses) : null;
      return changesFor(
        context,
        "deliveries:view",
        { on: "delivery", webhookId },
        (change: Change): change is DeliveryChange =>
          change.on === "delivery" &&
          (!webhookId || change.webhookId === webhookId) &&
          (!eventId || change.eventId === eventId) &&
          (!statuses || statuses.has(change.status)),
      );
    },
    resolve: unlessEnded,
  }),
);
