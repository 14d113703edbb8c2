// bench:delivery's broker phase (BENCH_ONLY=brokers, or after the others): for each broker type, a
// service on a database of its own with W webhooks of that type on one target (fan-out W, default 10),
// E events (BENCH_BROKER_EVENTS, default 1,000) published through the API in calls of 100;
// deliveries/s until the broker holds every message, against the ceiling: the same client library
// publishing the same signed messages straight to the same broker, confirmed one by one, at the
// workers' total concurrency, no database. Receipts are counted at the broker (queue depth, stream
// length, a subscriber), so the bench process does no per-message work while the service runs.
// STANDARD (HTTP to a loopback receiver; undici directly) runs first under the same load, for reference.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import amqp from "amqplib";
import { connect as natsConnect, headers as natsHeaders } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, StorageType } from "@nats-io/jetstream";
import { Redis } from "ioredis";
import mqtt from "mqtt";
import { Agent, request } from "undici";
import { generateSigningSecret } from "../src/signing/signing-secrets.js";
import { createScratchDatabase } from "../support/scratch-database.js";
import {
  postgresCpuMs,
  processTreeCpuMs,
  serviceSettings,
  signedBenchMessage,
  spawnService,
  startReceivers,
  stopProcesses,
} from "./bench-service.js";

type BrokerType = "RABBITMQ" | "NATS_JETSTREAM" | "REDIS_STREAM" | "MQTT";
/** STANDARD (HTTP to a loopback receiver, undici directly) runs first, for reference: same load, same engine. */
const TYPES: (BrokerType | "STANDARD")[] = ["STANDARD", "RABBITMQ", "NATS_JETSTREAM", "REDIS_STREAM", "MQTT"];
const EVENTS = Number(process.env.BENCH_BROKER_EVENTS ?? 1000);
const TARGET_RATIO = 0.5;

/** One broker's side of the bench: where webhooks publish, how many messages it holds, and a direct publisher. */
interface Broker {
  url: string;
  settings: Record<string, unknown>;
  /** Messages the broker holds for the bench so far. */
  count(): Promise<number>;
  /** Publishes `body` with `headers` and waits for the broker's confirmation, as the service's client does. */
  publishDirect(body: string, headers: Record<string, string>, id: string): Promise<void>;
  close(): Promise<void>;
}

const unique = () => `bench${randomBytes(4).toString("hex")}`;

async function rabbitMq(): Promise<Broker> {
  const exchange = unique();
  const connection = await amqp.connect("amqp://guest:guest@127.0.0.1:5672");
  const admin = await connection.createChannel();
  await admin.assertExchange(exchange, "topic", { durable: false });
  const { queue } = await admin.assertQueue(unique(), { durable: false });
  await admin.bindQueue(queue, exchange, "#");
  const confirm = await connection.createConfirmChannel();
  return {
    url: "amqp://guest@127.0.0.1:5672",
    settings: { exchange, routingKeyTemplate: "bench.{type}", persistent: false, password: "guest" },
    count: async () => (await admin.checkQueue(queue)).messageCount,
    publishDirect: (body, headers, id) =>
      new Promise((resolve, reject) =>
        confirm.publish(
          exchange,
          "bench.broker.event",
          Buffer.from(body),
          { persistent: false, mandatory: true, contentType: "application/json", messageId: id, headers },
          (error) => (error ? reject(error) : resolve()),
        ),
      ),
    async close() {
      await admin.deleteQueue(queue);
      await admin.deleteExchange(exchange);
      await connection.close();
    },
  };
}

