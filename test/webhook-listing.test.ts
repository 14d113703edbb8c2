import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wholeTenant } from "../src/auth/owner.js";
import { SecretBox } from "../src/crypto/secret-box.js";
import { createOutgoingWebhook } from "../src/outgoing/outgoing-webhooks.js";
import { QUIET_WORKER, startTestService, type TestService } from "./support/service.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { graphql } from "./generated/index.js";

let t: TestService;
let tenantId: string;
const ROWS = 250;

beforeAll(async () => {
  t = await startTestService(QUIET_WORKER);
  const prisma = t.service.database.prisma;
  tenantId = (await prisma.tenant.findFirstOrThrow()).id;
  const box = new SecretBox(Buffer.alloc(32, 1));
  for (let i = 0; i < ROWS; i += 1) {
    await createOutgoingWebhook(prisma, box, wholeTenant(tenantId), {
      // Names repeat across projects and timestamps collide below, so ties must be broken by id.
      name: `hook ${String(i % 50).padStart(2, "0")}`,
      projectId: `p${Math.floor(i / 50)}`,
      url: `https://receiver-${i}.example.com/in`,
      eventTypes: i % 3 === 0 ? ["invoice.*"] : i % 3 === 1 ? ["invoice.paid", "customer.created"] : ["*"],
      tags: { env: i % 2 === 0 ? "prod" : "dev", team: `t${i % 5}` },
      enabled: i % 4 !== 0,
    });
  }
  await prisma.$executeRaw`UPDATE webhooks SET created_at = '2026-01-01T00:00:00Z'::timestamptz + (floor(random() * 5)::int * interval '1 day'), updated_at = '2026-01-01T00:00:00Z'`;
  await prisma.$executeRaw`UPDATE webhooks SET last_failure_at = '2026-01-01T00:00:00Z' WHERE name LIKE 'hook 1%'`;
  await prisma.$executeRaw`UPDATE webhooks SET suspended_at = now(), suspend_reason = 'test' WHERE name = 'hook 07'`;
});
afterAll(() => t.stop());

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  nodes: { id: string }[];
};

