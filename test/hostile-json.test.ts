// Hostile JSON within the body limit, sent to every operation that takes a JSON value and to the
// incoming endpoint, against the service as a process of its own: it must answer each with a typed
// error (or succeed), store nothing half-written, and stay up with its database intact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/database.js";
import { startServer, type ServiceProcess } from "./support/process.js";
import type { AnyJson } from "./support/json.js";

const KEY = "whk_Hostile1_abcdefghijklmnopqrstuvwxyz0123456789";
const MIB = 1024 * 1024;

const deepArray = (depth: number): unknown => JSON.parse("[".repeat(depth) + "]".repeat(depth));
/** JSON text: a value nested `depth` levels under `wrapper`'s placeholder, without building it as an object first. */
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

// The shapes, as JSON text (a value nested 500,000 deep cannot be built by JSON.stringify).
const SHAPES: Record<string, string> = {
  "nested 65 levels": JSON.stringify({ deep: deepArray(64) }),
  "nested 3,000 levels": JSON.stringify({ deep: deepArray(3000) }),
  "1 MiB of [[[[": `{"deep":${nested((MIB - 4096) / 2 - 8)}}`,
  "100,000 keys": JSON.stringify(
    Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [index.toString(36), 1])),
  ),
  "200,000 empty objects": JSON.stringify({ items: Array.from({ length: 200_000 }, () => ({})) }),
  "a 1 MB string": JSON.stringify({ text: "x".repeat(1_000_000) }),
};

for (const [shape, json] of Object.entries(SHAPES)) {
  if (json.length > MIB - 4096) throw new Error(`${shape} must fit the body limit with room for the query`);
}

let database: TestDatabase;
let server: ServiceProcess;
let base: string;

async function post(query: string, variablesJson = "{}"): Promise<{ status: number; body: AnyJson }> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`,
  });
  return { status: response.status, body: await response.json() };
}

async function healthy(): Promise<void> {
  expect(server.child.exitCode).toBeNull();
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
}

/** The answer is a typed one: a payload or typed error in `data`, or errors that carry a code other than INTERNAL_SERVER_ERROR. */
function expectTyped(answer: { status: number; body: AnyJson }, field: string): string {
  expect(answer.status).toBeLessThan(500);
  if (answer.body.errors) {
    for (const error of answer.body.errors) {
      expect(error.extensions?.code, JSON.stringify(error).slice(0, 300)).toBeTruthy();
      expect(error.extensions.code).not.toBe("INTERNAL_SERVER_ERROR");
    }
    return answer.body.errors[0].extensions.code;
  }
  const result = answer.body.data[field];
  expect(result.__typename).toBeTruthy();
  return result.__typename;
}

let outgoingId: string;
let incomingId: string;
let incomingUrl: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = startServer({ ...database.env, BOOTSTRAP_API_KEY: KEY, ROLE: database.kind === "pglite" ? "all" : "api" });
  base = `http://127.0.0.1:${await server.listening}`;
  const outgoing = await post(
    `mutation { createOutgoingWebhook(input: { name: "out", url: "https://example.com/hook", eventTypes: ["*"] }) { ... on CreateOutgoingWebhookPayload { webhook { id } } } }`,
  );
  outgoingId = outgoing.body.data.createOutgoingWebhook.webhook.id;
  const incoming = await post(
    `mutation { createIncomingWebhook(input: { name: "in", plugin: { pluginId: "generic-json" } }) { ... on CreateIncomingWebhookPayload { webhook { id webhookUrl } } } }`,
  );
  incomingId = incoming.body.data.createIncomingWebhook.webhook.id;
  incomingUrl = new URL(new URL(incoming.body.data.createIncomingWebhook.webhook.webhookUrl).pathname, base).toString();
}, 120_000);

afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await database?.drop();
});

