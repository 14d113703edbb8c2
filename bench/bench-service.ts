// What the benchmarks share: the service in this process or in processes of its own, on PGlite or on
// a scratch PostgreSQL database, the floor servers they compare it with, and CPU time per process.
import { signatureHeader } from "../src/signing/signing.js";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../src/config/config.js";
import { createLogger } from "../src/common/logger.js";
import { startService, type RunningService } from "../src/service.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createScratchDatabase } from "../support/scratch-database.js";
import { freePort } from "../support/ports.js";

export interface BenchService {
  service: RunningService;
  /** Encrypts with the service's SECRETS_KEY, for seeding through the modules. */
  secretBox: SecretBox;
  /** The scratch database on PostgreSQL; undefined on PGlite. */
  databaseUrl: string | undefined;
  /** Stops the service (once). */
  stopService(): Promise<void>;
  /** Stops the service and removes its data directory and scratch database. */
  close(): Promise<void>;
}

/** The service in this process, on PGlite or, given a server URL, on a scratch database there. */
export async function startBenchService(
  serverUrl: string | undefined,
  env: Record<string, string> = {},
): Promise<BenchService> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const secretsKey = randomBytes(32);
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const removeData = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  };
  let service: RunningService;
  try {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATA_DIR: dataDir,
      SECRETS_KEY: secretsKey.toString("base64"),
      ...(scratch ? { DATABASE_URL: scratch.url, DATABASE_POOL_SIZE: "10" } : {}),
      ...env,
    });
    service = await startService(config, createLogger("warn"));
  } catch (error) {
    await removeData();
    throw error;
  }
  let running = true;
  const stopService = async () => {
    if (running) await service.stop();
    running = false;
  };
  return {
    service,
    secretBox: new SecretBox(secretsKey),
    databaseUrl: scratch?.url,
    stopService,
    async close() {
      await stopService();
      await removeData();
    },
  };
}

/** A pool for a floor server, on the scratch database. */
export function floorPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // The scratch database is dropped right after the run, closing connections the pool is still letting go.
  pool.on("error", () => undefined);
  return pool;
}

/** Serves a floor on a free loopback port; returns its URL and a function that closes it and its pool. */
export async function serveFloor(floor: {
  server: Server;
  pool: pg.Pool;
}): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => floor.server.listen(0, "127.0.0.1", resolve));
  const { port } = floor.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      floor.server.closeAllConnections();
      await new Promise((resolve) => floor.server.close(resolve));
      await floor.pool.end();
    },
  };
}

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * What every benchmark gives the service: loopback only, a data directory, fresh secrets and admin
 * keys, production mode, and the scratch database when there is one. Returns the admin key with them.
 */
export function serviceSettings(
  dataDir: string,
  databaseUrl: string | undefined,
): { key: string; env: Record<string, string> } {
  const key = `whk_${randomBytes(4).toString("hex")}_${randomBytes(24).toString("hex")}`;
  return {
    key,
    env: {
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SECRETS_KEY: randomBytes(32).toString("base64"),
      BOOTSTRAP_API_KEY: key,
      NODE_ENV: "production",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
  };
}

/** Node flags for the service: none, as `npm start` (package.json); BENCH_NODE_FLAGS sets some, to compare (--max-semi-space-size=32). */
export const START_NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
/** The glibc malloc setting `npm start` gives node; BENCH_MALLOC_MMAP_THRESHOLD replaces it ("" for glibc's default), to compare. */
const mmapThreshold = process.env.BENCH_MALLOC_MMAP_THRESHOLD ?? "131072";
/** BENCH_SERVICE_ENV="NAME=value NAME=value": settings given to every service process, to compare (e.g. DATABASE_PREPARED_STATEMENTS=false). */
const serviceEnv = Object.fromEntries(
  (process.env.BENCH_SERVICE_ENV ?? "")
    .split(" ")
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
);
export const START_ENV: Record<string, string> = {
  ...(mmapThreshold ? { MALLOC_MMAP_THRESHOLD_: mmapThreshold } : {}),
  ...serviceEnv,
};
/** How the benchmarks print that. */
export const startCommand = (args: string[]) =>
  [...Object.entries(START_ENV).map(([name, value]) => `${name}=${value}`), "node", ...START_NODE_FLAGS, ...args].join(
    " ",
  );

/** What node runs by default: the service's TypeScript through tsx. */
export const SERVICE_SOURCES = ["--import", "tsx", "src/main.ts"];

/**
 * The service as `npm start` runs it: built (scripts/build.mjs), then node on dist/main.js; with
 * BENCH_LOADER=tsx, the TypeScript sources instead.
 */
export function builtService(): string[] {
  if (process.env.BENCH_LOADER === "tsx") return SERVICE_SOURCES;
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  return ["dist/main.js"];
}

/**
 * A process serving HTTP on a free port: by default the service (ROLE all, api or worker) as a user
 * would run it, logging warnings only (a log line per request would measure the pipe). Resolves once
 * it answers /readyz, with the time from spawn to that answer.
 */
export async function spawnService(
  env: Record<string, string>,
  args: string[] = SERVICE_SOURCES,
  stdout: "inherit" | "ignore" = "inherit",
): Promise<{ child: ChildProcess; port: number; startMs: number }> {
  const port = await freePort();
  // BENCH_PROFILE=<dir>: each process writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const started = performance.now();
  // Every process, the floors too, runs as `npm start` runs node (START_NODE_FLAGS, START_ENV).
  const child = spawn(process.execPath, [...START_NODE_FLAGS, ...profile, ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...START_ENV,
      ...env,
      PORT: String(port),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", stdout, "inherit"],
  });
  const exited = new Promise<never>((_, reject) =>
    child.on("exit", (code) =>
      reject(new Error(`${env.ROLE ?? args.at(-1)} process exited (${code}) before it was ready`)),
    ),
  );
  const ready = (async () => {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return { child, port, startMs: performance.now() - started };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return Promise.race([ready, exited]);
}

/** Stops processes started by spawnService and waits for them to exit. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on("exit", resolve))),
    ),
  );
}

// Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ).
const TICKS_PER_MS = 0.1;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is the 14th field, stime the 15th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
}

/**
 * CPU time (ms) used so far by a process and every process under it (the expression sandbox's children),
 * with what its exited children used (cutime, cstime): a process's cost is its whole tree's.
 */
export function processTreeCpuMs(pid: number): number {
  const stats = new Map<number, { parent: number; cpuMs: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      // ppid is the 4th field; utime, stime, cutime and cstime the 14th to 17th.
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      stats.set(Number(entry), { parent: Number(fields[1]), cpuMs: ticks / TICKS_PER_MS });
    } catch {
      // the process ended while being read
    }
  }
  const total = (root: number): number =>
    (stats.get(root)?.cpuMs ?? 0) +
    [...stats].filter(([, stat]) => stat.parent === root).reduce((sum, [child]) => sum + total(child), 0);
  return total(pid);
}

/** CPU time (ms) used so far by every process on this machine whose command is `comm` (postgres, redis-server). */
export function commandCpuMs(comm: string): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === comm) total += processCpuMs(Number(entry));
    } catch {
      // the process ended while being read
    }
  }
  return total;
}

