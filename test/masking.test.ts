import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestService, type TestService } from "./support/service.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  // The test closes the database under the running service; the rest of the service stops as usual.
  await t.stop();
});

it("masks an unexpected failure, answers with the request id, and logs it in full", async () => {
  // A real fault: the database goes away under a running server.
  await t.service.database.close();
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${t.adminKey}`,
      "x-request-id": "req-mask-1",
    },
    body: JSON.stringify({ query: "{ viewer { name } }" }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors[0]).toMatchObject({
    message: "Unexpected error.",
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-mask-1" },
  });
  expect(JSON.stringify(body)).not.toMatch(/closed|pool|pglite|connection/i);
  const logged = t.logs.find((entry) => entry.requestId === "req-mask-1" && entry.level >= 50);
  expect(logged?.err?.message).toBeTruthy();
  expect(logged?.err?.stack).toBeTruthy();
});