async function natsJetStream(): Promise<Broker> {
  const stream = unique();
  const connection = await natsConnect({ servers: "127.0.0.1:4222" });
  const manager = await jetstreamManager(connection);
  await manager.streams.add({ name: stream, subjects: [`${stream}.>`], storage: StorageType.Memory });
  const client = jetstream(connection);
  return {
    url: "nats://127.0.0.1:4222",
    settings: { subjectTemplate: `${stream}.{type}` },
    count: async () => (await manager.streams.info(stream)).state.messages,
    async publishDirect(body, headers, id) {
      const natsHeaderSet = natsHeaders();
      for (const [name, value] of Object.entries(headers)) natsHeaderSet.set(name, value);
      await client.publish(`${stream}.direct`, body, { msgID: id, headers: natsHeaderSet });
    },
    async close() {
      await manager.streams.delete(stream);
      await connection.close();
    },
  };
}

async function redisStream(): Promise<Broker> {
  const key = unique();
  const redis = new Redis({ host: "127.0.0.1", port: 6379 });
  return {
    url: "redis://127.0.0.1:6379",
    settings: { streamKeyTemplate: key },
    count: () => redis.xlen(key),
    async publishDirect(body, headers) {
      await redis.xadd(key, "*", ...Object.entries(headers).flat(), "body", body);
    },
    async close() {
      await redis.del(key);
      redis.disconnect();
    },
  };
}

async function mqttTopic(): Promise<Broker> {
  const prefix = unique();
  const subscriber = await mqtt.connectAsync("mqtt://127.0.0.1:1883", { protocolVersion: 5 });
  let received = 0;
  subscriber.on("message", () => (received += 1));
  await subscriber.subscribeAsync(`${prefix}/#`, { qos: 0 });
  const publisher = await mqtt.connectAsync("mqtt://127.0.0.1:1883", { protocolVersion: 5 });
  return {
    url: "mqtt://127.0.0.1:1883",
    settings: { topicTemplate: `${prefix}/{type}` },
    count: async () => received,
    async publishDirect(body, headers) {
      await publisher.publishAsync(`${prefix}/direct`, body, {
        qos: 1,
        properties: { contentType: "application/json", userProperties: headers },
      });
    },
    async close() {
      await Promise.all([subscriber.endAsync(), publisher.endAsync()]);
    },
  };
}

async function httpReceiver(): Promise<Broker> {
  const receivers = await startReceivers(1);
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const url = receivers.urls[0]!;
  return {
    url,
    settings: {},
    count: async () => receivers.received,
    async publishDirect(body, headers) {
      const response = await request(url, { method: "POST", dispatcher: agent, body, headers });
      await response.body.text();
    },
    async close() {
      await agent.close();
      await receivers.close();
    },
  };
}

const OPEN: Record<BrokerType | "STANDARD", () => Promise<Broker>> = {
  STANDARD: httpReceiver,
  RABBITMQ: rabbitMq,
  NATS_JETSTREAM: natsJetStream,
  REDIS_STREAM: redisStream,
  MQTT: mqttTopic,
};

/** Polls `count` until it reaches `expected` (a broker's count needs a call, not a flag). */
async function untilCount(what: string, count: () => Promise<number>, expected: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  while ((await count()) < expected) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The ceiling: `total` signed messages straight from the client library, `concurrency` in flight. */
async function ceiling(broker: Broker, total: number, concurrency: number): Promise<number> {
  const secret = generateSigningSecret();
  const before = await broker.count();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const { body, headers } = signedBenchMessage(secret, index, "broker.event");
        await broker.publishDirect(body, headers, `direct-${index}-${randomBytes(4).toString("hex")}`);
      }
    }),
  );
  await untilCount("the direct messages", broker.count, before + total);
  return total / ((performance.now() - started) / 1000);
}

type BenchOptions = { serverUrl?: string; service: string[]; webhooks: number; workers: number; concurrency: number };

export async function benchBrokers(kind: "pglite" | "postgresql", options: BenchOptions): Promise<void> {
  const workerCount = options.serverUrl ? options.workers : 1;
  console.log(
    `\n${kind}: broker destinations, ${options.webhooks} webhooks per type (fan-out ${options.webhooks}), ${EVENTS} events in calls of 100; ${workerCount} worker process(es) x concurrency ${options.concurrency}; each type on a service and database of its own`,
  );
  for (const type of TYPES) await benchType(type, options, workerCount);
}

