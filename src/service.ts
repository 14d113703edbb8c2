// Wires the service together: database, migrations, first-run bootstrap, HTTP server, delivery worker.
// main.ts runs it as a process; tests start it in-process on a port of their own.
import { webhookProjectsOf } from "./webhooks/webhook-query.js";
import { setTimeout as sleep } from "node:timers/promises";
import { databaseOptionsOf, servesApi, type Config } from "./config/config.js";
import type { Logger } from "./common/logger.js";
import { openDatabase, type Database, type SessionLock } from "./db/database.js";
import { HistoryMaintenance, RETENTION_LOCK_KEY, createPartitionsAhead } from "./retention/history-retention.js";
import { bootstrapFirstTenant, type NewTenant } from "./tenants/tenants.js";
import { createRoutes, createServer } from "./server/http.js";
import { isDatabaseBusy } from "./db/errors.js";
import { openSecretBox } from "./crypto/secret-box.js";
import { backfillAccessKeyDigests } from "./webhooks/access-keys.js";
import { PluginDirectory } from "./incoming/plugins/registered-plugins.js";
import { PLUGINS } from "./incoming/plugins/index.js";
import { moveAutoWebhooksToLatest } from "./incoming/incoming-webhooks.js";
import { WebhookSender } from "./delivery/http-sender.js";
import { BrokerSender } from "./delivery/broker-sender.js";
import type { DeliverySenders } from "./delivery/attempt.js";
import { DeliveryWorker } from "./delivery/worker.js";
import { DELIVERIES_CHANNEL, createEventWriter } from "./events/events.js";
import { EventCatalogue } from "./events/event-catalogue.js";
import { CATALOGUE_CHANNEL } from "./events/event-types.js";
import { publishOperationalEvents } from "./delivery/operational-events.js";
import {
  CLAIM_LEADER_LOCK_KEY,
  CLAIM_LEADER_RETRY_MS,
  DELIVERIES_HELP_CHANNEL,
  REQUEUED,
  askWorkersForHelp,
  readQueueDepth,
} from "./delivery/delivery-queue.js";
import { ServiceMetrics } from "./metrics/metrics.js";
import { PACKAGE_VERSION } from "./common/package-info.js";
import { startTracing, type Tracing } from "./tracing/tracing.js";
import { API_KEYS_CHANNEL, ApiKeyCache, currentScopes } from "./auth/api-keys.js";
import { CHANGES_CHANNEL, LiveChanges } from "./live/live-changes.js";
import { codeOf } from "./common/errors.js";

export interface RunningService {
  port: number;
  database: Database;
  /** The tenant and admin key created on first start, if this start created them. */
  bootstrap: NewTenant | null;
  /** Null when ROLE=api. */
  worker: DeliveryWorker | null;
  /** What GET /metrics exports. */
  metrics: ServiceMetrics;
  /** Incoming-webhook plugins, built in and registered. */
  plugins: PluginDirectory;
  stop(): Promise<void>;
}

