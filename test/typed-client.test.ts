// The shipped typed client (client/): the README's example runs against a real service, and the
// generated documents answer in the shapes their types state.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createClient } from "../client/client.js";
import { example } from "../client/example.js";
import {
  CreateOutgoingWebhookDocument,
  DeleteWebhookDocument,
  OutgoingWebhooksDocument,
} from "../client/generated/graphql.js";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(() => t.stop());

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

it("answers the error union's typed member, and errors for a refused key", async () => {
  const client = createClient(`${t.url}/graphql`, t.adminKey);
  const refused = await client.request(CreateOutgoingWebhookDocument, {
    input: { name: "bad", url: "ftp://example.com", eventTypes: ["*"] },
  });
  const result = refused.data?.createOutgoingWebhook;
  expect(result?.__typename).toBe("ValidationError");
  if (result?.__typename === "ValidationError")
    expect(result.issues.map((issue) => issue.path)).toEqual([["input", "url"]]);

  const anonymous = await createClient(`${t.url}/graphql`, "whk_nope").request(OutgoingWebhooksDocument, { first: 1 });
  expect(anonymous.data?.webhooks ?? null).toBeNull();
  expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
});

it("pages with offset and deletes through the generated documents", async () => {
  const client = createClient(`${t.url}/graphql`, t.adminKey);
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
  const [node] = page.data?.webhooks?.nodes ?? [];
  expect(page.data?.webhooks?.totalCount).toBe(3);
  expect(node?.__typename === "OutgoingWebhook" && node.name).toBe("b");
  const deleted = await client.request(DeleteWebhookDocument, {
    input: { id: node?.__typename === "OutgoingWebhook" ? node.id : "" },
  });
  expect(deleted.data?.deleteWebhook).toMatchObject({ __typename: "DeleteWebhookPayload" });
});
