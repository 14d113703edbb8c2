// GET /metrics: Prometheus text after a known workload, on a process doing both jobs and on a
// worker-only one. Counters are read from a real scrape over HTTP and compared with what was done.
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { QUIET_WORKER, startExtraService, startTestService, type TestService } from "./support/service.js";
import { createTestDatabase, serverUrl } from "./support/database.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import { CreateIncomingWebhookDocument } from "@hookrelay/client";
import { graphql } from "./generated/index.js";
import { notifyDeliveriesQueued } from "../src/delivery/delivery-queue.js";
import { Counter } from "prom-client";
import { MAX_OPERATION_NAMES, ServiceMetrics } from "../src/metrics/metrics.js";
import { createHistoryPartitions } from "../src/retention/history-retention.js";

/** A scrape as `name{label="value",...}` (labels sorted) to value. */
async function scrape(url: string): Promise<{ contentType: string | null; samples: Map<string, number> }> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = [...(match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)]
      .map(([, name, value]) => `${name}="${value}"`)
      .sort();
    samples.set(labels.length > 0 ? `${match[1]}{${labels.join(",")}}` : match[1]!, Number(match[3]));
  }
  return { contentType: response.headers.get("content-type"), samples };
}

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/incoming/${name}.json`, import.meta.url), "utf8");

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_CONCURRENCY: "7",
    PUBLIC_URL: "https://hooks.example.com/",
  });
  receiver = await startReceiver((request) => ({ status: request.path.endsWith("/failing") ? 503 : 200 }));
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

describe("GET /metrics", () => {
  it("counts GraphQL requests by operation and outcome, errors by code, deliveries, incoming requests, events and alerts", async () => {
    const before = (await scrape(t.url)).samples;
    const counted = (samples: Map<string, number>, key: string) => (samples.get(key) ?? 0) - (before.get(key) ?? 0);

    // GraphQL: two answered, one refused by validation, one by scope.
    const viewer = graphql(`query MetricsViewer { viewer { name } }`);
    expect((await t.gql(viewer)).errors).toBeUndefined();
    expect((await t.gql(viewer)).errors).toBeUndefined();
    expect((await t.gql("query MetricsBroken { nope }")).errors?.[0]?.extensions?.code).toBe(
      "GRAPHQL_VALIDATION_FAILED",
    );
    const reader = member(
      (
        await t.gql(
          graphql(
            `mutation MetricsCreateApiKey { createApiKey(input: { name: "metrics reader", scopes: [EVENTS_PUBLISH] }) { __typename ... on CreateApiKeyPayload { key } } }`,
          ),
        )
      ).data?.createApiKey,
      "CreateApiKeyPayload",
    ).key;
    expect(
      (await t.gql(graphql(`query MetricsWebhooks { webhooks(first: 1) { totalCount } }`), {}, reader)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");

    // Deliveries: three that succeed, one that fails (503) and is left to retry much later.
    const ok = await createWebhook(t, { url: `${receiver.url}/ok`, eventTypes: ["metrics.ok"] });
    await createWebhook(t, {
      url: `${receiver.url}/failing`,
      eventTypes: ["metrics.failing"],
      failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 3600, attempts: 3 } },
    });
    for (let index = 0; index < 3; index += 1) await publish(t, { type: "metrics.ok" });
    await publish(t, { type: "metrics.failing" });
    await waitFor("four attempts", async () => (await t.service.database.prisma.deliveryAttempt.count()) >= 4);

    // A delivery whose lease ran out, as a worker that died mid-attempt leaves it: claimed again.
    const [leased] = await t.service.database.prisma.delivery.findMany({
      where: { webhookId: decodeGlobalID(ok.id).id },
      take: 1,
    });
    await t.service.database.prisma.delivery.update({
      where: { id: leased!.id },
      data: {
        status: "PENDING",
        nextAttemptAt: new Date(),
        lockedUntil: new Date(Date.now() - 1000),
        leaseToken: randomUUID(),
        completedAt: null,
      },
    });
    await notifyDeliveriesQueued(t.service.database.prisma);
    await waitFor(
      "the reclaimed delivery's attempt",
      async () => (await t.service.database.prisma.deliveryAttempt.count({ where: { deliveryId: leased!.id } })) === 2,
    );

    // Incoming: a request to a webhook's URL (3 events), one to a wrong key.
    const incoming = member(
      (
        await t.gql(CreateIncomingWebhookDocument, {
          input: { name: "metrics in", plugin: { pluginId: "prometheus-alertmanager" } },
        })
      ).data?.createIncomingWebhook,
      "CreateIncomingWebhookPayload",
    ).webhook;
    const url = incoming.webhookUrl!.replace("https://hooks.example.com", t.url);
    expect(
      (
        await fetch(url, {
          method: "POST",
          body: fixture("alertmanager-firing"),
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(202);
    expect(
      (await fetch(url.replace(/\/[0-9a-f]{32}\//, `/${"0".repeat(32)}/`), { method: "POST", body: "{}" })).status,
    ).toBe(404);
    const alerts = await t.service.database.prisma.alert.count({
      where: { webhookId: decodeGlobalID(incoming.id).id },
    });

    const { contentType, samples } = await scrape(t.url);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(counted(samples, 'hookrelay_graphql_requests_total{operation="MetricsViewer",outcome="success"}')).toBe(2);
    expect(counted(samples, 'hookrelay_graphql_requests_total{operation="MetricsBroken",outcome="error"}')).toBe(1);
    expect(counted(samples, 'hookrelay_graphql_requests_total{operation="MetricsWebhooks",outcome="error"}')).toBe(1);
    expect(counted(samples, 'hookrelay_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(counted(samples, 'hookrelay_graphql_errors_total{code="FORBIDDEN"}')).toBe(1);
    expect(counted(samples, 'hookrelay_graphql_request_duration_seconds_count{operation="MetricsViewer"}')).toBe(2);

    expect(counted(samples, 'hookrelay_delivery_attempts_total{outcome="succeeded",trigger="none"}')).toBe(4);
    expect(counted(samples, 'hookrelay_delivery_attempts_total{outcome="failed",trigger="HTTP_5XX"}')).toBe(1);
    expect(counted(samples, 'hookrelay_delivery_attempt_duration_seconds_count{outcome="succeeded"}')).toBe(4);
    expect(counted(samples, "hookrelay_delivery_latency_seconds_count")).toBe(4);
    expect(counted(samples, "hookrelay_delivery_leases_expired_total")).toBe(1);
    expect(samples.get('hookrelay_worker_slots{state="total"}')).toBe(7);
    expect(samples.get('hookrelay_worker_slots{state="in_use"}')).toBeGreaterThanOrEqual(0);
    expect(samples.get("hookrelay_deliveries_due")).toBe(0); // the failed one is due in an hour
    expect(samples.get("hookrelay_deliveries_oldest_due_age_seconds")).toBe(0);

    expect(
      counted(samples, 'hookrelay_incoming_requests_total{plugin="builtin:prometheus-alertmanager",status="202"}'),
    ).toBe(1);
    expect(counted(samples, 'hookrelay_incoming_requests_total{plugin="unknown",status="404"}')).toBe(1);
    expect(counted(samples, 'hookrelay_incoming_events_total{plugin="builtin:prometheus-alertmanager"}')).toBe(3);
    expect(alerts).toBeGreaterThan(0);
    expect(counted(samples, 'hookrelay_alerts_created_total{plugin="builtin:prometheus-alertmanager"}')).toBe(alerts);

    expect(samples.get("process_cpu_seconds_total")).toBeGreaterThan(0); // prom-client's process metrics

    // A log line per attempt, naming the webhook, the delivery, the attempt and what came of it.
    const failedAttempt = t.logs.find((line) => line.msg === "delivery attempt" && line.status === 503);
    expect(failedAttempt).toMatchObject({
      component: "worker",
      attempt: 1,
      succeeded: false,
      trigger: "HTTP_5XX",
      webhookId: expect.any(String),
      deliveryId: expect.any(String),
    });
    expect(typeof failedAttempt?.durationMs).toBe("number");
    expect(
      t.logs
        .filter((line) => line.msg === "delivery attempt" && line.deliveryId === leased!.id)
        .map((line) => [line.attempt, line.succeeded, line.trigger]),
    ).toEqual([
      [1, true, null],
      [2, true, null], // claimed again after its lease ran out
    ]);
    if (t.service.database.kind === "postgresql") {
      expect(samples.get('hookrelay_database_pool_connections{state="in_use"}')).toBeGreaterThanOrEqual(0);
      expect(samples.get("hookrelay_database_pool_waiting")).toBe(0);
    } else {
      expect(samples.has("hookrelay_database_pool_waiting")).toBe(false);
    }
  });

  it("counts what the retention pass drops, what it keeps, and how long it takes", async () => {
    const retaining = await startTestService({ RETENTION_INTERVAL_SECONDS: "1" });
    try {
      // A day of history 40 days back: past the default retention, dropped by the next pass.
      const day = new Date(Date.now() - 40 * 86_400_000);
      await createHistoryPartitions(retaining.service.database.sql, 86_400, day, day);
      const samples = await waitFor("a retention pass to drop the partitions", async () => {
        const { samples } = await scrape(retaining.url);
        return (samples.get('hookrelay_retention_dropped_partitions_total{table="deliveries"}') ?? 0) >= 1
          ? samples
          : null;
      });
      for (const table of ["events", "delivery_attempts", "incoming_requests", "incoming_events"])
        expect(samples.get(`hookrelay_retention_dropped_partitions_total{table="${table}"}`)).toBeGreaterThanOrEqual(1);
      expect(samples.get("hookrelay_retention_pass_duration_seconds_count")).toBeGreaterThanOrEqual(1);
      expect([...samples.keys()].filter((key) => key.startsWith("hookrelay_retention_kept_partitions"))).toEqual([]);
      expect(samples.get('hookrelay_retention_deleted_rows_total{table="deliveries"}') ?? 0).toBe(0);
    } finally {
      await retaining.stop();
    }
  });

  it("reports due deliveries and the age of the oldest while they wait", async () => {
    // The worker of this service looks for due deliveries only when told (NOTIFY): one made due by
    // hand stays due until the scrape.
    const quiet = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", ...QUIET_WORKER });
    try {
      const waiting = await createWebhook(quiet, { url: `${receiver.url}/ok`, eventTypes: ["metrics.waiting"] });
      const { event } = await publish(quiet, { type: "metrics.waiting" });
      const prisma = quiet.service.database.prisma;
      await waitFor(
        "its delivery",
        async () =>
          (await prisma.delivery.count({
            where: { webhookId: decodeGlobalID(waiting.id).id, status: "SUCCEEDED" },
          })) === 1,
      );
      expect((await scrape(quiet.url)).samples.get("hookrelay_deliveries_due")).toBe(0);
      const where = { eventId: decodeGlobalID(event.id).id };
      // Due a minute ago but leased: a worker has it, so it is not waiting.
      await prisma.delivery.updateMany({
        where,
        data: {
          status: "PENDING",
          nextAttemptAt: new Date(Date.now() - 60_000),
          lockedUntil: new Date(Date.now() + 3_600_000),
          leaseToken: randomUUID(),
          completedAt: null,
        },
      });
      expect((await scrape(quiet.url)).samples.get("hookrelay_deliveries_due")).toBe(0);
      await prisma.delivery.updateMany({ where, data: { lockedUntil: null, leaseToken: null } });
      const { samples } = await scrape(quiet.url);
      expect(samples.get("hookrelay_deliveries_due")).toBe(1);
      expect(samples.get("hookrelay_deliveries_oldest_due_age_seconds")).toBeGreaterThanOrEqual(59);
      expect(samples.get("hookrelay_deliveries_oldest_due_age_seconds")).toBeLessThan(3600);
    } finally {
      await quiet.stop();
    }
  });

  it.skipIf(!serverUrl)(
    "serves /metrics, /healthz and /readyz on a worker-only process (PostgreSQL), without GraphQL",
    async () => {
      // A database of its own: the embedded one serves a single process.
      const database = await createTestDatabase();
      const worker = await startExtraService(database, { ROLE: "worker", WORKER_CONCURRENCY: "3" });
      const url = `http://127.0.0.1:${worker.port}`;
      try {
        expect(worker.bootstrap).toBeNull(); // the first tenant is made where the API is served
        const { samples } = await scrape(url);
        expect(samples.get('hookrelay_worker_slots{state="total"}')).toBe(3);
        expect(samples.has("hookrelay_deliveries_due")).toBe(true);
        expect([...samples.keys()].some((key) => key.startsWith("hookrelay_graphql_requests_total{"))).toBe(false);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        expect((await fetch(`${url}/graphql`, { method: "POST" })).status).toBe(404);
      } finally {
        await worker.stop();
        await database.drop();
      }
    },
  );
});

