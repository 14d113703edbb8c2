import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { createTenant } from "../src/tenants/tenants.js";
import { notifyDeliveriesQueued } from "../src/delivery/delivery-queue.js";
import { DELIVERIES_CHANNEL } from "../src/events/events.js";
import { createHistoryPartitions } from "../src/retention/history-retention.js";
import { startTestService, type TestService } from "./support/service.js";
import { refusingUrl, startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { deliveriesOf, publish, publishResult } from "./support/delivery.js";
import { createWebhook, webhookState } from "./support/webhooks.js";
import { DeliveryDocument, type FailureHandlingInput } from "@hookrelay/client";
import type { PublishEventInput } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { member } from "./support/typed.js";
import type { AnyJson } from "./support/json.js";

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({
    ALLOW_PRIVATE_DESTINATIONS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
    WORKER_LEASE_SECONDS: "2",
  });
  receiver = await startReceiver();
});
afterAll(async () => {
  await t.stop();
  await receiver.close();
});

/** A fast failure handling for tests: one retry after about a second, 1 s timeout. */
const FAST: FailureHandlingInput = {
  retryStrategy: { type: "LINEAR", intervalSeconds: 1, attempts: 1 },
  timeoutSeconds: 1,
};

/**
 * The webhook's deliveries once at least `count` exist and all are finished. Polled with two counts,
 * not the whole page: on the embedded database every poll runs in the worker's thread.
 */
async function finished(webhookId: string, count = 1): Promise<AnyJson[]> {
  const where = { webhookId: decodeGlobalID(webhookId).id };
  const prisma = t.service.database.prisma;
  await waitFor(`${count} finished deliveries`, async () => {
    const [all, open] = await Promise.all([
      prisma.delivery.count({ where }),
      prisma.delivery.count({ where: { ...where, completedAt: null } }),
    ]);
    return all >= count && open === 0;
  });
  return deliveriesOf(t, { webhookId });
}

const received = (target: Receiver, path: string) => target.requests.filter((request) => request.path === path);

describe("publishEvent", () => {
  it("fans out to every subscribed, enabled webhook of the tenant and project, signed per Standard Webhooks", async () => {
    const project = `p${Date.now()}`;
    const exact = await createWebhook(t, {
      url: `${receiver.url}?exact`,
      eventTypes: ["order.created"],
      projectId: project,
      headers: [{ name: "X-Team", values: ["billing"] }],
    });
    const prefix = await createWebhook(t, {
      url: `${receiver.url}?prefix`,
      eventTypes: ["order.*"],
      projectId: project,
    });
    await createWebhook(t, { url: `${receiver.url}?other-type`, eventTypes: ["invoice.paid"], projectId: project });
    await createWebhook(t, {
      url: `${receiver.url}?disabled`,
      eventTypes: ["order.created"],
      projectId: project,
      enabled: false,
    });
    await createWebhook(t, {
      url: `${receiver.url}?other-project`,
      eventTypes: ["order.created"],
      projectId: `${project}-b`,
    });
    const other = await createTenant(t.service.database.prisma, "other tenant");
    await createWebhook(
      t,
      { url: `${receiver.url}?other-tenant`, eventTypes: ["*"], projectId: project },
      other.adminKey,
    );

    const occurredAt = "2026-01-02T03:04:05.678Z";
    const result = await publish(t, {
      type: "order.created",
      payload: { order: 7, lines: [1, 2] },
      projectId: project,
      occurredAt,
    });
    expect(result).toMatchObject({
      __typename: "PublishEventPayload",
      deliveryCount: 2,
      duplicate: false,
      event: { type: "order.created", payload: { order: 7, lines: [1, 2] }, occurredAt },
    });

    for (const [hook, query] of [
      [exact, "?exact"],
      [prefix, "?prefix"],
    ] as const) {
      const [delivery] = await finished(hook.id);
      expect(delivery).toMatchObject({
        status: "SUCCEEDED",
        attemptCount: 1,
        isTest: false,
        eventType: "order.created",
        nextAttemptAt: null,
        event: { id: result.event.id },
      });
      const [request] = received(receiver, `/hook${query}`);
      expect(request).toBeDefined();
      expect(request!.method).toBe("POST");
      expect(request!.headers["content-type"]).toBe("application/json");
      expect(request!.headers["user-agent"]).toMatch(/^hookrelay\/\d+\.\d+\.\d+/);
      expect(request!.headers["webhook-id"]).toBe(delivery.messageId);
      // Verified by the standardwebhooks library, not by our code.
      const verified = new StandardWebhook(hook.secret).verify(
        request!.body,
        request!.headers as Record<string, string>,
      );
      expect(verified).toEqual({
        id: delivery.messageId,
        type: "order.created",
        timestamp: occurredAt,
        data: { order: 7, lines: [1, 2] },
      });
      expect(() =>
        new StandardWebhook(`whsec_${Buffer.alloc(32, 9).toString("base64")}`).verify(
          request!.body,
          request!.headers as Record<string, string>,
        ),
      ).toThrow();
      const attempt = delivery.attempts[0];
      expect(attempt).toMatchObject({
        attemptNumber: 1,
        responseStatus: 200,
        responseBody: "ok",
        succeeded: true,
        failureTrigger: null,
        url: `${receiver.url}${query}`,
      });
      expect(attempt.requestHeaders).toContainEqual({
        name: "webhook-signature",
        value: request!.headers["webhook-signature"],
      });
    }
    expect(received(receiver, "/hook?exact")[0]!.headers["x-team"]).toBe("billing");
    // The two matching webhooks are the only ones with a delivery, so nothing can reach the others.
    const made = await deliveriesOf(t, { eventId: result.event.id });
    expect(made.map((delivery) => delivery.webhook?.id).sort()).toEqual([exact.id, prefix.id].sort());
    for (const query of ["?other-type", "?disabled", "?other-project", "?other-tenant"])
      expect(received(receiver, `/hook${query}`)).toHaveLength(0);
  });

  it("without a projectId reaches the webhooks of every project", async () => {
    const type = `fanout.${Date.now()}`;
    await createWebhook(t, { url: receiver.url, eventTypes: [type], projectId: "alpha" });
    await createWebhook(t, { url: receiver.url, eventTypes: [type] });
    expect((await publish(t, { type })).deliveryCount).toBe(2);
  });

  it.each([
    [{ type: "has space" }, ["input", "type"], "dotted name"],
    [{ type: "" }, ["input", "type"], "must not be empty"],
    [{ payload: { blob: "x".repeat(256 * 1024) } }, ["input", "payload"], "at most 262144 bytes"],
    [{ idempotencyKey: "k".repeat(300) }, ["input", "idempotencyKey"], "at most 256"],
    [{ projectId: "no spaces please" }, ["input", "projectId"], "may hold only"],
  ])("refuses %j with a ValidationError naming the field", async (input, path, message) => {
    const before = await t.service.database.prisma.event.count();
    const result = await publishResult(t, input);
    if (result.__typename !== "ValidationError")
      throw new Error(`expected a ValidationError: ${JSON.stringify(result)}`);
    expect(result.issues[0]!.path).toEqual(path);
    expect(result.issues[0]!.message).toContain(message);
    expect(await t.service.database.prisma.event.count()).toBe(before);
  });

  it("needs the events:publish scope", async () => {
    const key = await t.gql(
      graphql(
        `mutation DeliveryCreateApiKey { createApiKey(input: { name: "reader", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }`,
      ),
    );
    const result = await publishResult(t, {}, key.data!.createApiKey.key);
    expect(result).toMatchObject({ __typename: "ForbiddenError", missingScope: "EVENTS_PUBLISH" });
  });

  it("is idempotent: the same key within 24 hours returns the first event and creates nothing, even when concurrent", async () => {
    const type = `idem.${Date.now()}`;
    const hook = await createWebhook(t, { url: `${receiver.url}?idem`, eventTypes: [type] });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => publish(t, { type, idempotencyKey: "order-7", payload: { n: 1 } })),
    );
    const ids = new Set(results.map((result) => result.event.id));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(results.every((result) => result.deliveryCount === 1)).toBe(true);
    await finished(hook.id);
    expect(await t.service.database.prisma.event.count({ where: { type } })).toBe(1);
    // Older than the window: the key is free again (moved to yesterday's partition, made first).
    const aged = new Date(Date.now() - 25 * 3600 * 1000);
    await createHistoryPartitions(t.service.database.sql, 86_400, aged, new Date());
    await t.service.database.prisma.event.updateMany({
      where: { type },
      data: { createdAt: aged },
    });
    const again = await publish(t, { type, idempotencyKey: "order-7" });
    expect(again.duplicate).toBe(false);
    expect(again.event.id).not.toBe(results[0]!.event.id);
  });
});

