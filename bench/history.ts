// npm run bench:history — does the delivery queue stay as fast once the tables hold months of history?
// On the PostgreSQL server of DATABASE_URL, two scratch databases, each served by an API process and
// BENCH_WORKERS (default 2) worker processes with 10 webhooks to local receivers:
//   empty:   nothing but the webhooks;
//   history: the 32 days before today (UTC) prefilled by SQL before the load: BENCH_HISTORY_DELIVERIES
//            deliveries (default 10,000,000) of a tenth as many events, and two attempts each (a 500,
//            then a 200). Today's partitions hold the load's rows alone on both sides, whatever the hour
//            of the run: what is compared is the history behind the queue, not a busier day.
// The load is bench:delivery's fan-out 10 phase: BENCH_RATE events/s (default 100) offered for 10 s, in
// rounds that alternate between the two (10 each, in the order E H, H E, ...: the machine's speed drifts
// more between phases than the effect measured). Printed per side: the claim's CPU (the workers' and
// PostgreSQL's per delivery) and publish-to-receipt p95; target: history within 10% of empty on both.
// Then a retention pass on the history database that drops the oldest day (target < 1 s, whatever
// its size), with the history tables' sizes before and after.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase } from "../support/scratch-database.js";
import { applyRetention, createHistoryPartitions } from "../src/retention/history-retention.js";
import type { RunSql } from "../src/db/sql.js";
import {
  benchClock,
  builtService,
  offerAtRate,
  percentile,
  processTreeCpuMs,
  serviceSettings,
  spawnService,
  startReceivers,
  stopProcesses,
  until,
  type Receivers,
} from "./bench-service.js";

