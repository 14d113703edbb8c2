import { afterAll, beforeAll, expect, it } from "vitest";
import { getIntrospectionQuery } from "graphql";
import { QUIET_WORKER, startTestService, type TestService } from "./support/service.js";
import { graphql } from "./generated/index.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ GRAPHIQL: "false", INTROSPECTION: "false", MAX_QUERY_COST: "60", ...QUIET_WORKER });
});
afterAll(() => t.stop());

it("turns GraphiQL off", async () => {
  const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
  expect(await page.text()).not.toContain("graphiql");
});

it("turns introspection off, and other queries still work", async () => {
  const res = await t.gql(getIntrospectionQuery());
  expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  expect((await t.gql(graphql(`query SwitchesViewer { viewer { name } }`))).data?.viewer!.name).toBe("bootstrap admin");
});

it("rejects a query over the cost limit before executing it", async () => {
  const before = t.service.database.statementCount();
  const handling =
    "failureHandling { retryStrategy { type intervalSeconds attempts } triggers { types statusCodes } divert timeoutSeconds }";
  const res = await t.gql(
    `{ webhooks(first: 100) { nodes { id name ... on OutgoingWebhook { url eventTypes ${handling} } } } }`,
  );
  expect(res.errors?.[0]).toMatchObject({
    message: expect.stringMatching(/the limit is 60/),
    extensions: { code: "QUERY_TOO_COSTLY", cost: { requested: 101, limit: 60 } },
  });
  expect(t.service.database.statementCount()).toBe(before);
});

it("gives no hints of the schema with introspection off: no field, argument, type or enum suggestions", async () => {
  // Each document misspells a name; its answer must not say the right one.
  const documents: { query: string; variables?: Record<string, unknown>; hint: string }[] = [
    { query: "{ webhoks { totalCount } }", hint: '"webhooks"' },
    { query: "{ webhooks(frist: 1) { totalCount } }", hint: '"first"' },
    { query: "{ viewer { nmae } }", hint: '"name"' },
    { query: "query($f: DeliveryFiltr) { deliveries(filter: $f) { totalCount } }", hint: '"DeliveryFilter"' },
    { query: "{ deliveries(filter: { status: SUCEEDED }) { totalCount } }", hint: '"SUCCEEDED"' },
    {
      query: "query($f: DeliveryFilter) { deliveries(filter: $f) { totalCount } }",
      variables: { f: { status: "SUCEEDED" } },
      hint: '"SUCCEEDED"',
    },
    {
      query: "query($f: DeliveryFilter) { deliveries(filter: $f) { totalCount } }",
      variables: { f: { stauts: "SUCCEEDED" } },
      hint: '"status"',
    },
  ];
  for (const key of [t.adminKey, null])
    for (const { query, variables, hint } of documents) {
      const res = await t.gql(query, variables, key);
      const messages = (res.errors ?? []).map((error) => String(error.message));
      expect(messages.length, query).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message, query).not.toMatch(/did you mean/i);
        expect(message, query).not.toContain(hint);
      }
    }
});
