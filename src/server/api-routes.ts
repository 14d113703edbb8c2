// The routes of a process serving the API: GraphQL, incoming webhooks' URLs, the catalogue's AsyncAPI
// URL, /readyz and the portal, each built from its dependencies here, with load shedding around the
// ones that do work. Imported only where the API is served: a worker never loads the schema or Pothos.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "../config/config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../common/logger.js";
import type { SecretBox } from "../crypto/secret-box.js";
import type { DeliverySenders } from "../delivery/attempt.js";
import type { PluginDirectory } from "../incoming/plugins/registered-plugins.js";
import type { ApiKeyCache } from "../auth/api-keys.js";
import type { EventCatalogue } from "../events/event-catalogue.js";
import type { LiveChanges } from "../live/live-changes.js";
import type { ServiceMetrics } from "../metrics/metrics.js";
import type { Tracing } from "../tracing/tracing.js";
import { IncomingReceiver } from "../incoming/receive.js";
import { RateLimiter } from "../incoming/rate-limit.js";
import { INCOMING_URL_PATH } from "../webhooks/access-keys.js";
import { CATALOG_ASYNCAPI_PATH } from "../events/event-catalogue-asyncapi.js";
import { createGraphQLServer } from "./graphql.js";
import { catalogExportRoute, graphqlRoute } from "./graphql-route.js";
import { incomingRoute } from "./incoming-route.js";
import { defaultPortalDir, loadPortal, PORTAL_PREFIX, portalRoute } from "./portal.js";
import { GRAPHQL_BUSY_BODY, INCOMING_BUSY_BODY, sendBusy, sendNotFound, sendReadiness } from "./responses.js";
import { isGraphQLPath, type Routes } from "./endpoints.js";

export interface ServerServices {
  secretBox: SecretBox;
  /** HTTP for deliveries and plugin calls; the brokers' clients for broker destinations. */
  senders: DeliverySenders;
  plugins: PluginDirectory;
  apiKeys: ApiKeyCache;
  /** The event type catalogue publishes are checked against; null where the API is not served. */
  catalogue: EventCatalogue | null;
  metrics: ServiceMetrics;
  /** Base of incoming webhooks' URLs: PUBLIC_URL, or this server's own address. */
  publicUrl: string;
  tracing: Tracing | null;
  /** The changes subscriptions follow; null where the API is not served (ROLE=worker). */
  live: LiveChanges | null;
}

export function createApiRoutes(config: Config, database: Database, services: ServerServices, log: Logger): Routes {
  const { live, catalogue, metrics } = services;
  if (!live || !catalogue) throw new Error("serving the API needs the live-changes hub and the catalogue");
  const graphql = createGraphQLServer(config, database, { ...services, live, catalogue }, log);
  const portal = loadPortal(defaultPortalDir(), config.PORTAL_FRAME_ANCESTORS);
  if (!portal) log.warn("the portal was not built (npm run build:portal): /portal/ answers 404");
  const receiver = new IncomingReceiver({
    maxBodyBytes: config.INCOMING_MAX_BODY_BYTES,
    prisma: database.prisma,
    secretBox: services.secretBox,
    sender: services.senders.http,
    plugins: services.plugins,
    log,
    metrics,
  });
  const handleGraphQL = graphqlRoute(
    graphql,
    { maxRequestBytes: config.MAX_REQUEST_BYTES, maxUnsentBytes: config.SSE_MAX_UNSENT_BYTES },
    log,
  );
  const handleCatalogExport = catalogExportRoute(graphql);
  const handleIncoming = incomingRoute(
    receiver,
    new RateLimiter(config.INCOMING_RATE_LIMIT, config.INCOMING_RATE_BURST),
    config.INCOMING_MAX_BODY_BYTES,
  );
  const sendPortal = portalRoute(portal);

  // Requests being worked on (GraphQL and incoming webhooks; not the probes). Past the limit a request
  // is refused at once with 503 and Retry-After, instead of queueing until its client gives up.
  let working = 0;

  async function shed(response: ServerResponse, handle: () => Promise<void>, busyBody: unknown): Promise<void> {
    if (working >= config.MAX_CONCURRENT_REQUESTS) return sendBusy(response, busyBody);
    working += 1;
    try {
      await handle();
    } finally {
      working -= 1;
    }
  }

  return async function route(request: IncomingMessage, response: ServerResponse, url: URL) {
    if (isGraphQLPath(url.pathname))
      return shed(response, () => handleGraphQL(request, response, url), GRAPHQL_BUSY_BODY);
    const [, webhookId, accessKey] = INCOMING_URL_PATH.exec(url.pathname) ?? [];
    if (webhookId && accessKey)
      return shed(response, () => handleIncoming(request, response, webhookId, accessKey), INCOMING_BUSY_BODY);
    if (url.pathname === CATALOG_ASYNCAPI_PATH)
      return shed(response, () => handleCatalogExport(request, response, url), GRAPHQL_BUSY_BODY);
    if (url.pathname === "/readyz" && request.method === "GET") return sendReadiness(response, database);
    if (url.pathname === "/portal" || url.pathname.startsWith(PORTAL_PREFIX)) return sendPortal(request, response, url);
    sendNotFound(response);
  };
}
