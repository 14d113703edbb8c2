// Wires the service together: database, migrations, first-run bootstrap, HTTP server, delivery worker.
// main.ts runs it as a process; tests start it in-process on a port of their own.
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { openDatabase, type Database } from "./db/database.js";
import { bootstrapFirstTenant, type NewTenant } from "./tenants/tenants.js";
import { createServer } from "./server/http.js";
import { openSecretBox } from "./crypto/secret-box.js";
import { WebhookSender } from "./delivery/http-sender.js";
import { DeliveryWorker } from "./delivery/worker.js";
import { DELIVERIES_CHANNEL, readQueueDepth } from "./delivery/delivery-queue.js";
import { ServiceMetrics } from "./metrics/metrics.js";
import { PACKAGE_VERSION } from "./package-info.js";
import { USER_AGENT } from "./delivery/webhook-request.js";
import { API_KEYS_CHANNEL, ApiKeyCache } from "./auth/api-keys.js";

export interface RunningService {
  port: number;
  database: Database;
  /** The tenant and admin key created on first start, if this start created them. */
  bootstrap: NewTenant | null;
  /** Null when ROLE=api. */
  worker: DeliveryWorker | null;
  /** What GET /metrics exports. */
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

export async function startService(config: Config, log: Logger): Promise<RunningService> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE, acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS, log });
  const sender = new WebhookSender({ allowPrivateDestinations: config.ALLOW_PRIVATE_DESTINATIONS, userAgent: USER_AGENT, log: log.child({ component: "sender" }) });
  try {
    const applied = await database.migrate();
    log.info({ database: database.kind, applied, role: config.ROLE }, applied.length > 0 ? "applied migrations" : "database schema up to date");
    const bootstrap = await bootstrapFirstTenant(database.prisma, config.BOOTSTRAP_API_KEY);
    const secretBox = openSecretBox(config.SECRETS_KEY, config.DATA_DIR);
    const metrics = new ServiceMetrics({ version: PACKAGE_VERSION, role: config.ROLE });
    if (database.poolUsage) metrics.measurePool(database.poolUsage);

    let worker: DeliveryWorker | null = null;
    let stopListening = async () => {};
    if (config.ROLE !== "api") {
      const running = new DeliveryWorker(database.sql, secretBox, sender, log.child({ component: "worker" }), {
        concurrency: config.WORKER_CONCURRENCY,
        pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
        leaseSeconds: config.WORKER_LEASE_SECONDS,
      }, metrics);
      metrics.measureQueue(() => readQueueDepth(database.sql));
      metrics.measureWorkerSlots(() => ({ inUse: running.slotsInUse, total: config.WORKER_CONCURRENCY }));
      stopListening = await database.listen(DELIVERIES_CHANNEL, () => running.wake());
      running.start();
      worker = running;
    }

    const serveGraphQL = config.ROLE !== "worker";
    const apiKeys = new ApiKeyCache(database.sql, config.API_KEY_CACHE_SECONDS * 1000);
    const stopListeningForKeys = serveGraphQL ? await database.listen(API_KEYS_CHANNEL, () => apiKeys.clear()) : async () => {};
    const http = createServer(config, database, { secretBox, sender, apiKeys, serveGraphQL, metrics }, log);
    const { port } = await http.listen(config.PORT, config.HOST);
    return {
      port,
      database,
      bootstrap,
      worker,
      metrics,
      async stop() {
        // Stop taking requests first; then let the worker finish or hand back what it holds.
        await http.close(config.SHUTDOWN_TIMEOUT_MS);
        await worker?.stop(config.SHUTDOWN_TIMEOUT_MS);
        await stopListening();
        await stopListeningForKeys();
        await sender.close();
        await database.close();
      },
    };
  } catch (error) {
    await sender.close();
    await database.close();
    throw error;
  }
}
