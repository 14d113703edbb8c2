// npm run bench:api — the outgoing-webhooks API under load, and a floor to compare it with.
//
// Seeds 1,000 webhooks in one tenant, then drives two queries with autocannon (127.0.0.1,
// 20 connections, 10 s each): (a) webhooks(first: 50, filter: { active: true }) with every scalar
// field, (b) webhookStats by STATE and PROJECT. Runs on PGlite; with DATABASE_URL also on that
// PostgreSQL server (in a scratch database it creates and drops), where it also measures the floor:
// a bare node:http server answering the same JSON from the same SQL through `pg`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import autocannon from "autocannon";
import pg from "pg";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { RunningService } from "../src/service.js";
import type { SecretBox } from "../src/crypto/secret-box.js";
import { createOutgoingWebhook } from "../src/webhooks/outgoing-webhooks.js";
import { floorPool, serveFloor, startBenchService } from "./bench-service.js";

const WEBHOOKS = 1000;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 20;

const LIST_QUERY = `{ webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt
  ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended suspendedAt suspendReason active lastSuccessAt lastFailureAt consecutiveFailures } } } }`;
const STATS_QUERY = `{ webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count } } }`;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, body: string, key: string): Promise<Figures> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body,
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function seed(service: RunningService, box: SecretBox): Promise<void> {
  const prisma = service.database.prisma;
  const tenantId = (await prisma.tenant.findFirstOrThrow()).id;
  for (let i = 0; i < WEBHOOKS; i += 1) {
    await createOutgoingWebhook(prisma, box, tenantId, {
      name: `endpoint ${i}`,
      url: `https://customer-${i}.example.com/webhooks`,
      eventTypes: i % 2 ? ["invoice.*"] : ["invoice.paid", "customer.created"],
      headers: [{ name: "X-Customer", values: [String(i)] }],
      projectId: `project-${i % 10}`,
      tags: { tier: i % 3 ? "standard" : "premium" },
      enabled: i % 7 !== 0,
    });
  }
}

/** The floor: the same answers from the same SQL, with nothing in between but node:http and pg. */
function floorServer(databaseUrl: string): { server: Server; pool: pg.Pool } {
  const pool = floorPool(databaseUrl);
  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.writeHead(500).end());
  });
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { query } = JSON.parse(Buffer.concat(chunks).toString()) as { query: string };
    const prefix = /Bearer (whk_[A-Za-z0-9]{8})_/.exec(request.headers.authorization ?? "")?.[1];
    const key = await pool.query("SELECT tenant_id, revoked_at, expires_at FROM api_keys WHERE prefix = $1", [prefix]);
    const tenantId = key.rows[0].tenant_id as string;
    let data: unknown;
    if (query.includes("webhookStats")) {
      const { rows } = await pool.query(
        `SELECT CASE WHEN enabled THEN 'ENABLED' ELSE 'DISABLED' END AS state, project_id, count(*)::int AS count, GROUPING(enabled, project_id)::int AS g
         FROM webhooks WHERE tenant_id = $1 GROUP BY GROUPING SETS ((enabled, project_id), ()) ORDER BY 1, 2`,
        [tenantId],
      );
      data = { webhookStats: { total: rows.find((row) => row.g !== 0)?.count, rows: rows.filter((row) => row.g === 0).map((row) => ({ state: row.state, projectId: row.project_id || null, count: row.count })) } };
    } else {
      const where = "tenant_id = $1 AND enabled AND suspended_at IS NULL";
      const [page, total] = await Promise.all([
        pool.query(`SELECT * FROM webhooks WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT 51`, [tenantId]),
        pool.query(`SELECT count(*)::int AS n FROM webhooks WHERE ${where}`, [tenantId]),
      ]);
      data = {
        webhooks: {
          totalCount: total.rows[0].n,
          nodes: page.rows.slice(0, 50).map((row) => ({
            id: encodeGlobalID("OutgoingWebhook", row.id), kind: row.kind, name: row.name, state: row.enabled ? "ENABLED" : "DISABLED",
            enabled: row.enabled, projectId: row.project_id || null, tags: row.tags, createdAt: row.created_at, updatedAt: row.updated_at,
            url: row.url, headers: row.headers, eventTypes: row.event_types, secretHint: row.secret_hint, suspended: row.suspended_at !== null,
            suspendedAt: row.suspended_at, suspendReason: row.suspend_reason, active: true, lastSuccessAt: row.last_success_at,
            lastFailureAt: row.last_failure_at, consecutiveFailures: row.consecutive_failures,
          })),
        },
      };
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
  }
  return { server, pool };
}

const format = (label: string, figures: Figures) =>
  `${label.padEnd(44)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms${figures.errors ? `   ERRORS ${figures.errors}` : ""}`;

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const { service, secretBox, databaseUrl, close } = await startBenchService(serverUrl);
  try {
    await seed(service, secretBox);
    const key = service.bootstrap!.adminKey;
    const url = `http://127.0.0.1:${service.port}/graphql`;
    const listBody = JSON.stringify({ query: LIST_QUERY });
    const statsBody = JSON.stringify({ query: STATS_QUERY });

    await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: listBody });
    const before = service.database.statementCount();
    const check = (await (await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: listBody })).json()) as { data: { webhooks: { nodes: unknown[] } } };
    const statements = service.database.statementCount() - before;
    console.log(`\n${kind}: ${WEBHOOKS} webhooks, ${CONNECTIONS} connections, ${DURATION_S} s per run`);
    console.log(`(a) SQL statements per request: ${statements} (page of ${check.data.webhooks.nodes.length})`);

    const list = await load(url, listBody, key);
    console.log(format("(a) webhooks(first: 50, active) hookrelay", list));
    const stats = await load(url, statsBody, key);
    console.log(format("(b) webhookStats(STATE, PROJECT) hookrelay", stats));

    if (databaseUrl) {
      const floor = await serveFloor(floorServer(databaseUrl));
      const floorUrl = floor.url;
      const listFloor = await load(floorUrl, listBody, key);
      console.log(format("(a) floor: node:http + pg", listFloor));
      const statsFloor = await load(floorUrl, statsBody, key);
      console.log(format("(b) floor: node:http + pg", statsFloor));
      console.log(`ratio to floor: (a) ${(list.requestsPerSecond / listFloor.requestsPerSecond).toFixed(2)}   (b) ${(stats.requestsPerSecond / statsFloor.requestsPerSecond).toFixed(2)}   (target >= 0.5)`);
      await floor.close();
    } else {
      console.log("floor: measured on PostgreSQL only (set DATABASE_URL); PGlite serves one process.");
    }
  } finally {
    await close();
  }
}

await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
