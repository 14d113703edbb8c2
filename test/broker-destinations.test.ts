// Broker destinations end to end against the brokers on this machine (RabbitMQ, NATS JetStream,
// Redis, Mosquitto): events are published through the API, and an independent client of each broker
// reads what arrived: the body, the Standard Webhooks headers and signature, the ids. A TCP proxy in
// front of each broker stands for the broker going away and coming back.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import amqp, { type ChannelModel, type ConsumeMessage } from "amqplib";
import { connect as natsConnect, type NatsConnection } from "@nats-io/transport-node";
import { jetstreamManager, StorageType, type JetStreamManager } from "@nats-io/jetstream";
import { Redis } from "ioredis";
import mqtt, { type MqttClient } from "mqtt";
import {
  PreviewWebhookPayloadDocument,
  TestWebhookDocument,
  UpdateOutgoingWebhookDocument,
  type CreateOutgoingWebhookInput,
  type WebhookDestinationType,
} from "@hookrelay/client";
import { startTestService, type TestService } from "./support/service.js";
import { createWebhook, webhookState } from "./support/webhooks.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { waitFor } from "./support/wait.js";
import { member } from "./support/typed.js";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy.js";
import { BrokerSender } from "../src/delivery/broker-sender.js";

type BrokerType = Extract<WebhookDestinationType, "RABBITMQ" | "NATS_JETSTREAM" | "REDIS_STREAM" | "MQTT">;
const BROKER_TYPES: BrokerType[] = ["RABBITMQ", "NATS_JETSTREAM", "REDIS_STREAM", "MQTT"];
const PORTS: Record<BrokerType, number> = { RABBITMQ: 5672, NATS_JETSTREAM: 4222, REDIS_STREAM: 6379, MQTT: 1883 };

/** A message as an independent client of the broker read it. */
interface Received {
  target: string;
  body: string;
  headers: Record<string, string>;
}

/** One broker: where a webhook publishes (a prefix of its own per test) and what a consumer read there. */
interface Harness {
  url(port: number): string;
  settings: CreateOutgoingWebhookInput["destinationSettings"];
  /** Where an event of `eventType` lands. */
  targetOf(eventType: string): string;
  /** What arrived for events of `eventType`. */
  received(eventType: string): Promise<Received[]>;
  close(): Promise<void>;
}

const unique = () => `hr${randomBytes(5).toString("hex")}`;