/** One type: a new service on a new database, its webhooks, the load, then the ceiling. */
async function benchType(type: BrokerType | "STANDARD", options: BenchOptions, workerCount: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-bench-"));
  const scratch = options.serverUrl ? await createScratchDatabase(options.serverUrl, "hookrelay_bench") : null;
  const settings = serviceSettings(dataDir, scratch?.url);
  const env = {
    ...settings.env,
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_CONCURRENCY: String(options.concurrency),
  };
  const processes: ChildProcess[] = [];
  const broker = await OPEN[type]();
  try {
    const api = await spawnService({ ...env, ROLE: scratch ? "api" : "all" }, options.service);
    processes.push(api.child);
    if (scratch)
      for (let index = 0; index < options.workers; index += 1)
        processes.push((await spawnService({ ...env, ROLE: "worker" }, options.service)).child);
    const gql = async (query: string, variables: unknown) => {
      const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${settings.key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { __typename: string }>; errors?: unknown };
      const answer = body.data && Object.values(body.data)[0];
      if (!answer || answer.__typename.endsWith("Error")) throw new Error(JSON.stringify(body));
    };
    const cpu = () => ({
      api: processTreeCpuMs(api.child.pid!),
      workers: processes.slice(1).reduce((sum, child) => sum + processTreeCpuMs(child.pid!), 0),
      postgres: scratch ? postgresCpuMs() : 0,
    });
    const eventType = `broker.${type.toLowerCase()}`;
    for (let index = 0; index < options.webhooks; index += 1)
      await gql(
        `mutation($input: CreateOutgoingWebhookInput!) { createOutgoingWebhook(input: $input) { __typename } }`,
        {
          input: {
            name: `${type} ${index}`,
            type,
            url: broker.url,
            eventTypes: [eventType],
            ...(type === "STANDARD" ? {} : { destinationSettings: broker.settings }),
          },
        },
      );
    const PUBLISH = `mutation($input: PublishEventsInput!) { publishEvents(input: $input) { __typename } }`;
    const batch = (size: number, offset: number) => ({
      input: {
        events: Array.from({ length: size }, (_, index) => ({ type: eventType, payload: { index: offset + index } })),
      },
    });
    // Warm up: connections opened, statements prepared.
    await gql(PUBLISH, batch(1, -1));
    await untilCount("warm-up", broker.count, options.webhooks);
    const before = await broker.count();
    const mark = cpu();
    const started = performance.now();
    for (let offset = 0; offset < EVENTS; offset += 400)
      await Promise.all(
        [0, 100, 200, 300]
          .filter((step) => offset + step < EVENTS)
          .map((step) => gql(PUBLISH, batch(Math.min(100, EVENTS - offset - step), offset + step))),
      );
    const expected = EVENTS * options.webhooks;
    await untilCount(`${type} deliveries`, broker.count, before + expected);
    const perSecond = expected / ((performance.now() - started) / 1000);
    const used = cpu();
    const share = (ms: number) => (ms / expected).toFixed(3);
    const direct = await ceiling(broker, expected, workerCount * options.concurrency);
    const ratio = perSecond / direct;
    const verdict =
      type === "STANDARD"
        ? "(HTTP, for reference)"
        : `(target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? "reached" : "NOT reached"})`;
    console.log(
      `  ${type.padEnd(14)} ${perSecond.toFixed(0)} deliveries/s; direct ${direct.toFixed(0)} messages/s (the same client, confirmed, concurrency ${workerCount * options.concurrency}); ratio ${ratio.toFixed(2)} ${verdict}; CPU per delivery: API ${share(used.api - mark.api)} ms, workers ${share(used.workers - mark.workers)} ms${scratch ? `, PostgreSQL ${share(used.postgres - mark.postgres)} ms` : ""}`,
    );
  } finally {
    await stopProcesses(processes);
    await broker.close();
    rmSync(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}
