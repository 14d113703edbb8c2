// The compiled build as `npm start` runs it: dist/, one minified bundle of the service and most of its
// packages (scripts/build.mjs). The other tests run the TypeScript sources, so this is the one that
// would catch a package the bundle breaks (a file it reads next to its code, a require it resolves at run
// time, a class name it relies on).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import {
  PROCESS_TEST_TIMEOUT_MS,
  addressAndKey,
  stopProcess,
  spawnNpm,
  type ServiceProcess,
} from "./support/process.js";
import { startReceiver, type Receiver } from "./support/receiver.js";
import { waitFor } from "./support/wait.js";
import { member } from "./support/typed.js";
import { CreateIncomingWebhookDocument, CreateOutgoingWebhookDocument, PublishEventDocument } from "@hookrelay/client";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

let database: TestDatabase;
let receiver: Receiver;
let server: ServiceProcess;
let origin: string;
let key: string;
beforeAll(async () => {
  database = await createTestDatabase();
  receiver = await startReceiver();
  server = spawnNpm(["start"], { ...database.env, ALLOW_PRIVATE_DESTINATIONS: "true", WORKER_POLL_INTERVAL_MS: "100" });
  ({ origin, key } = await addressAndKey(server));
}, PROCESS_TEST_TIMEOUT_MS);
afterAll(async () => {
  await stopProcess(server);
  await receiver.close();
  await database.drop();
});

async function gql<Data, Variables>(
  document: DocumentTypeDecoration<Data, Variables> & { toString(): string },
  variables: Variables,
): Promise<Data> {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const verified = (secret: string, path: string) =>
  receiver.requests
    .filter((request) => request.path === path)
    .map(
      (request) =>
        new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>) as {
          type: string;
          data: Record<string, unknown>;
        },
    );

describe("the compiled build (npm start)", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("serves GraphQL, delivers signed webhooks, and turns an incoming Alertmanager alert into one", async () => {
    const created = await gql(CreateOutgoingWebhookDocument, {
      input: {
        name: "build check",
        url: `${receiver.url}/build`,
        eventTypes: ["order.created", "monitoring.*"],
        projectId: "build",
      },
    });
    const { secret } = member(created.createOutgoingWebhook, "CreateOutgoingWebhookPayload");

    const published = await gql(PublishEventDocument, {
      input: { type: "order.created", payload: { order: 1 }, projectId: "build" },
    });
    expect(member(published.publishEvent, "PublishEventPayload").deliveryCount).toBe(1);
    const order = await waitFor("the order delivery", () =>
      verified(secret, "/hook/build").find((body) => body.type === "order.created"),
    );
    expect(order.data).toEqual({ order: 1 });

    const incoming = member(
      (
        await gql(CreateIncomingWebhookDocument, {
          input: { name: "alertmanager", plugin: { pluginId: "prometheus-alertmanager" }, projectId: "build" },
        })
      ).createIncomingWebhook,
      "CreateIncomingWebhookPayload",
    ).webhook;
    const path = new URL(incoming.webhookUrl!).pathname;
    const alert = readFileSync(new URL("./fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8");
    expect(
      (
        await fetch(`${origin}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: alert,
        })
      ).status,
    ).toBe(202);
    const triggered = await waitFor("an alert delivery", () =>
      verified(secret, "/hook/build").find((body) => body.type === "monitoring.alert.triggered"),
    );
    expect(triggered.data).toMatchObject({ alert: { state: "TRIGGERED" } });
  });

  it("serves GraphiQL's page (a chunk loaded on first view) and the metrics", async () => {
    const page = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("GraphiQL");
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/^hookrelay_build_info\{version="\d+\.\d+\.\d+"/m);
  });
});
