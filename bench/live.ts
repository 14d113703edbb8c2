// npm run bench:live — subscriptions open while events are delivered: how long a status change takes
// to reach its subscriber, and what the open subscriptions cost the deliveries.
//
// W webhooks (BENCH_SUBSCRIPTIONS, default 200), each on an event type of its own and a path of one
// local receiver; one subscription per webhook (deliveryUpdated filtered by its id, selecting what a
// dashboard of deliveries shows), read over Server-Sent Events by this process as dashboards would. Runs on
// PGlite (one process) and, with DATABASE_URL, on a scratch database there with an API process and
// BENCH_WORKERS (default 2) worker processes. The same delivery phases run without subscriptions,
// then with them:
//   throughput: E events (BENCH_EVENTS, default 2,000) round-robin over the webhooks, as fast as 20
//               publishers can; deliveries/s until the last receipt;
//   rate:       200 events/s for BENCH_RATE_SECONDS (default 30) s; publish-to-receipt p50/p95/p99.
// With subscriptions it prints the change-to-message latency (the change's changedAt, written by the
// database as the change commits, to the message's arrival here), p50/p95/p99, over the rate phase,
// and the API process's CPU per message: its CPU over the rate phase beyond the same phase's without.
// On PostgreSQL it then opens 2,000 subscriptions over 10 tenants, one per webhook, and publishes
// 100 events/s to them: change-to-message percentiles, and the API's resident memory they hold.
import type { ChildProcess } from "node:child_process";
import { setMaxListeners } from "node:events";
import { request } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase } from "../support/scratch-database.js";
import { openDatabase } from "../src/db/database.js";
import { createLogger } from "../src/common/logger.js";
import { createTenant } from "../src/tenants/tenants.js";
import {
  benchClock,
  offerAtRate,
  builtService,
  percentile,
  postgresCpuMs,
  processCpuMs,
  spawnService,
  startReceivers,
  stopProcesses,
  until,
  serviceSettings,
} from "./bench-service.js";

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const RATE = 200;
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 30);
const PUBLISHERS = 20;
// The many-subscriptions phase (PostgreSQL): BENCH_MANY_SUBSCRIPTIONS (default 2,000; 0 skips it) over
// 10 tenants, at 100 events/s.
const MANY_SUBSCRIPTIONS = Number(process.env.BENCH_MANY_SUBSCRIPTIONS ?? 2000);
const MANY_TENANTS = 10;
const MANY_RATE = 100;

// What a dashboard of deliveries shows as they change.
const SUBSCRIBE = `subscription BenchLive($webhookId: ID!) {
  deliveryUpdated(filter: { webhookId: $webhookId }) {
    deliveryId status attemptCount changedAt
    delivery { id eventType status attemptCount nextAttemptAt lastAttemptAt completedAt failureTrigger failureMessage createdAt }
  }
}`;

interface Subscribers {
  messages: number;
  /** Change-to-message times (ms). */
  latencies: number[];
  errors: number;
  reset(): void;
  close(): void;
}

// What the benchmark reads of a message: it counts errors and the change's time, and parses no more,
// so that reading 200 streams costs this process (on the same two cores) as little as it can.
const CHANGED_AT = /"changedAt":"([^"]+)"/;

/** One SSE stream per webhook; resolves once every stream has answered its headers. */
async function openSubscriptions(apiUrl: string, key: string, webhookIds: string[]): Promise<Subscribers> {
  const controller = new AbortController();
  setMaxListeners(webhookIds.length, controller.signal); // one per stream, all ended together
  const state: Subscribers = {
    messages: 0,
    latencies: [],
    errors: 0,
    reset() {
      state.messages = 0;
      state.latencies = [];
      state.errors = 0;
    },
    close: () => controller.abort(),
  };
  const readMessage = (message: string, arrived: number) => {
    if (!message.startsWith("event: next")) return; // pings, and the end of the stream
    const changedAt = CHANGED_AT.exec(message)?.[1];
    if (message.includes('"errors"') || !changedAt) state.errors += 1;
    else {
      state.messages += 1;
      state.latencies.push(arrived - Date.parse(changedAt));
    }
  };
  await Promise.all(
    webhookIds.map(
      (webhookId) =>
        new Promise<void>((resolve, reject) => {
          const subscribing = request(
            `${apiUrl}/graphql`,
            {
              method: "POST",
              agent: false,
              signal: controller.signal,
              headers: {
                "content-type": "application/json",
                accept: "text/event-stream",
                authorization: `Bearer ${key}`,
              },
            },
            (response) => {
              if (response.statusCode !== 200) return reject(new Error(`subscribing answered ${response.statusCode}`));
              response.setEncoding("utf8");
              let buffer = "";
              response.on("data", (chunk: string) => {
                const arrived = Date.now();
                buffer += chunk;
                let end: number;
                while ((end = buffer.indexOf("\n\n")) >= 0) {
                  readMessage(buffer.slice(0, end), arrived);
                  buffer = buffer.slice(end + 2);
                }
              });
              response.on("error", () => undefined); // closed by the benchmark
              resolve();
            },
          );
          subscribing.on("error", (error) => (controller.signal.aborted ? undefined : reject(error)));
          subscribing.end(JSON.stringify({ query: SUBSCRIBE, variables: { webhookId } }));
        }),
    ),
  );
  return state;
}

