// The shipped typed client (client/): the example of docs/api.md runs against a real service, the generated
// documents answer in the shapes their types state, and the client's own behaviour (errors, optional
// variables, pagination, subscriptions, retries, timeouts) holds against real servers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createClient,
  createHookrelay,
  HookrelayError,
  CreateOutgoingWebhookDocument,
  DeleteWebhookDocument,
  DeliveriesDocument,
  DeliveryUpdatedDocument,
  OutgoingWebhooksDocument,
  ViewerDocument,
} from "@hookrelay/client";
import { example } from "../client/example.js";
import { schema } from "../src/schema/index.js";
import { startTestService, type TestService } from "./support/service.js";
import { publish } from "./support/delivery.js";
import { untilOpenSubscriptions } from "./support/sse.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

const api = () => createClient(`${t.url}/graphql`, t.adminKey);

it("runs the documented example: creates, publishes, reports a refused input, lists with a filter", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const names = await example(`${t.url}/graphql`, t.adminKey);
    expect(names).toEqual(["billing -> https://billing.example.com/hooks (ENABLED)"]);
    const lines = log.mock.calls.map(([line]) => String(line));
    expect(lines[0]).toMatch(/^created .+; store its secret now: whsec_/);
    expect(lines[1]).toMatch(/^published .+ to 1 endpoint\(s\)$/);
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(/^refused: input\.name: /),
      expect.stringMatching(/^refused: input\.url: /),
    ]);
  } finally {
    log.mockRestore();
  }
});

