// recordAttempts keeps a webhook's health exact where it matters (the failure count, suspension) and
// writes the bare time of the last success or failure at most once per HEALTH_TIMESTAMP_RESOLUTION,
// so a busy webhook's row is not rewritten by every attempt.
import { wholeTenant } from "../src/auth/owner.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { Prisma } from "../src/generated/prisma/client.js";
import { openDatabase, type Database } from "../src/db/database.js";
import { createLogger } from "../src/common/logger.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createTenant } from "../src/tenants/tenants.js";
import { createOutgoingWebhook } from "../src/outgoing/outgoing-webhooks.js";
import { createEventWriter, publishEvent } from "../src/events/events.js";
import { EventCatalogue } from "../src/events/event-catalogue.js";
import {
  DeliveryTargets,
  claimDueDeliveries,
  recordAttempts,
  type ClaimedDelivery,
} from "../src/delivery/delivery-queue.js";
import { DEFAULT_FAILURE_HANDLING } from "../src/outgoing/failure-handling.js";
import type { NextStep } from "../src/delivery/retry-schedule.js";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import { createPartitionsAhead } from "../src/retention/history-retention.js";

let testDatabase: TestDatabase;
let database: Database;
let tenantId: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase({
    databaseUrl: testDatabase.env.DATABASE_URL,
    dataDir: testDatabase.env.DATA_DIR,
    log: createLogger("silent"),
  });
  await database.migrate();
  // As the service does at start: history is written into partitions made ahead.
  await createPartitionsAhead(database.sql, 86_400);
  tenantId = (await createTenant(database.prisma, "health")).tenant.id;
});

afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

/** A webhook of its own with `count` events published to it (no worker runs here). */
async function webhookWithEvents(
  count: number,
): Promise<{ webhookId: string; url: string | null; publish(): Promise<void> }> {
  const name = `h${randomBytes(4).toString("hex")}`;
  const { webhook } = await createOutgoingWebhook(
    database.prisma,
    new SecretBox(randomBytes(32)),
    wholeTenant(tenantId),
    {
      name,
      url: `https://${name}.example.com/hook`,
      eventTypes: [`health.${name}`],
    },
  );
  const publish = async () => {
    const store = {
      prisma: database.prisma,
      writer: createEventWriter(database.sql),
      catalogue: new EventCatalogue(database.prisma),
    };
    await publishEvent(store, wholeTenant(tenantId), {
      type: `health.${name}`,
      payload: {},
    });
  };
  for (let index = 0; index < count; index += 1) await publish();
  return { webhookId: webhook.id, url: webhook.url, publish };
}

const claimAll = (targets?: DeliveryTargets) =>
  claimDueDeliveries(database.sql, { room: 100, limitedRoom: 0, leaseSeconds: 60 }, targets);

/** A webhook of its own with `count` deliveries claimed. */
async function webhookWithClaims(count: number): Promise<{ webhookId: string; claims: ClaimedDelivery[] }> {
  const { webhookId, url } = await webhookWithEvents(count);
  const { unlimited: claims } = await claimAll();
  expect(claims.every((claim) => claim.target.url === url)).toBe(true);
  return { webhookId, claims };
}

async function record(claim: ClaimedDelivery, startedAt: Date, succeeded: boolean, step: NextStep): Promise<void> {
  const written = await recordAttempts(database.sql, [
    {
      claim,
      request: { url: "https://receiver.example.com/hook", headers: {}, timeoutMs: 1000 },
      outcome: {
        startedAt,
        durationMs: 5,
        responseStatus: succeeded ? 200 : 500,
        responseHeaders: {},
        responseBody: "",
        succeeded,
        failureTrigger: succeeded ? null : "HTTP_5XX",
        failureMessage: succeeded ? null : "HTTP 500",
      },
      step,
      handling: DEFAULT_FAILURE_HANDLING,
    },
  ]);
  expect(written.map((row) => row.deliveryId)).toContain(claim.id);
}

/** The webhook's health, and the transaction that last wrote its row (changes with every update). */
async function health(
  webhookId: string,
): Promise<{ version: string; lastSuccessAt: Date | null; lastFailureAt: Date | null; consecutiveFailures: number }> {
  const [row] = await database.sql(Prisma.sql`
    SELECT xmin::text AS version, last_success_at, last_failure_at, consecutive_failures FROM webhooks WHERE id = ${webhookId}::uuid`);
  return {
    version: String(row!.version),
    lastSuccessAt: row!.last_success_at as Date | null,
    lastFailureAt: row!.last_failure_at as Date | null,
    consecutiveFailures: Number(row!.consecutive_failures),
  };
}

describe("webhook health written by recordAttempts", () => {
  it("writes the first success, skips successes within a second of it, and writes one a second later", async () => {
    const { webhookId, claims } = await webhookWithClaims(3);
    expect(claims).toHaveLength(3);
    // Attempts are stored by the time they started: one in the history's partitions (made from today on).
    const first = new Date();
    await record(claims[0]!, first, true, { status: "SUCCEEDED" });
    const afterFirst = await health(webhookId);
    expect(afterFirst.lastSuccessAt).toEqual(first);

    await record(claims[1]!, new Date(first.getTime() + 400), true, { status: "SUCCEEDED" });
    const afterSecond = await health(webhookId);
    expect(afterSecond.version).toBe(afterFirst.version); // the row was not rewritten
    expect(afterSecond.lastSuccessAt).toEqual(first);

    const later = new Date(first.getTime() + 1500);
    await record(claims[2]!, later, true, { status: "SUCCEEDED" });
    expect((await health(webhookId)).lastSuccessAt).toEqual(later);
  });

  it("writes every change of the failure count at once, and the success that resets it", async () => {
    const { webhookId, claims } = await webhookWithClaims(3);
    const start = new Date();
    await record(claims[0]!, start, false, { status: "DIVERTED" });
    expect(await health(webhookId)).toMatchObject({ consecutiveFailures: 1, lastFailureAt: start });
    await record(claims[1]!, new Date(start.getTime() + 100), false, { status: "DIVERTED" });
    expect(await health(webhookId)).toMatchObject({ consecutiveFailures: 2 });
    const success = new Date(start.getTime() + 200);
    await record(claims[2]!, success, true, { status: "SUCCEEDED" });
    expect(await health(webhookId)).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: success });
  });
});

describe("webhook targets read by claims", () => {
  it("keeps each claimed delivery's target when reading new ones passes the bound of those kept", async () => {
    const targets = new DeliveryTargets(1);
    const known = await webhookWithEvents(1);
    expect((await claimAll(targets)).unlimited.map((claim) => claim.target.url)).toEqual([known.url]);
    // One claim: a delivery of the webhook already known, and one of a webhook read now (the second
    // kept target, past the bound of one).
    await known.publish();
    const fresh = await webhookWithEvents(1);
    const { unlimited: claims } = await claimAll(targets);
    expect(claims.map((claim) => claim.target.url).sort()).toEqual([known.url, fresh.url].sort());
  });
});
