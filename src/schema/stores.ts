// What resolvers reach the database through: each domain folder's store, its functions with the
// process's database handles given. A resolver never holds a handle (test/import-graph.test.ts);
// the queries stay in the modules that own the tables.
import type { Database } from "../db/database.js";
import { withHandle } from "../db/handles.js";
import { countApiKeys, createApiKey, listApiKeys, revokeApiKey } from "../auth/api-keys.js";
import { createPortalSession } from "../auth/portal-sessions.js";
import {
  countDeliveries,
  countWebhookDeliveries,
  deleteDivertedDeliveries,
  findDelivery,
  listDivertedDeliveries,
  loadWebhookDeliveryPages,
  previewWebhookPayload,
  recoverDeliveries,
  redeliverDelivery,
  resendDivertedDeliveries,
  testWebhook,
} from "../delivery/deliveries.js";
import { loadAttempts, loadDeliveries, loadDeliveryPage } from "../delivery/delivery-query.js";
import { deliveryStats, recentDeliveriesOf } from "../delivery/delivery-stats.js";
import { unsuspendWebhook } from "../delivery/suspension.js";
import { countErasures, eraseEvents, expungeEventContent, listErasures } from "../events/erasure.js";
import { catalogueAsAsyncApi, importAsyncApi } from "../events/event-catalogue-asyncapi.js";
import { countEvents, listEvents } from "../events/event-filter.js";
import {
  countEventTypes,
  createEventType,
  deleteEventType,
  deprecateEventType,
  findEventType,
  listEventTypes,
  updateEventType,
} from "../events/event-types.js";
import { countAlerts, findAlert, findAlertsByIds, listAlerts } from "../incoming/alert-filter.js";
import { resolveAlert } from "../incoming/alerts.js";
import { countIncomingEvents, findIncomingEventsByIds, listIncomingEvents } from "../incoming/incoming-event-filter.js";
import { incomingEventStats } from "../incoming/incoming-event-stats.js";
import {
  createIncomingWebhook,
  moveAutoWebhooksToLatest,
  regenerateAccessKey,
  updateIncomingWebhook,
  updateWebhookPlugin,
  verifyWebhookPlugin,
} from "../incoming/incoming-webhooks.js";
import { registerPlugin, unregisterPlugin, updateRegisteredPlugin } from "../incoming/plugins/registered-plugins.js";
import {
  countWebhookAlerts,
  countWebhookEvents,
  loadWebhookAlertPages,
  loadWebhookEventPages,
} from "../incoming/webhook-history.js";
import { createOutgoingWebhook, rotateWebhookSecret, updateOutgoingWebhook } from "../outgoing/outgoing-webhooks.js";
import { findTenant, updateTenantSettings } from "../tenants/tenants.js";
import { loadWebhookPage, webhookStats } from "../webhooks/webhook-query.js";
import { deleteWebhook, findWebhook, findWebhooksByIds, setWebhookEnabled } from "../webhooks/webhooks.js";

/** The stores, one per domain folder, over `database`'s handles: made once per process. */
export function createStores(database: Pick<Database, "prisma" | "sql">) {
  const { prisma, sql } = database;
  return {
    auth: withHandle(prisma, { countApiKeys, createApiKey, listApiKeys, revokeApiKey, createPortalSession }),
    delivery: {
      ...withHandle(prisma, {
        countDeliveries,
        deleteDivertedDeliveries,
        deliveryStats,
        findDelivery,
        listDivertedDeliveries,
        previewWebhookPayload,
        recoverDeliveries,
        redeliverDelivery,
        resendDivertedDeliveries,
        unsuspendWebhook,
      }),
      ...withHandle(sql, {
        countWebhookDeliveries,
        loadAttempts,
        loadDeliveries,
        loadDeliveryPage,
        recentDeliveriesOf,
      }),
      ...withHandle(prisma, withHandle(sql, { loadWebhookDeliveryPages })),
      ...withHandle(database, { testWebhook }),
    },
    events: {
      ...withHandle(prisma, {
        catalogueAsAsyncApi,
        countErasures,
        countEvents,
        countEventTypes,
        createEventType,
        deleteEventType,
        deprecateEventType,
        findEventType,
        importAsyncApi,
        listErasures,
        listEvents,
        listEventTypes,
        updateEventType,
      }),
      ...withHandle(sql, { eraseEvents, expungeEventContent }),
    },
    incoming: {
      ...withHandle(prisma, {
        countAlerts,
        countIncomingEvents,
        createIncomingWebhook,
        findAlert,
        findAlertsByIds,
        findIncomingEventsByIds,
        incomingEventStats,
        listAlerts,
        listIncomingEvents,
        moveAutoWebhooksToLatest,
        regenerateAccessKey,
        registerPlugin,
        resolveAlert,
        unregisterPlugin,
        updateIncomingWebhook,
        updateRegisteredPlugin,
        updateWebhookPlugin,
        verifyWebhookPlugin,
      }),
      ...withHandle(sql, { countWebhookAlerts, countWebhookEvents }),
      ...withHandle(prisma, withHandle(sql, { loadWebhookAlertPages, loadWebhookEventPages })),
    },
    outgoing: withHandle(prisma, { createOutgoingWebhook, rotateWebhookSecret, updateOutgoingWebhook }),
    tenants: withHandle(prisma, { findTenant, updateTenantSettings }),
    webhooks: {
      ...withHandle(prisma, { deleteWebhook, findWebhook, findWebhooksByIds, setWebhookEnabled }),
      ...withHandle(sql, { loadWebhookPage, webhookStats }),
    },
  };
}

export type Stores = ReturnType<typeof createStores>;
