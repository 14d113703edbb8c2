// npm run bench:ingest — incoming webhooks under load, and a floor to compare them with.
//
// POSTs one Alertmanager payload (5 alerts) to one incoming webhook with autocannon (127.0.0.1,
// 20 connections, BENCH_DURATION_S seconds, default 10). Prints accepted requests/s, events/s and
// latency, then sends requests of 10, 100 and 1,000 events and prints time and stored bytes per
// event with /healthz's p99 while they run; on PGlite and, with DATABASE_URL, on that PostgreSQL server (in a scratch database it
// creates and drops), where it also measures the floor: a bare node:http server that parses the JSON
// and writes the same rows with `pg` (the events, their alerts, the outgoing events announcing them
// and the webhook's request counter) in one transaction per request.
import { wholeTenant } from "../src/auth/owner.js";
import { createServer, type Server } from "node:http";
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { createIncomingWebhook } from "../src/incoming/incoming-webhooks.js";
import { incomingWebhookUrl } from "../src/webhooks/access-keys.js";
import type { PluginDirectory } from "../src/incoming/plugins/registered-plugins.js";
import { floorPool, percentile, serveFloor, startBenchService } from "./bench-service.js";
import { Prisma, type PrismaClient } from "../src/generated/prisma/client.js";
import type { SecretBox } from "../src/crypto/secret-box.js";
import type { RunSql } from "../src/db/sql.js";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 20;
const ALERTS_PER_PAYLOAD = 5;

const payload = JSON.stringify({
  version: "4",
  groupKey: '{}:{alertname="HighLatency"}',
  status: "firing",
  receiver: "hookrelay",
  groupLabels: { alertname: "HighLatency" },
  commonLabels: { alertname: "HighLatency", job: "api" },
  commonAnnotations: {},
  externalURL: "http://alertmanager.example.com:9093",
  alerts: Array.from({ length: ALERTS_PER_PAYLOAD }, (_, index) => ({
    status: "firing",
    labels: {
      alertname: "HighLatency",
      instance: `api-${index}:9100`,
      job: "api",
      severity: index === 0 ? "critical" : "warning",
    },
    annotations: {
      summary: `p99 latency above 1 s on api-${index}`,
      description: `api-${index} has answered slowly for 5 minutes.`,
    },
    startsAt: "2026-11-23T08:00:00.000Z",
    endsAt: "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.example.com:9090/graph?g0.expr=latency",
    fingerprint: `f${index}e2d3c4b5a6978`,
  })),
});

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Figures> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "content-type": "application/json" },
    body: payload,
  });
  return {
    requestsPerSecond: result["2xx"] / DURATION_S,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * The floor: parse, then the same rows in one transaction — per alert an incoming event, its alert
 * opened or attached (the same rule: open for the key within 600 s), an outgoing event; then the
 * webhook's counter. No plugin, no GraphQL, no Prisma.
 */
function floorServer(
  databaseUrl: string,
  webhook: { id: string; tenantId: string },
): { server: Server; pool: pg.Pool } {
  const pool = floorPool(databaseUrl);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      store(Buffer.concat(chunks).toString())
        .then((ids) =>
          response
            .writeHead(202, { "content-type": "application/json" })
            .end(JSON.stringify({ accepted: true, eventIds: ids })),
        )
        .catch((error: unknown) => {
          console.error("floor:", (error as Error).message);
          response.writeHead(500).end();
        });
    });
  });
  async function store(text: string): Promise<string[]> {
    const body = JSON.parse(text) as {
      alerts: {
        status: string;
        labels: Record<string, string>;
        annotations: Record<string, string>;
        startsAt: string;
        fingerprint: string;
      }[];
    };
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const ids: string[] = [];
      // The body once per request, as the service stores it (incoming_requests).
      const requestId = randomUUID();
      await client.query("INSERT INTO incoming_requests (id, tenant_id, webhook_id, body) VALUES ($1, $2, $3, $4)", [
        requestId,
        webhook.tenantId,
        webhook.id,
        text,
      ]);
      for (const alert of [...body.alerts].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint))) {
        const title = alert.annotations.summary ?? alert.labels.alertname;
        const attached = await client.query(
          `UPDATE alerts SET event_count = event_count + 1, last_event_at = now(), description = $3, updated_at = now()
           WHERE id = (SELECT id FROM alerts WHERE webhook_id = $1 AND project_id = '' AND event_key = $2 AND state = 'TRIGGERED'
                       AND last_event_at > now() - interval '600 seconds' ORDER BY last_event_at DESC LIMIT 1 FOR UPDATE)
           RETURNING id`,
          [webhook.id, alert.fingerprint, alert.annotations.description],
        );
        let alertId = attached.rows[0]?.id as string | undefined;
        if (!alertId) {
          alertId = randomUUID();
          await client.query(
            `INSERT INTO alerts (id, tenant_id, webhook_id, event_key, title, description, severity, urgency, state, first_event_at, last_event_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'WARNING', 'LOW', 'TRIGGERED', now(), now(), now())`,
            [alertId, webhook.tenantId, webhook.id, alert.fingerprint, title, alert.annotations.description],
          );
        }
        const id = randomUUID();
        await client.query(
          `INSERT INTO incoming_events (id, tenant_id, webhook_id, alert_id, event_key, event_type, severity, title, description, occurred_at, additional_info, request_id)
           VALUES ($1, $2, $3, $4, $5, 'ALERT', 'WARNING', $6, $7, $8, $9, $10)`,
          [
            id,
            webhook.tenantId,
            webhook.id,
            alertId,
            alert.fingerprint,
            title,
            alert.annotations.description,
            alert.startsAt,
            JSON.stringify({ labels: alert.labels }),
            requestId,
          ],
        );
        await client.query(
          `INSERT INTO events (id, tenant_id, type, payload, occurred_at) VALUES ($1, $2, 'monitoring.event.received', $3, $4)`,
          [
            randomUUID(),
            webhook.tenantId,
            JSON.stringify({ event: { id, eventKey: alert.fingerprint, title } }),
            alert.startsAt,
          ],
        );
        ids.push(id);
      }
      await client.query(
        "UPDATE webhooks SET requests_total = requests_total + 1, last_received_at = now() WHERE id = $1",
        [webhook.id],
      );
      await client.query("COMMIT");
      return ids;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
  return { server, pool };
}