async function rabbitMq(): Promise<Harness> {
  const exchange = unique();
  const connection: ChannelModel = await amqp.connect("amqp://guest:guest@127.0.0.1:5672");
  const channel = await connection.createChannel();
  await channel.assertExchange(exchange, "topic", { durable: false, autoDelete: true });
  const { queue } = await channel.assertQueue("", { exclusive: true });
  await channel.bindQueue(queue, exchange, "#");
  const messages: ConsumeMessage[] = [];
  await channel.consume(queue, (message) => message && messages.push(message), { noAck: true });
  return {
    url: (port) => `amqp://guest@127.0.0.1:${port}`,
    settings: { exchange, routingKeyTemplate: "orders.{type}", password: "guest" },
    targetOf: (eventType) => `orders.${eventType}`,
    received: async (eventType) =>
      messages
        .filter((message) => message.fields.routingKey === `orders.${eventType}`)
        .map((message) => ({
          target: message.fields.routingKey,
          body: message.content.toString(),
          headers: Object.fromEntries(
            Object.entries(message.properties.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
        })),
    close: () => connection.close(),
  };
}

async function natsJetStream(): Promise<Harness> {
  const prefix = unique();
  const connection: NatsConnection = await natsConnect({ servers: "127.0.0.1:4222" });
  const manager: JetStreamManager = await jetstreamManager(connection);
  await manager.streams.add({ name: prefix, subjects: [`${prefix}.>`], storage: StorageType.Memory });
  return {
    url: (port) => `nats://127.0.0.1:${port}`,
    settings: { subjectTemplate: `${prefix}.{type}` },
    targetOf: (eventType) => `${prefix}.${eventType}`,
    async received(eventType) {
      const { state } = await manager.streams.info(prefix);
      const messages: Received[] = [];
      for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
        const stored = await manager.streams.getMessage(prefix, { seq });
        if (!stored) continue;
        const headers: Record<string, string> = {};
        for (const [name, values] of stored.header ?? []) headers[name.toLowerCase()] = values.join(", ");
        if (stored.subject === `${prefix}.${eventType}`)
          messages.push({ target: stored.subject, body: stored.string(), headers });
      }
      return messages;
    },
    async close() {
      await manager.streams.delete(prefix);
      await connection.close();
    },
  };
}

async function redisStream(): Promise<Harness> {
  const prefix = unique();
  const redis = new Redis({ host: "127.0.0.1", port: 6379 });
  const keys = new Set<string>();
  return {
    url: (port) => `redis://127.0.0.1:${port}/0`,
    settings: { streamKeyTemplate: `${prefix}:{type}`, maxLength: 1000 },
    targetOf: (eventType) => `${prefix}:${eventType}`,
    async received(eventType) {
      const key = `${prefix}:${eventType}`;
      keys.add(key);
      const entries = await redis.xrange(key, "-", "+");
      return entries.map(([, fields]) => {
        const record: Record<string, string> = {};
        for (let index = 0; index < fields.length; index += 2) record[fields[index]!] = fields[index + 1]!;
        const { body = "", ...headers } = record;
        return { target: key, body, headers };
      });
    },
    async close() {
      if (keys.size > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

async function mqttTopic(): Promise<Harness> {
  const prefix = unique();
  const client: MqttClient = await mqtt.connectAsync("mqtt://127.0.0.1:1883", { protocolVersion: 5 });
  const messages: Received[] = [];
  client.on("message", (topic, payload, packet) => {
    const properties = packet.properties?.userProperties ?? {};
    messages.push({
      target: topic,
      body: payload.toString(),
      headers: Object.fromEntries(
        Object.entries(properties).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]),
      ),
    });
  });
  await client.subscribeAsync(`${prefix}/#`, { qos: 1 });
  return {
    url: (port) => `mqtt://127.0.0.1:${port}`,
    settings: { topicTemplate: `${prefix}/{type}`, clientId: "hookrelay-test" },
    targetOf: (eventType) => `${prefix}/${eventType}`,
    received: async (eventType) => messages.filter((message) => message.target === `${prefix}/${eventType}`),
    close: () => client.endAsync(),
  };
}

const HARNESS: Record<BrokerType, () => Promise<Harness>> = {
  RABBITMQ: rabbitMq,
  NATS_JETSTREAM: natsJetStream,
  REDIS_STREAM: redisStream,
  MQTT: mqttTopic,
};

/** The body, headers and signature every broker type carries, as a receiver checks them. */
function expectSignedMessage(message: Received, secret: string, eventType: string, payload: unknown): void {
  const body = JSON.parse(message.body) as { id: string; type: string; data: unknown };
  expect(body).toMatchObject({ type: eventType, data: payload });
  expect(message.headers["webhook-id"]).toBe(body.id);
  expect(message.headers["content-type"]).toBe("application/json");
  expect(message.headers["x-tenant"]).toBe("acme");
  const verified = new StandardWebhook(secret).verify(message.body, {
    "webhook-id": message.headers["webhook-id"]!,
    "webhook-timestamp": message.headers["webhook-timestamp"]!,
    "webhook-signature": message.headers["webhook-signature"]!,
  });
  expect(verified).toMatchObject({ type: eventType });
}

let t: TestService;

beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
});

afterAll(async () => {
  await t?.stop();
});

describe.each(BROKER_TYPES)("%s", (type) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await HARNESS[type]();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** A webhook of this type for events of `eventType` only, so that each test reads only its own messages. */
  const create = (eventType: string, port: number, extra: Partial<CreateOutgoingWebhookInput> = {}) =>
    createWebhook(t, {
      type,
      url: harness.url(port),
      eventTypes: [eventType],
      destinationSettings: harness.settings,
      headers: [{ name: "X-Tenant", values: ["acme"] }],
      ...extra,
    });
  const eventTypeFor = (test: string) => `${test}.${type.toLowerCase()}`;

  it("publishes each event, signed, and records the broker's answer", async () => {
    const eventType = eventTypeFor("published");
    const webhook = await create(eventType, PORTS[type]);
    const payload = { amount: 4200, currency: "EUR" };
    await publish(t, { type: eventType, payload });
    const [delivery] = await waitFor("the delivery to succeed", async () => {
      const found = await deliveriesOf(t, { webhookId: webhook.id });
      return found[0]?.status === "SUCCEEDED" ? found : null;
    });
    const messages = await waitFor("the message to arrive", async () => {
      const received = await harness.received(eventType);
      return received.length > 0 ? received : null;
    });
    expect(messages).toHaveLength(1);
    const target = harness.targetOf(eventType);
    expect(messages[0]!.target).toBe(target);
    expectSignedMessage(messages[0]!, webhook.secret, eventType, payload);
    expect(messages[0]!.headers["webhook-id"]).toBe(delivery!.messageId);
    const [attempt] = delivery!.attempts ?? [];
    const answer = JSON.parse(attempt!.responseBody!) as Record<string, unknown>;
    if (type === "NATS_JETSTREAM") expect(answer).toMatchObject({ seq: expect.any(Number), duplicate: false });
    if (type === "REDIS_STREAM") expect(answer.id).toMatch(/^\d+-\d+$/);
    if (type === "RABBITMQ") expect(answer).toMatchObject({ routingKey: target, confirmed: true });
    if (type === "MQTT") expect(answer).toMatchObject({ topic: target });
    expect(attempt!.url).toBe(harness.url(PORTS[type]));
  });

  it("previews and tests like an HTTP webhook; the password is shown only as a hint", async () => {
    const eventType = eventTypeFor("tested");
    // RabbitMQ's guest checks its password; the other servers here take any client.
    const password = type === "RABBITMQ" ? "guest" : "s3cret-pass";
    const webhook = await create(eventType, PORTS[type], {
      destinationSettings: { ...harness.settings, password },
      // Mosquitto takes a password only with a user name.
      ...(type === "MQTT" ? { url: harness.url(PORTS[type]).replace("//", "//hookrelay@") } : {}),
    });
    const state = await webhookState(t, webhook.id);
    expect(state.destinationSettings.secretHint).toBe(password.slice(-4));
    const preview = member(
      (await t.gql(PreviewWebhookPayloadDocument, { id: webhook.id, eventType, payload: { n: 1 } })).data
        ?.previewWebhookPayload,
      "WebhookPayloadPreview",
    );
    expect(preview.target).toBe(harness.targetOf(eventType));
    expect(preview.url).not.toContain(`:${password}@`);
    expect(JSON.parse(preview.body)).toMatchObject({ type: eventType, data: { n: 1 } });
    expect(preview.body).not.toContain(password);
    const tested = member(
      (await t.gql(TestWebhookDocument, { input: { id: webhook.id, eventType, payload: { n: 2 } } })).data?.testWebhook,
      "TestWebhookPayload",
    );
    expect(tested.attempt).toMatchObject({ succeeded: true, failureTrigger: null });
    await waitFor("the test message", async () => (await harness.received(eventType)).length === 1);
  });

  it("loses nothing while the broker is away: attempts fail with CONNECTION and retries deliver", async () => {
    const eventType = eventTypeFor("away");
    const proxy: TcpProxy = await startTcpProxy(PORTS[type]);
    try {
      const webhook = await create(eventType, proxy.port, {
        failureHandling: {
          retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 20 },
          timeoutSeconds: 5,
          suspend: false,
        },
      });
      await publish(t, { type: eventType, payload: { n: "first" } });
      await waitFor("the first delivery", async () => (await harness.received(eventType)).length === 1);
      await proxy.stop();
      await publish(t, { type: eventType, payload: { n: "second" } });
      await publish(t, { type: eventType, payload: { n: "third" } });
      const failed = await waitFor("attempts to fail while the broker is away", async () => {
        const found = await deliveriesOf(t, { webhookId: webhook.id });
        const attempts = found.flatMap((delivery) => delivery.attempts ?? []).filter((attempt) => !attempt.succeeded);
        return attempts.length >= 2 ? attempts : null;
      });
      for (const attempt of failed) expect(attempt.failureTrigger).toBe("CONNECTION");
      await proxy.start();
      await waitFor("every delivery to succeed once the broker is back", async () => {
        const found = await deliveriesOf(t, { webhookId: webhook.id });
        return found.length === 3 && found.every((delivery) => delivery.status === "SUCCEEDED");
      });
      const received = await waitFor("all three messages", async () => {
        const all = await harness.received(eventType);
        return all.length >= 3 ? all : null;
      });
      expect(received.map((message) => (JSON.parse(message.body) as { data: { n: string } }).data.n).sort()).toEqual([
        "first",
        "second",
        "third",
      ]);
    } finally {
      await proxy.stop();
    }
  });
});