interface PhaseFigures {
  /** The API process's CPU over the rate phase (ms). */
  rateApiMs: number;
  /** The API process's share of one core over the rate phase (1: saturated). */
  rateApiLoad: number;
  throughput: number;
  achieved: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

/** Resident memory of process `pid`, in MB. */
function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const settings = serviceSettings(dataDir, scratch?.url);
  const key = settings.key;
  const env = {
    ...settings.env,
    ALLOW_PRIVATE_DESTINATIONS: "true",
    // Room for a key's next streams while the server lets go of the ones the benchmark closed.
    MAX_SUBSCRIPTIONS_PER_KEY: String(2 * Math.max(SUBSCRIPTIONS, Math.ceil(MANY_SUBSCRIPTIONS / MANY_TENANTS))),
  };
  const receiver = await startReceivers(1);
  const processes: ChildProcess[] = [];
  try {
    const service = builtService();
    const api = await spawnService({ ...env, ROLE: scratch ? "api" : "all" }, service);
    processes.push(api.child);
    if (scratch)
      for (let index = 0; index < WORKERS; index += 1)
        processes.push((await spawnService({ ...env, ROLE: "worker" }, service)).child);
    const apiUrl = `http://127.0.0.1:${api.port}`;
    let failed = 0;
    const gql = async (query: string, variables: unknown, as = key): Promise<Record<string, unknown> | null> => {
      try {
        const response = await fetch(`${apiUrl}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${as}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (body.errors || !body.data) failed += 1;
        return body.data ?? null;
      } catch {
        failed += 1;
        return null;
      }
    };
    const CREATE = `mutation($url: String!, $types: [String!]!, $name: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: $types }) { ... on CreateOutgoingWebhookPayload { webhook { id } } } }`;
    /** `count` webhooks of the key's tenant, the i-th alone on `${prefix}.w${i}`. */
    const createWebhooks = async (prefix: string, count: number, as = key): Promise<string[]> => {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const data = (await gql(
          CREATE,
          { url: `${receiver.urls[0]}/${index}`, types: [`${prefix}.w${index}`], name: `${prefix} ${index}` },
          as,
        )) as { createOutgoingWebhook?: { webhook?: { id: string } } } | null;
        const id = data?.createOutgoingWebhook?.webhook?.id;
        if (!id) throw new Error("creating a webhook failed");
        ids.push(id);
      }
      return ids;
    };
    const webhookIds = await createWebhooks("live", SUBSCRIPTIONS);
    const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;
    const publish = (index: number, data: Record<string, unknown>) =>
      gql(PUBLISH, { input: { type: `live.w${index % SUBSCRIPTIONS}`, payload: data } });

    const readCpu = () => {
      const own = process.cpuUsage();
      return {
        api: processCpuMs(api.child.pid!),
        workers: processes.slice(1).reduce((sum, child) => sum + processCpuMs(child.pid!), 0),
        postgres: scratch ? postgresCpuMs() : 0,
        bench: (own.user + own.system) / 1000,
      };
    };
    /** CPU per delivery of each part between two readings, and of the whole machine's parts together. */
    const cpuLine = (start: ReturnType<typeof readCpu>, end: ReturnType<typeof readCpu>, deliveries: number) => {
      const per = (ms: number) => (ms / Math.max(1, deliveries)).toFixed(2);
      const parts = scratch
        ? `API ${per(end.api - start.api)}, workers ${per(end.workers - start.workers)}, PostgreSQL ${per(end.postgres - start.postgres)}`
        : `service ${per(end.api - start.api)}`;
      return `${parts}, this process (publishers, receiver, subscribers) ${per(end.bench - start.bench)} ms`;
    };

    /** The two delivery phases; with subscribers, their messages too. */
    const phases = async (subscribers: Subscribers | null): Promise<PhaseFigures & { cpu: string }> => {
      failed = 0;
      receiver.reset();
      let next = 0;
      const throughputStart = readCpu();
      const started = performance.now();
      await Promise.all(
        Array.from({ length: PUBLISHERS }, async () => {
          while (next < EVENTS) await publish(next, { index: next++ });
        }),
      );
      await until("throughput deliveries", () => receiver.received >= EVENTS - failed);
      const throughput = receiver.received / ((performance.now() - started) / 1000);
      if (subscribers)
        await until("throughput messages", () => subscribers.messages >= 2 * receiver.received, 60_000).catch(
          () => undefined,
        );
      const throughputCpu = cpuLine(throughputStart, readCpu(), receiver.received);

      receiver.reset();
      subscribers?.reset();
      const cpuStart = readCpu();
      const cpuStartedAt = performance.now();
      const { accepted, elapsedS } = await offerAtRate(
        RATE,
        RATE_SECONDS,
        async (index) => (await publish(index, { index, publishedAt: benchClock() })) !== null,
      );
      const achieved = accepted / elapsedS;
      await until("rate deliveries", () => receiver.received >= accepted);
      // Each delivery is two changes: PENDING, then SUCCEEDED.
      if (subscribers)
        await until("rate messages", () => subscribers.messages >= 2 * accepted, 60_000).catch(() => undefined);
      const cpuEnd = readCpu();
      const cpu = `CPU per delivery at full speed: ${throughputCpu}; at ${RATE} events/s: ${cpuLine(cpuStart, cpuEnd, receiver.received)}`;
      const latencies = receiver.latencies;
      return {
        rateApiMs: cpuEnd.api - cpuStart.api,
        rateApiLoad: (cpuEnd.api - cpuStart.api) / (performance.now() - cpuStartedAt),
        throughput,
        achieved,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        failed,
        cpu,
      };
    };

    // Warm up connections and caches.
    await phases(null);
    if (scratch) {
      // A new database has no statistics until autovacuum's first pass, a minute or more into the run:
      // until then the planner reads every delivery and event for each claim. A database in service
      // has them; take them now.
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      await client.query("ANALYZE");
      await client.end();
    }
    console.log(
      `\n${kind}: ${SUBSCRIPTIONS} webhooks, one subscription each; ${scratch ? `an API process and ${WORKERS} worker processes` : "one process"}; receivers, publishers and subscribers in this process`,
    );
    const line = (figures: PhaseFigures & { cpu: string }) =>
      `throughput ${figures.throughput.toFixed(0)} deliveries/s (${EVENTS} events); at ${RATE} events/s: achieved ${figures.achieved.toFixed(0)}/s, publish-to-receipt p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms; ${figures.failed} failed calls; ${figures.cpu}`;
    const baseline = await phases(null);
    console.log(`  no subscriptions:   ${line(baseline)}`);
    const subscribers = await openSubscriptions(apiUrl, key, webhookIds);
    const withLive = await phases(subscribers);
    console.log(`  ${SUBSCRIPTIONS} subscriptions: ${line(withLive)}`);
    const messageP95 = percentile(subscribers.latencies, 95);
    const expectedMessages = 2 * RATE * RATE_SECONDS;
    console.log(
      `  messages: ${subscribers.messages} of ${expectedMessages} expected over the rate phase, ${subscribers.errors} with errors; change to message p50 ${percentile(subscribers.latencies, 50)} ms, p95 ${messageP95} ms, p99 ${percentile(subscribers.latencies, 99)} ms   (target p95 < 50 ms: ${messageP95 < 50 && subscribers.messages >= expectedMessages ? "reached" : "NOT reached"})`,
    );
    // What the messages cost the process that sends them: its CPU over the rate phase beyond the same
    // phase's without subscriptions, per message.
    const perMessage = (withLive.rateApiMs - baseline.rateApiMs) / Math.max(1, subscribers.messages);
    console.log(
      `  API CPU per message: ${perMessage.toFixed(3)} ms (${withLive.rateApiMs.toFixed(0)} vs ${baseline.rateApiMs.toFixed(0)} ms over the rate phase)   (target <= 0.25 ms: ${
        // A process busy all along in both phases spends the same CPU whatever it does more: no figure.
        Math.min(withLive.rateApiLoad, baseline.rateApiLoad) > 0.9
          ? "not measurable, the process was saturated in both phases"
          : perMessage <= 0.25
            ? "reached"
            : "NOT reached"
      })`,
    );
    // The issue's scenario is the rate phase (200 events/s delivered while 200 subscriptions are open):
    // its delivery figures are the target; the throughput phase's drop is what messages cost a
    // process that is already saturated with publishes.
    const within = (live: number, base: number, higherIsBetter: boolean) =>
      higherIsBetter ? live >= 0.9 * base : live <= 1.1 * base;
    const rateHeld = within(withLive.achieved, baseline.achieved, true) && within(withLive.p95, baseline.p95, false);
    console.log(
      `  cost at ${RATE} events/s: achieved ${withLive.achieved.toFixed(0)} vs ${baseline.achieved.toFixed(0)}/s, publish-to-receipt p95 ${withLive.p95} vs ${baseline.p95} ms (p99 ${withLive.p99} vs ${baseline.p99} ms)   (target: achieved and p95 within 10%: ${rateHeld ? "reached" : "NOT reached"})`,
    );
    console.log(
      `  cost at full speed: throughput ${(100 * (1 - withLive.throughput / baseline.throughput)).toFixed(1)}% lower (${withLive.throughput.toFixed(0)} vs ${baseline.throughput.toFixed(0)} deliveries/s: the API process also sends two messages per delivery)`,
    );
    subscribers.close();

    if (scratch && MANY_SUBSCRIPTIONS > 0) {
      // Many open subscriptions in one API process, of many tenants: what they hold, and how fast
      // messages still arrive. The tenants besides the first are made in the database, as
      // `npm run tenant:create` makes them.
      const database = await openDatabase({ databaseUrl: scratch.url, dataDir, log: createLogger("warn") });
      const keys = [key];
      for (let index = 1; index < MANY_TENANTS; index += 1)
        keys.push((await createTenant(database.prisma, `live tenant ${index}`)).adminKey);
      await database.close();
      const perTenant = Math.ceil(MANY_SUBSCRIPTIONS / MANY_TENANTS);
      const ids = await Promise.all(keys.map((tenantKey) => createWebhooks("many", perTenant, tenantKey)));
      const before = residentMb(api.child.pid!);
      const many = await Promise.all(keys.map((tenantKey, index) => openSubscriptions(apiUrl, tenantKey, ids[index]!)));
      const held = residentMb(api.child.pid!) - before;
      const cpuStart = readCpu();
      const { accepted } = await offerAtRate(
        MANY_RATE,
        RATE_SECONDS,
        async (index) =>
          (await gql(
            PUBLISH,
            { input: { type: `many.w${Math.floor(index / MANY_TENANTS) % perTenant}`, payload: { index } } },
            keys[index % MANY_TENANTS],
          )) !== null,
      );
      const messages = () => many.reduce((sum, one) => sum + one.messages, 0);
      await until("messages to many subscriptions", () => messages() >= 2 * accepted, 60_000).catch(() => undefined);
      const cpuEnd = readCpu();
      const latencies = many.flatMap((one) => one.latencies);
      const errors = many.reduce((sum, one) => sum + one.errors, 0);
      const p95 = percentile(latencies, 95);
      const count = MANY_TENANTS * perTenant;
      console.log(
        `  ${count} subscriptions (${MANY_TENANTS} tenants, one API process) at ${MANY_RATE} events/s: messages ${messages()} of ${2 * accepted}, ${errors} with errors; change to message p50 ${percentile(latencies, 50)} ms, p95 ${p95} ms, p99 ${percentile(latencies, 99)} ms   (target p95 < 100 ms: ${p95 < 100 && messages() >= 2 * accepted ? "reached" : "NOT reached"}); API resident memory +${held.toFixed(1)} MB once they opened, ${((1000 * held) / count).toFixed(1)} MB per 1,000; API CPU ${((cpuEnd.api - cpuStart.api) / Math.max(1, messages())).toFixed(3)} ms per message, deliveries included`,
      );
      for (const one of many) one.close();
    }
  } finally {
    await stopProcesses(processes);
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

if (process.env.BENCH_DATABASE !== "postgresql") await run("pglite");
if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
