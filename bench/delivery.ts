// npm run bench:delivery — events published through the API and delivered to local receivers, and the
// ceiling to compare with: undici posting the same signed bodies to the same receivers, no database.
//
// E events (BENCH_EVENTS, default 2,000) to W webhooks (BENCH_WEBHOOKS, default 10), each webhook
// its own receiver on 127.0.0.1 answering 200. Runs on PGlite (one process: API and worker) and, with
// DATABASE_URL, on that PostgreSQL server (scratch database) with an API process and BENCH_WORKERS
// (default 2) worker processes. Two phases per database:
//   throughput: publish as fast as 20 publishers can, measure deliveries/s until the last receipt;
//   latency:    offer BENCH_RATE events/s (default 500) for BENCH_SECONDS (default 4), measure
//               publish-to-receipt p50/p99 per delivery.
import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Agent, request } from "undici";
import { signatureHeader } from "../src/delivery/signing.js";
import { generateSigningSecret } from "../src/webhooks/signing-secrets.js";
import { createScratchDatabase } from "../test/support/scratch-database.js";
import { spawnService, stopProcesses } from "./bench-service.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 16);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const PUBLISHERS = 20;
const MAX_OPEN_PUBLISHES = 100;

interface Receivers {
  urls: string[];
  received: number;
  /** Publish-to-receipt times (ms) of deliveries carrying `publishedAt`. */
  latencies: number[];
  reset(): void;
  close(): Promise<void>;
}

async function startReceivers(count: number): Promise<Receivers> {
  const servers: Server[] = [];
  const state: Receivers = {
    urls: [],
    received: 0,
    latencies: [],
    reset() {
      state.received = 0;
      state.latencies = [];
    },
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
  for (let index = 0; index < count; index += 1) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        state.received += 1;
        const publishedAt = (JSON.parse(Buffer.concat(chunks).toString()) as { data?: { publishedAt?: number } }).data?.publishedAt;
        if (publishedAt) state.latencies.push(Date.now() - publishedAt);
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    state.urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  }
  return state;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

async function until(what: string, check: () => boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The ceiling: the same signed requests, straight from undici, at the workers' total concurrency. */
async function ceiling(urls: string[], receivers: Receivers, total: number, concurrency: number): Promise<number> {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const secret = generateSigningSecret();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const messageId = `msg_${index}`;
        const timestamp = Math.floor(Date.now() / 1000);
        const body = JSON.stringify({ id: messageId, type: "bench.event", timestamp: new Date().toISOString(), data: { index } });
        const response = await request(urls[index % urls.length]!, {
          method: "POST",
          dispatcher: agent,
          body,
          headers: { "content-type": "application/json", "webhook-id": messageId, "webhook-timestamp": String(timestamp), "webhook-signature": signatureHeader([secret], messageId, timestamp, body) },
        });
        await response.body.text();
      }
    }),
  );
  const perSecond = total / ((performance.now() - started) / 1000);
  await agent.close();
  receivers.reset();
  return perSecond;
}

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const key = `whk_${randomBytes(4).toString("hex")}_${randomBytes(24).toString("hex")}`;
  const env: Record<string, string> = {
    HOST: "127.0.0.1", DATA_DIR: dataDir, SECRETS_KEY: randomBytes(32).toString("base64"), BOOTSTRAP_API_KEY: key,
    ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_CONCURRENCY: String(CONCURRENCY),
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  };
  const receivers = await startReceivers(WEBHOOKS);
  // Every part in a process of its own, as deployed: the benchmark process holds only the receivers and the load.
  const processes: ChildProcess[] = [];
  try {
    const api = await spawnService({ ...env, ROLE: scratch ? "api" : "all" });
    processes.push(api.child);
    const workerCount = scratch ? WORKERS : 1;
    if (scratch) for (let index = 0; index < WORKERS; index += 1) processes.push((await spawnService({ ...env, ROLE: "worker" })).child);
    const gql = async (query: string, variables?: unknown) => {
      const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { __typename: string }>; errors?: unknown };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body));
      return body.data;
    };
    for (const [index, url] of receivers.urls.entries()) {
      await gql(`mutation($url: String!) { createOutgoingWebhook(input: { name: "bench ${index}", url: $url, eventTypes: ["bench.*"] }) { __typename } }`, { url });
    }
    const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;
    const publish = (data: Record<string, unknown>) => gql(PUBLISH, { input: { type: "bench.event", payload: data } });

    // Warm up connections and caches.
    await publish({ warmup: true });
    await until("warm-up deliveries", () => receivers.received >= WEBHOOKS, 30_000);
    receivers.reset();

    // Throughput
    const expected = EVENTS * WEBHOOKS;
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: PUBLISHERS }, async () => {
      while (next < EVENTS) await publish({ index: next++ });
    }));
    const published = performance.now();
    await until(`${expected} deliveries`, () => receivers.received >= expected);
    const elapsedS = (performance.now() - started) / 1000;
    const throughput = expected / elapsedS;
    receivers.reset();

    // Latency at the offered rate (open loop: publishes start on schedule, whether or not earlier ones finished).
    const offered = RATE * SECONDS;
    const latencyStart = performance.now();
    // At most MAX_OPEN_PUBLISHES unanswered at once: a service slower than the offered rate makes the
    // achieved rate fall below it (printed) instead of piling up connections.
    const open = new Set<Promise<unknown>>();
    for (let index = 0; index < offered; index += 1) {
      const due = latencyStart + (index * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      if (open.size >= MAX_OPEN_PUBLISHES) await Promise.race(open);
      const publishing = publish({ index, publishedAt: Date.now() }).finally(() => open.delete(publishing));
      open.add(publishing);
    }
    await Promise.all(open);
    const achievedRate = offered / ((performance.now() - latencyStart) / 1000);
    await until("latency-phase deliveries", () => receivers.received >= offered * WEBHOOKS);
    const latencies = receivers.latencies;
    receivers.reset();

    const ceilingPerSecond = await ceiling(receivers.urls, receivers, expected, workerCount * CONCURRENCY);
    console.log(`\n${kind}: ${EVENTS} events x ${WEBHOOKS} webhooks = ${expected} deliveries; ${workerCount} worker process(es) x concurrency ${CONCURRENCY}`);
    console.log(`  throughput: ${throughput.toFixed(0)} deliveries/s end to end (publishing took ${((published - started) / 1000).toFixed(1)} s, last receipt at ${elapsedS.toFixed(1)} s)`);
    console.log(`  ceiling:    ${ceilingPerSecond.toFixed(0)} requests/s (undici, same signed bodies, same receivers, concurrency ${workerCount * CONCURRENCY}, no database)`);
    console.log(`  ratio:      ${(throughput / ceilingPerSecond).toFixed(2)}   (target on PostgreSQL with 2 workers: >= 0.3)`);
    console.log(
      `  latency at ${RATE} events/s offered (${achievedRate.toFixed(0)} achieved, ${offered * WEBHOOKS} deliveries): publish-to-receipt p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms   (target p99 < 250 ms)`,
    );
  } finally {
    await stopProcesses(processes);
    await receivers.close();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
