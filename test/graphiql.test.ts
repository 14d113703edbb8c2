// GraphiQL opens with the example tabs, the first one in the editor, and every example runs.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GRAPHIQL_HEADERS, GRAPHIQL_TABS } from "../src/server/graphiql-tabs.js";
import { startTestService, type TestService } from "./support/service.js";
import { openEventStream, untilOpenSubscriptions } from "./support/sse.js";

/** An example's operation name, which is also its tab's title. */
const operationName = (query: string) => /^(?:query|mutation|subscription) (\w+)/m.exec(query)?.[1];

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

it("hands the page the example tabs, the header to fill in, and the first example as the editor's text", async () => {
  const html = await (await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } })).text();
  // The options are embedded as JSON in the call that renders the page.
  const call = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(html);
  expect(call).not.toBeNull();
  const options = JSON.parse(call![1]!) as { defaultTabs: { query: string }[]; defaultHeaders: string; query: string };
  expect(options.defaultTabs.map((tab) => operationName(tab.query))).toEqual([
    "Viewer",
    "CreateOutgoingWebhook",
    "PublishEvent",
    "Webhooks",
    "DivertedDeliveries",
    "LiveDeliveries",
  ]);
  expect(options.query).toBe(GRAPHIQL_TABS[0]!.query);
  expect(JSON.parse(options.defaultHeaders)).toEqual({ Authorization: "Bearer <your API key>" });
});

it.each(GRAPHIQL_TABS.map((tab) => [operationName(tab.query), tab] as const))(
  "example %s runs without errors",
  async (_name, tab) => {
    expect(tab.headers).toBe(GRAPHIQL_HEADERS);
    if (tab.query.includes("\nsubscription ")) {
      // Over SSE, as GraphiQL sends it; the publish the comment suggests produces its first message.
      const stream = await openEventStream(`${t.url}/graphql`, { toString: () => tab.query }, undefined, t.adminKey);
      await untilOpenSubscriptions(t, 1);
      const publish = GRAPHIQL_TABS.find((other) => operationName(other.query) === "PublishEvent")!;
      expect((await t.gql(publish.query, { input: { type: "invoice.paid", payload: {} } })).errors).toBeUndefined();
      // The earlier examples' deliveries may still be retrying: wait for the one this publish queued.
      const queued = () =>
        stream.results().some((result) => JSON.stringify(result.data).includes('"status":"PENDING"'));
      await stream.until(queued);
      expect(
        stream.results().find((result) => JSON.stringify(result.data).includes('"status":"PENDING"')),
      ).toMatchObject({ data: { deliveryUpdated: { status: "PENDING", delivery: { eventType: "invoice.paid" } } } });
      expect(stream.results().flatMap((result) => result.errors ?? [])).toEqual([]);
      stream.close();
      return;
    }
    const res = await t.gql(
      tab.query,
      tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : undefined,
    );
    expect(res.errors).toBeUndefined();
    const [answer] = Object.values(res.data ?? {}) as { __typename?: string }[];
    expect(answer).toBeTruthy();
    // A mutation example answers its payload, not one of its errors.
    if (answer?.__typename) expect(answer.__typename).toMatch(/Payload$/);
  },
);