async function page(args: string, variables: Record<string, unknown>): Promise<Page> {
  const cursor = args.includes("$after") ? "$after: String, " : args.includes("$before") ? "$before: String, " : "";
  const res = await t.gql(
    `query(${cursor}$filter: WebhookFilter, $orderBy: WebhookOrder) {
    webhooks(${args}, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`,
    variables,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.webhooks as Page;
}

async function ids(filter: Record<string, unknown>): Promise<string[]> {
  const all: string[] = [];
  let after: string | undefined;
  for (;;) {
    const result = await page("first: 100, after: $after", { after, filter });
    all.push(...result.nodes.map((node) => node.id));
    if (!result.pageInfo.hasNextPage) return all;
    after = result.pageInfo.endCursor;
  }
}

describe("pagination", () => {
  it.each(["NAME", "CREATED_AT", "UPDATED_AT", "LAST_FAILURE_AT"])(
    "returns every row exactly once, forwards and backwards, ordered by %s",
    async (field) => {
      for (const direction of ["ASC", "DESC"]) {
        const orderBy = { field, direction };
        const forward: string[] = [];
        let after: string | undefined;
        let pages = 0;
        for (;;) {
          const result = await page("first: 30, after: $after", { after, orderBy });
          expect(result.totalCount).toBe(ROWS);
          forward.push(...result.nodes.map((node) => node.id));
          pages += 1;
          if (!result.pageInfo.hasNextPage) break;
          after = result.pageInfo.endCursor;
        }
        expect(pages).toBe(Math.ceil(ROWS / 30));
        expect(new Set(forward).size).toBe(ROWS);

        const backward: string[] = [];
        let before: string | undefined;
        for (;;) {
          const result = await page("last: 30, before: $before", { before, orderBy });
          backward.unshift(...result.nodes.map((node) => node.id));
          if (!result.pageInfo.hasPreviousPage) break;
          before = result.pageInfo.startCursor;
        }
        expect(backward).toEqual(forward);
      }
    },
  );

  it("orders by the chosen field with ties broken by id", async () => {
    const prisma = t.service.database.prisma;
    const rows = await prisma.webhook.findMany({ where: { tenantId } });
    const expected = [...rows]
      .sort(
        (a, b) =>
          (a.lastFailureAt?.getTime() ?? -Infinity) - (b.lastFailureAt?.getTime() ?? -Infinity) ||
          (a.id < b.id ? -1 : 1),
      )
      .map((row) => row.id);
    const got = await page("first: 100", { orderBy: { field: "LAST_FAILURE_AT", direction: "ASC" } });
    expect(got.nodes.map((node) => node.id)).toEqual(
      expected.slice(0, 100).map((id) => encodeGlobalID("OutgoingWebhook", id)),
    );
  });

  it("rejects a cursor it did not make", async () => {
    const res = await t.gql(
      graphql(`query WebhookListingWebhooks { webhooks(first: 5, after: "bm9wZQ") { totalCount } }`),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects a cursor shaped like its own that holds no date or id, for every list and order", async () => {
    const crafted = (key: string, id: string) => Buffer.from(JSON.stringify([key, id])).toString("base64url");
    const id = "0190b6c4-8d3e-7e2a-9f4b-1c2d3e4f5a6b";
    const notDates = [crafted("not-a-date", id), crafted("2026-13-45 99:00:00+00", id)];
    const notIds = [crafted("not-a-date", "not-a-uuid"), crafted("2026-12-06 10:00:00+00", "not-a-uuid")];
    const cases: [string, string[]][] = [
      ["webhooks(first: 5, after: $after)", [...notDates, ...notIds]],
      ["webhooks(first: 5, after: $after, orderBy: { field: LAST_FAILURE_AT, direction: DESC })", notDates],
      ["webhooks(first: 5, after: $after, orderBy: { field: NAME })", notIds],
      ["deliveries(first: 5, after: $after)", [...notDates, ...notIds]],
    ];
    for (const [list, cursors] of cases)
      for (const after of cursors) {
        const res = await t.gql(`query($after: String) { ${list} { totalCount } }`, { after });
        expect(res.errors?.[0]?.extensions?.code, `${list} ${after}`).toBe("BAD_USER_INPUT");
      }
  });
});

const count = async (filter: Record<string, unknown>) => (await page("first: 1", { filter })).totalCount;

describe("filters", () => {
  it.each<[string, Record<string, unknown>, number]>([
    ["kind", { kind: "OUTGOING" }, 250],
    ["kind INCOMING", { kind: "INCOMING" }, 0],
    ["exact name", { name: "hook 07" }, 5],
    ["nameContains, case-insensitive", { nameContains: "HOOK 0" }, 50],
    ["search over name and url", { search: "receiver-12.example" }, 1],
    ["search, every word must match", { search: "hook receiver-3." }, 1],
    ["state DISABLED", { state: "DISABLED" }, 63],
    ["enabled", { enabled: true }, 187],
    ["suspended", { suspended: true }, 5],
    // i % 4 == 0 is disabled (63 of 250); the 5 "hook 07" rows are enabled and suspended.
    ["active", { active: true }, 187 - 5],
    ["not active", { active: false }, 63 + 5],
    ["eventTypes matching exact and wildcard subscriptions", { eventTypes: ["invoice.paid"] }, 250],
    // i % 3: 0 -> "invoice.*" (84 rows), 1 -> invoice.paid + customer.created (83), 2 -> "*" (83).
    ["eventTypes matched only by * and the exact type", { eventTypes: ["customer.created"] }, 83 + 83],
    ["eventTypes matched only by *", { eventTypes: ["order.shipped"] }, 83],
    ["projectId", { projectId: "p2" }, 50],
    ["tags, all pairs", { tags: { env: "prod", team: "t0" } }, 25],
    ["createdBefore far past", { createdBefore: "2025-01-01T00:00:00Z" }, 0],
    ["createdAfter far past", { createdAfter: "2025-01-01T00:00:00Z" }, 250],
    ["combined", { projectId: "p0", enabled: true, tags: { env: "prod" } }, 12],
  ])("%s", async (_name, filter, expected) => {
    expect(await count(filter)).toBe(expected);
  });

  it("searches by id", async () => {
    const [first] = await t.service.database.prisma.webhook.findMany({ take: 1 });
    expect(await count({ search: first!.id.slice(-12) })).toBe(1);
  });

  it("pages a filtered list exactly once", async () => {
    const list = await ids({ projectId: "p1", enabled: true });
    expect(list).toHaveLength(await count({ projectId: "p1", enabled: true }));
    expect(new Set(list).size).toBe(list.length);
  });

  it("refuses a bad filter value naming it", async () => {
    const res = await t.gql(
      graphql(`query WebhookListingWebhooks2 { webhooks(filter: { eventTypes: ["bad type"] }) { totalCount } }`),
    );
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", issues: [{ path: ["filter", "eventTypes", "0"] }] },
    });
  });
});