const DELIVERIES = Number(process.env.BENCH_HISTORY_DELIVERIES ?? 10_000_000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const ROUND_SECONDS = 10;
const WEBHOOKS = 10;
const DAY_MS = 86_400_000;
// 32 days of history, 30 kept: the pass below drops at least one whole day.
const HISTORY_DAYS = 32;
const RETENTION_DAYS = 30;
const HISTORY_TABLES = ["events", "deliveries", "delivery_attempts", "incoming_requests", "incoming_events"];
const SERVICE = builtService();

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("bench:history needs DATABASE_URL (a PostgreSQL server to make scratch databases on)");

interface Side {
  name: "empty" | "history";
  db: pg.Pool;
  processes: ChildProcess[];
  receivers: Receivers;
  publish(index: number): Promise<boolean>;
  cpu(): { workers: number; api: number };
  totals: {
    workersMs: number;
    postgresMs: number;
    apiMs: number;
    deliveries: number;
    events: number;
    latencies: number[];
    roundP95s: number[];
  };
  drop(): Promise<void>;
}

async function startSide(name: Side["name"]): Promise<Side> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-history-"));
  const scratch = await createScratchDatabase(serverUrl!, `hookrelay_history_${name}`);
  const settings = serviceSettings(dataDir, scratch.url);
  // The service's own retention pass stays away from the prefilled history (this benchmark runs one).
  const env = { ...settings.env, ALLOW_PRIVATE_DESTINATIONS: "true", RETENTION_DEFAULT_DAYS: "90" };
  const api = await spawnService({ ...env, ROLE: "api" }, SERVICE);
  const processes = [api.child];
  for (let index = 0; index < WORKERS; index += 1)
    processes.push((await spawnService({ ...env, ROLE: "worker" }, SERVICE)).child);
  const receivers = await startReceivers(WEBHOOKS);
  const gql = async (query: string, variables?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${settings.key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    return !body.errors && body.data !== undefined;
  };
  const CREATE = `mutation($url: String!, $name: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: ["bench.*"] }) { __typename } }`;
  for (const [index, url] of receivers.urls.entries())
    if (!(await gql(CREATE, { url, name: `bench ${index}` }))) throw new Error("could not create the webhooks");
  const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;
  const db = new pg.Pool({ connectionString: scratch.url, max: 2 });
  return {
    name,
    db,
    processes,
    receivers,
    publish: (index) => gql(PUBLISH, { input: { type: "bench.event", payload: { index, publishedAt: benchClock() } } }),
    cpu: () => ({
      api: processTreeCpuMs(api.child.pid!),
      workers: processes.slice(1).reduce((sum, child) => sum + processTreeCpuMs(child.pid!), 0),
    }),
    totals: { workersMs: 0, postgresMs: 0, apiMs: 0, deliveries: 0, events: 0, latencies: [], roundP95s: [] },
    async drop() {
      await stopProcesses(processes);
      await receivers.close();
      await db.end();
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const sqlOf =
  (db: pg.Pool): RunSql =>
  async (statement) =>
    (await db.query(statement.text, statement.values)).rows;

/** HISTORY_DAYS of delivered history up to today, written by SQL a day at a time (the webhooks' own, as the load's). */
async function prefill(db: pg.Pool): Promise<void> {
  const started = performance.now();
  const eventsPerDay = Math.ceil(DELIVERIES / WEBHOOKS / HISTORY_DAYS);
  // As the service makes them: it gives up on a busy table's lock and tries again.
  await createHistoryPartitions(sqlOf(db), 86_400, new Date(Date.now() - (HISTORY_DAYS + 1) * DAY_MS), new Date());
  for (let day = HISTORY_DAYS; day >= 1; day -= 1) {
    await db.query(
      `WITH event AS (
         INSERT INTO events (id, tenant_id, type, payload, occurred_at, created_at)
         SELECT hookrelay_uuid7(at), t.id, 'bench.event', jsonb_build_object('index', g, 'publishedAt', 0), at, at
         FROM tenants t CROSS JOIN generate_series(1, $2::int) g
           CROSS JOIN LATERAL (SELECT date_trunc('day', now(), 'UTC') - make_interval(days => $1::int) + (g - 1) * (interval '1 day' / $2::int) AS at) x
         RETURNING id, tenant_id, created_at
       ), delivery AS (
         INSERT INTO deliveries (id, tenant_id, event_id, webhook_id, event_type, message_id, status, attempt_count,
                                 queued_attempt_count, last_attempt_at, completed_at, created_at)
         SELECT hookrelay_uuid7(e.created_at), e.tenant_id, e.id, w.id, 'bench.event', 'msg_' || replace(e.id::text, '-', ''), 'SUCCEEDED', 2, 2,
                e.created_at + interval '31 seconds', e.created_at + interval '31 seconds', e.created_at
         FROM event e JOIN webhooks w ON w.tenant_id = e.tenant_id
         RETURNING id, tenant_id, webhook_id, message_id, created_at
       )
       INSERT INTO delivery_attempts (id, delivery_id, tenant_id, webhook_id, attempt_number, started_at, duration_ms, url,
                                      request_headers, response_status, response_headers, response_body, succeeded, failure_trigger)
       SELECT hookrelay_uuid7(d.created_at + (n - 1) * interval '30 seconds'), d.id, d.tenant_id, d.webhook_id, n,
              d.created_at + (n - 1) * interval '30 seconds', 12,
              'http://127.0.0.1/hook',
              jsonb_build_array(jsonb_build_object('name', 'webhook-id', 'value', d.message_id),
                                jsonb_build_object('name', 'webhook-timestamp', 'value', '1765000000'),
                                jsonb_build_object('name', 'webhook-signature', 'value', 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=')),
              CASE n WHEN 1 THEN 500 ELSE 200 END, '[{"name":"content-type","value":"text/plain"}]'::jsonb,
              CASE n WHEN 1 THEN 'down' ELSE 'ok' END, n = 2, CASE n WHEN 1 THEN 'HTTP_5XX'::"FailureTrigger" END
       FROM delivery d CROSS JOIN generate_series(1, 2) n`,
      [day, eventsPerDay],
    );
    if (day % 5 === 0 || day === 1)
      console.log(
        `  prefill: ${HISTORY_DAYS - day + 1} of ${HISTORY_DAYS} days (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
  await db.query("VACUUM ANALYZE");
  // The prefill's dirty pages written now, not by the checkpointer during the rounds.
  await db.query("CHECKPOINT");
  console.log(
    `  prefill: ${eventsPerDay * HISTORY_DAYS} events, ${eventsPerDay * HISTORY_DAYS * WEBHOOKS} deliveries, ${eventsPerDay * HISTORY_DAYS * WEBHOOKS * 2} attempts, vacuumed and analyzed in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** Each history table's size, and its indexes', over all its partitions. */
async function sizes(db: pg.Pool): Promise<string> {
  const { rows } = await db.query<{ parent: string; total: string; indexes: string; partitions: number }>(
    `SELECT parent, sum(pg_total_relation_size(partition::regclass))::text AS total,
            sum(pg_indexes_size(partition::regclass))::text AS indexes, count(*)::int AS partitions
     FROM hookrelay_history_partitions() GROUP BY parent ORDER BY parent`,
  );
  const mb = (bytes: string) => `${(Number(bytes) / 1e6).toFixed(0)} MB`;
  return rows
    .filter((row) => HISTORY_TABLES.includes(row.parent))
    .map((row) => `${row.parent} ${mb(row.total)} (indexes ${mb(row.indexes)}, ${row.partitions} partitions)`)
    .join("; ");
}

/**
 * The PostgreSQL server's CPU so far: its postmaster's process tree, with what its exited backends
 * used (reaped, so counted in its cutime): unlike a sum over the live backends, it never goes back.
 */
let postmasterPid = 0;
const postgresCpuMs = () => processTreeCpuMs(postmasterPid);

/** One round of the fan-out 10 load on one side, its CPU and latencies added to its totals. */
async function round(side: Side): Promise<void> {
  side.receivers.reset();
  const before = { ...side.cpu(), postgres: postgresCpuMs() };
  const { accepted } = await offerAtRate(RATE, ROUND_SECONDS, (index) => side.publish(index));
  await until(`${side.name}: deliveries`, () => side.receivers.received >= accepted * WEBHOOKS);
  const after = { ...side.cpu(), postgres: postgresCpuMs() };
  side.totals.workersMs += after.workers - before.workers;
  side.totals.apiMs += after.api - before.api;
  side.totals.postgresMs += after.postgres - before.postgres;
  side.totals.deliveries += side.receivers.received;
  side.totals.events += accepted;
  side.totals.latencies.push(...side.receivers.latencies);
  side.totals.roundP95s.push(percentile(side.receivers.latencies, 95));
}

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const { rows: dataDirectory } = await admin.query<{ data_directory: string }>("SHOW data_directory");
await admin.end();
postmasterPid = Number(
  readFileSync(path.join(dataDirectory[0]!.data_directory, "postmaster.pid"), "utf8").split("\n")[0],
);
const empty = await startSide("empty");
const history = await startSide("history");
try {
  console.log(
    `bench:history: PostgreSQL, API + ${WORKERS} workers per side, ${WEBHOOKS} webhooks; ${DELIVERIES.toLocaleString("en")} deliveries of history on one side`,
  );
  await prefill(history.db);
  console.log(`  history tables: ${await sizes(history.db)}`);
  const todays = async (side: Side) =>
    (
      await side.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM deliveries WHERE created_at >= date_trunc('day', now(), 'UTC')",
      )
    ).rows[0]!.n;
  console.log(`  today's deliveries before the load: empty ${await todays(empty)}, history ${await todays(history)}`);
  // Warm up both sides' connections and caches.
  for (const side of [empty, history]) await round(side);
  // Statistics for both, as autovacuum keeps them on a running service (the prefill's are fresh).
  for (const side of [empty, history]) await side.db.query("ANALYZE");
  await empty.db.query("CHECKPOINT");
  for (const side of [empty, history])
    side.totals = { workersMs: 0, postgresMs: 0, apiMs: 0, deliveries: 0, events: 0, latencies: [], roundP95s: [] };
  for (let index = 0; index < ROUNDS; index += 1)
    for (const side of index % 2 === 0 ? [empty, history] : [history, empty]) await round(side);

  const claimCpu = (side: Side) => (side.totals.workersMs + side.totals.postgresMs) / side.totals.deliveries;
  const p95 = (side: Side) => percentile(side.totals.latencies, 95);
  for (const side of [empty, history])
    console.log(
      `  ${side.name.padEnd(7)}: ${side.totals.events} events, ${side.totals.deliveries} deliveries in ${ROUNDS} rounds of ${RATE} events/s for ${ROUND_SECONDS} s; claim CPU ${claimCpu(side).toFixed(3)} ms/delivery (workers ${(side.totals.workersMs / side.totals.deliveries).toFixed(3)}, PostgreSQL ${(side.totals.postgresMs / side.totals.deliveries).toFixed(3)}), API ${(side.totals.apiMs / side.totals.events).toFixed(3)} ms/event; publish-to-receipt p50 ${percentile(side.totals.latencies, 50)} ms, p95 ${p95(side)} ms (rounds ${side.totals.roundP95s.join(", ")})`,
    );
  const cpuRatio = claimCpu(history) / claimCpu(empty);
  const p95Ratio = p95(history) / p95(empty);
  console.log(
    `  history/empty: claim CPU ${cpuRatio.toFixed(2)}x, p95 ${p95Ratio.toFixed(2)}x (target <= 1.10 both: ${cpuRatio <= 1.1 && p95Ratio <= 1.1 ? "reached" : "NOT reached"})`,
  );

  // Days past the 30 kept expire: the oldest partitions, one of them a whole day.
  const passStarted = performance.now();
  const pass = await applyRetention(sqlOf(history.db), {
    defaultDays: RETENTION_DAYS,
    maxDays: 90,
    daySeconds: 86_400,
    batchSize: 1000,
  });
  const passMs = performance.now() - passStarted;
  console.log(
    `  retention pass: dropped ${pass.droppedPartitions.length} partitions (${pass.droppedPartitions.map((dropped) => dropped.partition).join(", ")}) and deleted ${Object.values(pass.deletedRows).reduce((sum, n) => sum + n, 0)} rows in ${passMs.toFixed(0)} ms (target < 1,000 ms: ${passMs < 1000 && pass.droppedPartitions.length > 0 ? "reached" : "NOT reached"})`,
  );
  console.log(`  history tables after: ${await sizes(history.db)}`);
} finally {
  await empty.drop();
  await history.drop();
}