/**
 * CPU time (ms) used so far by the PostgreSQL server's processes on this machine (every backend, the
 * WAL writer, the checkpointer). A backend that exits between two readings takes its time with it, so
 * compare readings taken while the service's pooled connections stay open.
 */
export const postgresCpuMs = (): number => commandCpuMs("postgres");

/** The p-th percentile (nearest rank) of `values`, to 0.1; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return value === undefined ? NaN : Math.round(value * 10) / 10;
}

/**
 * Wall-clock milliseconds with a fraction: what publishers put in `publishedAt` and receivers compare
 * with. Date.now()'s whole milliseconds are too coarse for latencies of a few.
 */
export const benchClock = (): number => performance.timeOrigin + performance.now();

/** Publishes an open-loop load leaves unanswered at most: past it, the next waits for one to answer. */
const MAX_OPEN_PUBLISHES = 200;

/**
 * An open-loop load: `publish(index)` every 1/`rate` s for `seconds`, whatever the answers (at most
 * MAX_OPEN_PUBLISHES unanswered). Resolves once every call has answered, with how many answered true
 * and how long that took (s).
 */
export async function offerAtRate(
  rate: number,
  seconds: number,
  publish: (index: number) => Promise<boolean>,
): Promise<{ accepted: number; elapsedS: number }> {
  const open = new Set<Promise<unknown>>();
  let accepted = 0;
  const start = performance.now();
  for (let index = 0; index < rate * seconds; index += 1) {
    const wait = start + (index * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (open.size >= MAX_OPEN_PUBLISHES) await Promise.race(open);
    const publishing = publish(index)
      .then((ok) => void (accepted += ok ? 1 : 0))
      .finally(() => open.delete(publishing));
    open.add(publishing);
  }
  await Promise.all(open);
  return { accepted, elapsedS: (performance.now() - start) / 1000 };
}

/** Waits until `check` holds, looking every 5 ms; a benchmark that cannot finish says what it waited for. */
export async function until(what: string, check: () => boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Local receivers answering 200, each counting deliveries and their publish-to-receipt times. */
export interface Receivers {
  urls: string[];
  received: number;
  /** Publish-to-receipt times (ms) of deliveries carrying `publishedAt`. */
  latencies: number[];
  reset(): void;
  close(): Promise<void>;
}

export async function startReceivers(count: number): Promise<Receivers> {
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
        const publishedAt = (JSON.parse(Buffer.concat(chunks).toString()) as { data?: { publishedAt?: number } }).data
          ?.publishedAt;
        if (publishedAt) state.latencies.push(benchClock() - publishedAt);
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    state.urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  }
  return state;
}

/** A Standard Webhooks message as the service signs it: what a ceiling sends in the service's place. */
export function signedBenchMessage(
  secret: string,
  index: number,
  type: string,
): { body: string; headers: Record<string, string> } {
  const messageId = `msg_${index}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ id: messageId, type, timestamp: new Date().toISOString(), data: { index } });
  return {
    body,
    headers: {
      "content-type": "application/json",
      "webhook-id": messageId,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signatureHeader([secret], messageId, timestamp, body),
    },
  };
}
