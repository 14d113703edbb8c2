import type { PrismaClient } from "../generated/prisma/client.js";
import type { Stores } from "./stores.js";
import type { ApiKeyCache, AuthenticationResult, Principal } from "../auth/api-keys.js";
import type { Logger } from "../common/logger.js";
import type { SecretBox } from "../crypto/secret-box.js";
import type { DeliverySenders } from "../delivery/attempt.js";
import type { PluginDirectory } from "../incoming/plugins/registered-plugins.js";
import type { EventStore } from "../events/events.js";
import type { LiveChanges } from "../live/live-changes.js";
import type { Owner } from "../auth/owner.js";
import type { RetentionLimits } from "../tenants/tenants.js";
import { maySeeWebhookSecrets } from "../auth/secret-fields.js";

/** What every GraphQL resolver receives. Built per request by the server. */
export interface Context {
  requestId: string;
  /** For Pothos' prisma plugin only: resolvers reach the database through `stores`. */
  prisma: PrismaClient;
  /** The domain folders' stores (one set per process). */
  stores: Stores;
  /** Where published events are written (one per process, so concurrent publishes share statements). */
  events: EventStore;
  secretBox: SecretBox;
  /** Sends test deliveries (testWebhook) with the same rules as the worker. */
  senders: DeliverySenders;
  /** Finds incoming-webhook plugins, built in and registered. */
  plugins: PluginDirectory;
  /** How long tenants may keep history (the operator's RETENTION_* settings). */
  retention: RetentionLimits;
  /** Base of incoming webhooks' URLs (PUBLIC_URL). */
  publicUrl: string;
  /** The changes subscriptions follow (one hub per process). */
  live: LiveChanges;
  /** The process's API keys, to forget at once when one is revoked. */
  apiKeys: ApiKeyCache;
  auth: AuthenticationResult;
  /** The caller's tenant; empty on an unauthenticated request (resolvers behind scope checks never see that). */
  readonly tenantId: string;
  /** The rows the caller reaches: its tenant's, or one project's of it (a project-scoped key). */
  readonly owner: Owner;
  /** Webhooks this request created: their creator may read their secrets once, in the payload. */
  createdWebhookIds: Set<string>;
  log: Logger;
}

/** The authenticated caller. Only called behind an auth scope check, so absence is a bug. */
export function principalOf(context: Context): Principal {
  if (!context.auth.ok) throw new Error("principalOf() called on an unauthenticated request");
  return context.auth.principal;
}

/** Whether the caller may read a webhook's secrets: it may change the webhook, or created it in this request. */
export function maySeeSecretsOf(context: Context, webhookId: string): boolean {
  return context.createdWebhookIds.has(webhookId) || (context.auth.ok && maySeeWebhookSecrets(context.auth.principal));
}