const format = (label: string, figures: Figures) =>
  `${label.padEnd(32)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  ${(figures.requestsPerSecond * ALERTS_PER_PAYLOAD).toFixed(0).padStart(6)} events/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms${figures.errors ? `   ERRORS ${figures.errors}` : ""}`;

const BATCH_SIZES = [10, 100, 1000];
const BATCH_REQUESTS = 10;
const HEALTHZ_TARGET_MS = 50;

/**
 * Requests of 10, 100 and 1,000 events (a generic-json webhook reading `$.items`), sent one after
 * another while /healthz is polled: time and stored bytes per event should not grow with the batch
 * (the body is stored once per request), and the process should keep answering its probe.
 */
async function batchSizes(
  port: number,
  tenantId: string,
  {
    prisma,
    secretBox,
    plugins,
    sql,
  }: { prisma: PrismaClient; secretBox: SecretBox; plugins: PluginDirectory; sql: RunSql },
): Promise<void> {
  for (const size of BATCH_SIZES) {
    const webhook = await createIncomingWebhook(prisma, secretBox, plugins, wholeTenant(tenantId), {
      name: `batch of ${size}`,
      plugin: {
        pluginId: "generic-json",
        options: { eventsPath: "$.items", paths: { title: "$.name", eventKey: "$.name" } },
      },
    });
    const url = incomingWebhookUrl(`http://127.0.0.1:${port}`, webhook, secretBox);
    const bodyOf = (request: number) =>
      JSON.stringify({
        items: Array.from({ length: size }, (_, n) => ({
          name: `item ${request}-${n}`,
          labels: { host: `host-${n}`, job: "batch" },
        })),
      });
    // One request first, not measured: it waits behind whatever the load before left in flight and
    // warms this size's code paths, so the probes see the steady state.
    const warmUp = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodyOf(-1),
    });
    if (warmUp.status !== 202)
      throw new Error(`a batch of ${size} was answered ${warmUp.status}: ${await warmUp.text()}`);
    const probes: number[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${port}/healthz`);
        probes.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const started = performance.now();
    for (let request = 0; request < BATCH_REQUESTS; request += 1) {
      const answer = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: bodyOf(request),
      });
      if (answer.status !== 202)
        throw new Error(`a batch of ${size} was answered ${answer.status}: ${await answer.text()}`);
    }
    const elapsedMs = performance.now() - started;
    probing = false;
    await prober;
    const [row] = await sql(Prisma.sql`
      SELECT (SELECT coalesce(sum(pg_column_size(e.*)), 0) FROM incoming_events e WHERE e.webhook_id = ${webhook.id}::uuid)
           + (SELECT coalesce(sum(pg_column_size(r.*)), 0) FROM incoming_requests r WHERE r.webhook_id = ${webhook.id}::uuid) AS bytes`);
    const events = size * BATCH_REQUESTS;
    const storedEvents = events + size; // the warm-up's are stored too
    const p99 = percentile(probes, 99);
    console.log(
      `batch of ${String(size).padStart(4)} events: ${(elapsedMs / BATCH_REQUESTS).toFixed(0).padStart(5)} ms per request, ${(elapsedMs / events).toFixed(2)} ms per event, ` +
        `${(Number(row?.bytes) / storedEvents).toFixed(0)} B stored per event; /healthz p99 ${p99.toFixed(0)} ms (target < ${HEALTHZ_TARGET_MS} ms: ${p99 < HEALTHZ_TARGET_MS ? "reached" : "NOT reached"})`,
    );
  }
}

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  // The benchmark measures throughput, not the per-webhook rate limit.
  const { service, secretBox, databaseUrl, stopService, close } = await startBenchService(serverUrl, {
    INCOMING_RATE_LIMIT: "1000000",
    INCOMING_RATE_BURST: "1000000",
  });
  const prisma = service.database.prisma;
  try {
    const tenantId = (await prisma.tenant.findFirstOrThrow()).id;
    const webhook = await createIncomingWebhook(prisma, secretBox, service.plugins, wholeTenant(tenantId), {
      name: "alertmanager",
      plugin: { pluginId: "prometheus-alertmanager" },
    });
    const url = incomingWebhookUrl(`http://127.0.0.1:${service.port}`, webhook, secretBox);
    const check = await fetch(url, { method: "POST", body: payload });
    if (check.status !== 202) throw new Error(`the webhook answered ${check.status}: ${await check.text()}`);

    console.log(
      `\n${kind}: one incoming webhook, ${ALERTS_PER_PAYLOAD} alerts per payload, ${CONNECTIONS} connections, ${DURATION_S} s`,
    );
    const ingest = await load(url);
    console.log(format("hookrelay", ingest));
    const stored = await prisma.incomingEvent.count();
    console.log(`stored: ${stored} events in ${await prisma.alert.count()} alerts`);
    await batchSizes(service.port, tenantId, {
      prisma,
      secretBox,
      plugins: service.plugins,
      sql: service.database.sql,
    });
    // Requests the load generator left in flight finish before the floor starts on the same rows.
    await stopService();

    if (databaseUrl) {
      const floor = await serveFloor(floorServer(databaseUrl, { id: webhook.id, tenantId }));
      const floorFigures = await load(floor.url);
      console.log(format("floor: node:http + pg", floorFigures));
      console.log(
        `ratio to floor: ${(ingest.requestsPerSecond / floorFigures.requestsPerSecond).toFixed(2)}   (target >= 0.5)`,
      );
      await floor.close();
    } else {
      console.log("floor: measured on PostgreSQL only (set DATABASE_URL).");
    }
  } finally {
    await close();
  }
}

await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
