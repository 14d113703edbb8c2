// Live updates: GraphQL subscriptions read over real HTTP streams (Server-Sent Events), fed by the
// database's change notifications, on PGlite and on PostgreSQL.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-sse";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { PROCESS_TEST_TIMEOUT_MS, startServer } from "./support/process.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { openEventStream, untilOpenSubscriptions, type EventStream, type SubscriptionDocument } from "./support/sse.js";
import { publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import { graphql } from "./generated/index.js";
import {
  AlertChangedDocument,
  CreateIncomingWebhookDocument,
  DeliveryDocument,
  DeliveryUpdatedDocument,
  IncomingEventReceivedDocument,
  UpdateOutgoingWebhookDocument,
  WebhookChangedDocument,
  type DeliveryUpdatedSubscription,
} from "@hookrelay/client";
import { createTestDatabase } from "./support/database.js";

let t: TestService;
let receiver: Receiver;
const streams: EventStream<unknown>[] = [];

beforeAll(async () => {
  t = await startTestService({
    MAX_SUBSCRIPTIONS_PER_KEY: "3",
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
  });
  receiver = await startReceiver();
});
// A failed test leaves no stream open for the next one to count.
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await untilOpen(0);
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
});

/** Opens a subscription on the test service (closed after the tests). */
async function subscribe<Data, Variables>(
  document: SubscriptionDocument<Data, Variables>,
  variables: Variables,
  key: string | null = t.adminKey,
  url = `${t.url}/graphql`,
): Promise<EventStream<Data>> {
  const stream = await openEventStream(url, document, variables, key);
  streams.push(stream);
  return stream;
}

/** Waits until the service holds `count` open subscriptions. */
const untilOpen = (count: number, service = t) => untilOpenSubscriptions(service, count);

const createKey = graphql(`mutation LiveCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { key apiKey { id } } }
}`);
const revokeKey = graphql(`mutation LiveRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }`);

async function newKey(
  scopes: ("WEBHOOKS_VIEW" | "DELIVERIES_VIEW" | "WEBHOOKS_EDIT")[],
): Promise<{ key: string; id: string }> {
  const created = member(
    (await t.gql(createKey, { input: { name: `live ${Math.random()}`, scopes } })).data?.createApiKey,
    "CreateApiKeyPayload",
  );
  return { key: created.key, id: created.apiKey.id };
}

type DeliveryUpdate = DeliveryUpdatedSubscription["deliveryUpdated"];
const statuses = (stream: EventStream<DeliveryUpdatedSubscription>) =>
  stream.results().map((result) => result.data?.deliveryUpdated?.status);

