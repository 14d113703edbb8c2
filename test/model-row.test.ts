// Rows read by SQL as a model's JSON (db/model-row.ts; the webhooks page's, webhook-query.ts) are what
// Prisma's client reads: every column of the table, each field parsed to the same value.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { CreateIncomingWebhookDocument } from "@hookrelay/client";
import { Prisma } from "../src/generated/prisma/client.js";
import { webhookModelRow as webhooks } from "../src/webhooks/webhook-query.js";
import { selectRows } from "../src/db/sql.js";
import { startTestService, type TestService } from "./support/service.js";
import { createWebhook } from "./support/webhooks.js";
import { member } from "./support/typed.js";

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

describe("a model's row read by SQL", () => {
  it("reads every column of the webhooks table, each as Prisma reads it", async () => {
    await createWebhook(t, {
      url: "https://example.com/hook",
      eventTypes: ["order.*"],
      headers: [{ name: "x-team", values: ["a"] }],
      failureHandling: { timeoutSeconds: 7 },
    });
    const incoming = await t.gql(CreateIncomingWebhookDocument, {
      input: { name: "alerts", plugin: { pluginId: "prometheus-alertmanager" }, tags: { team: "ops" } },
    });
    member(incoming.data?.createIncomingWebhook, "CreateIncomingWebhookPayload");

    const read = await selectRows(
      t.service.database.sql,
      z.object({ webhook: webhooks.row }).transform((record) => record.webhook),
      Prisma.sql`SELECT ${webhooks.json} AS webhook FROM webhooks w ORDER BY w.id`,
    );
    const prisma = await t.service.database.prisma.webhook.findMany({ orderBy: { id: "asc" } });
    expect(read.map((row) => row.kind).sort()).toEqual(["INCOMING", "OUTGOING"]);
    expect(read).toEqual(prisma);

    const [columns] = await t.service.database.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM information_schema.columns WHERE table_name = 'webhooks' AND table_schema = current_schema()`;
    expect(Object.keys(read[0]!)).toHaveLength(columns!.count);
  });
});