describe("broker refusals", () => {
  it("RabbitMQ: an exchange that does not exist, and a message no queue takes, are REFUSED", async () => {
    const missing = await createWebhook(t, {
      type: "RABBITMQ",
      url: "amqp://guest@127.0.0.1:5672",
      eventTypes: ["refusal.*"],
      destinationSettings: { exchange: unique(), password: "guest" },
    });
    const unroutable = await createWebhook(t, {
      type: "RABBITMQ",
      url: "amqp://guest@127.0.0.1:5672",
      eventTypes: ["refusal.*"],
      // The default exchange routes to the queue named by the routing key: there is none.
      destinationSettings: { routingKeyTemplate: unique(), password: "guest" },
    });
    for (const [webhook, detail] of [
      [missing, /NOT_FOUND - no exchange/],
      [unroutable, /routed the message to no queue/],
    ] as const) {
      const tested = member(
        (await t.gql(TestWebhookDocument, { input: { id: webhook.id } })).data?.testWebhook,
        "TestWebhookPayload",
      );
      expect(tested.attempt).toMatchObject({ succeeded: false, failureTrigger: "REFUSED" });
      expect(tested.attempt.failureMessage).toMatch(detail);
    }
  });

  it("RabbitMQ: a wrong password is REFUSED, and the right one, given, works at once", async () => {
    const webhook = await createWebhook(t, {
      type: "RABBITMQ",
      url: "amqp://guest@127.0.0.1:5672",
      eventTypes: ["refusal.*"],
      destinationSettings: { exchange: "amq.topic", password: "not-the-password" },
    });
    const test = async () =>
      member((await t.gql(TestWebhookDocument, { input: { id: webhook.id } })).data?.testWebhook, "TestWebhookPayload")
        .attempt;
    expect(await test()).toMatchObject({ succeeded: false, failureTrigger: "REFUSED" });
    expect((await test()).failureMessage).toMatch(/ACCESS.REFUSED/);
    member(
      (
        await t.gql(UpdateOutgoingWebhookDocument, {
          input: { id: webhook.id, destinationSettings: { exchange: "amq.topic", password: "guest" } },
        })
      ).data?.updateOutgoingWebhook,
      "UpdateOutgoingWebhookPayload",
    );
    // amq.topic routes webhook.test to no queue: RabbitMQ accepted the login and answered the message.
    expect(await test()).toMatchObject({ succeeded: false, failureTrigger: "REFUSED" });
    expect((await test()).failureMessage).toMatch(/routed the message to no queue/);
  });

  it("NATS: a subject no stream takes is REFUSED", async () => {
    const webhook = await createWebhook(t, {
      type: "NATS_JETSTREAM",
      url: "nats://127.0.0.1:4222",
      eventTypes: ["refusal.*"],
      destinationSettings: { subjectTemplate: `${unique()}.{type}` },
    });
    const tested = member(
      (await t.gql(TestWebhookDocument, { input: { id: webhook.id } })).data?.testWebhook,
      "TestWebhookPayload",
    );
    expect(tested.attempt).toMatchObject({ succeeded: false, failureTrigger: "REFUSED" });
    expect(tested.attempt.failureMessage).toMatch(/no stream takes subject/);
  });

  it("Redis: a key that holds something else is REFUSED with Redis's reply", async () => {
    const key = unique();
    const redis = new Redis({ host: "127.0.0.1", port: 6379 });
    await redis.set(key, "not a stream");
    try {
      const webhook = await createWebhook(t, {
        type: "REDIS_STREAM",
        url: "redis://127.0.0.1:6379",
        eventTypes: ["refusal.*"],
        destinationSettings: { streamKeyTemplate: key },
      });
      const tested = member(
        (await t.gql(TestWebhookDocument, { input: { id: webhook.id } })).data?.testWebhook,
        "TestWebhookPayload",
      );
      expect(tested.attempt).toMatchObject({ succeeded: false, failureTrigger: "REFUSED" });
      expect(tested.attempt.failureMessage).toMatch(/WRONGTYPE/);
    } finally {
      await redis.del(key);
      redis.disconnect();
    }
  });
});

