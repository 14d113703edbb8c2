// Erasure: one event's content (expungeEventContent) and everything about a data subject
// (eraseEvents). Nothing erased survives anywhere: the rows of every table are read back as text and
// searched, and so is the service's log. Ids, times and statuses stay; the audit keeps no content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateApiKeyDocument,
  DeliveryDocument,
  EraseEventsDocument,
  ErasuresDocument,
  EventDetailDocument,
  EventListDocument,
  ExpungeEventContentDocument,
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