describe("webhookStats", () => {
  it("counts by STATE and PROJECT in one grouped query, agreeing with the listing", async () => {
    const before = t.service.database.statementCount();
    const res = await t.gql(
      graphql(
        `query WebhookListingWebhookStats { webhookStats(groupBy: [STATE, PROJECT]) { total rows { state projectId count kind } } }`,
      ),
    );
    expect(t.service.database.statementCount() - before).toBeLessThanOrEqual(2); // the stats query (and at most the key's lastUsedAt)
    const stats = res.data!.webhookStats!;
    expect(stats.total).toBe(250);
    expect(stats.rows).toHaveLength(10);
    expect(stats.rows[0]).toEqual({ state: "DISABLED", projectId: "p0", count: 13, kind: null });
    for (const row of stats.rows) {
      expect(row.count).toBe(await count({ state: row.state, projectId: row.projectId }));
    }
    expect(stats.rows.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(250);
  });

  it("groups by KIND, SUSPENDED, EVENT_TYPE and CREATED_DAY, with a filter", async () => {
    const res = await t.gql(
      graphql(
        `query WebhookListingWebhookStats2 { webhookStats(groupBy: [KIND, SUSPENDED, EVENT_TYPE], filter: { projectId: "p0" }) { total rows { kind suspended eventType count } } }`,
      ),
    );
    const stats = res.data!.webhookStats!;
    expect(stats.total).toBe(50);
    const byType = Object.fromEntries(
      stats.rows.filter((row) => !row.suspended).map((row) => [row.eventType, row.count]),
    );
    expect(Object.keys(byType).sort()).toEqual(["*", "customer.created", "invoice.*", "invoice.paid"]);
    const days = await t.gql(
      graphql(
        `query WebhookListingWebhookStats3 { webhookStats(groupBy: [CREATED_DAY]) { total rows { createdDay count } } }`,
      ),
    );
    const dayRows = days.data?.webhookStats!.rows ?? [];
    expect(dayRows.length).toBeGreaterThan(0);
    for (const row of dayRows) expect(row.createdDay).toMatch(/^2026-01-0[1-5]$/);
    expect(dayRows.reduce((sum, row) => sum + row.count, 0)).toBe(250);
  });

  it("requires at least one group", async () => {
    const res = await t.gql(graphql(`query WebhookListingWebhookStats4 { webhookStats(groupBy: []) { total } }`));
    expect(res.errors?.[0]).toMatchObject({
      message: "groupBy: must name at least one group",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});

it(`lists a page of 50 webhooks with every scalar field in one SQL statement (the key is cached)`, async () => {
  const query =
    graphql(`query WebhookListingWebhooks3 { webhooks(first: 50, filter: { active: true }) { totalCount nodes { id kind name state enabled projectId tags createdAt updatedAt
    ... on OutgoingWebhook { url headers { name values } eventTypes secretHint suspended active lastFailureAt consecutiveFailures
      failureHandling { timeoutSeconds } } } } }`);
  await t.gql(query); // the key is now cached and its lastUsedAt fresh
  const before = t.service.database.statementCount();
  const res = await t.gql(query);
  expect(res.data?.webhooks!.nodes).toHaveLength(50);
  expect(res.data?.webhooks!.totalCount).toBeGreaterThan(50);
  expect(t.service.database.statementCount() - before).toBe(1);
});
