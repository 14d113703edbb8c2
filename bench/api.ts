// npm run bench:api — the API under load, with the server and the load generator in separate
// processes, and a floor to compare it with.
//
// Starts the service as a user runs it (PGlite: `npm start`; PostgreSQL: ROLE=api on a scratch
// database), seeds 1,000 webhooks through the API, then drives each query with autocannon from this
// process (127.0.0.1, 20 connections, BENCH_DURATION_S seconds, default 10):
//   (a) webhooks(first: 50, filter: { active: true }) with every scalar field,
//   (b) webhookStats by STATE and PROJECT,
//   (c) deliveries(first: 50) with their attempts (3 each; PostgreSQL only, seeded in SQL),
//   (d) webhooks(first: 50, filter: { enabled: true }, orderBy CREATED_AT DESC) with the fields
//       PostGraphile 4's allWebhooks gives (PostgreSQL only; against that peer, bench/peers/postgraphile,
//       in PEER_ROUNDS rounds that alternate between the two: the machine's speed drifts by more than
//       the difference within a minute).
// BENCH_DATABASE=postgresql skips PGlite. For each it prints requests/s, latency and the CPU the server process spent per request (from
// /proc/<pid>/stat). BENCH_QUERIES=list,deliveries runs only those; BENCH_PROFILE=<dir> has every
// process write a CPU profile there. On PostgreSQL it runs the same load against the floor (bench/api-floor.ts, a
// bare node:http + pg process) and prints the ratios.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { createScratchDatabase } from "../support/scratch-database.js";
import { builtService, processCpuMs, serviceSettings, spawnService, stopProcesses } from "./bench-service.js";

const WEBHOOKS = 1000;
const DELIVERIES = 2000;
const ATTEMPTS_PER_DELIVERY = 3;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 20;

const QUERIES = {
  list: `{ webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt
  ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended suspendedAt suspendReason active lastSuccessAt lastFailureAt consecutiveFailures } } } }`,
  stats: `{ webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count } } }`,
  deliveries: `{ deliveries(first: 50) { totalCount nodes { id status eventType messageId attemptCount createdAt lastAttemptAt nextAttemptAt
  attempts { attemptNumber startedAt durationMs responseStatus succeeded failureTrigger failureMessage } } } }`,
  // The page PostGraphile's allWebhooks serves (PEER_LIST), with the same fields of the same rows.
  peerList: `{ webhooks(first: 50, filter: { enabled: true }, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount nodes { id
  ... on OutgoingWebhook { name enabled url eventTypes headers { name values } secretHint suspendedAt suspendReason lastSuccessAt lastFailureAt
  consecutiveFailures createdAt updatedAt } } } }`,
};
const PEER_LIST = `{ allWebhooks(first: 50, condition: { enabled: true }, orderBy: CREATED_AT_DESC) { totalCount nodes { id name enabled
  url eventTypes headers secretHint suspendedAt suspendReason lastSuccessAt lastFailureAt consecutiveFailures createdAt updatedAt } } }`;
const PEER_DIR = "bench/peers/postgraphile";
// As `npm start` runs it (BENCH_LOADER=tsx: the sources).
const SERVICE = builtService();
type QueryName = keyof typeof QUERIES;
const LABELS: Record<QueryName, string> = {
  list: "(a) webhooks(first: 50, active), all scalars",
  stats: "(b) webhookStats(STATE, PROJECT)",
  deliveries: "(c) deliveries(first: 50) + attempts",
  peerList: "(d) webhooks(first: 50, enabled, newest)",
};
// Issue targets: CPU ms per request in the API process, and the ratio to the floor.
const CPU_TARGET_MS: Partial<Record<QueryName, number>> = { list: 2.5, deliveries: 4 };
const RATIO_TARGET: Record<Exclude<QueryName, "peerList">, number> = { list: 0.5, stats: 0.7, deliveries: 0.5 };
/** (d) against PostGraphile 4: served at least as fast. */
const PEER_RATIO_TARGET = 1.0;
const PEER_ROUNDS = 3;

