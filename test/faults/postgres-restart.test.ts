// PostgreSQL restarted under load, on a cluster of this test's own: publishes during the outage are
// answered SERVICE_UNAVAILABLE (retryable) and write nothing, every event accepted before or after is
// delivered, and the service recovers without a restart. Runs with the PostgreSQL test run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { startTestService, type TestService } from "../support/service.js";
import { startReceiver, type Receiver } from "../support/receiver.js";
import { waitFor } from "../support/wait.js";
import { publish } from "../support/delivery.js";
import { createWebhook } from "../support/webhooks.js";
import {
  createPrivatePostgres,
  privatePostgresUnavailable,
  type PrivatePostgres,
} from "../support/private-postgres.js";
import { graphql } from "../generated/index.js";

const unavailable = process.env.TEST_DATABASE_URL
  ? privatePostgresUnavailable()
  : "runs with the PostgreSQL test run (TEST_DATABASE_URL)";
if (unavailable) console.warn(`skipping the PostgreSQL restart test: ${unavailable}`);

describe.skipIf(unavailable !== null)("PostgreSQL restarted under the running service", () => {
  let cluster: PrivatePostgres;
  let t: TestService;
  let receiver: Receiver;
  const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-fault-"));

  beforeAll(async () => {
    cluster = await createPrivatePostgres();
    const database = {
      kind: "postgresql" as const,
      env: { DATABASE_URL: cluster.url, DATA_DIR: dataDir, SECRETS_KEY: randomBytes(32).toString("base64") },
      drop: async () => undefined,
    };
    t = await startTestService(
      { ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "200", DATABASE_ACQUIRE_TIMEOUT_MS: "1000" },
      database,
    );
    receiver = await startReceiver();
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    await t?.stop();
    cluster?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const delivered = () => new Set(receiver.requests.map((request) => request.headers["webhook-id"])).size;

  it("answers SERVICE_UNAVAILABLE while it is down, loses nothing, and recovers by itself", async () => {
    await createWebhook(t, { url: receiver.url, eventTypes: ["fault.*"] });
    for (let n = 0; n < 10; n += 1)
      expect((await publish(t, { type: "fault.before", payload: { n } })).__typename).toBe("PublishEventPayload");
    await waitFor("the first 10 deliveries", () => delivered() === 10, 60_000);

    cluster.stop();
    for (let n = 0; n < 3; n += 1) {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
        body: JSON.stringify({
          query: `mutation { publishEvent(input: { type: "fault.during", payload: { n: ${n} } }) { __typename } }`,
        }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
      expect(body.errors?.[0]?.extensions, JSON.stringify(body)).toMatchObject({
        code: "SERVICE_UNAVAILABLE",
        retryable: true,
      });
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);

    cluster.start();
    await waitFor(
      "the service to be ready again",
      async () => (await fetch(`${t.url}/readyz`)).status === 200,
      60_000,
      200,
    );
    for (let n = 0; n < 10; n += 1)
      expect((await publish(t, { type: "fault.after", payload: { n } })).__typename).toBe("PublishEventPayload");
    await waitFor("all 20 accepted events delivered", () => delivered() === 20, 60_000);
    const stored = await t.gql(graphql(`query PostgresRestartEvents { events(first: 100) { totalCount } }`));
    expect(stored.data?.events!.totalCount).toBe(20); // nothing of the refused publishes was written
  }, 180_000);
});