describe("broker settings", () => {
  const attempt = async (input: Partial<CreateOutgoingWebhookInput>) =>
    (
      await t.gql((await import("@hookrelay/client")).CreateOutgoingWebhookDocument, {
        input: { name: unique(), eventTypes: ["invoice.*"], type: "RABBITMQ", url: "amqp://127.0.0.1", ...input },
      })
    ).data?.createOutgoingWebhook;

  it.each([
    [{ url: "https://example.com/hook" }, ["input", "url"], "must use amqp or amqps for type RABBITMQ"],
    [{ type: "SLACK" as const, url: "amqp://127.0.0.1" }, ["input", "url"], "must use http or https for type SLACK"],
    [{ url: "amqp://user:pw@127.0.0.1" }, ["input", "url"], "must not contain a password"],
    [
      { type: "NATS_JETSTREAM" as const, url: "nats://127.0.0.1", destinationSettings: { subjectTemplate: "a.*" } },
      ["input", "destinationSettings", "subjectTemplate"],
      "must be a subject",
    ],
    [
      { type: "MQTT" as const, url: "mqtt://127.0.0.1", destinationSettings: { topicTemplate: "x/{tenant}" } },
      ["input", "destinationSettings", "topicTemplate"],
      "must use no placeholder but {type}",
    ],
    [
      { type: "REDIS_STREAM" as const, url: "redis://127.0.0.1", destinationSettings: { maxLength: 0 } },
      ["input", "destinationSettings", "maxLength"],
      "must be at least 1",
    ],
    [
      { destinationSettings: { apiKey: "x" } },
      ["input", "destinationSettings", "apiKey"],
      "is not a setting of type RABBITMQ",
    ],
  ])("refuses %j", async (input, path, message) => {
    const answer = await attempt(input);
    expect(answer?.__typename).toBe("ValidationError");
    const issues = answer && "issues" in answer ? answer.issues : [];
    expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it("changing a webhook to a broker type needs a URL of the broker's scheme", async () => {
    const webhook = await createWebhook(t, { url: "https://example.com/hook", eventTypes: ["invoice.*"] });
    const answer = (await t.gql(UpdateOutgoingWebhookDocument, { input: { id: webhook.id, type: "REDIS_STREAM" } }))
      .data?.updateOutgoingWebhook;
    expect(answer).toMatchObject({
      __typename: "ValidationError",
      issues: [
        expect.objectContaining({ path: ["input", "url"], message: "must use redis or rediss for type REDIS_STREAM" }),
      ],
    });
  });
});

describe("the broker sender", () => {
  it("pools one connection per webhook, replaces it when the webhook changes, and closes it when idle", async () => {
    const proxy = await startTcpProxy(6379);
    const sender = new BrokerSender({ allowPrivateDestinations: true, idleMs: 1000 });
    const key = unique();
    const destination = (maxLength: number) => ({
      webhookId: "one",
      type: "REDIS_STREAM" as const,
      url: `redis://127.0.0.1:${proxy.port}`,
      settings: { streamKeyTemplate: key, maxLength },
      password: null,
    });
    const message = {
      target: key,
      body: "{}",
      headers: {},
      messageId: "msg_1",
      deliveryId: "d1",
      type: "invoice.paid",
    };
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () => sender.publish(destination(100), message, 5000)),
      );
      expect(outcomes.every((outcome) => outcome.succeeded)).toBe(true);
      expect(proxy.accepted).toBe(1);
      expect((await sender.publish(destination(200), message, 5000)).succeeded).toBe(true);
      expect(proxy.accepted).toBe(2);
      await waitFor("the replaced connection to close", () => proxy.open === 1);
      await waitFor("the idle connection to close", () => proxy.open === 0);
      expect(sender.openConnections).toBe(0);
    } finally {
      await sender.close();
      await proxy.stop();
      const redis = new Redis({ host: "127.0.0.1", port: 6379 });
      await redis.del(key);
      redis.disconnect();
    }
  });

  it("reaches a broker at an IPv6 address", async () => {
    const sender = new BrokerSender({ allowPrivateDestinations: true });
    const key = unique();
    try {
      const outcome = await sender.publish(
        {
          webhookId: "ipv6",
          type: "REDIS_STREAM",
          url: "redis://[::1]:6379",
          settings: { streamKeyTemplate: key },
          password: null,
        },
        { target: key, body: "{}", headers: {}, messageId: "m", deliveryId: "d", type: "t" },
        5000,
      );
      expect(outcome).toMatchObject({ succeeded: true, responseBody: expect.stringContaining(key) });
    } finally {
      await sender.close();
      const redis = new Redis({ host: "127.0.0.1", port: 6379 });
      await redis.del(key);
      redis.disconnect();
    }
  });

  it("refuses a broker on a private address unless ALLOW_PRIVATE_DESTINATIONS", async () => {
    const sender = new BrokerSender({ allowPrivateDestinations: false });
    try {
      const outcome = await sender.publish(
        {
          webhookId: "guarded",
          type: "REDIS_STREAM",
          url: "redis://127.0.0.1:6379",
          settings: { streamKeyTemplate: "never" },
          password: null,
        },
        { target: "never", body: "{}", headers: {}, messageId: "m", deliveryId: "d", type: "t" },
        5000,
      );
      expect(outcome).toMatchObject({ succeeded: false, failureTrigger: "BLOCKED_DESTINATION" });
    } finally {
      await sender.close();
    }
  });
});
