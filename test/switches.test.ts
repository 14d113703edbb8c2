import { afterAll, beforeAll, expect, it } from "vitest";
import { getIntrospectionQuery } from "graphql";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ GRAPHIQL: "false", INTROSPECTION: "false" });
});
afterAll(() => t.stop());

it("turns GraphiQL off", async () => {
  const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
  expect(await page.text()).not.toContain("graphiql");
});

it("turns introspection off, and other queries still work", async () => {
  const res = await t.gql(getIntrospectionQuery());
  expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  expect((await t.gql("{ viewer { name } }")).data?.viewer.name).toBe("bootstrap admin");
});