// Every operation that takes a JSON value, with the place the hostile value goes ($v).
const OPERATIONS: { name: string; field: string; query: string; variables: () => string; path: string[] }[] = [
  {
    name: "publishEvent payload",
    field: "publishEvent",
    query:
      'mutation($v: JSONObject!) { publishEvent(input: { type: "hostile.test", payload: $v }) { __typename ... on ValidationError { issues { path message } } } }',
    variables: () => "",
    path: ["input", "payload"],
  },
  {
    name: "testWebhook payload",
    field: "testWebhook",
    query:
      "mutation($id: ID!, $v: JSONObject) { testWebhook(input: { id: $id, payload: $v }) { __typename ... on ValidationError { issues { path message } } } }",
    variables: () => `"id":${JSON.stringify(outgoingId)},`,
    path: ["input", "payload"],
  },
  {
    name: "createOutgoingWebhook tags",
    field: "createOutgoingWebhook",
    query:
      'mutation($v: JSONObject) { createOutgoingWebhook(input: { name: "hostile", url: "https://example.com/x", eventTypes: ["*"], tags: $v }) { __typename ... on ValidationError { issues { path message } } } }',
    variables: () => "",
    path: ["input", "tags"],
  },
  {
    name: "updateOutgoingWebhook tags",
    field: "updateOutgoingWebhook",
    query:
      "mutation($id: ID!, $v: JSONObject) { updateOutgoingWebhook(input: { id: $id, tags: $v }) { __typename ... on ValidationError { issues { path message } } } }",
    variables: () => `"id":${JSON.stringify(outgoingId)},`,
    path: ["input", "tags"],
  },
  {
    name: "createIncomingWebhook plugin options",
    field: "createIncomingWebhook",
    query:
      'mutation($v: JSONObject) { createIncomingWebhook(input: { name: "hostile", plugin: { pluginId: "generic-json", options: $v } }) { __typename ... on ValidationError { issues { path message } } } }',
    variables: () => "",
    path: ["input", "plugin", "options"],
  },
  {
    name: "updateIncomingWebhook tags",
    field: "updateIncomingWebhook",
    query:
      "mutation($id: ID!, $v: JSONObject) { updateIncomingWebhook(input: { id: $id, tags: $v }) { __typename ... on ValidationError { issues { path message } } } }",
    variables: () => `"id":${JSON.stringify(incomingId)},`,
    path: ["input", "tags"],
  },
  {
    name: "updateWebhookPlugin options",
    field: "updateWebhookPlugin",
    query:
      "mutation($id: ID!, $v: JSONObject) { updateWebhookPlugin(input: { id: $id, options: $v }) { __typename ... on ValidationError { issues { path message } } } }",
    variables: () => `"id":${JSON.stringify(incomingId)},`,
    path: ["input", "options"],
  },
  {
    name: "webhooks filter tags",
    field: "webhooks",
    query: "query($v: JSONObject) { webhooks(first: 1, filter: { tags: $v }) { totalCount } }",
    variables: () => "",
    path: ["filter", "tags"],
  },
];

describe("hostile JSON in GraphQL variables", () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name}: every shape gets a typed answer and the service stays up`, async () => {
      for (const [shape, json] of Object.entries(SHAPES)) {
        const answer = await post(operation.query, `{${operation.variables()}"v":${json}}`);
        const outcome = expectTyped(answer, operation.field);
        if (shape.startsWith("nested") || shape.startsWith("1 MiB")) {
          // Too deep: refused, naming the field and the rule.
          if (operation.field === "webhooks") {
            expect(answer.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
            expect(answer.body.errors[0].message).toContain("nested deeper than 64 levels");
          } else {
            expect(outcome, `${shape}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe("ValidationError");
            expect(answer.body.data[operation.field].issues).toContainEqual({
              path: operation.path,
              message: "nested deeper than 64 levels",
            });
          }
        }
        await healthy();
      }
    }, 120_000);
  }

  it("a payload of exactly 64 levels is accepted", async () => {
    const answer = await post(OPERATIONS[0]!.query, `{"v":${JSON.stringify({ deep: deepArray(63) })}}`);
    expect(answer.body.data.publishEvent.__typename).toBe("PublishEventPayload");
  });
});

describe("hostile lists in typed inputs", () => {
  it("a header with 200,000 values is refused naming the field", async () => {
    const values = JSON.stringify(Array.from({ length: 200_000 }, () => "v"));
    const answer = await post(
      'mutation($v: [String!]!) { createOutgoingWebhook(input: { name: "many values", url: "https://example.com/x", eventTypes: ["*"], headers: [{ name: "X-Many", values: $v }] }) { __typename ... on ValidationError { issues { path message } } } }',
      `{"v":${values}}`,
    );
    expect(answer.body.data.createOutgoingWebhook.issues).toEqual([
      { path: ["input", "headers", "0", "values"], message: "must hold at most 20 values" },
    ]);
    await healthy();
  });
});

