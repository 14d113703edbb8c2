// bench:delivery's side-by-side phases: hookrelay (API + worker processes on PostgreSQL) against the
// BullMQ peer (bench/peers/bullmq.ts: publish endpoint + worker processes on Redis), one after the
// other on the same cores, with the same receivers and the same open-loop load. Per phase, each
// system's latency or rate, every process's CPU per delivery, and the ratios the targets are set on.
import type { ChildProcess } from "node:child_process";
import { createConnection } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { generateSigningSecret } from "../src/signing/signing-secrets.js";
import { createScratchDatabase } from "../support/scratch-database.js";
import {
  benchClock,
  offerAtRate,
  commandCpuMs,
  percentile,
  postgresCpuMs,
  processCpuMs,
  spawnService,
  startReceivers,
  stopProcesses,
  until,
  type Receivers,
  serviceSettings,
} from "./bench-service.js";

const WEBHOOKS = 10;
const WORKERS = 2;
/** The peer's worker concurrency per phase, as a Node team would set it; hookrelay keeps its default. */
const PEER_CONCURRENCY = { solo: 16, wide: 64 };
const PREFILL_EVENTS = 5000;
const PUBLISHERS = 20;
const BATCH_SIZE = 100;

/** One system under test: how to publish to it, start and stop its workers, and read its processes' CPU. */
interface System {
  name: string;
  /** Publishes one event; false when it was not accepted. */
  publish(type: string, payload: Record<string, unknown>): Promise<boolean>;
  /** Publishes `events` events of `type` as fast as it takes them. */
  prefill(type: string, events: number): Promise<void>;
  startWorkers(phase: Phase): Promise<void>;
  stopWorkers(): Promise<void>;
  /** CPU time (ms) so far per process of the system: API, each worker, the store. */
  cpu(): Record<string, number>;
  close(): Promise<void>;
}

type Phase = keyof typeof PEER_CONCURRENCY;

/**
 * A system's processes: its API, its WORKERS worker processes (started for a phase and stopped after
 * it) and its store, with the CPU each has used so far.
 */
function systemProcesses(
  api: ChildProcess,
  store: { name: string; cpuMs: () => number },
  spawnWorker: (phase: Phase) => Promise<ChildProcess>,
): Pick<System, "startWorkers" | "stopWorkers" | "cpu"> & { stopAll(): Promise<void> } {
  let workers: ChildProcess[] = [];
  return {
    async startWorkers(phase) {
      workers = await Promise.all(Array.from({ length: WORKERS }, () => spawnWorker(phase)));
    },
    async stopWorkers() {
      await stopProcesses(workers);
      workers = [];
    },
    cpu: () => ({
      API: processCpuMs(api.pid!),
      ...Object.fromEntries(workers.map((worker, index) => [`worker ${index + 1}`, processCpuMs(worker.pid!)])),
      [store.name]: store.cpuMs(),
    }),
    stopAll: () => stopProcesses([...workers, api]),
  };
}

/** Whether Redis answers PING at `url` within a second. */
function redisAnswers(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

async function hookrelay(serverUrl: string, service: string[], receivers: Receivers): Promise<System> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = await createScratchDatabase(serverUrl, "hookrelay_bench");
  const settings = serviceSettings(dataDir, scratch.url);
  const key = settings.key;
  const env = { ...settings.env, ALLOW_PRIVATE_DESTINATIONS: "true" };
  const api = await spawnService({ ...env, ROLE: "api" }, service);
  const processes = systemProcesses(
    api.child,
    { name: "PostgreSQL", cpuMs: postgresCpuMs },
    async () => (await spawnService({ ...env, ROLE: "worker" }, service)).child,
  );
  const gql = async (query: string, variables: unknown) => {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    return response.ok && body.data !== null && body.errors === undefined;
  };
  const CREATE = `mutation($url: String!, $types: [String!]!, $name: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: $types }) { __typename } }`;
  for (const [index, url] of receivers.urls.entries())
    if (!(await gql(CREATE, { url, types: ["bench.*"], name: `bench ${index}` }))) throw new Error("setup failed");
  if (!(await gql(CREATE, { url: `${receivers.urls[0]}?solo`, types: ["solo.*"], name: "solo" })))
    throw new Error("setup failed");
  const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;
  const PUBLISH_BATCH = `mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename } }`;
  return {
    name: "hookrelay",
    publish: (type, payload) => gql(PUBLISH, { input: { type, payload } }).catch(() => false),
    async prefill(type, events) {
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < events) {
            const from = next;
            next += BATCH_SIZE;
            const batch = Array.from({ length: BATCH_SIZE }, (_, index) => ({
              type,
              payload: { index: from + index },
            }));
            if (!(await gql(PUBLISH_BATCH, { input: { events: batch } }))) throw new Error("prefill failed");
          }
        }),
      );
    },
    ...processes,
    async close() {
      await processes.stopAll();
      rmSync(dataDir, { recursive: true, force: true });
      await scratch.drop();
    },
  };
}

