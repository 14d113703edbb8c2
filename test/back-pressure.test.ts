// Saturation answers a typed, retryable error at once and writes nothing: past MAX_CONCURRENT_REQUESTS,
// and when the pool's only connection is held by a publish waiting on a lock, so the next request
// cannot get one in time.
import { request } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverUrl } from "./support/database.js";
import { startTestService, type TestService } from "./support/service.js";
import { waitFor } from "./support/wait.js";
import { graphql } from "./generated/index.js";
import type { AnyJson } from "./support/json.js";

const IDEMPOTENCY_LOCK_KEY = 4_210_002;

describe.skipIf(!serverUrl)("back-pressure on PostgreSQL", () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ ROLE: "api", DATABASE_POOL_SIZE: "1", DATABASE_ACQUIRE_TIMEOUT_MS: "300" });
  });
  afterAll(() => t?.stop());

  it("answers 503 SERVICE_UNAVAILABLE, retryable, with Retry-After when no connection is free in time, and writes nothing", async () => {
    const created = await t.gql(
      graphql(
        `mutation BackPressureCreateIncomingWebhook { createIncomingWebhook(input: { name: "busy", plugin: { pluginId: "generic-json" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }`,
      ),
    );
    const incomingUrl = new URL(
      new URL(created.data!.createIncomingWebhook.webhook.webhookUrl!).pathname,
      t.url,
    ).toString();
    await t.gql(graphql(`query BackPressureViewer { viewer { name } }`)); // the key is cached
    const tenantId = (await t.service.database.prisma.tenant.findFirstOrThrow()).id;
    const blocker = new pg.Client({ connectionString: t.database.env.DATABASE_URL });
    await blocker.connect();
    try {
      // Hold the lock a publish with this idempotency key takes: it waits inside its transaction, on the pool's only connection.
      await blocker.query("BEGIN");
      await blocker.query("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [
        IDEMPOTENCY_LOCK_KEY,
        `${tenantId}:held`,
      ]);
      const held = t.gql(
        graphql(
          `mutation BackPressurePublishEvent { publishEvent(input: { type: "pressure.held", idempotencyKey: "held", payload: {} }) { __typename } }`,
        ),
      );
      await waitFor("the publish to wait on the lock", async () => {
        const { rows } = await blocker.query(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
        );
        return rows[0].n > 0;
      });
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
        body: JSON.stringify({
          query: `mutation { publishEvent(input: { type: "pressure.refused", payload: {} }) { __typename } }`,
        }),
      });
      const body = (await response.json()) as AnyJson;
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("1");
      expect(body.errors[0]).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE", retryable: true } });
      // An incoming webhook's URL too: the sender (Alertmanager, Grafana, SNS) retries a 503.
      const incoming = await fetch(incomingUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "busy" }),
      });
      expect(incoming.status).toBe(503);
      expect(incoming.headers.get("retry-after")).toBe("1");
      expect(await incoming.json()).toEqual({
        error: { message: "The service is busy; retry in a moment.", code: "SERVICE_UNAVAILABLE", retryable: true },
      });
      await blocker.query("COMMIT");
      expect((await held).data?.publishEvent.__typename).toBe("PublishEventPayload");
    } finally {
      await blocker.end();
    }
    expect(await t.service.database.prisma.event.count({ where: { type: "pressure.refused" } })).toBe(0);
    expect(await t.service.database.prisma.event.count({ where: { type: "pressure.held" } })).toBe(1);
  });
});

describe("back-pressure: requests past MAX_CONCURRENT_REQUESTS", () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ MAX_CONCURRENT_REQUESTS: "1" });
  });
  afterAll(() => t?.stop());

  it("are refused at once with 503 and Retry-After while the limit is reached, and served again after", async () => {
    const url = new URL(t.url);
    const body = JSON.stringify({ query: "{ viewer { name } }" });
    // A request whose body is still arriving holds the only place.
    let finish: () => void = () => undefined;
    const held = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: "/graphql",
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            authorization: `Bearer ${t.adminKey}`,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 5));
      finish = () => req.end(body.slice(5));
    });
    const refused = await waitFor("a request refused for the limit", async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
        body,
      });
      return response.status === 503
        ? { retryAfter: response.headers.get("retry-after"), body: (await response.json()) as AnyJson }
        : null;
    });
    expect(refused.retryAfter).toBe("1");
    expect(refused.body.errors[0]).toEqual({
      message: "The service is busy; retry in a moment.",
      extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
    });
    finish();
    expect(await held).toBe(200);
    expect((await t.gql(graphql(`query BackPressureViewer { viewer { name } }`))).status).toBe(200);
  });
});