describe("operation labels", () => {
  it("keep well-formed names up to a bound, so a client cannot grow the series without limit", () => {
    const metrics = new ServiceMetrics({ version: "0.0.0", role: "all" });
    expect(metrics.operationLabel(undefined)).toBe("anonymous");
    expect(metrics.operationLabel("ListWebhooks")).toBe("ListWebhooks");
    expect(metrics.operationLabel("not a name")).toBe("other");
    for (let index = 1; index < MAX_OPERATION_NAMES; index += 1)
      expect(metrics.operationLabel(`Op${index}`)).toBe(`Op${index}`);
    expect(metrics.operationLabel("OneTooMany")).toBe("other");
    expect(metrics.operationLabel("ListWebhooks")).toBe("ListWebhooks");
  });
});

describe("the Grafana dashboard (ops/grafana-dashboard.json)", () => {
  it("charts every hookrelay metric, and only metrics that exist", async () => {
    const metrics = new ServiceMetrics({ version: "0.0.0", role: "all" });
    metrics.measureQueue(async () => ({ due: 0, oldestDueAgeSeconds: 0 }));
    metrics.measureWorkerSlots(() => ({ inUse: 0, total: 1 }));
    metrics.measurePool(() => ({ size: 0, inUse: 0, waiting: 0 }));
    metrics.measureSubscriptions(() => 0);
    const exported = new Set(metrics.registry.getMetricsAsArray().map((metric) => metric.name));
    // Prometheus keeps the _total suffix for counters (promtool check metrics).
    expect(
      metrics.registry
        .getMetricsAsArray()
        .filter((metric) => metric.name.endsWith("_total") && !(metric instanceof Counter))
        .map((metric) => metric.name),
    ).toEqual([]);
    const dashboard = JSON.parse(readFileSync(new URL("../ops/grafana-dashboard.json", import.meta.url), "utf8")) as {
      panels: { targets?: { expr: string }[] }[];
    };
    const charted = new Set(
      dashboard.panels.flatMap((panel) =>
        (panel.targets ?? []).flatMap((target) =>
          [...target.expr.matchAll(/\b((?:hookrelay|process)_[a-z_]+)/g)].map((match) =>
            match[1]!.replace(/_(bucket|count|sum)$/, ""),
          ),
        ),
      ),
    );
    expect([...charted].filter((name) => !exported.has(name))).toEqual([]);
    expect([...exported].filter((name) => name.startsWith("hookrelay_") && !charted.has(name))).toEqual([]);
  });
});
