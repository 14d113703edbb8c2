import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIntrospectionQuery, getNamedType, isUnionType } from "graphql";
import { capitalize, encodeGlobalID } from "@pothos/plugin-relay";
import { createTenant } from "../src/tenants/tenants.js";
import pg from "pg";
import { QUIET_WORKER, startTestService, type GraphQLResponse, type TestService } from "./support/service.js";
import { serverUrl } from "./support/database.js";
import { waitFor } from "./support/wait.js";
import { schema } from "../src/schema/index.js";
import { graphql } from "./generated/index.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService({
    MAX_QUERY_DEPTH: "4",
    MAX_QUERY_ALIASES: "5",
    MAX_REQUEST_BYTES: "20000",
    ...QUIET_WORKER,
  });
});
afterAll(() => t.stop());

describe("probes", () => {
  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves GraphiQL to a browser", async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("graphiql");
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./); // works with no internet
  });
});

describe("database connections", () => {
  it.skipIf(!serverUrl)("keeps serving when PostgreSQL terminates the idle pooled connections", async () => {
    expect((await t.gql(graphql(`query GraphqlServerViewer { viewer { name } }`))).status).toBe(200);
    const admin = new pg.Client({ connectionString: t.database.env.DATABASE_URL });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await waitFor("the pool to log the lost connections", () =>
      t.logs.some((line) => line.msg === "idle database connection lost"),
    );
    const after = await t.gql(graphql(`query GraphqlServerViewer { viewer { name } }`));
    expect(after.status).toBe(200);
    expect(after.errors).toBeUndefined();
  });
});

