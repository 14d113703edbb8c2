// npm run bench:footprint: how much memory a process of the service holds idle, right after start, and
// how long it takes from spawn to /readyz 200, as `npm start` runs it: node on the compiled dist/main.js
// (built first, as npm start does). BENCH_LOADER=tsx runs src/main.ts through tsx instead, to compare.
// Each process starts on a database it has already migrated (the first start, with migrations, is
// printed apart). PGlite: ROLE=all; with DATABASE_URL, also ROLE=api and ROLE=worker on a scratch
// database there. Baselines: bare node, and node with the tsx loader running an empty script.
// Idle RSS is read BENCH_IDLE_MS (default 20 s) after /readyz, and also BENCH_SETTLE_MS (3 s) after it.
// Targets (the footprint issue): idle RSS <= 120 MB for api and worker, <= 250 MB embedded; start <= 1.5 s
// on PostgreSQL, <= 3 s on PGlite. Then a steady load (BENCH_LOAD_MINUTES, default 10; 0 skips it):
// BENCH_LOAD_RATE events/s (default 200) published to one webhook on a local receiver, each process's RSS
// printed every 30 s; RSS at the end may be at most 50 MB above idle.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createScratchDatabase } from "../support/scratch-database.js";
import { builtService, spawnService, startCommand, stopProcesses } from "./bench-service.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 3000);
// Idle: V8 gives back the young generation start-up grew (and what else it can) once a process has
// allocated little for several seconds (its memory reducer); read it then.
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOAD_MINUTES = Number(process.env.BENCH_LOAD_MINUTES ?? 10);
const LOAD_RATE = Number(process.env.BENCH_LOAD_RATE ?? 200);
const SAMPLE_MS = 30_000;
const SERVICE = builtService();

/** Resident memory of a process, MB (VmRSS), and its peak (VmHWM). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** Spawns the service as `npm start` runs it (stdout, the first start's key banner, dropped). */
const startProcess = (env: Record<string, string>) => spawnService({ HOST: "127.0.0.1", ...env }, SERVICE, "ignore");
const stop = (child: ChildProcess) => stopProcesses([child]);

/** Memory of a baseline: a node process that only waits. */
async function baseline(args: string[]): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "hookrelay-footprint-"));
  const script = path.join(dir, "idle.mjs");
  writeFileSync(script, "setInterval(() => {}, 1000);\n");
  const child = spawn(process.execPath, [...args, script], { cwd: root, stdio: "ignore" });
  await sleep(SETTLE_MS);
  const { rss } = memoryOf(child.pid!);
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
  return rss;
}

interface Figures {
  startMs: number[];
  early: number[];
  rss: number[];
  peak: number[];
}

async function measure(
  label: string,
  env: Record<string, string>,
  target: { rss: number; startMs: number },
): Promise<void> {
  const figures: Figures = { startMs: [], early: [], rss: [], peak: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const { child, startMs } = await startProcess(env);
    await sleep(SETTLE_MS);
    figures.early.push(memoryOf(child.pid!).rss);
    await sleep(IDLE_MS - SETTLE_MS);
    const { rss, peak } = memoryOf(child.pid!);
    figures.startMs.push(startMs);
    figures.rss.push(rss);
    figures.peak.push(peak);
    await stop(child);
  }
  const range = (values: number[], digits = 0) =>
    `${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)}`;
  const reached = (values: number[], limit: number) => (Math.max(...values) <= limit ? "reached" : "NOT reached");
  console.log(
    `  ${label.padEnd(26)} idle RSS ${range(figures.rss)} MB (${range(figures.early)} MB at ${SETTLE_MS / 1000} s, peak ${range(figures.peak)} MB; target <= ${target.rss} MB: ${reached(figures.rss, target.rss)}); ` +
      `start to /readyz ${range(
        figures.startMs.map((ms) => ms / 1000),
        2,
      )} s (target <= ${target.startMs / 1000} s: ${reached(figures.startMs, target.startMs)})`,
  );
}

console.log(
  `footprint: ${startCommand(SERVICE)}, ${RUNS} starts each, idle RSS read ${IDLE_MS / 1000} s after /readyz answered 200 (Node ${process.version})`,
);
console.log(
  `  baseline: bare node ${(await baseline([])).toFixed(0)} MB; node with the tsx loader ${(await baseline(["--import", "tsx"])).toFixed(0)} MB`,
);

// PGlite: the first start migrates a fresh directory; the measured starts reopen it.
const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-footprint-"));
try {
  const first = await startProcess({ DATA_DIR: dataDir });
  console.log(
    `  PGlite first start (creates and migrates the database): ${(first.startMs / 1000).toFixed(2)} s to /readyz`,
  );
  await stop(first.child);
  await measure("PGlite, ROLE=all", { DATA_DIR: dataDir }, { rss: 250, startMs: 3000 });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  const scratch = await createScratchDatabase(serverUrl, "hookrelay_footprint");
  const pgDir = mkdtempSync(path.join(tmpdir(), "hookrelay-footprint-"));
  const env = { DATABASE_URL: scratch.url, DATA_DIR: pgDir, SECRETS_KEY: randomBytes(32).toString("base64") };
  try {
    const first = await startProcess({ ...env, ROLE: "api" });
    console.log(`  PostgreSQL first start (migrates the database): ${(first.startMs / 1000).toFixed(2)} s to /readyz`);
    await stop(first.child);
    await measure("PostgreSQL, ROLE=api", { ...env, ROLE: "api" }, { rss: 120, startMs: 1500 });
    await measure("PostgreSQL, ROLE=worker", { ...env, ROLE: "worker" }, { rss: 120, startMs: 1500 });
  } finally {
    rmSync(pgDir, { recursive: true, force: true });
    await scratch.drop();
  }
}