async function bullmqPeer(redisUrl: URL, receivers: Receivers): Promise<System> {
  const endpoints = {
    "bench.event": receivers.urls.map((url) => ({ url, secret: generateSigningSecret() })),
    "solo.event": [{ url: `${receivers.urls[0]}?solo`, secret: generateSigningSecret() }],
  };
  const env = {
    REDIS_URL: redisUrl.toString(),
    PEER_QUEUE: `bench-${randomBytes(4).toString("hex")}`,
    PEER_ENDPOINTS: JSON.stringify(endpoints),
  };
  const peer = (role: "api" | "worker", extra: Record<string, string> = {}) =>
    spawnService({ ...env, ...extra }, ["--import", "tsx", "bench/peers/bullmq.ts", role]);
  const api = await peer("api");
  const processes = systemProcesses(
    api.child,
    { name: "Redis", cpuMs: () => commandCpuMs("redis-server") },
    async (phase) => (await peer("worker", { PEER_CONCURRENCY: String(PEER_CONCURRENCY[phase]) })).child,
  );
  const publish = async (type: string, payload: Record<string, unknown>) => {
    const response = await fetch(`http://127.0.0.1:${api.port}/publish`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type, payload }),
    });
    await response.arrayBuffer();
    return response.status === 202;
  };
  return {
    name: "BullMQ peer",
    publish: (type, payload) => publish(type, payload).catch(() => false),
    async prefill(type, events) {
      let next = 0;
      await Promise.all(
        Array.from({ length: PUBLISHERS }, async () => {
          while (next < events) if (!(await publish(type, { index: next++ }))) throw new Error("prefill failed");
        }),
      );
    },
    ...processes,
    close: processes.stopAll,
  };
}

interface PhaseResult {
  /** Events accepted per second while offered; deliveries per second from the first publish (or receipt) to the last receipt. */
  acceptedPerSecond: number;
  deliveriesPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU per delivery (ms) per process, and in all. */
  cpu: Record<string, number>;
  cpuTotal: number;
  line: string;
}

/** CPU per delivery of each process between two readings (a process missing from either counts from 0). */
function cpuPerDelivery(before: Record<string, number>, after: Record<string, number>, deliveries: number) {
  const cpu = Object.fromEntries(
    Object.entries(after).map(([name, ms]) => [name, (ms - (before[name] ?? 0)) / Math.max(1, deliveries)]),
  );
  return { cpu, cpuTotal: Object.values(cpu).reduce((sum, ms) => sum + ms, 0) };
}

function describe(system: System, result: Omit<PhaseResult, "line">, latency: boolean): string {
  const perProcess = Object.entries(result.cpu)
    .map(([name, ms]) => `${name} ${ms.toFixed(3)}`)
    .join(", ");
  return [
    `${system.name.padEnd(11)}: ${result.acceptedPerSecond.toFixed(0)} events/s accepted, ${result.deliveriesPerSecond.toFixed(0)} deliveries/s`,
    latency ? `; publish-to-receipt p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms` : "",
    `; CPU per delivery: ${perProcess} = ${result.cpuTotal.toFixed(3)} ms`,
  ].join("");
}

/**
 * Offers `rate` events/s of `type` for `seconds` (offerAtRate's open loop), then waits for their `fanOut` deliveries each.
 */
async function openLoop(
  system: System,
  receivers: Receivers,
  type: string,
  fanOut: number,
  rate: number,
  seconds: number,
): Promise<PhaseResult> {
  receivers.reset();
  const before = system.cpu();
  const start = performance.now();
  const { accepted, elapsedS } = await offerAtRate(rate, seconds, (index) =>
    system.publish(type, { index, publishedAt: benchClock() }),
  );
  const acceptedPerSecond = accepted / elapsedS;
  await until(`${system.name}: ${type} deliveries`, () => receivers.received >= accepted * fanOut);
  const deliveries = receivers.received;
  const result = {
    acceptedPerSecond,
    deliveriesPerSecond: deliveries / ((performance.now() - start) / 1000),
    p50: percentile(receivers.latencies, 50),
    p95: percentile(receivers.latencies, 95),
    p99: percentile(receivers.latencies, 99),
    ...cpuPerDelivery(before, system.cpu(), deliveries),
  };
  return { ...result, line: describe(system, result, true) };
}