describe("query limits", () => {
  it("rejects a too-deep query before any database statement runs", async () => {
    const before = t.service.database.statementCount();
    const res = await t.gql(
      graphql(`query GraphqlServerViewer2 { viewer { tenant { id } } apiKeys { edges { node { tenant { id } } } } }`),
    );
    expect(res.errors?.[0]?.message).toMatch(/depth limit of 4 exceeded/i);
    expect(res.data).toBeUndefined();
    expect(t.service.database.statementCount()).toBe(before);
  });

  it("rejects too many aliases", async () => {
    const res = await t.gql(
      graphql(
        `query GraphqlServerViewer3 { a: viewer { name } b: viewer { name } c: viewer { name } d: viewer { name } e: viewer { name } f: viewer { name } }`,
      ),
    );
    expect(res.errors?.[0]?.message).toMatch(/aliases limit of 5 exceeded/i);
  });

  it("still answers GraphiQL's introspection query", async () => {
    const res = await t.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, null);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe("Query");
  });

  it("rejects a page size above 100 with a clear error", async () => {
    const res = await t.gql(graphql(`query GraphqlServerApiKeys { apiKeys(first: 101) { totalCount } }`));
    expect(res.errors?.[0]).toMatchObject({
      message: "first: must be at most 100",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const last = await t.gql(graphql(`query GraphqlServerApiKeys2 { apiKeys(last: 101) { totalCount } }`));
    expect(last.errors?.[0]?.message).toBe("last: must be at most 100");
    expect(
      (await t.gql(graphql(`query GraphqlServerApiKeys3 { apiKeys(first: 100) { totalCount } }`))).errors,
    ).toBeUndefined();
  });

  it("refuses a request body over the limit with 413", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
      body: JSON.stringify({ query: `{ viewer { name } } # ${"x".repeat(25_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});

describe("pagination", () => {
  it("pages forwards and backwards with totalCount", async () => {
    for (let i = 0; i < 4; i += 1) {
      await t.gql(
        graphql(
          `mutation GraphqlServerCreateApiKey($name: String!) { createApiKey(input: { name: $name, scopes: [WEBHOOKS_VIEW] }) { __typename } }`,
        ),
        { name: `page ${i}` },
      );
    }
    const all = await t.gql(graphql(`query GraphqlServerApiKeys4 { apiKeys { totalCount nodes { id } } }`));
    const ids = all.data!.apiKeys!.nodes.map((node) => node.id);
    expect(all.data?.apiKeys!.totalCount).toBe(ids.length);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse = await t.gql(
        graphql(
          `query GraphqlServerApiKeys5($after: String) { apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        ),
        { after },
      );
      const connection = page.data?.apiKeys;
      seen.push(...connection.nodes.map((node: { id: string }) => node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids);
    const back = await t.gql(graphql(`query GraphqlServerApiKeys6 { apiKeys(last: 2) { nodes { id } } }`));
    expect(back.data?.apiKeys!.nodes.map((node: { id: string }) => node.id)).toEqual(ids.slice(-2));
  });
});

describe("tenant isolation", () => {
  it("answers NOT_FOUND for another tenant's object, exactly as for a missing one", async () => {
    const other = await createTenant(t.service.database.prisma, "other");
    const mine = await t.gql(graphql(`query GraphqlServerApiKeys7 { apiKeys(first: 1) { nodes { id } } }`));
    const myKeyId = mine.data!.apiKeys!.nodes[0]!.id;
    const missingId = encodeGlobalID("ApiKey", "01a20000-0000-7000-8000-000000000000");

    const foreign = await t.gql(
      graphql(`query GraphqlServerNode($id: ID!) { node(id: $id) { id } }`),
      { id: myKeyId },
      other.adminKey,
    );
    const missing = await t.gql(
      graphql(`query GraphqlServerNode($id: ID!) { node(id: $id) { id } }`),
      { id: missingId },
      other.adminKey,
    );
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    const nodes = await t.gql(
      graphql(`query GraphqlServerNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
      { ids: [myKeyId] },
      other.adminKey,
    );
    expect(nodes.data?.nodes ?? [null]).toEqual([null]);

    const revoke = graphql(
      `mutation GraphqlServerRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on Error { code message } } }`,
    );
    const foreignRevoke = await t.gql(revoke, { id: myKeyId }, other.adminKey);
    const missingRevoke = await t.gql(revoke, { id: missingId }, other.adminKey);
    expect(foreignRevoke.data?.revokeApiKey).toEqual({
      __typename: "NotFoundError",
      code: "NOT_FOUND",
      message: "API key not found.",
    });
    expect(foreignRevoke.data).toEqual(missingRevoke.data);
    expect((await t.gql(graphql(`query GraphqlServerViewer { viewer { name } }`))).errors).toBeUndefined(); // my key still works

    const theirList = await t.gql(
      graphql(`query GraphqlServerApiKeys4 { apiKeys { totalCount nodes { id } } }`),
      {},
      other.adminKey,
    );
    expect(theirList.data?.apiKeys!.totalCount).toBe(1);
    expect(theirList.data?.apiKeys!.nodes[0]!.id).not.toBe(myKeyId);
  });
});

describe("errors and logs", () => {
  it("logs one line per request with request id, method, operation name, duration, status, tenant, key prefix and error codes", async () => {
    const send = async (requestId: string, query: string) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${t.adminKey}`,
          "x-request-id": requestId,
        },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get("x-request-id")).toBe(requestId);
      await response.json();
      return waitFor(`the log line of ${requestId}`, () =>
        t.logs.find((entry) => entry.requestId === requestId && entry.msg === "request"),
      );
    };
    const tenantId = (await t.service.database.prisma.tenant.findFirstOrThrow()).id;
    const keyPrefix = t.adminKey.split("_").slice(0, 2).join("_");
    const line = await send("req-log-1", "query WhoAmI { viewer { name } }");
    expect(line).toMatchObject({
      method: "POST",
      path: "/graphql",
      operationName: "WhoAmI",
      status: 200,
      tenantId,
      keyPrefix,
    });
    expect(line.errorCodes).toBeUndefined();
    expect(line.traceId).toBeUndefined(); // no OTEL_EXPORTER_OTLP_ENDPOINT, no tracing
    expect(typeof line.durationMs).toBe("number");
    // An answer with errors is still HTTP 200; its line says which.
    const failed = await send(
      "req-log-2",
      `query Missing { webhook(id: "${encodeGlobalID("OutgoingWebhook", "00000000-0000-4000-8000-000000000000")}") { id } nope: viewer { name } }`,
    );
    expect(failed).toMatchObject({ operationName: "Missing", status: 200, errorCodes: ["NOT_FOUND"] });
    expect(JSON.stringify(failed)).not.toContain(t.adminKey);
  });
});

describe("type names", () => {
  it("names every connection X + Connection and its edge X + Edge", () => {
    const names = Object.keys(schema.getTypeMap());
    const connections = names.filter((name) => name.endsWith("Connection"));
    const edges = names.filter((name) => name.endsWith("Edge"));
    expect(edges.sort()).toEqual(connections.map((name) => name.replace(/Connection$/, "Edge")).sort());
  });
});

describe("mutation conventions", () => {
  it("gives every mutation one input, named after it, and a payload of its own in its result", () => {
    const mismatched: string[] = [];
    const seen = new Map<string, string>();
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const name = capitalize(field.name);
      const input = field.args.find((arg) => arg.name === "input");
      if (field.args.length !== 1 || !input || getNamedType(input.type).name !== `${name}Input`)
        mismatched.push(`${field.name}(input: ${input ? getNamedType(input.type).name : "none"})`);
      const result = getNamedType(field.type);
      const members = isUnionType(result) ? result.getTypes().map((type) => type.name) : [result.name];
      if (!members.includes(`${name}Payload`)) mismatched.push(`${field.name}: ${members.join(" | ")}`);
      for (const type of [input && getNamedType(input.type).name, `${name}Payload`]) {
        if (type && seen.has(type)) mismatched.push(`${type} shared by ${seen.get(type)} and ${field.name}`);
        if (type) seen.set(type, field.name);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