describe("publishEvents", () => {
  const PUBLISH_MANY =
    graphql(`mutation DeliveryPublishEvents($input: PublishEventsInput!) { publishEvents(input: $input) { __typename
    ... on PublishEventsPayload { results { deliveryCount duplicate event { id type payload } } } ...MutationError } }`);
  const publishMany = async (events: PublishEventInput[], key?: string) =>
    (await t.gql(PUBLISH_MANY, { input: { events } }, key)).data!.publishEvents;

  it("publishes up to 100 events in order, each fanned out and delivered", async () => {
    const type = `batch.${Date.now()}`;
    const hook = await createWebhook(t, { url: `${receiver.url}?batch`, eventTypes: [type] });
    const result = await publishMany(Array.from({ length: 100 }, (_, n) => ({ type, payload: { n } })));
    const { results } = member(result, "PublishEventsPayload");
    expect(results.map((item) => item.event.payload)).toEqual(Array.from({ length: 100 }, (_, n) => ({ n })));
    expect(results.every((item) => item.deliveryCount === 1 && !item.duplicate)).toBe(true);
    await finished(hook.id, 100);
  });

  it("is all or none: an invalid event refuses the call, naming every bad event by its place, and stores nothing", async () => {
    const type = `batch.bad.${Date.now()}`;
    const result = await publishMany([
      { type, payload: {} },
      { type, payload: {} },
      { type, payload: {} },
      { type: "has space", payload: { deep: JSON.parse("[".repeat(70) + "]".repeat(70)) } },
    ]);
    expect(member(result, "ValidationError").issues).toEqual([
      { path: ["input", "events", "3", "type"], message: expect.stringContaining("dotted name") },
      { path: ["input", "events", "3", "payload"], message: "nested deeper than 64 levels" },
    ]);
    expect(await t.service.database.prisma.event.count({ where: { type } })).toBe(0);
    const none = await publishMany([]);
    expect(member(none, "ValidationError").issues).toEqual([
      { path: ["input", "events"], message: "must hold 1 to 100 events; this one holds 0" },
    ]);
    const tooMany = await publishMany(Array.from({ length: 101 }, () => ({ type, payload: {} })));
    expect(member(tooMany, "ValidationError").issues[0]).toMatchObject({
      path: ["input", "events"],
      message: expect.stringContaining("this one holds 101"),
    });
    expect(await t.service.database.prisma.event.count({ where: { type } })).toBe(0);
  });

  it("applies idempotency keys per event, against earlier calls and within the call", async () => {
    const type = `batch.idem.${Date.now()}`;
    await createWebhook(t, { url: `${receiver.url}?batch-idem`, eventTypes: [type] });
    const first = await publish(t, { type, idempotencyKey: "a", payload: { n: 0, tag: "x" } });
    const result = await publishMany([
      { type, idempotencyKey: "a", payload: { tag: "x", n: 0 } }, // published before this call (key order does not matter)
      { type, idempotencyKey: "b", payload: { n: 2 } },
      { type, payload: { n: 3 } },
      { type, idempotencyKey: "b", payload: { n: 2 } }, // the same key earlier in this call
    ]);
    const { results } = member(result, "PublishEventsPayload");
    expect(results.map((item) => [item.event.payload, item.duplicate, item.deliveryCount])).toEqual([
      [{ n: 0, tag: "x" }, true, 1],
      [{ n: 2 }, false, 1],
      [{ n: 3 }, false, 1],
      [{ n: 2 }, true, 1],
    ]);
    expect(results[0]!.event.id).toBe(first.event.id);
    expect(results[3]!.event.id).toBe(results[1]!.event.id);
    expect(await t.service.database.prisma.event.count({ where: { type } })).toBe(3);
  });

  it("refuses a key reused for another event (type, payload or project), earlier or in the same call, naming it and storing nothing", async () => {
    const type = `batch.reuse.${Date.now()}`;
    await publish(t, { type, idempotencyKey: "r", payload: { n: 1 } });
    const single = await publishResult(t, { type, idempotencyKey: "r", payload: { n: 2 } });
    expect(single).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringContaining("input.idempotencyKey"),
    });
    expect(await publishResult(t, { type: `${type}.other`, idempotencyKey: "r", payload: { n: 1 } })).toMatchObject({
      __typename: "ConflictError",
    });
    expect(
      await publishResult(t, { type, idempotencyKey: "r", payload: { n: 1 }, projectId: "elsewhere" }),
    ).toMatchObject({ __typename: "ConflictError" });
    const earlier = await publishMany([
      { type, payload: { n: 9 } },
      { type, idempotencyKey: "r", payload: { n: 3 } },
    ]);
    expect(earlier).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringContaining("input.events.1.idempotencyKey"),
    });
    const withinCall = await publishMany([
      { type, idempotencyKey: "s", payload: { n: 1 } },
      { type, idempotencyKey: "s", payload: { n: 2 } },
    ]);
    expect(withinCall).toMatchObject({
      __typename: "ConflictError",
      message: expect.stringContaining("earlier in this call"),
    });
    expect(await t.service.database.prisma.event.count({ where: { type } })).toBe(1); // the first publish only: all or none
  });

  it("needs the events:publish scope", async () => {
    const key = await t.gql(
      graphql(
        `mutation DeliveryCreateApiKey2 { createApiKey(input: { name: "batch reader", scopes: [WEBHOOKS_VIEW] }) { ... on CreateApiKeyPayload { key } } }`,
      ),
    );
    expect(await publishMany([{ type: "x.y", payload: {} }], key.data!.createApiKey.key)).toMatchObject({
      __typename: "ForbiddenError",
      missingScope: "EVENTS_PUBLISH",
    });
  });
});

