// npm run bench:delivery — events published through the API and delivered to local receivers, and the
// ceiling to compare with: undici posting the same signed bodies to the same receivers, no database.
//
// W webhooks (BENCH_WEBHOOKS, default 10), each with its own receiver on 127.0.0.1 answering 200, and
// one more webhook alone on its event type (fan-out 1). Runs on PGlite (one process: API and worker)
// and, with DATABASE_URL, on that PostgreSQL server (scratch database) with an API process and
// BENCH_WORKERS (default 2) worker processes. BENCH_DATABASE=postgresql skips PGlite. Phases:
//   throughput: E events (BENCH_EVENTS, default 2,000) to the W webhooks, published as fast as 20
//               publishers can; deliveries/s until the last receipt;
//   fan-out 1:  200 events/s offered for 10 s to the lone webhook: publish-to-receipt p50/p95/p99;
//   FIFO:       1,000 events (300 on PGlite) to one FIFO webhook, in calls of 100: deliveries/s;
//   rate limit: 1,000 events (300 on PGlite) to one webhook limited to 100/s, burst 100, in calls of
//               100: deliveries/s, against what the bucket allows;
//   batch:      publishEvents with 100 events a call (5,000 events; 1,000 on PGlite), 4 callers:
//               accepted events/s, and deliveries/s end to end against the ceiling;
//   validated:  bench.event with a JSON Schema in the catalogue, in rounds of 1,000 events (200 on
//               PGlite) that alternate its validation OFF and WARN, 10 of each: the API's CPU per
//               event checked against unchecked (target <= 1.10x). Alternating rounds, because the
//               machine's speed drifts between phases more than validation costs;
//   CUSTOM:     the same batches to W CUSTOM webhooks whose bodies a Slack-shaped JSONata expression
//               makes in the expression sandbox: the service's CPU per delivery added by the render.
// Every phase counts the answers: accepted, busy (503 / SERVICE_UNAVAILABLE), other errors. Then, on
// PostgreSQL, the same loads side by side with a BullMQ pipeline (delivery-peer.ts), fan-out 10 among them.
// Broker destinations have a phase of their own (delivery-brokers.ts; BENCH_ONLY=brokers runs only it).
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Agent, request } from "undici";
import { generateSigningSecret } from "../src/signing/signing-secrets.js";
import { createScratchDatabase } from "../support/scratch-database.js";
import {
  benchClock,
  offerAtRate,
  builtService,
  percentile,
  postgresCpuMs,
  processCpuMs,
  processTreeCpuMs,
  spawnService,
  startReceivers,
  stopProcesses,
  until,
  type Receivers,
  serviceSettings,
  signedBenchMessage,
} from "./bench-service.js";
import { compareWithPeer } from "./delivery-peer.js";
import { benchBrokers } from "./delivery-brokers.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 64);
const PUBLISHERS = 20;
const BATCH_SIZE = 100;
const BATCH_CALLERS = 4;
const SERVICE = builtService();

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
        const { body, headers } = signedBenchMessage(secret, index, "bench.event");
        const response = await request(urls[index % urls.length]!, {
          method: "POST",
          dispatcher: agent,
          body,
          headers,
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

interface Answers {
  accepted: number;
  busy: number;
  failed: number;
}

const formatAnswers = (answers: Answers) =>
  `answers: ${answers.accepted} accepted, ${answers.busy} busy (503), ${answers.failed} failed`;

async function run(kind: "pglite" | "postgresql", serverUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "hookrelay_bench") : null;
  const settings = serviceSettings(dataDir, scratch?.url);
  const key = settings.key;
  const env = { ...settings.env, ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_CONCURRENCY: String(CONCURRENCY) };
  const receivers = await startReceivers(WEBHOOKS);
  // Every part in a process of its own, as deployed: the benchmark process holds only the receivers and the load.
  const processes: ChildProcess[] = [];
  try {
    const api = await spawnService({ ...env, ROLE: scratch ? "api" : "all" }, SERVICE);
    processes.push(api.child);
    const workerCount = scratch ? WORKERS : 1;
    if (scratch)
      for (let index = 0; index < WORKERS; index += 1)
        processes.push((await spawnService({ ...env, ROLE: "worker" }, SERVICE)).child);
    /** CPU used by the API process, the worker processes and PostgreSQL since the last call, per event and per delivery. */
    const readCpu = () => ({
      at: performance.now(),
      // With their expression sandboxes' child processes.
      api: processTreeCpuMs(api.child.pid!),
      workers: processes.slice(1).reduce((sum, child) => sum + processTreeCpuMs(child.pid!), 0),
      postgres: scratch ? postgresCpuMs() : 0,
      bench: processCpuMs(process.pid),
    });
    let cpuMark = readCpu();
    /**
     * CPU since the last call, as a line, and the service's (API, workers, PostgreSQL) per delivery.
     */
    const cpuSince = (events: number, deliveries: number) => {
      const now = readCpu();
      const [api, workers, postgres, bench] = [
        now.api - cpuMark.api,
        now.workers - cpuMark.workers,
        now.postgres - cpuMark.postgres,
        now.bench - cpuMark.bench,
      ];
      // This process (receivers and load) has one event loop: near 100% of a core, it, not the service, sets the latency.
      const benchShare = `; receivers and load ${((100 * bench) / (now.at - cpuMark.at)).toFixed(0)}% of a core`;
      cpuMark = now;
      const share = (ms: number, count: number) => (ms / Math.max(1, count)).toFixed(2);
      return {
        line: scratch
          ? `CPU: API ${share(api, events)} ms/event, workers ${share(workers, deliveries)} ms/delivery, PostgreSQL ${share(postgres, deliveries)} ms/delivery${benchShare}`
          : `CPU: ${share(api, deliveries)} ms/delivery (one process)${benchShare}`,
        servicePerDelivery: (api + workers + postgres) / Math.max(1, deliveries),
        apiPerEvent: api / Math.max(1, events),
        apiMs: api,
      };
    };
    const answers: Answers = { accepted: 0, busy: 0, failed: 0 };
    /** One GraphQL call; counts its answer, and returns its data (null unless accepted). */
    const gql = async (query: string, variables?: unknown): Promise<Record<string, unknown> | null> => {
      try {
        const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as {
          data?: Record<string, unknown>;
          errors?: { extensions?: { code?: string } }[];
        };
        if (response.status === 503 || body.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE") answers.busy += 1;
        else if (body.errors || !body.data) answers.failed += 1;
        else {
          answers.accepted += 1;
          return body.data;
        }
      } catch {
        answers.failed += 1;
      }
      return null;
    };
    const resetAnswers = () => Object.assign(answers, { accepted: 0, busy: 0, failed: 0 });
    const mustSucceed = async (query: string, variables?: unknown) => {
      const data = await gql(query, variables);
      if (!data) throw new Error(`setup call failed: ${query}`);
      return data;
    };
    const CREATE = `mutation($url: String!, $types: [String!]!, $name: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: $types }) { __typename } }`;
    for (const [index, url] of receivers.urls.entries())
      await mustSucceed(CREATE, { url, types: ["bench.*"], name: `bench ${index}` });
    await mustSucceed(CREATE, { url: `${receivers.urls[0]}?solo`, types: ["solo.*"], name: "solo" });
    const CREATE_FIFO = `mutation($url: String!) { createOutgoingWebhook(input: { name: "fifo", url: $url, eventTypes: ["fifo.*"], ordering: FIFO }) { __typename } }`;
    await mustSucceed(CREATE_FIFO, { url: `${receivers.urls[0]}?fifo` });
    const LIMIT = { perSecond: 100, burst: 100 };
    const CREATE_LIMITED = `mutation($url: String!, $rateLimit: WebhookRateLimitInput!) { createOutgoingWebhook(input: { name: "limited", url: $url, eventTypes: ["limited.*"], rateLimit: $rateLimit }) { __typename } }`;
    await mustSucceed(CREATE_LIMITED, { url: `${receivers.urls[0]}?limited`, rateLimit: LIMIT });
    // A Slack-shaped CUSTOM body: what a tenant writes to post its events to a chat.
    const SLACK_SHAPED =
      '{ "text": "*" & event.type & "* " & $string(event.data.index), "blocks": [{ "type": "section", "text": { "type": "mrkdwn", "text": "Batch " & $string(event.data.batch) & ", event " & $string(event.data.index) } }, { "type": "context", "elements": [{ "type": "mrkdwn", "text": webhook.name & " at " & event.timestamp }] }] }';
    const CREATE_CUSTOM = `mutation($url: String!, $name: String!, $expression: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: ["custom.*"], type: CUSTOM, destinationSettings: { expression: $expression } }) { __typename } }`;
    for (const [index, url] of receivers.urls.entries())
      await mustSucceed(CREATE_CUSTOM, { url, name: `custom ${index}`, expression: SLACK_SHAPED });
    const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;
    const publish = (type: string, data: Record<string, unknown>) => gql(PUBLISH, { input: { type, payload: data } });
    const PUBLISH_BATCH = `mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename } }`;

    // Warm up connections and caches.
    await publish("bench.event", { warmup: true });
    await until("warm-up deliveries", () => receivers.received >= WEBHOOKS, 30_000);
    receivers.reset();
    resetAnswers();
    cpuMark = readCpu();

    console.log(
      `\n${kind}: ${WEBHOOKS} webhooks (+1 alone on its type); ${workerCount} worker process(es) x concurrency ${CONCURRENCY}; API, workers and receivers in separate processes`,
    );

    // Throughput
    const expected = EVENTS * WEBHOOKS;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: PUBLISHERS }, async () => {
        while (next < EVENTS) await publish("bench.event", { index: next++ });
      }),
    );
    const published = performance.now();
    const throughputAnswers = { ...answers };
    await until(
      `${expected} deliveries`,
      () => receivers.received >= Math.min(expected, throughputAnswers.accepted * WEBHOOKS),
    );
    const elapsedS = (performance.now() - started) / 1000;
    const throughput = receivers.received / elapsedS;
    const throughputCpu = cpuSince(throughputAnswers.accepted, receivers.received).line;
    receivers.reset();
    resetAnswers();
    const ceilingPerSecond = await ceiling(receivers.urls, receivers, expected, workerCount * CONCURRENCY);
    cpuMark = readCpu();
    console.log(
      `  throughput: ${throughput.toFixed(0)} deliveries/s end to end (${EVENTS} events x ${WEBHOOKS}; publishing took ${((published - started) / 1000).toFixed(1)} s, last receipt at ${elapsedS.toFixed(1)} s); ${formatAnswers(throughputAnswers)}; ${throughputCpu}`,
    );
    console.log(
      `  ceiling:    ${ceilingPerSecond.toFixed(0)} requests/s (undici, same signed bodies, same receivers, concurrency ${workerCount * CONCURRENCY}, no database); ratio ${(throughput / ceilingPerSecond).toFixed(2)}`,
    );

    /** Offers `rate` events/s of `type` for `seconds` (offerAtRate's open loop), then waits for their deliveries. */
    const offer = async (type: string, fanOut: number, rate: number, seconds: number) => {
      const { elapsedS } = await offerAtRate(rate, seconds, async (index) => {
        await publish(type, { index, publishedAt: benchClock() });
        return true; // its answer is counted in `answers`
      });
      const achieved = answers.accepted / elapsedS;
      const phaseAnswers = { ...answers };
      await until(`${type} deliveries`, () => receivers.received >= phaseAnswers.accepted * fanOut);
      const latencies = receivers.latencies;
      const cpu = cpuSince(phaseAnswers.accepted, receivers.received).line;
      receivers.reset();
      resetAnswers();
      const line = `offered ${rate} events/s for ${seconds} s (fan-out ${fanOut}): achieved ${achieved.toFixed(0)} events/s; publish-to-receipt p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms; ${formatAnswers(phaseAnswers)}; ${cpu}`;
      return { p95: percentile(latencies, 95), p99: percentile(latencies, 99), answers: phaseAnswers, line };
    };
    const solo = await offer("solo.event", 1, 200, 10);
    const soloReached = solo.p95 < 60 && solo.p99 < 150 && solo.answers.accepted === 2000;
    console.log(
      `  fan-out 1:  ${solo.line}   (target p95 < 60 ms, p99 < 150 ms, every publish accepted: ${soloReached ? "reached" : "NOT reached"})`,
    );

    // A FIFO webhook: one delivery in flight at a time, whatever the workers could do.
    const fifoEvents = scratch ? 1000 : 300;
    const fifoStart = performance.now();
    for (let batch = 0; batch < fifoEvents / BATCH_SIZE; batch += 1) {
      await gql(PUBLISH_BATCH, {
        input: {
          events: Array.from({ length: BATCH_SIZE }, (_, index) => ({ type: "fifo.event", payload: { batch, index } })),
        },
      });
    }
    const fifoAccepted = answers.accepted * BATCH_SIZE;
    await until("FIFO deliveries", () => receivers.received >= fifoAccepted);
    const fifoPerSecond = receivers.received / ((performance.now() - fifoStart) / 1000);
    const fifoCpu = cpuSince(fifoAccepted, receivers.received).line;
    receivers.reset();
    resetAnswers();
    console.log(
      `  FIFO:       ${fifoEvents} events to one FIFO webhook (one delivery in flight, in publish order): ${fifoPerSecond.toFixed(0)} deliveries/s end to end, against ${throughput.toFixed(0)}/s unordered over ${WEBHOOKS} webhooks; ${fifoCpu}`,
    );

    // A rate-limited webhook: the bucket's burst at once, then its rate, across the workers.
    const limitedEvents = scratch ? 1000 : 300;
    const limitedStart = performance.now();
    for (let batch = 0; batch < limitedEvents / BATCH_SIZE; batch += 1) {
      await gql(PUBLISH_BATCH, {
        input: {
          events: Array.from({ length: BATCH_SIZE }, (_, index) => ({
            type: "limited.event",
            payload: { batch, index },
          })),
        },
      });
    }
    const limitedAccepted = answers.accepted * BATCH_SIZE;
    await until("rate-limited deliveries", () => receivers.received >= limitedAccepted);
    const limitedSeconds = (performance.now() - limitedStart) / 1000;
    const limitedCpu = cpuSince(limitedAccepted, receivers.received).line;
    // The fastest the bucket allows: the burst at once, the rest at the rate.
    const allowedPerSecond = limitedAccepted / ((limitedAccepted - LIMIT.burst) / LIMIT.perSecond);
    receivers.reset();
    resetAnswers();
    console.log(
      `  rate limit: ${limitedEvents} events to one webhook limited to ${LIMIT.perSecond}/s (burst ${LIMIT.burst}): ${(limitedAccepted / limitedSeconds).toFixed(0)} deliveries/s end to end, of ${allowedPerSecond.toFixed(0)}/s the bucket allows; ${limitedCpu}`,
    );

    /** `events` events of `type` through publishEvents, BATCH_CALLERS calls at a time, until all are delivered to the W webhooks. */
    const publishInBatches = async (type: string, events: number) => {
      let nextBatch = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: BATCH_CALLERS }, async () => {
          while (nextBatch < events / BATCH_SIZE) {
            const batch = nextBatch++;
            await gql(PUBLISH_BATCH, {
              input: {
                events: Array.from({ length: BATCH_SIZE }, (_, index) => ({ type, payload: { batch, index } })),
              },
            });
          }
        }),
      );
      const accepted = answers.accepted * BATCH_SIZE;
      const acceptedPerSecond = accepted / ((performance.now() - started) / 1000);
      const phaseAnswers = { ...answers };
      await until(`${type} deliveries`, () => receivers.received >= accepted * WEBHOOKS);
      const deliveriesPerSecond = receivers.received / ((performance.now() - started) / 1000);
      const received = receivers.received;
      const { line: cpu, servicePerDelivery: cpuPerDelivery, apiPerEvent, apiMs } = cpuSince(accepted, received);
      receivers.reset();
      resetAnswers();
      return {
        accepted,
        acceptedPerSecond,
        deliveriesPerSecond,
        answers: phaseAnswers,
        cpu,
        cpuPerDelivery,
        apiPerEvent,
        apiMs,
      };
    };

    // Batches through publishEvents.
    const batchEvents = scratch ? 5000 : 1000;
    const {
      acceptedPerSecond,
      deliveriesPerSecond: batchDeliveries,
      answers: batchAnswers,
      cpu: batchCpu,
      cpuPerDelivery: standardCpu,
    } = await publishInBatches("bench.event", batchEvents);
    const batchRatio = batchDeliveries / ceilingPerSecond;
    console.log(
      `  batch:      ${batchEvents} events in calls of ${BATCH_SIZE} (${BATCH_CALLERS} callers): ${acceptedPerSecond.toFixed(0)} events/s accepted (target >= 5,000), ${batchDeliveries.toFixed(0)} deliveries/s end to end, ratio to ceiling ${batchRatio.toFixed(2)} (target >= 0.3)${scratch ? `: ${acceptedPerSecond >= 5000 && batchRatio >= 0.3 ? "reached" : "NOT reached"}` : ""}; ${formatAnswers(batchAnswers)}; ${batchCpu}`,
    );

    // Validation's cost: bench.event gets a JSON Schema, and rounds alternate its validation OFF and
    // WARN (valid payloads: every one checked, none refused); the API's CPU is summed per mode.
    await mustSucceed(
      `mutation($schema: JSONObject!) { createEventType(input: { name: "bench.event", schema: $schema, validation: OFF }) { __typename } }`,
      {
        schema: {
          type: "object",
          properties: { batch: { type: "integer", minimum: 0 }, index: { type: "integer", minimum: 0, maximum: 99 } },
          required: ["batch", "index"],
          additionalProperties: false,
        },
      },
    );
    const roundEvents = scratch ? 1000 : 200;
    const VALIDATION_ROUNDS = 10;
    const byMode = {
      OFF: { apiMs: 0, events: 0, answers: [] as Answers[] },
      WARN: { apiMs: 0, events: 0, answers: [] as Answers[] },
    };
    // OFF WARN, WARN OFF, ...: a drift in the machine's speed weighs on both modes alike.
    for (let round = 0; round < VALIDATION_ROUNDS; round += 1)
      for (const mode of round % 2 === 0 ? (["OFF", "WARN"] as const) : (["WARN", "OFF"] as const)) {
        await mustSucceed(
          `mutation($validation: EventValidation!) { updateEventType(input: { name: "bench.event", validation: $validation }) { __typename } }`,
          { validation: mode },
        );
        cpuSince(0, 0); // the round's CPU starts here, the switch's own call left out
        resetAnswers();
        const measured = await publishInBatches("bench.event", roundEvents);
        byMode[mode].apiMs += measured.apiMs;
        byMode[mode].events += measured.accepted;
        byMode[mode].answers.push(measured.answers);
      }
    const perEvent = (mode: "OFF" | "WARN") => byMode[mode].apiMs / Math.max(1, byMode[mode].events);
    const validationRatio = perEvent("WARN") / perEvent("OFF");
    const summed = (list: Answers[]): Answers => ({
      accepted: list.reduce((sum, item) => sum + item.accepted, 0),
      busy: list.reduce((sum, item) => sum + item.busy, 0),
      failed: list.reduce((sum, item) => sum + item.failed, 0),
    });
    console.log(
      `  validated:  ${byMode.WARN.events} events checked against bench.event's JSON Schema (WARN) and ${byMode.OFF.events} not (OFF), in ${VALIDATION_ROUNDS} alternating rounds of each: ${scratch ? `API CPU ${perEvent("WARN").toFixed(3)} ms/event checked against ${perEvent("OFF").toFixed(3)} unchecked: ${validationRatio.toFixed(2)}x (target <= 1.10: ${validationRatio <= 1.1 ? "reached" : "NOT reached"})` : "CPU per event on PGlite includes the worker's: see PostgreSQL"}; answers checked: ${formatAnswers(summed(byMode.WARN.answers))}; unchecked: ${formatAnswers(summed(byMode.OFF.answers))}`,
    );

    // The same batches to CUSTOM webhooks: each body rendered by a JSONata expression in the sandbox's processes.
    const custom = await publishInBatches("custom.event", batchEvents);
    const added = custom.cpuPerDelivery - standardCpu;
    console.log(
      `  CUSTOM:     the same ${batchEvents} events to ${WEBHOOKS} CUSTOM webhooks (a Slack-shaped JSONata body, rendered in the expression sandbox): ${custom.deliveriesPerSecond.toFixed(0)} deliveries/s end to end; service CPU ${custom.cpuPerDelivery.toFixed(3)} ms/delivery against ${standardCpu.toFixed(3)} for STANDARD bodies: ${added.toFixed(3)} ms added per render (target <= 0.2 ms: ${added <= 0.2 ? "reached" : "NOT reached"}); ${formatAnswers(custom.answers)}; ${custom.cpu}`,
    );
  } finally {
    await stopProcesses(processes);
    await receivers.close();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

// BENCH_ONLY=peer runs only the side-by-side phases; BENCH_ONLY=service all but them and the brokers';
// BENCH_ONLY=brokers only the broker destinations'.
const only = process.env.BENCH_ONLY;
const brokerOptions = { service: SERVICE, webhooks: WEBHOOKS, workers: WORKERS, concurrency: CONCURRENCY };
if (only === undefined || only === "service") {
  if (process.env.BENCH_DATABASE !== "postgresql") await run("pglite");
  if (process.env.DATABASE_URL) await run("postgresql", process.env.DATABASE_URL);
}
if (only === undefined || only === "brokers") {
  if (process.env.BENCH_DATABASE !== "postgresql") await benchBrokers("pglite", brokerOptions);
  if (process.env.DATABASE_URL)
    await benchBrokers("postgresql", { ...brokerOptions, serverUrl: process.env.DATABASE_URL });
}
if (process.env.DATABASE_URL && (only === undefined || only === "peer"))
  await compareWithPeer(process.env.DATABASE_URL, SERVICE);