describe("deliveryUpdated", () => {
  it("streams a publish's PENDING then SUCCEEDED, in order, with the delivery as loaded under the tenant", async () => {
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["live.ordered"] });
    const stream = await subscribe(DeliveryUpdatedDocument, { filter: { webhookId: hook.id } });
    expect(stream.status).toBe(200);
    await untilOpen(1);
    const published = await publish(t, { type: "live.ordered" });
    await stream.until(() => statuses(stream).includes("SUCCEEDED"));
    expect(statuses(stream)).toEqual(["PENDING", "SUCCEEDED"]);
    const [pending, succeeded] = stream.results().map((result) => result.data!.deliveryUpdated) as [
      DeliveryUpdate,
      DeliveryUpdate,
    ]; // two, as checked above
    expect(pending).toMatchObject({ attemptCount: 0 });
    expect(succeeded).toMatchObject({
      attemptCount: 1,
      delivery: { status: "SUCCEEDED", eventType: "live.ordered", attemptCount: 1 },
    });
    expect(succeeded.deliveryId).toBe(pending.deliveryId);
    expect(decodeGlobalID(succeeded.deliveryId).typename).toBe("Delivery");
    expect(new Date(succeeded.changedAt).getTime()).toBeGreaterThanOrEqual(new Date(pending.changedAt).getTime());
    expect(succeeded.delivery?.event?.id).toBe(published.event.id);
    stream.close();
    await untilOpen(0);
  });

  it("shows both attempts of a receiver that answers 500 and then 200", async () => {
    const flaky = await startReceiver((_request, index) => ({ status: index === 0 ? 500 : 200 }));
    try {
      const hook = await createWebhook(t, {
        url: flaky.url,
        eventTypes: ["live.flaky"],
        failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 2 } },
      });
      const stream = await subscribe(DeliveryUpdatedDocument, { filter: { webhookId: hook.id } });
      await untilOpen(1);
      await publish(t, { type: "live.flaky" });
      await stream.until(() => statuses(stream).includes("SUCCEEDED"));
      const updates = stream.results().map((result) => result.data!.deliveryUpdated);
      expect(updates.map((update) => [update.status, update.attemptCount])).toEqual([
        ["PENDING", 0],
        ["FAILED", 1],
        ["SUCCEEDED", 2],
      ]);
      expect(updates[2]!.delivery!.attempts!.map((attempt) => attempt.responseStatus)).toEqual([500, 200]);
      stream.close();
      await untilOpen(0);
    } finally {
      await flaky.close();
    }
  });

  it("builds the delivery from the change it carries, equal to the delivery read back; a long failure message is read", async () => {
    const hook = await createWebhook(t, {
      url: receiver.url,
      eventTypes: ["live.built"],
      type: "CUSTOM",
      destinationSettings: {
        expression: '$exists(event.data.reason) ? $error("refused: " & event.data.reason) : { "ok": true }',
      },
    });
    const stream = await subscribe(DeliveryUpdatedDocument, { filter: { webhookId: hook.id } });
    await untilOpen(1);
    const finished = () => stream.results().filter((result) => result.data?.deliveryUpdated.status === "DIVERTED");
    // The trigger leaves the row out of a notification whose failure message is over 2,000 bytes.
    for (const reason of ["short", "x".repeat(3000)]) {
      const count = finished().length + 1;
      await publish(t, { type: "live.built", payload: { reason } });
      await stream.until(() => finished().length >= count);
    }
    const [carried, read] = finished().map((result) => result.data!.deliveryUpdated) as [
      DeliveryUpdate,
      DeliveryUpdate,
    ];
    expect(carried.delivery?.failureMessage).toContain("refused: short");
    expect(read.delivery?.failureMessage).toContain("x".repeat(3000));
    // Each message's delivery is the one a query reads now (both are finished: nothing changed since),
    // and the first PENDING message shows the delivery as that change left it.
    for (const update of [carried, read]) {
      const loaded = await t.gql(DeliveryDocument, { id: update.deliveryId });
      expect(update.delivery).toEqual(loaded.data?.delivery);
    }
    const pending = stream.results()[0]!.data!.deliveryUpdated;
    expect(pending.delivery).toMatchObject({ status: "PENDING", attemptCount: 0, completedAt: null });
  });

  it("filters by status and event, and never shows another tenant's deliveries", async () => {
    const other = await createTenant(t.service.database.prisma, `live other ${Date.now()}`);
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["live.tenant"] });
    const otherHook = await createWebhook(t, { url: receiver.url, eventTypes: ["live.tenant"] }, other.adminKey);
    const foreign = await subscribe(DeliveryUpdatedDocument, {}, other.adminKey);
    const succeededOnly = await subscribe(DeliveryUpdatedDocument, {
      filter: { statuses: ["SUCCEEDED"], webhookId: hook.id },
    });
    await untilOpen(2);
    const mine = await publish(t, { type: "live.tenant" });
    await succeededOnly.until(() => succeededOnly.results().length >= 1);
    expect(statuses(succeededOnly)).toEqual(["SUCCEEDED"]);
    // Changes reach the hub in commit order: once the other tenant sees its own later delivery
    // succeed, it would have seen the first tenant's had it been sent.
    const theirs = await publish(t, { type: "live.tenant" }, other.adminKey);
    await foreign.until(() => statuses(foreign).includes("SUCCEEDED"));
    const seen = foreign.results().map((result) => result.data!.deliveryUpdated.delivery!);
    expect(seen.length).toBe(2);
    expect(seen.every((delivery) => delivery.event?.id === theirs.event.id)).toBe(true);
    expect(seen.some((delivery) => delivery.event?.id === mine.event.id)).toBe(false);
    expect(otherHook.id).not.toBe(hook.id);

    const byEvent = await subscribe(DeliveryUpdatedDocument, { filter: { eventId: mine.event.id } });
    await untilOpen(3);
    const redeliver = graphql(
      `mutation LiveRedeliver($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }`,
    );
    const deliveryId = succeededOnly.results()[0]!.data!.deliveryUpdated.deliveryId;
    expect((await t.gql(redeliver, { id: deliveryId })).data?.redeliverDelivery.__typename).toBe(
      "RedeliverDeliveryPayload",
    );
    await byEvent.until(() => statuses(byEvent).includes("SUCCEEDED"));
    expect(statuses(byEvent)).toEqual(["PENDING", "SUCCEEDED"]);
    for (const stream of [foreign, succeededOnly, byEvent]) stream.close();
    await untilOpen(0);
  });

  it("applies the filter however the document spells it: a variable of another name, a variable inside the input", async () => {
    const first = await createWebhook(t, { url: receiver.url, eventTypes: ["live.spelled.a"] });
    const second = await createWebhook(t, { url: receiver.url, eventTypes: ["live.spelled.b"] });
    const inline = await subscribe(
      graphql(
        `subscription LiveInline($id: ID!) { deliveryUpdated(filter: { webhookId: $id, statuses: [SUCCEEDED] }) { delivery { eventType } } }`,
      ),
      { id: first.id },
    );
    const renamed = await subscribe(
      graphql(
        `subscription LiveRenamed($which: DeliveryUpdateFilter) { deliveryUpdated(filter: $which) { delivery { eventType } } }`,
      ),
      { which: { webhookId: second.id, statuses: ["SUCCEEDED"] } },
    );
    await untilOpen(2);
    await publish(t, { type: "live.spelled.a" });
    await publish(t, { type: "live.spelled.b" });
    await publish(t, { type: "live.spelled.a" });
    await inline.until(() => inline.results().length >= 2);
    await renamed.until(() => renamed.results().length >= 1);
    expect(inline.results().map((result) => result.data?.deliveryUpdated.delivery?.eventType)).toEqual([
      "live.spelled.a",
      "live.spelled.a",
    ]);
    expect(renamed.results().map((result) => result.data?.deliveryUpdated.delivery?.eventType)).toEqual([
      "live.spelled.b",
    ]);
  });

  it("refuses a key without the scope, a malformed id, and subscriptions past MAX_SUBSCRIPTIONS_PER_KEY", async () => {
    const viewOnly = await newKey(["WEBHOOKS_VIEW"]);
    const refused = await subscribe(DeliveryUpdatedDocument, {}, viewOnly.key);
    expect(await refused.ended).toBe(true);
    expect(refused.results()[0]?.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const deliveriesOnly = await newKey(["DELIVERIES_VIEW"]);
    const webhooksRefused = await subscribe(WebhookChangedDocument, {}, deliveriesOnly.key);
    expect(await webhooksRefused.ended).toBe(true);
    expect(webhooksRefused.results()[0]?.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const anonymous = await subscribe(DeliveryUpdatedDocument, {}, null);
    expect(await anonymous.ended).toBe(true);
    expect(anonymous.results()[0]?.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    const malformed = await subscribe(DeliveryUpdatedDocument, { filter: { webhookId: "nope" } });
    expect(await malformed.ended).toBe(true);
    expect(malformed.results()[0]?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });

    const limited = await newKey(["DELIVERIES_VIEW", "WEBHOOKS_VIEW"]);
    const open = [
      await subscribe(DeliveryUpdatedDocument, {}, limited.key),
      await subscribe(WebhookChangedDocument, {}, limited.key),
      await subscribe(AlertChangedDocument, {}, limited.key),
    ];
    await untilOpen(3);
    const fourth = await subscribe(DeliveryUpdatedDocument, {}, limited.key);
    expect(await fourth.ended).toBe(true);
    expect(fourth.results()[0]?.errors?.[0]).toMatchObject({
      extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
      message: expect.stringContaining("MAX_SUBSCRIPTIONS_PER_KEY"),
    });
    // Another key has its own allowance; closing one stream frees a place.
    const otherKey = await subscribe(DeliveryUpdatedDocument, {});
    await untilOpen(4);
    open[0]!.close();
    otherKey.close();
    await untilOpen(2);
    const again = await subscribe(DeliveryUpdatedDocument, {}, limited.key);
    await untilOpen(3);
    for (const stream of [...open, again]) stream.close();
    await untilOpen(0);
  });

  it("ends a revoked key's streams with UNAUTHENTICATED and a complete message", async () => {
    const doomed = await newKey(["DELIVERIES_VIEW", "WEBHOOKS_VIEW"]);
    const first = await subscribe(DeliveryUpdatedDocument, {}, doomed.key);
    const second = await subscribe(WebhookChangedDocument, {}, doomed.key);
    await untilOpen(2);
    expect((await t.gql(revokeKey, { id: doomed.id })).data?.revokeApiKey.__typename).toBe("RevokeApiKeyPayload");
    for (const stream of [first, second]) {
      expect(await stream.ended).toBe(true);
      expect(stream.results().at(-1)?.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await untilOpen(0);
  });
});

describe("webhookChanged", () => {
  it("streams edits, disabling, secret rotation and a suspension by the worker", async () => {
    const failing = await startReceiver(() => ({ status: 500 }));
    try {
      const hook = await createWebhook(t, {
        url: failing.url,
        eventTypes: ["live.suspend"],
        failureHandling: { retryStrategy: { type: "NONE" }, suspend: true, suspendAfterConsecutiveFailures: 1 },
      });
      const stream = await subscribe(WebhookChangedDocument, { filter: { ids: [hook.id] } });
      const suspensions = await subscribe(WebhookChangedDocument, {
        filter: { kind: "OUTGOING", changes: ["SUSPENDED"] },
      });
      await untilOpen(2);
      const changes = () => stream.results().map((result) => result.data?.webhookChanged?.change);
      await publish(t, { type: "live.suspend" });
      await stream.until(() => changes().includes("SUSPENDED"));
      await suspensions.until(() => suspensions.results().length >= 1);
      expect(suspensions.results()[0]!.data!.webhookChanged).toMatchObject({
        webhookId: hook.id,
        change: "SUSPENDED",
        webhook: { suspended: true },
      });

      const updated = await t.gql(UpdateOutgoingWebhookDocument, { input: { id: hook.id, name: "renamed live hook" } });
      expect(updated.data?.updateOutgoingWebhook.__typename).toBe("UpdateOutgoingWebhookPayload");
      await stream.until(() => changes().includes("UPDATED"));
      const disable = graphql(`mutation LiveDisable($id: ID!) { disableWebhook(input: { id: $id }) { __typename } }`);
      await t.gql(disable, { id: hook.id });
      await stream.until(() => changes().includes("DISABLED"));
      const rotate = graphql(
        `mutation LiveRotate($id: ID!) { rotateWebhookSecret(input: { id: $id }) { __typename } }`,
      );
      expect((await t.gql(rotate, { id: hook.id })).data?.rotateWebhookSecret.__typename).toBe(
        "RotateWebhookSecretPayload",
      );
      await stream.until(() => changes().includes("SECRET_ROTATED"));
      const remove = graphql(`mutation LiveDelete($id: ID!) { deleteWebhook(input: { id: $id }) { __typename } }`);
      await t.gql(remove, { id: hook.id });
      await stream.until(() => changes().includes("DELETED"));
      expect(changes()).toEqual(["SUSPENDED", "UPDATED", "DISABLED", "SECRET_ROTATED", "DELETED"]);
      const results = stream.results().map((result) => result.data!.webhookChanged);
      expect(results[1]!.webhook).toMatchObject({ name: "renamed live hook" });
      expect(results[4]).toMatchObject({ webhookId: hook.id, kind: "OUTGOING", webhook: null });
      expect(suspensions.results()).toHaveLength(1);
      stream.close();
      suspensions.close();
      await untilOpen(0);
    } finally {
      await failing.close();
    }
  });
});

describe("incoming webhooks", () => {
  it("streams each incoming event and its alert opening and resolving", async () => {
    const created = await t.gql(CreateIncomingWebhookDocument, {
      input: { name: `live incoming ${Date.now()}`, plugin: { pluginId: "prometheus-alertmanager" } },
    });
    const webhook = member(created.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
    const events = await subscribe(IncomingEventReceivedDocument, { filter: { webhookId: webhook.id } });
    const alerts = await subscribe(AlertChangedDocument, { filter: { webhookId: webhook.id } });
    const resolvedOnly = await subscribe(AlertChangedDocument, { filter: { states: ["RESOLVED"] } });
    await untilOpen(3);
    const post = async (fixture: string) => {
      const response = await fetch(webhook.webhookUrl!, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: readFileSync(new URL(`./fixtures/incoming/${fixture}`, import.meta.url)),
      });
      expect(response.status).toBe(202);
    };
    await post("alertmanager-firing.json");
    await alerts.until(() => alerts.results().length >= 1);
    await post("alertmanager-resolved.json");
    await resolvedOnly.until(() => resolvedOnly.results().length >= 1);
    await alerts.until(() => alerts.results().some((result) => result.data?.alertChanged?.state === "RESOLVED"));
    const alertStates = alerts.results().map((result) => result.data!.alertChanged.state);
    expect(alertStates[0]).toBe("TRIGGERED");
    expect(alertStates.at(-1)).toBe("RESOLVED");
    expect(resolvedOnly.results()[0]!.data!.alertChanged).toMatchObject({
      state: "RESOLVED",
      alert: { state: "RESOLVED" },
    });
    const eventTypes = () => events.results().map((result) => result.data?.incomingEventReceived?.eventType);
    await events.until(() => eventTypes().includes("RECOVERY"));
    expect(eventTypes()[0]).toBe("ALERT");
    for (const stream of [events, alerts, resolvedOnly]) stream.close();
    await untilOpen(0);
  });
});

describe("transports", () => {
  it("serves graphql-sse's single-connection mode at /graphql/stream", async () => {
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["live.single"] });
    const client = createClient({
      url: `${t.url}/graphql/stream`,
      singleConnection: true,
      headers: { authorization: `Bearer ${t.adminKey}` },
      retryAttempts: 0,
    });
    const seen: string[] = [];
    const errors: unknown[] = [];
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const unsubscribe = client.subscribe<{ deliveryUpdated: { status: string } }>(
      { query: DeliveryUpdatedDocument.toString(), variables: { filter: { webhookId: hook.id } } },
      {
        next: (value) => {
          if (value.data) seen.push(value.data.deliveryUpdated.status);
          if (seen.includes("SUCCEEDED")) resolveDone();
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    await untilOpen(1);
    await publish(t, { type: "live.single" });
    await done;
    expect(seen).toEqual(["PENDING", "SUCCEEDED"]);
    expect(errors).toEqual([]);
    // Lazy (the default): the client closes its one stream when its last subscription goes.
    unsubscribe();
    await untilOpen(0);
  });

  it("ends every stream with a last message and a complete on shutdown, not a reset", async () => {
    const own = await startTestService();
    try {
      const stream = await openEventStream(`${own.url}/graphql`, DeliveryUpdatedDocument, {}, own.adminKey);
      await untilOpen(1, own);
      await own.restart();
      expect(await stream.ended).toBe(true);
      expect(stream.results().at(-1)?.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    } finally {
      await own.stop();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("across processes (PostgreSQL)", () => {
  it(
    "streams, from an API process, the attempts a separate worker process makes",
    { timeout: PROCESS_TEST_TIMEOUT_MS },
    async () => {
      const database = await createTestDatabase();
      const api = await startTestService({ ROLE: "api" }, database);
      const worker = startServer({ ...database.env, ROLE: "worker", ALLOW_PRIVATE_DESTINATIONS: "true" });
      try {
        await worker.listening;
        const hook = await createWebhook(api, { url: receiver.url, eventTypes: ["live.apart"] });
        const stream = await openEventStream(
          `${api.url}/graphql`,
          DeliveryUpdatedDocument,
          { filter: { webhookId: hook.id } },
          api.adminKey,
        );
        await untilOpen(1, api);
        await publish(api, { type: "live.apart" });
        await stream.until(() => statuses(stream).includes("SUCCEEDED"));
        expect(statuses(stream)).toEqual(["PENDING", "SUCCEEDED"]);
        stream.close();
      } finally {
        worker.child.kill("SIGTERM");
        await worker.exited;
        await api.stop();
      }
    },
  );
});