describe("delivery faults", () => {
  it("retries a 500 and succeeds on the next attempt, recording both", async () => {
    const target = await startReceiver((_request, index) =>
      index === 0 ? { status: 500, body: "boom" } : { status: 200, body: "fine" },
    );
    try {
      const hook = await createWebhook(t, { url: target.url, eventTypes: ["retry.me"], failureHandling: FAST });
      await publish(t, { type: "retry.me" });
      const [delivery] = await finished(hook.id);
      expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 2, failureTrigger: null });
      expect(
        delivery.attempts.map((attempt: AnyJson) => [
          attempt.attemptNumber,
          attempt.responseStatus,
          attempt.failureTrigger,
          attempt.responseBody,
        ]),
      ).toEqual([
        [1, 500, "HTTP_5XX", "boom"],
        [2, 200, null, "fine"],
      ]);
      // The retry waited about the configured second (±20% jitter) and kept the webhook-id.
      const gap = target.requests[1]!.receivedAt - target.requests[0]!.receivedAt;
      expect(gap).toBeGreaterThanOrEqual(750);
      expect(target.requests[1]!.headers["webhook-id"]).toBe(target.requests[0]!.headers["webhook-id"]);
      expect(await webhookState(t, hook.id)).toMatchObject({ consecutiveFailures: 0, suspended: false });
      expect((await webhookState(t, hook.id)).lastSuccessAt).not.toBeNull();
    } finally {
      await target.close();
    }
  });

  it("gives up on a receiver that hangs past the timeout (TIMEOUT)", async () => {
    const target = await startReceiver(() => "hang");
    try {
      const hook = await createWebhook(t, {
        url: target.url,
        eventTypes: ["slow.one"],
        failureHandling: { ...FAST, retryStrategy: { type: "NONE" } },
      });
      await publish(t, { type: "slow.one" });
      const [delivery] = await finished(hook.id);
      expect(delivery).toMatchObject({ status: "DIVERTED", attemptCount: 1, failureTrigger: "TIMEOUT" });
      expect(delivery.attempts[0]).toMatchObject({ responseStatus: null, failureTrigger: "TIMEOUT", succeeded: false });
      expect(delivery.attempts[0].durationMs).toBeGreaterThanOrEqual(950);
      expect(delivery.attempts[0].durationMs).toBeLessThan(5000);
    } finally {
      await target.close();
    }
  });

  it("records a refused connection as NETWORK_ERROR and retries it", async () => {
    const hook = await createWebhook(t, {
      url: await refusingUrl(),
      eventTypes: ["refused.one"],
      failureHandling: FAST,
    });
    await publish(t, { type: "refused.one" });
    const [delivery] = await finished(hook.id);
    expect(delivery).toMatchObject({ status: "DIVERTED", attemptCount: 2, failureTrigger: "NETWORK_ERROR" });
    expect(delivery.attempts[0].failureMessage).toContain("ECONNREFUSED");
  });

  it("does not retry a 404 when 4xx is not a trigger, and ends per divert", async () => {
    const target = await startReceiver(() => ({ status: 404, body: "no such hook" }));
    try {
      const diverting = await createWebhook(t, {
        url: `${target.url}?divert`,
        eventTypes: ["gone.one"],
        failureHandling: { ...FAST, triggers: { types: ["HTTP_5XX"] } },
      });
      const discarding = await createWebhook(t, {
        url: `${target.url}?discard`,
        eventTypes: ["gone.one"],
        failureHandling: { ...FAST, triggers: { types: ["HTTP_5XX"] }, divert: false },
      });
      await publish(t, { type: "gone.one" });
      expect((await finished(diverting.id))[0]).toMatchObject({
        status: "DIVERTED",
        attemptCount: 1,
        failureTrigger: "HTTP_4XX",
      });
      expect((await finished(discarding.id))[0]).toMatchObject({
        status: "DISCARDED",
        attemptCount: 1,
        failureTrigger: "HTTP_4XX",
      });
      // A status code listed in the triggers is retried whatever its class.
      const retried = await createWebhook(t, {
        url: `${target.url}?listed`,
        eventTypes: ["gone.two"],
        failureHandling: { ...FAST, triggers: { types: [], statusCodes: [404] } },
      });
      await publish(t, { type: "gone.two" });
      expect((await finished(retried.id))[0]).toMatchObject({ status: "DIVERTED", attemptCount: 2 });
    } finally {
      await target.close();
    }
  });

  it("does not follow redirects: a 3xx is a failure", async () => {
    const final = await startReceiver();
    const target = await startReceiver(() => ({ status: 302, headers: { location: final.url } }));
    try {
      const hook = await createWebhook(t, { url: target.url, eventTypes: ["moved.one"], failureHandling: FAST });
      await publish(t, { type: "moved.one" });
      const [delivery] = await finished(hook.id);
      expect(delivery).toMatchObject({ status: "DIVERTED", attemptCount: 1, failureTrigger: null });
      expect(delivery.failureMessage).toContain("302");
      expect(final.requests).toHaveLength(0);
    } finally {
      await target.close();
      await final.close();
    }
  });

  it("keeps only the first 8 KiB of a response body", async () => {
    const target = await startReceiver(() => ({ status: 200, body: "y".repeat(100_000) }));
    try {
      const hook = await createWebhook(t, { url: target.url, eventTypes: ["big.answer"] });
      await publish(t, { type: "big.answer" });
      const [delivery] = await finished(hook.id);
      expect(delivery.attempts[0].responseBody).toHaveLength(8192);
    } finally {
      await target.close();
    }
  });

  it("diverts exhausted deliveries; they are listed, resent with a fresh budget, or deleted", async () => {
    const target = await startReceiver(() => ({ status: 503, body: "down" }));
    try {
      const hook = await createWebhook(t, { url: target.url, eventTypes: ["store.*"], failureHandling: FAST });
      await publish(t, { type: "store.one" });
      await publish(t, { type: "store.two" });
      const deliveries = await finished(hook.id, 2);
      expect(deliveries.every((delivery) => delivery.status === "DIVERTED" && delivery.attemptCount === 2)).toBe(true);

      const DIVERTED = graphql(
        `query DeliveryDivertedDeliveries($filter: DivertedDeliveryFilter) { divertedDeliveries(first: 10, filter: $filter) { totalCount nodes { id eventType failureTrigger failureMessage failureTimestamp } } }`,
      );
      const listed = await t.gql(DIVERTED, { filter: { webhookId: hook.id } });
      expect(listed.data!.divertedDeliveries!.totalCount).toBe(2);
      expect(listed.data!.divertedDeliveries!.nodes[0]).toMatchObject({
        failureTrigger: "HTTP_5XX",
        failureMessage: "The receiver answered 503.",
      });
      expect(listed.data!.divertedDeliveries!.nodes[0]!.failureTimestamp).not.toBeNull();
      const byType = await t.gql(DIVERTED, {
        filter: {
          webhookId: hook.id,
          eventType: "store.two",
          failedAfter: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(byType.data!.divertedDeliveries!.nodes.map((node: AnyJson) => node.eventType)).toEqual(["store.two"]);
      const none = await t.gql(DIVERTED, {
        filter: { webhookId: hook.id, failedBefore: new Date(Date.now() - 60_000).toISOString() },
      });
      expect(none.data!.divertedDeliveries!.totalCount).toBe(0);

      target.respond(() => ({ status: 200 }));
      const one = deliveries.find((delivery) => delivery.eventType === "store.one");
      const two = deliveries.find((delivery) => delivery.eventType === "store.two");
      const RESEND = graphql(
        `mutation DeliveryResendDivertedDeliveries($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ... on ResendDivertedDeliveriesPayload { resentCount } ...MutationError } }`,
      );
      const resent = await t.gql(RESEND, { input: { ids: [one.id] } });
      expect(resent.data!.resendDivertedDeliveries).toEqual({
        __typename: "ResendDivertedDeliveriesPayload",
        resentCount: 1,
      });
      await waitFor(
        "the resent delivery to succeed",
        async () => (await deliveriesOf(t, { webhookId: hook.id, status: "SUCCEEDED" })).length === 1,
      );
      const [succeeded] = await deliveriesOf(t, { webhookId: hook.id, status: "SUCCEEDED" });
      expect(succeeded).toMatchObject({ id: one.id, attemptCount: 3, failureTrigger: null });

      // Resending something that is not diverted names the id.
      const wrong = await t.gql(RESEND, { input: { ids: [two.id, one.id] } });
      expect(wrong.data!.resendDivertedDeliveries).toMatchObject({
        __typename: "ValidationError",
        issues: [{ path: ["input", "ids", "1"] }],
      });
      const empty = await t.gql(RESEND, { input: {} });
      expect(empty.data!.resendDivertedDeliveries).toMatchObject({
        __typename: "ValidationError",
        issues: [{ path: ["input", "ids"] }],
      });

      const DELETE = graphql(
        `mutation DeliveryDeleteDivertedDeliveries($input: DeleteDivertedDeliveriesInput!) { deleteDivertedDeliveries(input: $input) { __typename ... on DeleteDivertedDeliveriesPayload { deletedCount } ...MutationError } }`,
      );
      const deleted = await t.gql(DELETE, { input: { webhookId: hook.id } });
      expect(deleted.data!.deleteDivertedDeliveries).toEqual({
        __typename: "DeleteDivertedDeliveriesPayload",
        deletedCount: 1,
      });
      expect((await deliveriesOf(t, { webhookId: hook.id })).map((delivery) => delivery.id)).toEqual([one.id]);
    } finally {
      await target.close();
    }
  });

  it("suspends a webhook after consecutive failures, diverts later events, and delivers them on unsuspendWebhook(resendDiverted)", async () => {
    const target = await startReceiver(() => ({ status: 500 }));
    try {
      const hook = await createWebhook(t, {
        url: target.url,
        eventTypes: ["sus.*"],
        failureHandling: { retryStrategy: { type: "NONE" }, suspendAfterConsecutiveFailures: 2 },
      });
      await publish(t, { type: "sus.one" });
      await finished(hook.id, 1);
      expect(await webhookState(t, hook.id)).toMatchObject({ suspended: false, consecutiveFailures: 1 });
      await publish(t, { type: "sus.two" });
      await finished(hook.id, 2);
      const suspended = await webhookState(t, hook.id);
      expect(suspended).toMatchObject({ suspended: true, consecutiveFailures: 2 });
      expect(suspended.suspendReason).toContain("2 deliveries in a row");

      const later = await publish(t, { type: "sus.three" });
      expect(later.deliveryCount).toBe(1);
      const [third] = await deliveriesOf(t, { webhookId: hook.id, eventId: later.event.id });
      expect(third).toMatchObject({ status: "DIVERTED", attemptCount: 0 });
      expect(third!.failureMessage).toContain("suspended");
      // Diverted without an attempt and not queued (nextAttemptAt null): the worker never claims it.
      expect(third!.nextAttemptAt).toBeNull();
      expect(target.requests).toHaveLength(2);

      // Resending is refused while suspended, with a pointer to the way out.
      const refused = await t.gql(
        graphql(
          `mutation DeliveryResendDivertedDeliveries2($input: ResendDivertedDeliveriesInput!) { resendDivertedDeliveries(input: $input) { __typename ...MutationError } }`,
        ),
        { input: { webhookId: hook.id } },
      );
      expect(refused.data!.resendDivertedDeliveries).toMatchObject({ __typename: "ConflictError" });
      expect(member(refused.data!.resendDivertedDeliveries, "ConflictError").message).toContain("unsuspendWebhook");

      target.respond(() => ({ status: 200 }));
      const unsuspended = await t.gql(
        graphql(
          `mutation DeliveryUnsuspendWebhook($input: UnsuspendWebhookInput!) { unsuspendWebhook(input: $input) { __typename ... on UnsuspendWebhookPayload { resentCount webhook { suspended consecutiveFailures } } } }`,
        ),
        { input: { id: hook.id, resendDiverted: true } },
      );
      expect(unsuspended.data!.unsuspendWebhook).toEqual({
        __typename: "UnsuspendWebhookPayload",
        resentCount: 3,
        webhook: { suspended: false, consecutiveFailures: 0 },
      });
      await waitFor(
        "all three delivered",
        async () => (await deliveriesOf(t, { webhookId: hook.id, status: "SUCCEEDED" })).length === 3,
      );
      const types = target.requests
        .slice(2)
        .map((request) => JSON.parse(request.body).type)
        .sort();
      expect(types).toEqual(["sus.one", "sus.three", "sus.two"]);
    } finally {
      await target.close();
    }
  });

  it("signs with both secrets during a rotation", async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}?rotation`, eventTypes: ["rotate.me"] });
    const rotated = await t.gql(
      graphql(
        `mutation DeliveryRotateWebhookSecret($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 3600 }) { ... on RotateWebhookSecretPayload { secret } } }`,
      ),
      { id: hook.id },
    );
    const newSecret = rotated.data!.rotateWebhookSecret.secret;
    await publish(t, { type: "rotate.me" });
    await finished(hook.id);
    const [request] = received(receiver, "/hook?rotation");
    const signatures = String(request!.headers["webhook-signature"]).split(" ");
    expect(signatures).toHaveLength(2);
    for (const secret of [hook.secret, newSecret]) {
      expect(
        new StandardWebhook(secret).verify(request!.body, request!.headers as Record<string, string>),
      ).toMatchObject({ type: "rotate.me" });
    }
  });
  it("uses a webhook's new URL and secret from the next delivery on, though the worker had sent to it before", async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}?before`, eventTypes: ["change.me"] });
    await publish(t, { type: "change.me" });
    await finished(hook.id);
    const moved = await t.gql(
      graphql(
        `mutation DeliveryMoveWebhook($input: UpdateOutgoingWebhookInput!) { updateOutgoingWebhook(input: $input) { __typename } }`,
      ),
      { input: { id: hook.id, url: `${receiver.url}?after` } },
    );
    expect(moved.data!.updateOutgoingWebhook.__typename).toBe("UpdateOutgoingWebhookPayload");
    const rotated = await t.gql(
      graphql(
        `mutation DeliveryRotateNow($id: ID!) { rotateWebhookSecret(input: { id: $id, expireCurrentInSeconds: 0 }) { ... on RotateWebhookSecretPayload { secret } } }`,
      ),
      { id: hook.id },
    );
    const newSecret = rotated.data!.rotateWebhookSecret.secret;
    await publish(t, { type: "change.me" });
    await finished(hook.id, 2);
    expect(received(receiver, "/hook?before")).toHaveLength(1);
    const [request] = received(receiver, "/hook?after");
    expect(String(request!.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(
      new StandardWebhook(newSecret).verify(request!.body, request!.headers as Record<string, string>),
    ).toMatchObject({ type: "change.me" });
  });
});

