// npm run bench:portal — the portal's budgets, in headless Chromium (Debian's chromium, driven by
// playwright-core) against the built service in a process of its own (PGlite; on PostgreSQL with
// DATABASE_URL and BENCH_DATABASE=postgresql):
//   size:      the JavaScript the page loads first, gzipped (printed by the portal's build): <= 200 KB;
//   endpoints: a portal session's endpoints page with 100 endpoints, from navigation to its 100th row
//              shown and a click on "New endpoint" answered, BENCH_RUNS (default 5) fresh loads: < 1 s;
//   streaming: an endpoint's page while 50 events/s are delivered to it for BENCH_STREAM_SECONDS
//              (default 30) s, each delivery's changes streamed into its log: no frame longer than
//              100 ms (Long Animation Frames), every delivery shown.
// Prints CPU per process: the service's and the browser's (all its processes), per delivery.
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { createScratchDatabase } from "../support/scratch-database.js";
import {
  builtService,
  commandCpuMs,
  offerAtRate,
  percentile,
  processCpuMs,
  serviceSettings,
  spawnService,
  startReceivers,
  stopProcesses,
  until,
} from "./bench-service.js";

const ENDPOINTS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const STREAM_RATE = 50;
const STREAM_SECONDS = Number(process.env.BENCH_STREAM_SECONDS ?? 30);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PROJECT = "bench";

// The size budget is checked, and printed, by the build itself.
execFileSync(process.execPath, ["scripts/build-portal.mjs"], { stdio: "inherit" });

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const settings = serviceSettings(dataDir, scratch?.url);
  const receiver = await startReceivers(1);
  const processes: ChildProcess[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  try {
    const api = await spawnService({ ...settings.env, ALLOW_PRIVATE_DESTINATIONS: "true" }, builtService());
    processes.push(api.child);
    const apiUrl = `http://127.0.0.1:${api.port}`;
    const gql = async <Data>(query: string, variables: unknown): Promise<Data> => {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${settings.key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Data; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const ids: string[] = [];
    for (let index = 0; index < ENDPOINTS; index += 1) {
      const created = await gql<{ createOutgoingWebhook: { webhook: { id: string } } }>(
        `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { ... on CreateOutgoingWebhookPayload { webhook { id } } } }`,
        {
          input: {
            name: `endpoint ${String(index).padStart(3, "0")}`,
            url: `${receiver.urls[0]}/${index}`,
            eventTypes: [`bench.e${index}`],
            projectId: PROJECT,
          },
        },
      );
      ids.push(created.createOutgoingWebhook.webhook.id);
    }
    const session = async () => {
      const minted = await gql<{ createPortalSession: { url: string } }>(
        `mutation { createPortalSession(input: { projectId: "${PROJECT}" }) { ... on CreatePortalSessionPayload { url } } }`,
        {},
      );
      const url = minted.createPortalSession.url;
      return apiUrl + url.slice(url.indexOf("/portal/"));
    };
    const fresh = async (): Promise<Page> =>
      (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();

    // The endpoints page, each load in a fresh context (nothing cached), the first one warming the server.
    const loads: number[] = [];
    for (let runIndex = 0; runIndex <= RUNS; runIndex += 1) {
      const page = await fresh();
      await page.goto(await session(), { waitUntil: "commit" });
      await page
        .locator("tbody tr")
        .nth(ENDPOINTS - 1)
        .waitFor();
      await page.getByRole("button", { name: "New endpoint" }).click();
      await page.getByRole("form", { name: "New endpoint" }).waitFor();
      const interactiveMs = await page.evaluate(() => performance.now());
      if (runIndex > 0) loads.push(interactiveMs);
      await page.context().close();
    }
    const slowest = Math.max(...loads);
    console.log(
      `${kind}: endpoints page with ${ENDPOINTS} endpoints, navigation to 100 rows shown and a click answered: ${loads.map((ms) => ms.toFixed(0)).join(", ")} ms (median ${percentile(loads, 50)}, slowest ${slowest.toFixed(0)})   (target < 1000 ms: ${slowest < 1000 ? "reached" : "NOT reached"})`,
    );

    // An endpoint's page while its deliveries stream in.
    const page = await fresh();
    await page.goto(`${await session()}`);
    await page.evaluate((id) => (window.location.hash = `#/endpoints/${encodeURIComponent(id)}`), ids[0]!);
    await page.getByText("No deliveries yet.").waitFor();
    await waitForStream(apiUrl);
    await page.evaluate(() => {
      const frames: number[] = [];
      (window as unknown as { benchFrames: number[] }).benchFrames = frames;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) frames.push(entry.duration);
      }).observe({ type: "long-animation-frame", buffered: false });
    });
    const cpuStart = { api: processCpuMs(api.child.pid!), browser: commandCpuMs("chromium") };
    receiver.reset();
    const { accepted } = await offerAtRate(STREAM_RATE, STREAM_SECONDS, async (index) => {
      try {
        await gql(`mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`, {
          input: { type: "bench.e0", payload: { index }, projectId: PROJECT },
        });
        return true;
      } catch {
        return false;
      }
    });
    await until("every delivery received", () => receiver.received >= accepted, 120_000);
    // Every delivery shown succeeded (the log keeps the newest 200 rows).
    const shown = Math.min(accepted, 200);
    await page.waitForFunction(
      (count) => document.querySelectorAll("tbody tr .badge.succeeded").length >= count,
      shown,
      { timeout: 120_000 },
    );
    const cpuEnd = { api: processCpuMs(api.child.pid!), browser: commandCpuMs("chromium") };
    const frames = await page.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames);
    const longest = frames.length > 0 ? Math.max(...frames) : 0;
    const over = frames.filter((duration) => duration > 100).length;
    console.log(
      `${kind}: ${accepted} deliveries at ${STREAM_RATE}/s streamed into an endpoint's log for ${STREAM_SECONDS} s: ${frames.length} frames longer than 50 ms, the longest ${longest.toFixed(0)} ms, ${over} longer than 100 ms   (target none: ${over === 0 ? "reached" : "NOT reached"}); CPU per delivery: service ${((cpuEnd.api - cpuStart.api) / accepted).toFixed(2)} ms, browser ${((cpuEnd.browser - cpuStart.browser) / accepted).toFixed(2)} ms`,
    );
  } finally {
    await browser.close();
    await stopProcesses(processes);
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

/** Waits until the service holds an open subscription (its /metrics gauge). */
async function waitForStream(apiUrl: string): Promise<void> {
  for (;;) {
    const metrics = await (await fetch(`${apiUrl}/metrics`)).text();
    const open = Number(/^hookrelay_live_subscriptions (\d+)/m.exec(metrics)?.[1] ?? 0);
    if (open >= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

if (process.env.BENCH_DATABASE !== "postgresql") await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
