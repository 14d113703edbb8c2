// A query costs what it loads: one per object, connections by their page size, scalars free.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIntrospectionQuery, parse } from "graphql";
import { schema } from "../src/schema/index.js";
import { ASSUMED_LIST_SIZE, queryCost } from "../src/server/query-cost.js";
import { DEFAULT_PAGE_SIZE } from "../src/schema/builder.js";
import { QUIET_WORKER, startTestService, type TestService } from "./support/service.js";
import { graphql } from "./generated/index.js";

const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, parse(query), undefined, variables, DEFAULT_PAGE_SIZE).cost;

const DASHBOARD = graphql(
  `query QueryCostWebhooks { webhooks(first: 50) { nodes { ... on OutgoingWebhook { deliveries(first: 20) { nodes { status } } } } } }`,
);

describe("query cost", () => {
  it("counts the objects it reads from the database and page sizes, not scalars or values stored in a row", () => {
    expect(costOf("{ viewer { name scopes } }")).toBe(0);
    expect(costOf("{ viewer { tenant { name } } }")).toBe(1);
    expect(
      costOf(
        "{ webhooks(first: 10) { nodes { ... on OutgoingWebhook { headers { name } failureHandling { retryStrategy { type } } } } } }",
      ),
    ).toBe(11);
    expect(costOf("{ webhooks(first: 50) { totalCount nodes { id name } } }")).toBe(1 + 50);
    // The connection, 50 webhooks, 50 delivery connections, 50 x 20 deliveries.
    expect(costOf(DASHBOARD.toString())).toBe(1 + 50 + 50 + 1000);
    expect(costOf("{ webhooks { nodes { id } } }")).toBe(1 + DEFAULT_PAGE_SIZE);
    expect(costOf("{ webhooks(last: 5) { edges { node { id } } pageInfo { hasNextPage } } }")).toBe(1 + 5);
    expect(costOf("query($n: Int) { webhooks(first: $n) { nodes { id } } }", { n: 7 })).toBe(8);
    // A variable left out executes with its default; a given one wins over it.
    expect(costOf("query($n: Int = 30) { webhooks(first: $n) { nodes { id } } }")).toBe(31);
    expect(costOf("query($n: Int = 30) { webhooks(first: $n) { nodes { id } } }", { n: 7 })).toBe(8);
    expect(costOf('query($ids: [ID!]! = ["a", "b"]) { nodes(ids: $ids) { id } }')).toBe(2);
    expect(costOf("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: ["a", "b", "c"] })).toBe(3);
    expect(costOf("{ deliveries(first: 10) { nodes { attempts { durationMs } } } }")).toBe(
      1 + 10 + 10 * ASSUMED_LIST_SIZE,
    );
    expect(costOf("query { ...W } fragment W on Query { webhooks(first: 2) { nodes { id } } }")).toBe(3);
    expect(costOf(getIntrospectionQuery())).toBe(0);
  });
});

describe("query cost limit", () => {
  let t: TestService;
  beforeAll(async () => {
    // The statements counted are the process's: the worker's polling is put off.
    t = await startTestService(QUIET_WORKER);
  });
  afterAll(() => t.stop());

  /** The process's statement count once the key is fresh in its cache (a lookup is a statement of its own). */
  const statementsSoFar = async () => {
    await t.gql(graphql(`query QueryCostWarmKey { viewer { name } }`));
    return t.service.database.statementCount();
  };

  it("answers a dashboard query (50 webhooks with 20 deliveries each) and says what it cost", async () => {
    const res = await t.gql(DASHBOARD);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toEqual({ requested: 1101, limit: 10_000 });
    expect((await t.gql(graphql(`query QueryCostViewer { viewer { name } }`))).extensions?.cost).toEqual({
      requested: 0,
      limit: 10_000,
    });
  });

  it("refuses a query that would load more than 10,000 objects, before any statement runs", async () => {
    const before = await statementsSoFar();
    const res = await t.gql(
      graphql(
        `query QueryCostWebhooks2 { webhooks(first: 100) { nodes { ... on OutgoingWebhook { deliveries(first: 100) { nodes { attempts { durationMs } } } } } } }`,
      ),
    );
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: { requested: 1 + 100 + 100 + 10_000 + 100_000, limit: 10_000 },
    });
    expect(res.extensions?.cost).toEqual({ requested: 110_201, limit: 10_000 });
    expect(t.service.database.statementCount()).toBe(before);
  });

  it("prices page sizes left to a variable's default at that default, and refuses them unexecuted", async () => {
    const before = await statementsSoFar();
    const res = await t.gql(
      "query($n: Int = 100) { webhooks(first: $n) { nodes { ... on OutgoingWebhook { deliveries(first: $n) { nodes { event { deliveries(first: $n) { nodes { id } } } } } } } } }",
    );
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: { requested: 1 + 100 + 100 + 10_000 + 10_000 + 10_000 + 1_000_000, limit: 10_000 },
    });
    expect(t.service.database.statementCount()).toBe(before);
  });
});
