// Prometheus metrics of one process (GET /metrics on its HTTP port), with prom-client. Each service
// has a registry of its own, so tests running several services in one process scrape each apart.
// Labels never carry tenant ids or other unbounded values: operation names are capped (boundedLabel).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Distinct operation names kept as label values; later ones count as "other" (names are client-chosen). */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Seconds: from a cached GraphQL lookup (~1 ms) to a slow receiver at the 30 s default timeout. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A retention pass: a few statements when nothing has expired, minutes when a tenant's retention was shortened. */
const RETENTION_PASS_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];
/** Publish to delivery spans retries, so it reaches hours. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 3600, 21600, 86400];

export interface QueueDepth {
  /** Deliveries due now and not leased. */
  due: number;
  /** Seconds since the oldest of them came due; 0 when none is due. */
  oldestDueAgeSeconds: number;
}

export interface PoolUsage {
  size: number;
  inUse: number;
  waiting: number;
}

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly graphqlRequests = new Counter({
    name: "hookrelay_graphql_requests_total",
    help: "GraphQL requests answered, by operation name and outcome (success: no errors; error: the answer carried errors).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: "hookrelay_graphql_request_duration_seconds",
    help: "Time to answer a GraphQL request, by operation name.",
    labelNames: ["operation"] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: "hookrelay_graphql_errors_total",
    help: "Errors in GraphQL answers, by code (the ErrorCode enum, as in extensions.code).",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly deliveryAttempts = new Counter({
    name: "hookrelay_delivery_attempts_total",
    help: "Delivery attempts made by this process's worker, by outcome (succeeded, failed) and failure trigger (none on success).",
    labelNames: ["outcome", "trigger"] as const,
    registers: [this.registry],
  });
  readonly attemptDuration = new Histogram({
    name: "hookrelay_delivery_attempt_duration_seconds",
    help: "Time from sending a delivery attempt to its complete response or failure, by outcome.",
    labelNames: ["outcome"] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly deliveryLatency = new Histogram({
    name: "hookrelay_delivery_latency_seconds",
    help: "Time from publishing an event to the successful attempt of one of its deliveries, retries included.",
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly leasesExpired = new Counter({
    name: "hookrelay_delivery_leases_expired_total",
    help: "Deliveries claimed again after the lease of an earlier claim ran out (a worker stopped or stalled mid-attempt).",
    registers: [this.registry],
  });
  readonly incomingRequests = new Counter({
    name: "hookrelay_incoming_requests_total",
    help: "Requests to incoming webhook URLs, by HTTP status and plugin (builtin:<id>, registered, or unknown when the URL matched no webhook).",
    labelNames: ["status", "plugin"] as const,
    registers: [this.registry],
  });
  readonly incomingEvents = new Counter({
    name: "hookrelay_incoming_events_total",
    help: "Incoming events stored, by plugin.",
    labelNames: ["plugin"] as const,
    registers: [this.registry],
  });
  readonly eventSchemaViolations = new Counter({
    name: "hookrelay_event_schema_violations_total",
    help: "Published events whose payload broke their type's schema in the catalogue, by what publishing did: WARN published them, REJECT refused them.",
    labelNames: ["mode"] as const,
    registers: [this.registry],
  });
  readonly alertsOpened = new Counter({
    name: "hookrelay_alerts_created_total",
    help: "Alerts opened by incoming events, by plugin.",
    labelNames: ["plugin"] as const,
    registers: [this.registry],
  });

  readonly retentionDeletedRows = new Counter({
    name: "hookrelay_retention_deleted_rows_total",
    help: "History rows the retention pass deleted in batches (rows gone with a dropped partition are not counted), by table.",
    labelNames: ["table"] as const,
    registers: [this.registry],
  });
  readonly retentionDroppedPartitions = new Counter({
    name: "hookrelay_retention_dropped_partitions_total",
    help: "History partitions the retention pass dropped, by table.",
    labelNames: ["table"] as const,
    registers: [this.registry],
  });
  readonly retentionKeptPartitions = new Gauge({
    name: "hookrelay_retention_kept_partitions",
    help: "History partitions wholly past every tenant's retention that the last pass kept (an unfinished delivery in them, or their drop waited too long for a lock), by table.",
    labelNames: ["table"] as const,
    registers: [this.registry],
  });
  readonly retentionPassDuration = new Histogram({
    name: "hookrelay_retention_pass_duration_seconds",
    help: "How long each retention pass took (the process holding the retention lock runs them).",
    buckets: RETENTION_PASS_BUCKETS,
    registers: [this.registry],
  });

  /** Read at each scrape (exposition); registered by measureQueue. */
  private queueDepth: { read: () => Promise<QueueDepth>; due: Gauge; oldestAge: Gauge } | undefined;

  /** `role` is the process's ROLE (all, api, worker). */
  constructor({ version, role }: { version: string; role: string }) {
    collectDefaultMetrics({ register: this.registry });
    // Gauges whose names end in _total, which Prometheus keeps for counters (promtool check metrics
    // refuses them); the same counts stay, by type, in nodejs_active_handles, _requests and _resources.
    for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"])
      this.registry.removeSingleMetric(name);
    new Gauge({
      name: "hookrelay_build_info",
      help: "Always 1; its labels say which version runs and in which role (ROLE).",
      labelNames: ["version", "role"] as const,
      registers: [this.registry],
    }).set({ version, role }, 1);
  }

  // The gauges below are registered by the part of the service that has the figure: a process without
  // a worker exports no queue or slot figures, one on the embedded database no pool figures.

  /** The queue's depth (a database-wide figure; processes with a worker export it). */
  measureQueue(read: () => Promise<QueueDepth>): void {
    this.queueDepth = {
      read,
      due: new Gauge({
        name: "hookrelay_deliveries_due",
        help: "Deliveries due now and not leased by a worker: the queue's depth, the same on every process of one database.",
        registers: [this.registry],
      }),
      oldestAge: new Gauge({
        name: "hookrelay_deliveries_oldest_due_age_seconds",
        help: "Seconds since the oldest due, unleased delivery came due; 0 when none is due.",
        registers: [this.registry],
      }),
    };
  }

  measureSubscriptions(read: () => number): void {
    new Gauge({
      name: "hookrelay_live_subscriptions",
      help: "GraphQL subscriptions open in this process.",
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  measureWorkerSlots(read: () => { inUse: number; total: number }): void {
    new Gauge({
      name: "hookrelay_worker_slots",
      help: "Deliveries this process's worker may attempt at once (WORKER_CONCURRENCY), by state (in_use, total).",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const slots = read();
        this.set({ state: "in_use" }, slots.inUse);
        this.set({ state: "total" }, slots.total);
      },
    });
  }

  /** The PostgreSQL connection pool of this process. */
  measurePool(read: () => PoolUsage): void {
    new Gauge({
      name: "hookrelay_database_pool_connections",
      help: "Database connections of this process, by state (in_use, idle).",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const pool = read();
        this.set({ state: "in_use" }, pool.inUse);
        this.set({ state: "idle" }, pool.size - pool.inUse);
      },
    });
    new Gauge({
      name: "hookrelay_database_pool_waiting",
      help: "Statements of this process waiting for a database connection.",
      registers: [this.registry],
      collect() {
        this.set(read().waiting);
      },
    });
  }

  /** The operation label: a well-formed name, one of the first MAX_OPERATION_NAMES seen; "anonymous" or "other" otherwise. */
  operationLabel(name: string | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }

  /**
   * The Prometheus text exposition of every metric. The queue's depth is read once per scrape; when the
   * database does not answer, the scrape still answers, with the depth last read.
   */
  async exposition(): Promise<{ contentType: string; body: string }> {
    if (this.queueDepth) {
      const depth = await this.queueDepth.read().catch(() => undefined);
      if (depth) {
        this.queueDepth.due.set(depth.due);
        this.queueDepth.oldestAge.set(depth.oldestDueAgeSeconds);
      }
    }
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