describe("testWebhook and redeliverDelivery", () => {
  const TEST =
    graphql(`mutation DeliveryTestWebhook($input: TestWebhookInput!) { testWebhook(input: $input) { __typename
    ... on TestWebhookPayload { delivery { id isTest status eventType } attempt { attemptNumber responseStatus durationMs responseBody succeeded failureTrigger failureMessage } } ...MutationError } }`);

  it("sends now, returns the attempt, works on a disabled webhook and leaves its state alone", async () => {
    const target = await startReceiver(() => ({ status: 500, body: "not today" }));
    try {
      const hook = await createWebhook(t, {
        url: target.url,
        eventTypes: ["never.published"],
        enabled: false,
        failureHandling: { suspendAfterConsecutiveFailures: 1 },
      });
      const res = await t.gql(TEST, { input: { id: hook.id } });
      expect(res.data!.testWebhook).toMatchObject({
        __typename: "TestWebhookPayload",
        delivery: { isTest: true, status: "DISCARDED", eventType: "webhook.test" },
        attempt: {
          attemptNumber: 1,
          responseStatus: 500,
          responseBody: "not today",
          succeeded: false,
          failureTrigger: "HTTP_5XX",
        },
      });
      expect(target.requests).toHaveLength(1);
      expect(
        new StandardWebhook(hook.secret).verify(
          target.requests[0]!.body,
          target.requests[0]!.headers as Record<string, string>,
        ),
      ).toMatchObject({ type: "webhook.test" });
      expect(await webhookState(t, hook.id)).toMatchObject({
        suspended: false,
        consecutiveFailures: 0,
        lastFailureAt: null,
      });

      target.respond(() => ({ status: 204 }));
      const ok = await t.gql(TEST, { input: { id: hook.id, eventType: "custom.ping", payload: { hello: "world" } } });
      expect(ok.data!.testWebhook).toMatchObject({
        delivery: { status: "SUCCEEDED", eventType: "custom.ping" },
        attempt: { responseStatus: 204, succeeded: true },
      });
      expect(JSON.parse(target.requests[1]!.body).data).toEqual({ hello: "world" });
      const history = await deliveriesOf(t, { webhookId: hook.id, isTest: true });
      expect(history).toHaveLength(2);
      // Never retried: both are finished, with no attempt due.
      expect(history.map((delivery) => [delivery.status, delivery.nextAttemptAt]).sort()).toEqual([
        ["DISCARDED", null],
        ["SUCCEEDED", null],
      ]);
      expect(target.requests).toHaveLength(2);
    } finally {
      await target.close();
    }
  });

  it("validates its input", async () => {
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["never.published"] });
    const res = await t.gql(TEST, { input: { id: hook.id, eventType: "bad type" } });
    expect(res.data!.testWebhook).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "eventType"] }],
    });
    const missing = await t.gql(TEST, {
      input: { id: encodeGlobalID("OutgoingWebhook", "00000000-0000-4000-8000-000000000000") },
    });
    expect(missing.data!.testWebhook.__typename).toBe("NotFoundError");
  });

  it("redelivers with the same webhook-id", async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}?redeliver`, eventTypes: ["again.one"] });
    await publish(t, { type: "again.one" });
    const [first] = await finished(hook.id);
    const res = await t.gql(
      graphql(
        `mutation DeliveryRedeliverDelivery($input: RedeliverDeliveryInput!) { redeliverDelivery(input: $input) { __typename ... on RedeliverDeliveryPayload { delivery { id status messageId } } ...MutationError } }`,
      ),
      { input: { id: first.id } },
    );
    const redelivery = member(res.data!.redeliverDelivery, "RedeliverDeliveryPayload").delivery;
    expect(redelivery.id).not.toBe(first.id);
    expect(redelivery.messageId).toBe(first.messageId);
    await finished(hook.id, 2);
    const requests = received(receiver, "/hook?redeliver");
    expect(requests).toHaveLength(2);
    expect(requests[1]!.headers["webhook-id"]).toBe(requests[0]!.headers["webhook-id"]);
  });
});

describe("queries", () => {
  it("lists events and deliveries with filters, and reads a delivery with its attempts", async () => {
    const type = `query.${Date.now()}`;
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: [type] });
    const published = await publish(t, { type, payload: { n: 1 } });
    await publish(t, { type, payload: { n: 2 } });
    await finished(hook.id, 2);
    const events = await t.gql(
      graphql(
        `query DeliveryEvents($filter: EventFilter) { events(first: 10, filter: $filter) { totalCount nodes { id type payload deliveries(first: 5) { totalCount nodes { status webhook { id } } } } } }`,
      ),
      {
        filter: { type },
      },
    );
    expect(events.data!.events!.totalCount).toBe(2);
    expect(events.data!.events!.nodes.map((node: AnyJson) => node.payload.n)).toEqual([2, 1]);
    expect(events.data!.events!.nodes[0]!.deliveries).toMatchObject({
      totalCount: 1,
      nodes: [{ status: "SUCCEEDED", webhook: { id: hook.id } }],
    });

    const byEvent = await deliveriesOf(t, { eventId: published.event.id });
    expect(byEvent).toHaveLength(1);
    const one = await t.gql(DeliveryDocument, { id: byEvent[0]!.id });
    expect(one.data!.delivery).toMatchObject({
      id: byEvent[0]!.id,
      status: "SUCCEEDED",
      attempts: [{ attemptNumber: 1 }],
    });
    const asc = await t.gql(
      graphql(
        `query DeliveryDeliveries($filter: DeliveryFilter) { deliveries(first: 10, filter: $filter, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { event { id } } } }`,
      ),
      {
        filter: { webhookId: hook.id },
      },
    );
    expect(asc.data!.deliveries!.nodes[0]!.event!.id).toBe(published.event.id);
    const webhookDeliveries = await t.gql(
      graphql(
        `query DeliveryWebhook($id: ID!) { webhook(id: $id) { ... on OutgoingWebhook { deliveries(first: 1, status: SUCCEEDED) { totalCount nodes { status } } } } }`,
      ),
      { id: hook.id },
    );
    expect(webhookDeliveries.data!.webhook!.deliveries).toMatchObject({
      totalCount: 2,
      nodes: [{ status: "SUCCEEDED" }],
    });
  });

  it("pages through deliveries both ways, each exactly once, with each delivery's attempts", async () => {
    const type = `paging.${Date.now()}`;
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: [type] });
    for (let n = 0; n < 5; n += 1) await publish(t, { type, payload: { n } });
    const all = await finished(hook.id, 5);
    const PAGE =
      graphql(`query DeliveryDeliveries2($after: String, $before: String, $first: Int, $last: Int, $filter: DeliveryFilter) {
      deliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id attempts { attemptNumber succeeded } } } }`);
    const filter = { webhookId: hook.id };
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await t.gql(PAGE, { first: 2, after, filter })).data!.deliveries!;
      expect(page.totalCount).toBe(5);
      forward.push(...page.nodes.map((node: AnyJson) => node.id));
      for (const node of page.nodes) expect(node.attempts).toEqual([{ attemptNumber: 1, succeeded: true }]);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(forward).toHaveLength(5);
    expect(new Set(forward)).toEqual(new Set(all.map((delivery: AnyJson) => delivery.id)));
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await t.gql(PAGE, { last: 2, before, filter })).data!.deliveries!;
      backward.unshift(...page.nodes.map((node: AnyJson) => node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor ?? undefined;
    }
    expect(backward).toEqual(forward);
  });

  it("keeps tenants apart", async () => {
    const hook = await createWebhook(t, { url: receiver.url, eventTypes: ["private.thing"] });
    await publish(t, { type: "private.thing" });
    const [delivery] = await finished(hook.id);
    const other = await createTenant(t.service.database.prisma, `intruder ${Date.now()}`);
    const seen = await t.gql(
      graphql(`query DeliveryDelivery($id: ID!) { delivery(id: $id) { id } }`),
      { id: delivery.id },
      other.adminKey,
    );
    expect(seen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const node = await t.gql(
      graphql(`query DeliveryNode($id: ID!) { node(id: $id) { id } }`),
      { id: delivery.id },
      other.adminKey,
    );
    expect(node.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const listed = await t.gql(
      graphql(
        `query DeliveryDeliveries3 { deliveries(first: 100) { totalCount } events(first: 1) { totalCount } divertedDeliveries(first: 1) { totalCount } }`,
      ),
      undefined,
      other.adminKey,
    );
    expect(listed.data).toEqual({
      deliveries: { totalCount: 0 },
      events: { totalCount: 0 },
      divertedDeliveries: { totalCount: 0 },
    });
    const redeliver = await t.gql(
      graphql(`mutation DeliveryRedeliverDelivery2($id: ID!) { redeliverDelivery(input: { id: $id }) { __typename } }`),
      { id: delivery.id },
      other.adminKey,
    );
    expect(redeliver.data!.redeliverDelivery.__typename).toBe("NotFoundError");
    const resend = await t.gql(
      graphql(
        `mutation DeliveryResendDivertedDeliveries3($id: ID!) { resendDivertedDeliveries(input: { ids: [$id] }) { __typename } }`,
      ),
      { id: delivery.id },
      other.adminKey,
    );
    expect(resend.data!.resendDivertedDeliveries.__typename).toBe("ValidationError");
    const test = await t.gql(
      graphql(`mutation DeliveryTestWebhook2($id: ID!) { testWebhook(input: { id: $id }) { __typename } }`),
      { id: hook.id },
      other.adminKey,
    );
    expect(test.data!.testWebhook.__typename).toBe("NotFoundError");
  });

  it("publishes an event no webhook subscribes to in one statement, waking no worker", async () => {
    const quiet = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "600000" });
    try {
      await createWebhook(quiet, { url: receiver.url, eventTypes: ["wanted.thing"] });
      let wakeUps = 0;
      const stopListening = await quiet.service.database.listen(DELIVERIES_CHANNEL, () => {
        wakeUps += 1;
      });
      const baseline = wakeUps; // on PostgreSQL the listener wakes once when it connects
      await quiet.gql(graphql(`query DeliveryViewer { viewer { name } }`)); // the key cached and its lastUsedAt fresh
      await publish(quiet, { type: "unwanted.warmup" }); // the tenant's catalogue read, kept until it changes
      const before = quiet.service.database.statementCount();
      const unwanted = await publish(quiet, { type: "unwanted.thing" });
      expect(unwanted).toMatchObject({ __typename: "PublishEventPayload", deliveryCount: 0 });
      expect(quiet.service.database.statementCount() - before).toBe(1);
      // Notifications arrive in commit order: once this one is in, any the publish sent would be too.
      await notifyDeliveriesQueued(quiet.service.database.prisma);
      await waitFor("the test's own notification", () => wakeUps > baseline);
      expect(wakeUps - baseline).toBe(1);
      await stopListening();
    } finally {
      await quiet.stop();
    }
  });

  it("loads a page of webhooks with their latest deliveries in a constant number of statements", async () => {
    // A service of its own whose worker does not poll meanwhile: every statement counted is the query's.
    const quiet = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "600000" });
    try {
      for (let index = 0; index < 50; index += 1)
        await createWebhook(quiet, { url: receiver.url, eventTypes: ["nested.one"] });
      for (let index = 0; index < 6; index += 1) await publish(quiet, { type: "nested.one" });
      await waitFor(
        "300 deliveries done",
        async () => (await quiet.service.database.prisma.delivery.count({ where: { status: "SUCCEEDED" } })) === 300,
        60_000,
        200,
      );
      const QUERY =
        graphql(`query DeliveryWebhooks($first: Int!) { webhooks(first: $first) { nodes { __typename id ... on OutgoingWebhook {
        deliveries(first: 5) { totalCount nodes { id status attempts { responseStatus } event { type } } } } } } }`);
      const statements = async (first: number) => {
        const before = quiet.service.database.statementCount();
        const res = await quiet.gql(QUERY, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data!.webhooks!.nodes).toHaveLength(first);
        for (const node of res.data!.webhooks!.nodes)
          expect(member(node, "OutgoingWebhook").deliveries).toMatchObject({ totalCount: 6 });
        for (const node of res.data!.webhooks!.nodes)
          expect(member(node, "OutgoingWebhook").deliveries!.nodes).toHaveLength(5);
        return quiet.service.database.statementCount() - before;
      };
      // The tenant's deliveries page with every delivery's attempts: rows and total in one statement, attempts in another.
      await quiet.gql(graphql(`query DeliveryViewer { viewer { name } }`)); // the key cached and its lastUsedAt fresh
      const before = quiet.service.database.statementCount();
      const page50 = await quiet.gql(
        graphql(
          `query DeliveryDeliveries4 { deliveries(first: 50) { totalCount nodes { id attempts { responseStatus } } } }`,
        ),
      );
      expect(page50.data!.deliveries!.totalCount).toBe(300);
      for (const node of page50.data!.deliveries!.nodes) expect(node.attempts).toEqual([{ responseStatus: 200 }]);
      expect(quiet.service.database.statementCount() - before).toBe(2);
      const forFive = await statements(5);
      const forFifty = await statements(50);
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(10);
      // Paging inside one webhook's deliveries continues where the first page ended.
      const first = await quiet.gql(
        graphql(
          `query DeliveryWebhooks2 { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } } } } }`,
        ),
      );
      const page = first.data!.webhooks!.nodes[0]!.deliveries!;
      expect(page.pageInfo.hasNextPage).toBe(true);
      const rest = await quiet.gql(
        graphql(
          `query DeliveryWebhooks3($after: String) { webhooks(first: 1) { nodes { ... on OutgoingWebhook { deliveries(first: 4, after: $after) { pageInfo { hasNextPage } nodes { id } } } } } }`,
        ),
        {
          after: page.pageInfo.endCursor,
        },
      );
      const next = rest.data!.webhooks!.nodes[0]!.deliveries!;
      expect(next.nodes).toHaveLength(2);
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect(new Set([...page.nodes, ...next.nodes].map((node: AnyJson) => node.id)).size).toBe(6);
    } finally {
      await quiet.stop();
    }
  });

  it("computes delivery statistics in buckets", async () => {
    const other = await createTenant(t.service.database.prisma, `stats ${Date.now()}`);
    const target = await startReceiver((request) =>
      JSON.parse(request.body).data.fail ? { status: 500 } : { status: 200 },
    );
    try {
      const hook = await createWebhook(
        t,
        {
          url: target.url,
          eventTypes: ["stats.*"],
          failureHandling: { retryStrategy: { type: "NONE" }, suspend: false },
        },
        other.adminKey,
      );
      for (let index = 0; index < 3; index += 1) await publish(t, { type: "stats.ok" }, other.adminKey);
      await publish(t, { type: "stats.bad", payload: { fail: true } }, other.adminKey);
      await waitFor(
        "4 finished",
        async () =>
          (await t.service.database.prisma.delivery.count({
            where: { webhookId: decodeGlobalID(hook.id).id, completedAt: { not: null } },
          })) === 4,
      );
      const res = await t.gql(
        graphql(
          `query DeliveryDeliveryStats($filter: DeliveryStatsFilter) { deliveryStats(filter: $filter, bucket: MINUTE) { bucket totals { total succeeded diverted successRate attemptCount latencyP50Ms latencyP95Ms latencyP99Ms } series { start total succeeded } } }`,
        ),
        { filter: { from: new Date(Date.now() - 10 * 60_000).toISOString() } },
        other.adminKey,
      );
      expect(res.errors).toBeUndefined();
      const stats = res.data!.deliveryStats!;
      expect(stats.totals).toMatchObject({ total: 4, succeeded: 3, diverted: 1, successRate: 0.75, attemptCount: 4 });
      expect(stats.totals.latencyP50Ms).toBeGreaterThanOrEqual(0);
      expect(stats.totals.latencyP99Ms).toBeGreaterThanOrEqual(stats.totals.latencyP50Ms!);
      expect(stats.series.length).toBeGreaterThanOrEqual(10);
      expect(stats.series.reduce((sum: number, row: AnyJson) => sum + row.total, 0)).toBe(4);
      const byType = await t.gql(
        graphql(
          `query DeliveryDeliveryStats2 { deliveryStats(filter: { eventType: "stats.bad" }) { totals { total diverted successRate } } }`,
        ),
        undefined,
        other.adminKey,
      );
      expect(byType.data!.deliveryStats!.totals).toEqual({ total: 1, diverted: 1, successRate: 0 });
      const tooMany = await t.gql(
        graphql(
          `query DeliveryDeliveryStats3 { deliveryStats(filter: { from: "2020-01-01T00:00:00Z" }, bucket: MINUTE) { bucket } }`,
        ),
        undefined,
        other.adminKey,
      );
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path: ["bucket"] }] });
    } finally {
      await target.close();
    }
  });
});

describe("finding what a receiver saw", () => {
  const BY_MESSAGE = graphql(
    `query DeliveriesByMessageId($filter: DeliveryFilter!) { deliveries(filter: $filter) { totalCount nodes { messageId webhook { id } event { id } } } }`,
  );
  const BY_KEY = graphql(
    `query EventsByIdempotencyKey($key: String!) { events(filter: { idempotencyKey: $key }) { totalCount nodes { id } } }`,
  );

  it("lists the deliveries of a webhook-id header and the event of an idempotency key, for their tenant only", async () => {
    const project = `seen${Date.now()}`;
    const hook = await createWebhook(t, { url: `${receiver.url}?seen`, eventTypes: ["seen.*"], projectId: project });
    const sibling = await createWebhook(t, {
      url: `${receiver.url}?seen-sibling`,
      eventTypes: ["seen.*"],
      projectId: project,
    });
    const key = `order-${Date.now()}`;
    const published = await publish(t, { type: "seen.created", projectId: project, idempotencyKey: key });
    await publish(t, { type: "seen.created", projectId: project });
    const request = await waitFor("a delivery at the receiver", () => received(receiver, "/hook?seen")[0]);
    const messageId = String(request.headers["webhook-id"]);

    const all = (await t.gql(BY_MESSAGE, { filter: { messageId } })).data!.deliveries!;
    expect(all.totalCount).toBe(2);
    expect(new Set(all.nodes.map((node) => node.webhook?.id))).toEqual(new Set([hook.id, sibling.id]));
    expect(all.nodes.every((node) => node.messageId === messageId && node.event?.id === published.event.id)).toBe(true);
    const one = (await t.gql(BY_MESSAGE, { filter: { messageId, webhookId: hook.id } })).data!.deliveries!;
    expect(one.nodes.map((node) => node.webhook?.id)).toEqual([hook.id]);
    expect(
      (await t.gql(BY_MESSAGE, { filter: { messageId: `msg_${"0".repeat(32)}` } })).data!.deliveries!.totalCount,
    ).toBe(0);
    expect((await t.gql(BY_KEY, { key })).data!.events!.nodes.map((node) => node.id)).toEqual([published.event.id]);

    const other = await createTenant(t.service.database.prisma, `onlooker ${Date.now()}`);
    expect((await t.gql(BY_MESSAGE, { filter: { messageId } }, other.adminKey)).data!.deliveries!.totalCount).toBe(0);
    expect((await t.gql(BY_KEY, { key }, other.adminKey)).data!.events!.totalCount).toBe(0);
  });

  it("refuses a webhook-id this service never sends, naming the field", async () => {
    const refused = await t.gql(BY_MESSAGE, { filter: { messageId: "evt_123" } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["filter", "messageId"] }],
    });
    expect(refused.errors?.[0]?.message).toContain('"msg_" and 32 hexadecimal digits');
  });
});

describe("time windows in filters", () => {
  it("take createdAfter as at or after the instant it names, and createdBefore as before it", async () => {
    const project = `window${Date.now()}`;
    await createWebhook(t, { url: `${receiver.url}?window`, eventTypes: ["window.*"], projectId: project });
    const published = await publish(t, { type: "window.opened", projectId: project });
    const EVENTS = graphql(
      `query EventsInWindow($filter: EventFilter!) { events(filter: $filter) { nodes { id createdAt } } }`,
    );
    const DELIVERIES = graphql(
      `query DeliveriesInWindow($filter: DeliveryFilter!) { deliveries(filter: $filter) { nodes { createdAt event { id } } } }`,
    );
    const WEBHOOKS = graphql(
      `query WebhooksInWindow($filter: WebhookFilter!) { webhooks(filter: $filter) { nodes { id createdAt } } }`,
    );

    const at = (await t.gql(EVENTS, { filter: { projectId: project } })).data!.events!.nodes[0]!.createdAt;
    expect(
      (await t.gql(EVENTS, { filter: { projectId: project, createdAfter: at } })).data!.events!.nodes.map(
        (node) => node.id,
      ),
    ).toEqual([published.event.id]);
    expect((await t.gql(EVENTS, { filter: { projectId: project, createdBefore: at } })).data!.events!.nodes).toEqual(
      [],
    );

    const [delivery] = (await t.gql(DELIVERIES, { filter: { eventId: published.event.id } })).data!.deliveries!.nodes;
    expect(
      (await t.gql(DELIVERIES, { filter: { eventId: published.event.id, createdAfter: delivery!.createdAt } })).data!
        .deliveries!.nodes,
    ).toHaveLength(1);
    expect(
      (await t.gql(DELIVERIES, { filter: { eventId: published.event.id, createdBefore: delivery!.createdAt } })).data!
        .deliveries!.nodes,
    ).toHaveLength(0);

    const [webhook] = (await t.gql(WEBHOOKS, { filter: { projectId: project } })).data!.webhooks!.nodes;
    expect(
      (await t.gql(WEBHOOKS, { filter: { projectId: project, createdAfter: webhook!.createdAt } })).data!.webhooks!
        .nodes,
    ).toHaveLength(1);
    expect(
      (await t.gql(WEBHOOKS, { filter: { projectId: project, createdBefore: webhook!.createdAt } })).data!.webhooks!
        .nodes,
    ).toHaveLength(0);
  });
});

describe("recentDeliveries", () => {
  it("counts a page of webhooks' deliveries of the last 24 hours by hour and outcome, test deliveries left out", async () => {
    receiver.respond((request) =>
      request.body.includes('"fail":true') ? { status: 500, body: "no" } : { status: 200, body: "ok" },
    );
    const hook = await createWebhook(t, {
      url: receiver.url,
      eventTypes: ["recent.hourly"],
      failureHandling: { retryStrategy: { attempts: 0 }, divert: false },
    });
    const quiet = await createWebhook(t, { url: receiver.url, eventTypes: ["recent.none"] });
    await publish(t, { type: "recent.hourly", payload: { fail: false } });
    await publish(t, { type: "recent.hourly", payload: { fail: true } });
    await t.gql(graphql(`mutation DeliveryRecentTest($id: ID!) { testWebhook(input: { id: $id }) { __typename } }`), {
      id: hook.id,
    });
    await waitFor("both deliveries to finish", async () =>
      (await deliveriesOf(t, { webhookId: hook.id, isTest: false })).every((delivery) => delivery.status !== "PENDING"),
    );
    const res = await t.gql(
      graphql(`query DeliveryRecent($ids: [ID!]!) {
        webhooks(filter: { ids: $ids }) { nodes { id ... on OutgoingWebhook { recentDeliveries { succeeded failed successRate } } } }
      }`),
      { ids: [hook.id, quiet.id] },
    );
    const byId = new Map(res.data!.webhooks!.nodes.map((node) => [node.id, node]));
    const recent = (id: string) => {
      const node = byId.get(id);
      return node && "recentDeliveries" in node ? node.recentDeliveries : undefined;
    };
    const zeros = new Array(24).fill(0);
    expect(recent(hook.id)).toEqual({
      succeeded: [...zeros.slice(1), 1],
      failed: [...zeros.slice(1), 1],
      successRate: 0.5,
    });
    expect(recent(quiet.id)).toEqual({ succeeded: zeros, failed: zeros, successRate: null });
    receiver.respond(() => ({ status: 200, body: "ok" }));
  });
});