/** Publishes `events` events with the workers stopped, then starts them: deliveries/s and CPU from the workers' start on. */
async function drain(system: System, receivers: Receivers, events: number): Promise<PhaseResult> {
  const prefillStart = performance.now();
  await system.prefill("bench.event", events);
  const acceptedPerSecond = events / ((performance.now() - prefillStart) / 1000);
  receivers.reset();
  await system.startWorkers("wide");
  // Counted from the workers' readiness on: their start-up is not the drain.
  const before = system.cpu();
  const [from, start] = [receivers.received, performance.now()];
  await until(`${system.name}: ${events * WEBHOOKS} deliveries`, () => receivers.received >= events * WEBHOOKS);
  const deliveries = receivers.received - from;
  const result = {
    acceptedPerSecond,
    deliveriesPerSecond: deliveries / ((performance.now() - start) / 1000),
    p50: NaN,
    p95: NaN,
    p99: NaN,
    ...cpuPerDelivery(before, system.cpu(), deliveries),
  };
  return { ...result, line: describe(system, result, false) };
}

const verdict = (reached: boolean) => (reached ? "reached" : "NOT reached");
const ratio = (ours: number, peers: number) => (ours / peers).toFixed(2);

/** Runs each phase on both systems and prints them side by side with the targets of the delivery engine's issue. */
export async function compareWithPeer(serverUrl: string, service: string[]): Promise<void> {
  const redisUrl = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  if (!(await redisAnswers(redisUrl))) {
    console.log(`\nBullMQ peer: skipped, Redis does not answer at ${redisUrl.host} (set REDIS_URL)`);
    return;
  }
  const receivers = await startReceivers(WEBHOOKS);
  const results: Record<"solo" | "wide" | "drain", PhaseResult>[] = [];
  console.log(
    `\nside by side: BullMQ peer (Redis ${redisUrl.host}) and hookrelay (PostgreSQL), one after the other: an API process and ${WORKERS} worker processes each; ${WEBHOOKS} endpoints on local receivers`,
  );
  try {
    for (const start of [() => bullmqPeer(redisUrl, receivers), () => hookrelay(serverUrl, service, receivers)]) {
      const system = await start();
      try {
        await system.startWorkers("solo");
        // Warm up connections and caches.
        await system.publish("bench.event", { warmup: true });
        await until(`${system.name}: warm-up`, () => receivers.received >= WEBHOOKS, 60_000);
        const solo = await openLoop(system, receivers, "solo.event", 1, 200, 10);
        await system.stopWorkers();
        await system.startWorkers("wide");
        const wide = await openLoop(system, receivers, "bench.event", WEBHOOKS, 500, 10);
        await system.stopWorkers();
        const drained = await drain(system, receivers, PREFILL_EVENTS);
        results.push({ solo, wide, drain: drained });
      } finally {
        await system.close();
      }
    }
  } finally {
    await receivers.close();
  }
  const [peer, ours] = results as [(typeof results)[0], (typeof results)[0]];
  console.log(`  fan-out 1, 200 events/s for 10 s:`);
  console.log(`    ${peer.solo.line}\n    ${ours.solo.line}`);
  console.log(
    `    targets: p50 <= 5 ms (${ours.solo.p50} ms): ${verdict(ours.solo.p50 <= 5)}; p95 <= 2x the peer's (ratio ${ratio(ours.solo.p95, peer.solo.p95)}): ${verdict(ours.solo.p95 <= 2 * peer.solo.p95)}`,
  );
  console.log(`  fan-out ${WEBHOOKS}, 500 events/s for 10 s:`);
  console.log(`    ${peer.wide.line}\n    ${ours.wide.line}`);
  console.log(
    `    targets: deliveries/s >= the peer's (ratio ${ratio(ours.wide.deliveriesPerSecond, peer.wide.deliveriesPerSecond)}): ${verdict(ours.wide.deliveriesPerSecond >= peer.wide.deliveriesPerSecond)}; p99 <= the peer's (ratio ${ratio(ours.wide.p99, peer.wide.p99)}): ${verdict(ours.wide.p99 <= peer.wide.p99)}; CPU per delivery <= 0.35 ms (${ours.wide.cpuTotal.toFixed(3)}) and <= 1.2x the peer's (ratio ${ratio(ours.wide.cpuTotal, peer.wide.cpuTotal)}): ${verdict(ours.wide.cpuTotal <= 0.35 && ours.wide.cpuTotal <= 1.2 * peer.wide.cpuTotal)}`,
  );
  console.log(
    `  prefilled ${PREFILL_EVENTS * WEBHOOKS} deliveries (${PREFILL_EVENTS} events x ${WEBHOOKS}), then drained:`,
  );
  console.log(`    ${peer.drain.line}\n    ${ours.drain.line}`);
  console.log(
    `    targets: deliveries/s >= the peer's (ratio ${ratio(ours.drain.deliveriesPerSecond, peer.drain.deliveriesPerSecond)}): ${verdict(ours.drain.deliveriesPerSecond >= peer.drain.deliveriesPerSecond)}`,
  );
}