interface Figures {
  requests: number;
  cpuMs: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

async function load(port: number, pid: number, query: string, key: string): Promise<Figures> {
  const cpuBefore = processCpuMs(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const cpuMs = processCpuMs(pid) - cpuBefore;
  return {
    requests: result.requests.total,
    cpuMs,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMsPerRequest: cpuMs / Math.max(1, result.requests.total),
  };
}

/** Rounds of one load as one: rates and CPU over all their requests, the mean p50, the worst p99. */
function combined(rounds: Figures[]): Figures {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const cpuMs = rounds.reduce((sum, round) => sum + round.cpuMs, 0);
  return {
    requests,
    cpuMs,
    requestsPerSecond: requests / (rounds.length * DURATION_S),
    p50: Math.round(rounds.reduce((sum, round) => sum + round.p50, 0) / rounds.length),
    p99: Math.max(...rounds.map((round) => round.p99)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    cpuMsPerRequest: cpuMs / Math.max(1, requests),
  };
}

async function graphql(
  port: number,
  key: string,
  query: string,
  variables?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body));
  return body.data;
}

async function seedWebhooks(port: number, key: string): Promise<void> {
  const create = `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename } }`;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < WEBHOOKS; i = next++) {
        await graphql(port, key, create, {
          input: {
            name: `endpoint ${i}`,
            url: `https://customer-${i}.example.com/webhooks`,
            eventTypes: i % 2 ? ["invoice.*"] : ["invoice.paid", "customer.created"],
            headers: [{ name: "X-Customer", values: [String(i)] }],
            projectId: `project-${i % 10}`,
            tags: { tier: i % 3 ? "standard" : "premium" },
            enabled: i % 7 !== 0,
          },
        });
      }
    }),
  );
}

