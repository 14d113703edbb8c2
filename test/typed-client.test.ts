// The shipped typed client (client/): the README's example runs against a real service, the generated
// documents answer in the shapes their types state, and the client's own behaviour (errors, optional
// variables, pagination, subscriptions, retries, timeouts) holds against real servers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient, HookrelayError } from "../client/client.js";
import { example } from "../client/example.js";
import {
  CreateOutgoingWebhookDocument,
  DeleteWebhookDocument,
  DeliveriesDocument,
  DeliveryUpdatedDocument,
  OutgoingWebhooksDocument,
  ViewerDocument,
} from "../client/generated/graphql.js";
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

it("runs the README example: creates a webhook and lists it with a filter", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const names = await example(`${t.url}/graphql`, t.adminKey);
    expect(names).toEqual(["billing -> https://billing.example.com/hooks (ENABLED)"]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^created .+; store its secret now: whsec_/));
  } finally {
    log.mockRestore();
  }
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