describe("hostile JSON written inline in the document", () => {
  it("a literal nested past the document limit is refused before parsing; one past 64 levels names the field", async () => {
    const mutation = (value: string) =>
      `mutation { publishEvent(input: { type: "hostile.inline", payload: { deep: ${value} } }) { __typename ... on ValidationError { issues { path message } } } }`;
    const tooDeepToParse = await post(mutation(nested(Math.floor((MIB - 4096) / 2))));
    expect(tooDeepToParse.body.errors[0]).toMatchObject({
      message: "Syntax Error: the document nests deeper than 256 levels.",
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    await healthy();
    const deep = await post(mutation(nested(100)));
    expect(deep.body.data.publishEvent.issues).toEqual([
      { path: ["input", "payload"], message: "nested deeper than 64 levels" },
    ]);
    await healthy();
  });
});

describe("hostile JSON posted to an incoming webhook", () => {
  it("every shape is answered without a 5xx and stored, the deep ones as text", async () => {
    for (const [shape, json] of Object.entries(SHAPES)) {
      const response = await fetch(incomingUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
      });
      const body = (await response.json()) as AnyJson;
      expect(response.status, `${shape}: ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500);
      expect(
        body.eventIds ?? [],
        `${shape}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
      ).not.toHaveLength(0); // nothing that arrives is lost
      if (shape.startsWith("nested 3,000") || shape.startsWith("1 MiB")) {
        expect(response.status).toBe(400);
        expect(body.error.code).toBe("JSON_TOO_DEEP");
      }
      await healthy();
    }
    const stored = await post(
      `query($id: ID!) { incomingEvents(first: 100, filter: { webhookId: $id }) { totalCount } }`,
      `{"id":${JSON.stringify(incomingId)}}`,
    );
    expect(stored.body.data.incomingEvents.totalCount).toBeGreaterThanOrEqual(Object.keys(SHAPES).length);
  }, 120_000);
});

describe("text PostgreSQL cannot store, posted to an incoming webhook", () => {
  // PostgreSQL's text and jsonb hold no U+0000, and jsonb refuses a lone surrogate: such characters are
  // stored as U+FFFD (the replacement character), so the request is kept instead of failing.
  const BODIES: Record<string, { body: string; status: number }> = {
    "an escaped NUL": { body: '{"title":"a\\u0000b"}', status: 202 },
    "a lone surrogate": { body: '{"title":"\\ud800 alone"}', status: 202 },
    "an escaped NUL in a key": { body: '{"ti\\u0000tle":"x"}', status: 202 },
  };

  it("answers each without a 5xx and stores it, the characters replaced by U+FFFD", async () => {
    for (const [shape, { body, status }] of Object.entries(BODIES)) {
      const response = await fetch(incomingUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const answer = (await response.json()) as AnyJson;
      expect(response.status, `${shape}: ${JSON.stringify(answer)}`).toBe(status);
      expect(answer.eventIds, shape).toHaveLength(1);
      const stored = await post(
        `query($id: ID!) { node(id: $id) { ... on IncomingEvent { rawData } } }`,
        `{"id":${JSON.stringify(answer.eventIds[0])}}`,
      );
      const raw = JSON.stringify(stored.body.data.node.rawData);
      expect(raw, shape).toContain("\uFFFD");
      expect(raw, shape).not.toMatch(/\\u0000|\\ud800/i);
    }
    await healthy();
  });
});

describe("afterwards", () => {
  it("nothing hostile was published, and the database still works", async () => {
    const events = await post(`{ events(first: 1, filter: { type: "hostile.test" }) { totalCount } }`);
    expect(events.body.data.events.totalCount).toBe(1); // the 64-level payload only
    const published = await post(
      `mutation { publishEvent(input: { type: "after.hostile", payload: { ok: true } }) { __typename } }`,
    );
    expect(published.body.data.publishEvent.__typename).toBe("PublishEventPayload");
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});