/** Deliveries with attempts, written straight into the scratch database (no worker runs in the bench). */
async function seedDeliveries(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      WITH event AS (
        INSERT INTO events (id, tenant_id, type, payload, project_id, occurred_at) SELECT gen_random_uuid(), id, 'invoice.paid', '{"invoiceId":"in_1"}', '', now() FROM tenants LIMIT 1
        RETURNING id, tenant_id
      ), delivery AS (
        INSERT INTO deliveries (id, tenant_id, event_id, webhook_id, event_type, message_id, status, attempt_count, last_attempt_at, completed_at, failure_trigger, failure_message, created_at)
        SELECT gen_random_uuid(), e.tenant_id, e.id, w.id, 'invoice.paid', 'msg_' || n, 'DIVERTED', ${ATTEMPTS_PER_DELIVERY}, now(), now(), 'HTTP_5XX', 'HTTP 503', now() - n * interval '1 second'
        FROM event e, generate_series(1, ${DELIVERIES}) n, LATERAL (SELECT id FROM webhooks ORDER BY id OFFSET n % ${WEBHOOKS} LIMIT 1) w
        RETURNING id, tenant_id, webhook_id
      )
      INSERT INTO delivery_attempts (id, delivery_id, tenant_id, webhook_id, attempt_number, started_at, duration_ms, url, request_headers, response_status, response_body, succeeded, failure_trigger, failure_message)
      SELECT gen_random_uuid(), d.id, d.tenant_id, d.webhook_id, a, now(), 120, 'https://customer.example.com/webhooks', '[{"name":"content-type","value":"application/json"}]', 503, 'unavailable', false, 'HTTP_5XX', 'HTTP 503'
      FROM delivery d, generate_series(1, ${ATTEMPTS_PER_DELIVERY}) a`);
  } finally {
    await client.end();
  }
}

const format = (label: string, figures: Figures) =>
  `${label.padEnd(48)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   CPU ${figures.cpuMsPerRequest.toFixed(2).padStart(5)} ms/req${figures.errors ? `   ERRORS ${figures.errors}` : ""}`;

/**
 * (d) against PostGraphile 4 on the same rows, in rounds alternating between the service and the peer
 * (its own process and dependencies, installed into PEER_DIR from its lockfile on first use: it needs
 * graphql 15).
 */
async function comparePostGraphile(databaseUrl: string, key: string, service: { port: number; pid: number }) {
  if (!existsSync(path.join(PEER_DIR, "node_modules"))) {
    console.log(`installing PostGraphile 4 into ${PEER_DIR} (npm ci)`);
    execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", PEER_DIR], { stdio: "inherit" });
  }
  const peer = await spawnService({ DATABASE_URL: databaseUrl }, [path.join(PEER_DIR, "server.mjs")]);
  try {
    await graphql(peer.port, key, PEER_LIST); // warm up; throws with the peer's errors
    const sides = {
      hookrelay: { port: service.port, pid: service.pid, query: QUERIES.peerList, rounds: [] as Figures[] },
      "PostGraphile 4": { port: peer.port, pid: peer.child.pid!, query: PEER_LIST, rounds: [] as Figures[] },
    };
    for (let round = 0; round < PEER_ROUNDS; round += 1) {
      const order =
        round % 2 === 0 ? (["hookrelay", "PostGraphile 4"] as const) : (["PostGraphile 4", "hookrelay"] as const);
      for (const name of order)
        sides[name].rounds.push(await load(sides[name].port, sides[name].pid, sides[name].query, key));
      const roundRatio =
        sides.hookrelay.rounds[round]!.requestsPerSecond / sides["PostGraphile 4"].rounds[round]!.requestsPerSecond;
      console.log(`  round ${round + 1}: ratio ${roundRatio.toFixed(2)}`);
    }
    const ours = combined(sides.hookrelay.rounds);
    const theirs = combined(sides["PostGraphile 4"].rounds);
    const ratio = ours.requestsPerSecond / theirs.requestsPerSecond;
    console.log(format(`${LABELS.peerList} hookrelay`, ours));
    console.log(
      `${format(`${LABELS.peerList} PostGraphile 4`, theirs)}   ratio ${ratio.toFixed(2)} (target >= ${PEER_RATIO_TARGET}: ${ratio >= PEER_RATIO_TARGET ? "reached" : "NOT reached"})`,
    );
  } finally {
    await stopProcesses([peer.child]);
  }
}

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const { key, env } = serviceSettings(dataDir, scratch?.url);
  const processes: ChildProcess[] = [];
  try {
    const api = await spawnService({ ...env, ...(scratch ? { ROLE: "api" } : {}) }, SERVICE);
    processes.push(api.child);
    await seedWebhooks(api.port, key);
    const only = process.env.BENCH_QUERIES?.split(",");
    const names = (
      scratch ? (["list", "stats", "deliveries", "peerList"] as const) : (["list", "stats"] as const)
    ).filter((name) => !only || only.includes(name));
    if (scratch) await seedDeliveries(scratch.url);
    for (const name of names) await graphql(api.port, key, QUERIES[name]); // warm up

    console.log(
      `\n${kind}: ${WEBHOOKS} webhooks${scratch ? `, ${DELIVERIES} deliveries x ${ATTEMPTS_PER_DELIVERY} attempts` : ""}; ${CONNECTIONS} connections, ${DURATION_S} s per run; server in its own process`,
    );
    // (d) runs in rounds with its peer, below.
    const againstFloor = names.filter((name): name is Exclude<QueryName, "peerList"> => name !== "peerList");
    const service: Partial<Record<QueryName, Figures>> = {};
    for (const name of againstFloor) {
      service[name] = await load(api.port, api.child.pid!, QUERIES[name], key);
      const target = CPU_TARGET_MS[name];
      console.log(
        `${format(`${LABELS[name]} hookrelay`, service[name]!)}${target ? `   (target <= ${target} ms: ${service[name]!.cpuMsPerRequest <= target ? "reached" : "NOT reached"})` : ""}`,
      );
    }
    if (!scratch) {
      console.log("floor: measured on PostgreSQL only (set DATABASE_URL); PGlite serves one process.");
      return;
    }
    // The service stays up, idle, for the rounds against PostGraphile after the floor's.
    const floor = await spawnService({ DATABASE_URL: scratch.url }, ["--import", "tsx", "bench/api-floor.ts"]);
    processes.push(floor.child);
    for (const name of againstFloor) {
      await graphql(floor.port, key, QUERIES[name]).catch(() => undefined); // warm up (the floor answers at any path)
      const figures = await load(floor.port, floor.child.pid!, QUERIES[name], key);
      const ratio = service[name]!.requestsPerSecond / figures.requestsPerSecond;
      console.log(
        `${format(`${LABELS[name]} floor: node:http + pg`, figures)}   ratio ${ratio.toFixed(2)} (target >= ${RATIO_TARGET[name]}: ${ratio >= RATIO_TARGET[name] ? "reached" : "NOT reached"})`,
      );
    }
    await stopProcesses(processes.splice(processes.indexOf(floor.child), 1));
    if (names.includes("peerList"))
      await comparePostGraphile(scratch.url, key, { port: api.port, pid: api.child.pid! });
  } finally {
    await stopProcesses(processes);
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

if (process.env.BENCH_DATABASE !== "postgresql") await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
