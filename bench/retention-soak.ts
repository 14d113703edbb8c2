// npm run soak:retention — retention running unattended under load, on the PostgreSQL server of
// DATABASE_URL (a scratch database). The service runs with one-minute days (HISTORY_DAY_SECONDS=60:
// partitions of a minute) and a retention pass every 10 s; the tenant keeps 1 day (= 1 minute) of
// everything. For SOAK_MINUTES (default 10): SOAK_RATE events/s (default 50) to 10 webhooks, and an
// Alertmanager POST to an incoming webhook every second; in the first minute also an event a second
// to a suspended webhook (diverted: unfinished, to be kept). Every minute it prints each history
// table's rows, size and partitions; at the end, whether the sizes stayed flat over the second half
// (largest within 1.5x of the smallest) and whether every unfinished delivery and its event are there.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase } from "../support/scratch-database.js";
import { offerAtRate, serviceSettings, spawnService, startReceivers, stopProcesses } from "./bench-service.js";

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 50);
const WEBHOOKS = 10;
const TABLES = ["events", "deliveries", "delivery_attempts", "incoming_requests", "incoming_events", "alerts"];

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error("soak:retention needs DATABASE_URL (a PostgreSQL server to make a scratch database on)");
const dataDir = mkdtempSync(path.join(tmpdir(), "hookrelay-soak-"));
const scratch = await createScratchDatabase(serverUrl, "hookrelay_soak");
const db = new pg.Pool({ connectionString: scratch.url, max: 2 });
const settings = serviceSettings(dataDir, scratch.url);
const receivers = await startReceivers(WEBHOOKS);
const service = await spawnService({
  ...settings.env,
  ROLE: "all",
  ALLOW_PRIVATE_DESTINATIONS: "true",
  HISTORY_DAY_SECONDS: "60",
  RETENTION_INTERVAL_SECONDS: "10",
});
try {
  const gql = async (query: string, variables?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${service.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${settings.key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`call failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql(
    `mutation { updateTenantSettings(input: { retention: { events: 1, deliveries: 1, incoming: 1 } }) { __typename } }`,
  );
  const CREATE = `mutation($url: String!, $types: [String!]!, $name: String!) { createOutgoingWebhook(input: { name: $name, url: $url, eventTypes: $types }) { ... on CreateOutgoingWebhookPayload { webhook { id } } } }`;
  for (const [index, url] of receivers.urls.entries())
    await gql(CREATE, { url, types: ["soak.*"], name: `soak ${index}` });
  await gql(CREATE, { url: receivers.urls[0], types: ["held.*"], name: "held" });
  await db.query(`UPDATE webhooks SET suspended_at = now(), suspend_reason = 'soak' WHERE name = 'held'`);
  const incoming = await gql(
    `mutation { createIncomingWebhook(input: { name: "alerts", plugin: { pluginId: "prometheus-alertmanager" } }) { ... on CreateIncomingWebhookPayload { webhook { webhookUrl } } } }`,
  );
  const incomingUrl = String((incoming.createIncomingWebhook!.webhook as { webhookUrl: string }).webhookUrl).replace(
    /^https?:\/\/[^/]+/,
    `http://127.0.0.1:${service.port}`,
  );
  const alert = readFileSync(new URL("../test/fixtures/incoming/alertmanager-firing.json", import.meta.url), "utf8");
  const PUBLISH = `mutation($input: PublishEventInput!) { publishEvent(input: $input) { __typename } }`;

  /** Each history table's rows, size (every partition with its indexes) and partitions. */
  const measure = async () => {
    const rows = await Promise.all(
      TABLES.map(async (table) => {
        const { rows: counted } = await db.query<{ rows: number; bytes: string; partitions: number }>(
          `SELECT (SELECT count(*) FROM ${table})::int AS rows,
                  (SELECT COALESCE(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree('${table}') WHERE isleaf)::text AS bytes,
                  (SELECT count(*) FROM pg_partition_tree('${table}') WHERE isleaf)::int AS partitions`,
        );
        return { table, ...counted[0]! };
      }),
    );
    return rows;
  };
  const format = (rows: Awaited<ReturnType<typeof measure>>) =>
    rows
      .map(
        ({ table, rows, bytes, partitions }) =>
          `${table} ${rows} rows ${(Number(bytes) / 1e6).toFixed(1)} MB/${partitions}`,
      )
      .join("; ");

  const started = performance.now();
  let held = 0;
  const sizes: number[] = [];
  console.log(
    `retention soak: ${MINUTES} min, ${RATE} events/s to ${WEBHOOKS} webhooks, 1 alert/s; 1-minute days and partitions, retention 1 day, a pass every 10 s`,
  );
  for (let minute = 1; minute <= MINUTES; minute += 1) {
    await Promise.all([
      offerAtRate(RATE, 60, async (index) => {
        await gql(PUBLISH, { input: { type: "soak.event", payload: { minute, index } } });
        return true;
      }),
      offerAtRate(1, 60, async () => {
        const answer = await fetch(incomingUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: alert,
        });
        await answer.arrayBuffer();
        if (minute === 1) {
          await gql(PUBLISH, { input: { type: "held.event", payload: { minute } } });
          held += 1;
        }
        return true;
      }),
    ]);
    const measured = await measure();
    const total = measured.reduce((sum, { bytes }) => sum + Number(bytes), 0);
    sizes.push(total);
    console.log(
      `  minute ${minute} (${((performance.now() - started) / 60_000).toFixed(1)} min): ${(total / 1e6).toFixed(1)} MB in all; ${format(measured)}; ${receivers.received} delivered`,
    );
  }

  const secondHalf = sizes.slice(Math.floor(sizes.length / 2));
  const spread = Math.max(...secondHalf) / Math.min(...secondHalf);
  const { rows: kept } = await db.query<{ diverted: number; orphaned: number }>(
    `SELECT (SELECT count(*) FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.name = 'held' AND d.status = 'DIVERTED')::int AS diverted,
            (SELECT count(*) FROM deliveries d WHERE (d.next_attempt_at IS NOT NULL OR d.status = 'DIVERTED')
               AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = d.event_id))::int AS orphaned`,
  );
  const { diverted, orphaned } = kept[0]!;
  const flat = spread <= 1.5;
  const nothingLost = diverted === held && orphaned === 0;
  console.log(
    `  sizes over the second half: largest ${spread.toFixed(2)}x the smallest (target <= 1.5x: ${flat ? "reached" : "NOT reached"})`,
  );
  console.log(
    `  unfinished: ${diverted} of ${held} diverted deliveries kept, ${orphaned} unfinished deliveries without their event (target all kept, none: ${nothingLost ? "reached" : "NOT reached"})`,
  );
  if (!flat || !nothingLost) process.exitCode = 1;
} finally {
  await stopProcesses([service.child]);
  await receivers.close();
  await db.end();
  await scratch.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