/** An address that reaches a server bound to `host` from the same machine. */
export function defaultPublicUrl(host: string, port: number): string {
  const local = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${local}:${port}`;
}

/** A server that is not up yet (compose and Kubernetes start the database beside the service): worth waiting for. */
function isNotUpYet(error: unknown): boolean {
  const code = codeOf(error);
  return isDatabaseBusy(error) || code === "ENOTFOUND" || code === "EAI_AGAIN";
}

/**
 * Opens the database and applies pending migrations. While the server cannot be reached, tries again
 * with backoff (0.5 s doubling to 5 s), logging each try, until DATABASE_CONNECT_TIMEOUT_MS has passed.
 */
async function connectDatabase(
  config: Config,
  tracing: Tracing | null,
  log: Logger,
): Promise<{ database: Database; applied: string[] }> {
  const deadline = Date.now() + config.DATABASE_CONNECT_TIMEOUT_MS;
  for (let attempt = 1; ; attempt += 1) {
    let database: Database | undefined;
    try {
      database = await openDatabase({
        ...databaseOptionsOf(config, log),
        poolSize: config.DATABASE_POOL_SIZE,
        acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
        tracing,
        log,
      });
      return { database, applied: await database.migrate() };
    } catch (error) {
      await database?.close().catch(() => undefined);
      const delayMs = Math.min(500 * 2 ** (attempt - 1), 5000);
      if (!isNotUpYet(error) || Date.now() + delayMs > deadline) throw error;
      log.warn({ err: error, attempt, retryInMs: delayMs }, "database not reachable yet; trying again");
      await sleep(delayMs);
    }
  }
}

export async function startService(config: Config, log: Logger): Promise<RunningService> {
  const metrics = new ServiceMetrics({ version: PACKAGE_VERSION, role: config.ROLE });
  const tracing = await startTracing(
    {
      endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
      serviceName: config.OTEL_SERVICE_NAME,
      version: PACKAGE_VERSION,
      role: config.ROLE,
    },
    log,
  );
  // Bound first: a port in use fails the start before a tenant and its only admin key are created,
  // and the probes answer (/readyz 503) while the database is reached.
  const http = createServer(config, metrics, tracing, log);
  const { port } = await http.listen(config.PORT, config.HOST);
  const publicUrl = config.PUBLIC_URL ?? defaultPublicUrl(config.HOST, port);
  if (!config.PUBLIC_URL && config.NODE_ENV === "production")
    log.warn(
      { publicUrl },
      "PUBLIC_URL is not set: incoming webhooks' URLs name this machine; set it to the address senders use",
    );
  const senders: DeliverySenders = {
    http: new WebhookSender({
      allowPrivateDestinations: config.ALLOW_PRIVATE_DESTINATIONS,
      log: log.child({ component: "sender" }),
    }),
    brokers: new BrokerSender({
      allowPrivateDestinations: config.ALLOW_PRIVATE_DESTINATIONS,
      log: log.child({ component: "broker-sender" }),
    }),
  };
  let database: Database | undefined;
  try {
    const connected = await connectDatabase(config, tracing, log);
    database = connected.database;
    const { applied } = connected;
    log.info(
      { database: database.kind, applied, role: config.ROLE },
      applied.length > 0 ? "applied migrations" : "database schema up to date",
    );
    // The first tenant and its admin key are made by a process that serves the API, where the key is
    // used. A worker never sends a statement through Prisma, so it never instantiates Prisma's
    // WebAssembly query compiler (~33 MB).
    const bootstrap = servesApi(config) ? await bootstrapFirstTenant(database.prisma, config.BOOTSTRAP_API_KEY) : null;
    const secretBox = openSecretBox(config.SECRETS_KEY, config.DATA_DIR);
    // A release's new plugin versions: AUTO webhooks move to them, their init run again.
    if (servesApi(config))
      for (const plugin of PLUGINS) {
        const refused = await moveAutoWebhooksToLatest(database.prisma, secretBox, plugin);
        if (refused.length > 0) log.warn({ plugin: plugin.id, refused }, "AUTO webhooks left on their version");
      }
    const digested = await backfillAccessKeyDigests(database.sql, secretBox);
    if (digested > 0) log.info({ webhooks: digested }, "wrote the digests of access keys stored before digests were");
    if (database.poolUsage) metrics.measurePool(database.poolUsage);
    const retentionPolicy = {
      defaultDays: config.RETENTION_DEFAULT_DAYS,
      maxDays: config.RETENTION_MAX_DAYS,
      daySeconds: config.HISTORY_DAY_SECONDS,
      batchSize: config.RETENTION_BATCH_SIZE,
    };
    // History is written from here on: its partitions must exist first.
    await createPartitionsAhead(database.sql, retentionPolicy.daySeconds);
    let retentionLeader: SessionLock | null = null;

    let worker: DeliveryWorker | null = null;
    let stopListening = async () => {};
    if (config.ROLE !== "api") {
      const sql = database.sql;
      const operationalEvents = createEventWriter(sql);
      const running = new DeliveryWorker(
        database.queueSql,
        secretBox,
        senders,
        log.child({ component: "worker" }),
        {
          concurrency: config.WORKER_CONCURRENCY,
          pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
          leaseSeconds: config.WORKER_LEASE_SECONDS,
          gapAfterEveryClaim: database.kind === "pglite",
          // With the embedded database this process is the only worker.
          onBacklog:
            database.kind === "postgresql"
              ? () =>
                  void askWorkersForHelp(sql).catch((error: unknown) =>
                    log.warn({ err: error }, "could not ask the other workers for help"),
                  )
              : undefined,
        },
        metrics,
        tracing,
        (recorded) => publishOperationalEvents(operationalEvents, recorded),
      );
      metrics.measureQueue(() => readQueueDepth(sql));
      metrics.measureWorkerSlots(() => ({ inUse: running.slotsInUse, total: config.WORKER_CONCURRENCY }));
      const leader = await database.holdLock(CLAIM_LEADER_LOCK_KEY, CLAIM_LEADER_RETRY_MS, () => running.wake());
      const stopListeningForPublishes = await database.listen(DELIVERIES_CHANNEL, (payload) => {
        // Every worker's claims must see deliveries queued again, whichever worker claims them.
        if (payload === REQUEUED) running.requeued();
        if (leader.held()) running.wake();
      });
      const stopListeningForHelp = await database.listen(DELIVERIES_HELP_CHANNEL, () => {
        if (!leader.held()) running.wake();
      });
      stopListening = async () => {
        await Promise.all([stopListeningForPublishes(), stopListeningForHelp()]);
        await leader.release();
      };
      running.start();
      worker = running;
      // One worker at a time runs the retention pass.
      retentionLeader = await database.holdLock(RETENTION_LOCK_KEY, config.RETENTION_INTERVAL_SECONDS * 1000, () => {});
    }
    const history = new HistoryMaintenance(
      database.sql,
      retentionPolicy,
      config.RETENTION_INTERVAL_SECONDS * 1000,
      log.child({ component: "retention" }),
      () => retentionLeader?.held() ?? false,
      (report, seconds) => {
        metrics.retentionPassDuration.observe(seconds);
        for (const [table, count] of Object.entries(report.deletedRows))
          metrics.retentionDeletedRows.inc({ table }, count);
        for (const { parent } of report.droppedPartitions) metrics.retentionDroppedPartitions.inc({ table: parent });
        metrics.retentionKeptPartitions.reset();
        for (const { parent } of report.keptPartitions) metrics.retentionKeptPartitions.inc({ table: parent });
      },
    );
    history.start();

    const runSql = database.sql;
    const apiKeys = new ApiKeyCache(runSql, config.API_KEY_CACHE_SECONDS * 1000);
    // Subscriptions are served where the API is: one LISTEN per process feeds all of them.
    const live = servesApi(config)
      ? new LiveChanges({
          maxSubscriptionsPerKey: config.MAX_SUBSCRIPTIONS_PER_KEY,
          checkKey: (principal) => currentScopes(apiKeys, principal),
          webhookProjects: (ids) => webhookProjectsOf(runSql, ids),
          log: log.child({ component: "live" }),
        })
      : null;
    const stopListeningForChanges = live
      ? await database.listen(CHANGES_CHANNEL, (payload) => live.receive(payload))
      : async () => {};
    const stopListeningForKeys = live
      ? await database.listen(API_KEYS_CHANNEL, () => {
          apiKeys.clear();
          void live.checkKeys(); // a revoked key's streams end now
        })
      : async () => {};
    if (live) metrics.measureSubscriptions(() => live.openCount);
    // Publishes are checked against the catalogue where the API is served.
    const catalogue = servesApi(config)
      ? new EventCatalogue(database.prisma, (mode) => metrics.eventSchemaViolations.inc({ mode }))
      : null;
    const stopListeningForCatalogue = catalogue
      ? await database.listen(CATALOGUE_CHANNEL, (tenantId) => catalogue.changed(tenantId))
      : async () => {};
    const plugins = new PluginDirectory(database.prisma, { sender: senders.http, secretBox });
    http.attach(
      await createRoutes(
        config,
        database,
        { secretBox, senders, plugins, apiKeys, catalogue, metrics, publicUrl, tracing, live },
        log,
      ),
    );
    const opened = database;
    return {
      port,
      database: opened,
      bootstrap,
      worker,
      metrics,
      plugins,
      async stop() {
        // Subscriptions end first, each with a last message; then stop taking requests; then let the
        // worker finish or hand back what it holds.
        live?.close();
        await http.close(config.SHUTDOWN_TIMEOUT_MS);
        await worker?.stop(config.SHUTDOWN_TIMEOUT_MS);
        await history.stop();
        await retentionLeader?.release();
        await stopListening();
        await stopListeningForKeys();
        await stopListeningForCatalogue();
        await stopListeningForChanges();
        await Promise.all([senders.http.close(), senders.brokers.close()]);
        await opened.close();
        await tracing?.shutdown();
      },
    };
  } catch (error) {
    await http.close(0);
    await Promise.all([senders.http.close(), senders.brokers.close()]);
    await database?.close();
    await tracing?.shutdown();
    throw error;
  }
}