/**
 * Steady load: LOAD_RATE events/s through the API process to one webhook whose receiver answers 200,
 * for LOAD_MINUTES; prints each process's RSS every 30 s and its growth over idle.
 */
async function steadyLoad(label: string, processes: Record<string, Record<string, string>>): Promise<void> {
  let delivered = 0;
  const receiver = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      delivered += 1;
      response.writeHead(200).end();
    });
  });
  const receiverPort = await new Promise<number>((resolve) =>
    receiver.listen(0, "127.0.0.1", () => resolve((receiver.address() as { port: number }).port)),
  );
  const key = `whk_Footprnt_${randomBytes(24).toString("base64url")}`;
  const running: Record<string, { child: ChildProcess; port: number }> = {};
  try {
    for (const [role, env] of Object.entries(processes))
      running[role] = await startProcess({ ...env, BOOTSTRAP_API_KEY: key, ALLOW_PRIVATE_DESTINATIONS: "true" });
    const api = running.api ?? running.all!;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, { __typename: string }> };
    };
    const created = await gql(
      `mutation($url: String!) { createOutgoingWebhook(input: { name: "load", url: $url, eventTypes: ["load.*"] }) { __typename } }`,
      { url: `http://127.0.0.1:${receiverPort}/hook` },
    );
    if (created.data?.createOutgoingWebhook?.__typename !== "CreateOutgoingWebhookPayload")
      throw new Error(`creating the webhook failed: ${JSON.stringify(created)}`);
    await sleep(IDLE_MS);
    const idle = Object.fromEntries(
      Object.entries(running).map(([role, { child }]) => [role, memoryOf(child.pid!).rss]),
    );
    const curve = () =>
      Object.entries(running)
        .map(([role, { child }]) => `${role} ${memoryOf(child.pid!).rss.toFixed(0)} MB`)
        .join(", ");
    console.log(`  ${label}: steady load of ${LOAD_RATE} events/s for ${LOAD_MINUTES} min; idle ${curve()}`);
    const started = performance.now();
    const durationMs = LOAD_MINUTES * 60_000;
    let published = 0;
    let failed = 0;
    let firstFailure: string | undefined;
    const open = new Set<Promise<void>>();
    let nextSample = SAMPLE_MS;
    while (performance.now() - started < durationMs) {
      const elapsed = performance.now() - started;
      const due = Math.floor((elapsed / 1000) * LOAD_RATE);
      while (published < due && open.size < 200) {
        published += 1;
        const sent = gql(
          `mutation($payload: JSONObject!) { publishEvent(input: { type: "load.tick", payload: $payload }) { __typename } }`,
          { payload: { n: published } },
        )
          .then(
            (answer) => {
              if (answer.data?.publishEvent?.__typename === "PublishEventPayload") return;
              failed += 1;
              firstFailure ??= JSON.stringify(answer);
            },
            (error: unknown) => {
              failed += 1;
              firstFailure ??= String(error);
            },
          )
          .finally(() => open.delete(sent));
        open.add(sent);
      }
      if (elapsed >= nextSample) {
        console.log(
          `    ${(nextSample / 60_000).toFixed(1).padStart(4)} min: ${curve()}; ${published} published, ${delivered} delivered${failed > 0 ? `, ${failed} failed` : ""}`,
        );
        nextSample += SAMPLE_MS;
      }
      await sleep(5);
    }
    await Promise.all(open);
    const growth = Object.entries(running).map(
      ([role, { child }]) => [role, memoryOf(child.pid!).rss - idle[role]!] as const,
    );
    const worst = Math.max(...growth.map(([, mb]) => mb));
    console.log(
      `    end: ${growth.map(([role, mb]) => `${role} ${mb >= 0 ? "+" : ""}${mb.toFixed(0)} MB over idle`).join(", ")} (target <= 50 MB: ${worst <= 50 ? "reached" : "NOT reached"}); ${published} published, ${delivered} delivered, ${failed} failed${firstFailure ? ` (first: ${firstFailure.slice(0, 200)})` : ""}`,
    );
  } finally {
    await Promise.all(Object.values(running).map(({ child }) => stop(child)));
    await new Promise((resolve) => receiver.close(resolve));
  }
}

if (LOAD_MINUTES > 0) {
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, "hookrelay_footprint");
    const pgDir = mkdtempSync(path.join(tmpdir(), "hookrelay-footprint-"));
    const env = { DATABASE_URL: scratch.url, DATA_DIR: pgDir, SECRETS_KEY: randomBytes(32).toString("base64") };
    try {
      await steadyLoad("PostgreSQL", { api: { ...env, ROLE: "api" }, worker: { ...env, ROLE: "worker" } });
    } finally {
      rmSync(pgDir, { recursive: true, force: true });
      await scratch.drop();
    }
  } else {
    const loadDir = mkdtempSync(path.join(tmpdir(), "hookrelay-footprint-"));
    try {
      await steadyLoad("PGlite", { all: { DATA_DIR: loadDir } });
    } finally {
      rmSync(loadDir, { recursive: true, force: true });
    }
  }
}
