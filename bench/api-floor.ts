// The floor bench:api compares with, run as a process of its own: a bare node:http server answering
// the benchmark's queries with the same JSON from the same SQL through `pg`, and nothing in between.
// DATABASE_URL and PORT as for the service; GET /readyz answers once it listens.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { floorPool } from "./bench-service.js";

const pool = floorPool(process.env.DATABASE_URL!);

async function webhooks(tenantId: string): Promise<unknown> {
  const where = "tenant_id = $1 AND enabled AND suspended_at IS NULL";
  const [page, total] = await Promise.all([
    pool.query(`SELECT * FROM webhooks WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT 51`, [tenantId]),
    pool.query(`SELECT count(*)::int AS n FROM webhooks WHERE ${where}`, [tenantId]),
  ]);
  return {
    webhooks: {
      totalCount: total.rows[0].n,
      nodes: page.rows.slice(0, 50).map((row) => ({
        id: encodeGlobalID("OutgoingWebhook", row.id),
        kind: row.kind,
        name: row.name,
        state: row.enabled ? "ENABLED" : "DISABLED",
        enabled: row.enabled,
        projectId: row.project_id || null,
        tags: row.tags,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        url: row.url,
        headers: row.headers,
        eventTypes: row.event_types,
        secretHint: row.secret_hint,
        suspended: row.suspended_at !== null,
        suspendedAt: row.suspended_at,
        suspendReason: row.suspend_reason,
        active: true,
        lastSuccessAt: row.last_success_at,
        lastFailureAt: row.last_failure_at,
        consecutiveFailures: row.consecutive_failures,
      })),
    },
  };
}

async function webhookStats(tenantId: string): Promise<unknown> {
  const { rows } = await pool.query(
    `SELECT CASE WHEN enabled THEN 'ENABLED' ELSE 'DISABLED' END AS state, project_id, count(*)::int AS count, GROUPING(enabled, project_id)::int AS g
     FROM webhooks WHERE tenant_id = $1 GROUP BY GROUPING SETS ((enabled, project_id), ()) ORDER BY 1, 2`,
    [tenantId],
  );
  return {
    webhookStats: {
      total: rows.find((row) => row.g !== 0)?.count,
      rows: rows
        .filter((row) => row.g === 0)
        .map((row) => ({ state: row.state, projectId: row.project_id || null, count: row.count })),
    },
  };
}

async function deliveries(tenantId: string): Promise<unknown> {
  const [page, total] = await Promise.all([
    pool.query("SELECT * FROM deliveries WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC LIMIT 51", [tenantId]),
    pool.query("SELECT count(*)::int AS n FROM deliveries WHERE tenant_id = $1", [tenantId]),
  ]);
  const rows = page.rows.slice(0, 50);
  const attempts = await pool.query(
    "SELECT * FROM delivery_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY delivery_id, attempt_number",
    [rows.map((row) => row.id)],
  );
  const byDelivery = new Map<string, pg.QueryResultRow[]>();
  for (const attempt of attempts.rows)
    byDelivery.set(attempt.delivery_id, [...(byDelivery.get(attempt.delivery_id) ?? []), attempt]);
  return {
    deliveries: {
      totalCount: total.rows[0].n,
      nodes: rows.map((row) => ({
        id: encodeGlobalID("Delivery", row.id),
        status: row.status,
        eventType: row.event_type,
        messageId: row.message_id,
        attemptCount: row.attempt_count,
        createdAt: row.created_at,
        lastAttemptAt: row.last_attempt_at,
        nextAttemptAt: row.next_attempt_at,
        attempts: (byDelivery.get(row.id) ?? []).slice(0, 3).map((attempt) => ({
          attemptNumber: attempt.attempt_number,
          startedAt: attempt.started_at,
          durationMs: attempt.duration_ms,
          responseStatus: attempt.response_status,
          succeeded: attempt.succeeded,
          failureTrigger: attempt.failure_trigger,
          failureMessage: attempt.failure_message,
        })),
      })),
    },
  };
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.url === "/readyz") return void response.writeHead(200).end("ready");
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { query } = JSON.parse(Buffer.concat(chunks).toString()) as { query: string };
  const prefix = /Bearer (whk_[A-Za-z0-9]{8})_/.exec(request.headers.authorization ?? "")?.[1];
  const key = await pool.query("SELECT tenant_id, revoked_at, expires_at FROM api_keys WHERE prefix = $1", [prefix]);
  const tenantId = key.rows[0].tenant_id as string;
  const data = query.includes("webhookStats")
    ? await webhookStats(tenantId)
    : query.includes("deliveries")
      ? await deliveries(tenantId)
      : await webhooks(tenantId);
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
}

const server = createServer((request, response) => {
  answer(request, response).catch(() => response.writeHead(500).end());
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
});
