// Erasure: one event's content (expungeEventContent) and everything about a data subject
// (eraseEvents). Nothing erased survives anywhere: the rows of every table are read back as text and
// searched, and so is the service's log. Ids, times and statuses stay; the audit keeps no content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalID } from "@pothos/plugin-relay";
import {
  CreateApiKeyDocument,
  CreateIncomingWebhookDocument,
  DeliveryDocument,
  EraseEventsDocument,
  ErasuresDocument,
  EventDetailDocument,
  EventListDocument,
  ExpungeEventContentDocument,
  IncomingEventsDocument,
} from "@hookrelay/client";
import { createTenant } from "../src/tenants/tenants.js";
import { startTestService, type TestService } from "./support/service.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { deliveriesOf, publish } from "./support/delivery.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";
import { waitFor } from "./support/wait.js";

let t: TestService;
let receiver: Receiver;
beforeAll(async () => {
  t = await startTestService({ ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  receiver = await startReceiver((request) =>
    request.path.endsWith("/down")
      ? { status: 500, body: "down: RESPONSE-SECRET" }
      : { status: 200, body: "ok: RESPONSE-SECRET", headers: { "x-echo": "HEADER-SECRET" } },
  );
});
afterAll(async () => {
  await receiver.close();
  await t.stop();
});

/** Every row of the tables that hold event content, and the log, as one text to search. */
async function everythingStored(): Promise<string> {
  const tables = ["events", "deliveries", "delivery_attempts", "erasures"];
  const rows = await Promise.all(
    tables.map((table) =>
      t.service.database.prisma.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(x)::text AS row FROM ${table} x`,
      ),
    ),
  );
  return [...rows.flat().map(({ row }) => row), ...t.logs.map((line) => JSON.stringify(line))].join("\n");
}

const finishedDeliveries = (eventId: string, status: string) =>
  waitFor(`the event's deliveries to be ${status}`, async () => {
    const deliveries = await deliveriesOf(t, { eventId });
    return deliveries.length > 0 &&
      deliveries.every((delivery) => delivery.status === status && delivery.attemptCount > 0)
      ? deliveries
      : null;
  });

describe("expungeEventContent", () => {
  it("erases the payload and every attempt's headers and bodies, keeping ids, times and statuses, audited", async () => {
    await createWebhook(t, { url: `${receiver.url}/up`, eventTypes: ["customer.updated"] });
    const published = await publish(t, {
      type: "customer.updated",
      subject: "cus_expunged",
      payload: { email: "PAYLOAD-SECRET@example.com" },
    });
    expect(published.event.subject).toBe("cus_expunged");
    const [delivery] = await finishedDeliveries(published.event.id, "SUCCEEDED");
    expect(await everythingStored()).toContain("RESPONSE-SECRET");

    const answer = await t.gql(ExpungeEventContentDocument, { input: { id: published.event.id } });
    expect(member(answer.data?.expungeEventContent, "ExpungeEventContentPayload").erased).toEqual({
      eventCount: 1,
      attemptCount: 1,
      discardedDeliveryCount: 0,
      incomingEventCount: 0,
    });

    const event = member((await t.gql(EventDetailDocument, { id: published.event.id })).data?.node, "Event");
    expect(event).toMatchObject({ id: published.event.id, type: "customer.updated", payload: {}, subject: null });
    expect(event.contentExpungedAt).not.toBeNull();
    expect(event.deliveries?.nodes.map((node) => node.status)).toEqual(["SUCCEEDED"]);
    const attempts = (await t.gql(DeliveryDocument, { id: delivery!.id })).data?.delivery?.attempts;
    expect(attempts).toEqual([
      expect.objectContaining({
        succeeded: true,
        responseStatus: 200,
        requestHeaders: [],
        responseHeaders: null,
        responseBody: null,
      }),
    ]);
    const stored = await everythingStored();
    for (const secret of ["PAYLOAD-SECRET", "RESPONSE-SECRET", "HEADER-SECRET", "cus_expunged"])
      expect(stored).not.toContain(secret);

    const erasures = (await t.gql(ErasuresDocument, {})).data?.erasures;
    expect(erasures?.nodes[0]).toMatchObject({
      kind: "EXPUNGE_EVENT",
      keyPrefix: t.adminKey.slice(0, 12),
      request: { eventId: expect.any(String) },
      eventCount: 1,
      attemptCount: 1,
    });
  });

  it("answers NOT_FOUND for another tenant's event, and FORBIDDEN without tenant:admin", async () => {
    const published = await publish(t, { type: "customer.kept", payload: { kept: true } });
    const other = await createTenant(t.service.database.prisma, "erasure neighbour");
    const refused = await t.gql(ExpungeEventContentDocument, { input: { id: published.event.id } }, other.adminKey);
    expect(refused.data?.expungeEventContent).toMatchObject({ __typename: "NotFoundError" });
    const viewer = member(
      (await t.gql(CreateApiKeyDocument, { input: { name: "viewer", scopes: ["DELIVERIES_VIEW", "EVENTS_PUBLISH"] } }))
        .data?.createApiKey,
      "CreateApiKeyPayload",
    ).key;
    const forbidden = await t.gql(ExpungeEventContentDocument, { input: { id: published.event.id } }, viewer);
    expect(forbidden.data?.expungeEventContent).toMatchObject({ __typename: "ForbiddenError" });
    const kept = member((await t.gql(EventDetailDocument, { id: published.event.id })).data?.node, "Event");
    expect(kept).toMatchObject({ payload: { kept: true }, contentExpungedAt: null });
  });
});

describe("eraseEvents", () => {
  it("erases every event about a subject in one call, discarding deliveries not yet made", async () => {
    await createWebhook(t, {
      url: `${receiver.url}/down`,
      eventTypes: ["order.*"],
      // One failed attempt, then a retry an hour away: the deliveries wait, unfinished.
      failureHandling: { retryStrategy: { type: "LINEAR", intervalSeconds: 3600, attempts: 3 }, timeoutSeconds: 5 },
    });
    const about = await Promise.all(
      ["order.placed", "order.paid", "order.shipped"].map((type) =>
        publish(t, { type, subject: "cus_erased", payload: { address: "SUBJECT-SECRET street" } }),
      ),
    );
    const bystander = await publish(t, {
      type: "order.placed",
      subject: "cus_kept",
      payload: { address: "elsewhere" },
    });
    for (const { event } of [...about, bystander]) await finishedDeliveries(event.id, "FAILED");

    const answer = await t.gql(EraseEventsDocument, { input: { filter: { subject: "cus_erased" } } });
    expect(member(answer.data?.eraseEvents, "EraseEventsPayload").erased).toEqual({
      eventCount: 3,
      attemptCount: 3,
      discardedDeliveryCount: 3,
      incomingEventCount: 0,
    });
    for (const { event } of about) {
      const [delivery] = await deliveriesOf(t, { eventId: event.id });
      expect(delivery).toMatchObject({ status: "DISCARDED", nextAttemptAt: null });
      expect(delivery?.failureMessage).toContain("erased");
    }
    expect((await t.gql(EventListDocument, { filter: { subject: "cus_erased" } })).data?.events?.totalCount).toBe(0);
    const kept = member((await t.gql(EventDetailDocument, { id: bystander.event.id })).data?.node, "Event");
    expect(kept).toMatchObject({ subject: "cus_kept", payload: { address: "elsewhere" }, contentExpungedAt: null });
    expect((await deliveriesOf(t, { eventId: bystander.event.id }))[0]?.status).toBe("FAILED");

    const stored = await everythingStored();
    expect(stored).not.toContain("SUBJECT-SECRET");
    expect(stored).not.toContain("cus_erased");
    const [audit] = (await t.gql(ErasuresDocument, { first: 1 })).data?.erasures?.nodes ?? [];
    expect(audit).toMatchObject({
      kind: "ERASE_EVENTS",
      eventCount: 3,
      request: { subjectSha256: expect.any(String) },
    });
  });

  it("refuses a filter with neither subject nor before, naming it", async () => {
    const answer = await t.gql(EraseEventsDocument, { input: { filter: { types: ["order.placed"] } } });
    expect(member(answer.data?.eraseEvents, "ValidationError").issues).toEqual([
      { path: ["input", "filter"], message: expect.stringContaining("must give subject or before") },
    ]);
  });
});

describe("an event announcing an incoming event", () => {
  it("takes the incoming event's content and its request's body with it", async () => {
    const created = await t.gql(CreateIncomingWebhookDocument, {
      input: { name: "payments alerts", plugin: { pluginId: "prometheus-alertmanager" } },
    });
    const hook = member(created.data?.createIncomingWebhook, "CreateIncomingWebhookPayload").webhook;
    const alert = (fingerprint: string, annotations: Record<string, string>) => ({
      status: "firing",
      labels: { alertname: "PaymentDeclined", severity: "critical", fingerprint },
      annotations,
      startsAt: "2026-12-07T08:00:00.000Z",
      endsAt: "0001-01-01T00:00:00Z",
      fingerprint,
    });
    const response = await fetch(hook.webhookUrl!.replace("https://hooks.example.com", t.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        version: "4",
        status: "firing",
        receiver: "hookrelay",
        alerts: [
          alert("e1e2e3e4e5e6e7e8", {
            description: "INCOMING-SECRET's card was declined",
            customer: "INCOMING-SECRET",
          }),
          alert("f1f2f3f4f5f6f7f8", { description: "another card was declined" }),
        ],
      }),
    });
    expect(response.status).toBe(202);
    const prisma = t.service.database.prisma;
    const announcing = await waitFor("the events announcing the incoming events", async () => {
      const events = await prisma.event.findMany({ where: { type: "monitoring.event.received" } });
      const about = events.filter((event) => JSON.stringify(event.payload).includes("INCOMING-SECRET"));
      return about.length > 0 ? about : null;
    });
    expect(announcing).toHaveLength(1);
    const incomingStored = async () => {
      const rows = await Promise.all(
        ["incoming_requests", "incoming_events"].map((table) =>
          prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(x)::text AS row FROM ${table} x`),
        ),
      );
      return rows
        .flat()
        .map(({ row }) => row)
        .join("\n");
    };
    expect(await incomingStored()).toContain("INCOMING-SECRET");

    const answer = await t.gql(ExpungeEventContentDocument, {
      input: { id: encodeGlobalID("Event", announcing[0]!.id) },
    });
    expect(member(answer.data?.expungeEventContent, "ExpungeEventContentPayload").erased).toMatchObject({
      eventCount: 1,
      incomingEventCount: 1,
    });

    expect(await incomingStored()).not.toContain("INCOMING-SECRET");
    expect((await prisma.event.findUniqueOrThrow({ where: { id: announcing[0]!.id } })).payload).toEqual({});
    const incoming = (await t.gql(IncomingEventsDocument, { filter: { webhookId: hook.id }, first: 10 })).data
      ?.incomingEvents?.nodes;
    // The erased event keeps its key, type and severity; the other one keeps its content, but not the
    // request's body they share.
    expect(incoming).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          eventType: "ALERT",
          severity: "CRITICAL",
          title: "",
          description: null,
          rawData: {},
        }),
        expect.objectContaining({ title: "PaymentDeclined", description: "another card was declined", rawData: {} }),
      ]),
    );
    const [audit] = (await t.gql(ErasuresDocument, { first: 1 })).data?.erasures?.nodes ?? [];
    expect(audit).toMatchObject({ kind: "EXPUNGE_EVENT", eventCount: 1, incomingEventCount: 1 });
  });
});