describe("the resource layer", () => {
  const hookrelay = () => createHookrelay({ url: `${t.url}/graphql`, apiKey: t.adminKey });

  it("answers payloads, and throws a mutation's typed error with its code, path and issues", async () => {
    const api = hookrelay();
    const { webhook } = await api.webhooks.create({
      name: "resource",
      url: "https://r.example.com/",
      eventTypes: ["r.*"],
    });
    expect((await api.webhooks.get(webhook.id))?.__typename).toBe("OutgoingWebhook");
    expect((await api.webhooks.disable({ id: webhook.id })).webhook).toMatchObject({ enabled: false });

    const refused = api.webhooks.update({ id: webhook.id, url: "not a url" });
    await expect(refused).rejects.toBeInstanceOf(HookrelayError);
    await expect(refused).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      path: ["input", "url"],
      issues: [{ path: ["input", "url"], message: expect.any(String) }],
    });

    const readOnly = await api.apiKeys.create({ name: "reader", scopes: ["WEBHOOKS_VIEW"] });
    const reader = createHookrelay({ url: `${t.url}/graphql`, apiKey: readOnly.key });
    await expect(reader.webhooks.enable({ id: webhook.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("WEBHOOKS_EDIT"),
    });
    expect((await api.webhooks.delete({ id: webhook.id })).deletedId).toBe(webhook.id);
    await expect(api.webhooks.delete({ id: webhook.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("publishes, lists and redelivers through events and deliveries", async () => {
    const api = hookrelay();
    await api.webhooks.create({ name: "resourced", url: "https://rd.example.com/", eventTypes: ["resource.made"] });
    const { event, deliveryCount } = await api.events.publish({ type: "resource.made", payload: { n: 1 } });
    expect(deliveryCount).toBe(1);
    expect(await api.events.get(event.id)).toMatchObject({ __typename: "Event", type: "resource.made" });
    const listed = await api.deliveries.list({ filter: { eventId: event.id } });
    expect(listed?.totalCount).toBe(1);
    const [delivery] = listed?.nodes ?? [];
    const all = [];
    for await (const each of api.deliveries.all({ filter: { eventId: event.id } })) all.push(each.id);
    expect(all).toEqual([delivery!.id]);
  });
});

it("answers the error union's typed member, and throws a HookrelayError for a refused key", async () => {
  const refused = await api().request(CreateOutgoingWebhookDocument, {
    input: { name: "bad", url: "ftp://example.com", eventTypes: ["*"] },
  });
  const result = refused.createOutgoingWebhook;
  expect(result.__typename).toBe("ValidationError");
  if (result.__typename === "ValidationError")
    expect(result.issues.map((issue) => issue.path)).toEqual([["input", "url"]]);

  const anonymous = createClient(`${t.url}/graphql`, "whk_nope").request(OutgoingWebhooksDocument, { first: 1 });
  await expect(anonymous).rejects.toBeInstanceOf(HookrelayError);
  await expect(anonymous).rejects.toMatchObject({
    code: "UNAUTHENTICATED",
    path: ["webhooks"],
    requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
});

it("calls documents whose variables are all optional with and without variables", async () => {
  const client = api();
  expect((await client.request(DeliveriesDocument)).deliveries?.totalCount).toBeGreaterThanOrEqual(0);
  expect((await client.request(DeliveriesDocument, {})).deliveries?.totalCount).toBeGreaterThanOrEqual(0);
  expect((await client.request(ViewerDocument)).viewer?.name).toBe("bootstrap admin");
});

it("pages with offset, walks every page with paginate, and deletes through the generated documents", async () => {
  const client = api();
  for (const name of ["a", "b", "c"]) {
    await client.request(CreateOutgoingWebhookDocument, {
      input: { name, url: `https://${name}.example.com/`, eventTypes: ["*"], projectId: "paged" },
    });
  }
  const page = await client.request(OutgoingWebhooksDocument, {
    filter: { projectId: "paged" },
    orderBy: { field: "NAME", direction: "ASC" },
    first: 1,
    offset: 1,
  });
  const [node] = page.webhooks?.nodes ?? [];
  expect(page.webhooks?.totalCount).toBe(3);
  expect(node?.__typename === "OutgoingWebhook" && node.name).toBe("b");

  const names: string[] = [];
  for await (const each of client.paginate(OutgoingWebhooksDocument, {
    filter: { projectId: "paged" },
    orderBy: { field: "NAME", direction: "ASC" },
    first: 1,
  }))
    if (each.__typename === "OutgoingWebhook") names.push(each.name);
  expect(names).toEqual(["a", "b", "c"]);

  const deleted = await client.request(DeleteWebhookDocument, {
    input: { id: node?.__typename === "OutgoingWebhook" ? node.id : "" },
  });
  expect(deleted.deleteWebhook).toMatchObject({ __typename: "DeleteWebhookPayload" });
});

it("subscribes over SSE: typed messages until the signal aborts", async () => {
  const client = api();
  const stop = new AbortController();
  const updates = client.subscribe(
    DeliveryUpdatedDocument,
    { filter: { statuses: ["PENDING"] } },
    { signal: stop.signal },
  );
  const first = updates.next();
  await untilOpenSubscriptions(t, 1);
  await client.request(CreateOutgoingWebhookDocument, {
    input: { name: "streamed", url: "https://streamed.example.com/", eventTypes: ["client.sse"] },
  });
  const published = await publish(t, { type: "client.sse" });
  const message = await first;
  expect(message.done).toBe(false);
  expect(message.value?.deliveryUpdated).toMatchObject({ status: "PENDING" });
  expect(message.value?.deliveryUpdated.delivery?.event?.id).toBe(published.event.id);
  stop.abort();
  await untilOpenSubscriptions(t, 0);
});

describe("against a server that answers 503, or never", () => {
  let server: Server;
  let url: string;
  let refusals = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/hang") return; // never answers
      if (refusals > 0) {
        refusals -= 1;
        response.writeHead(503, { "retry-after": "0", "content-type": "application/json" });
        response.end(JSON.stringify({ errors: [{ message: "busy", extensions: { code: "SERVICE_UNAVAILABLE" } }] }));
        return;
      }
      response.writeHead(200, { "content-type": "application/json", "x-request-id": "r-1" });
      response.end(JSON.stringify({ data: { viewer: { name: "ok", scopes: [], projectId: null } } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends a call refused with 503 again after its Retry-After, and not when retries are off", async () => {
    refusals = 2;
    expect((await createClient(url, "k").request(ViewerDocument)).viewer?.name).toBe("ok");
    expect(refusals).toBe(0);
    refusals = 1;
    await expect(createClient(url, "k", { retries: 0 }).request(ViewerDocument)).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
    });
  });

  it("fails a call that takes longer than its timeout with TIMEOUT", async () => {
    await expect(
      createClient(`${url}/hang`, "k").request(ViewerDocument, {}, { timeoutMs: 200 }),
    ).rejects.toMatchObject({ code: "TIMEOUT" });
  });
});

it("has a document for every root field of the schema", () => {
  const operations = new URL("../client/operations/", import.meta.url);
  const covered = new Set<string>();
  for (const file of readdirSync(operations)) {
    for (const definition of parse(readFileSync(new URL(file, operations), "utf8")).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const operation = definition as OperationDefinitionNode;
      for (const selection of operation.selectionSet.selections)
        if (selection.kind === Kind.FIELD) covered.add(`${operation.operation}.${selection.name.value}`);
    }
  }
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
    ["subscription", schema.getSubscriptionType()],
  ] as const;
  const missing = roots.flatMap(([operation, type]) =>
    Object.keys(type?.getFields() ?? {})
      .map((field) => `${operation}.${field}`)
      .filter((field) => !covered.has(field)),
  );
  expect(missing).toEqual([]);
});
