// Listing and counting webhooks. The filter is one SQL fragment shared by the paginated list and the
// grouped statistics, so both always agree on what matches.
import { projectSql, type Owner } from "../auth/owner.js";
import { z } from "zod";
import {
  IncomingAuthenticationType,
  PluginUpgradeMode,
  Prisma,
  WebhookDestinationType,
  WebhookDisabledReason,
  WebhookKind,
  WebhookOrdering,
  type Webhook,
} from "../generated/prisma/client.js";
import { ValidationError } from "../common/errors.js";
import { afterCursor, encodeCursor, type PageRequest, type SortKeyType } from "../db/keyset-pages.js";
import { selectRows, type RunSql } from "../db/sql.js";
import { modelRow } from "../db/model-row.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { isUuid } from "../db/uuid.js";
import { boundedJson, parseInput, jsonObjectSchema, projectIdSchema } from "../common/validation.js";
import { EVENT_TYPE_PATTERN, patternsMatching } from "./event-types.js";
import { ACCESS_KEY_PATTERN, parseIncomingWebhookUrl } from "./access-keys.js";
import {
  aggregateColumns,
  aggregateValues,
  statsOrderSql,
  statsShapeSchema,
  type AggregateValue,
} from "../db/aggregates.js";
import { tagsSchema, type WithUncheckedTags } from "./webhooks.js";

/** At most this many ids in one filter. */
export const MAX_FILTER_IDS = 100;

export const webhookFilterSchema = z
  .object({
    ids: z
      .array(z.string().refine(isUuid, "must be a webhook id"))
      .max(MAX_FILTER_IDS, `must hold at most ${MAX_FILTER_IDS} ids`)
      .nullish(),
    kind: z.enum(["OUTGOING", "INCOMING"]).nullish(),
    name: z.string().nullish(),
    nameContains: z.string().max(128).nullish(),
    search: z.string().max(256, "must be at most 256 characters").nullish(),
    state: z.enum(["ENABLED", "DISABLED"]).nullish(),
    enabled: z.boolean().nullish(),
    suspended: z.boolean().nullish(),
    active: z.boolean().nullish(),
    eventTypes: z.array(z.string().regex(EVENT_TYPE_PATTERN, "must be an event type or pattern")).max(100).nullish(),
    projectId: projectIdSchema.nullish(),
    pluginId: z.string().max(128).nullish(),
    accessKey: z.string().regex(ACCESS_KEY_PATTERN, "must be an access key: 32 lowercase hex characters").nullish(),
    webhookUrl: z
      .string()
      .max(2048)
      .transform(
        (url, context) =>
          parseIncomingWebhookUrl(url) ??
          (context.addIssue({
            code: "custom",
            message: "must be an incoming webhook's URL: .../webhooks/incoming/{id}/{accessKey}/events",
          }),
          z.NEVER),
      )
      .nullish(),
    capability: boundedJson(jsonObjectSchema).nullish(),
    tags: tagsSchema.nullish(),
    createdAfter: z.date().nullish(),
    createdBefore: z.date().nullish(),
  })
  .nullish();

export type WebhookFilter = WithUncheckedTags<NonNullable<z.input<typeof webhookFilterSchema>>> | null | undefined;

export const WEBHOOK_ORDER_FIELDS = ["NAME", "CREATED_AT", "UPDATED_AT", "LAST_FAILURE_AT"] as const;
export type WebhookOrderField = (typeof WEBHOOK_ORDER_FIELDS)[number];
export interface WebhookOrder {
  field: WebhookOrderField;
  direction: "ASC" | "DESC";
}

// Sort keys are never NULL (never-failed webhooks sort as "-infinity"), so keyset comparisons hold.
const SORT_KEYS: Record<WebhookOrderField, { sql: Prisma.Sql; type: SortKeyType }> = {
  NAME: { sql: Prisma.sql`name`, type: "text" },
  CREATED_AT: { sql: Prisma.sql`created_at`, type: "timestamptz" },
  UPDATED_AT: { sql: Prisma.sql`updated_at`, type: "timestamptz" },
  LAST_FAILURE_AT: {
    sql: Prisma.sql`COALESCE(last_failure_at, '-infinity'::timestamptz)`,
    type: "timestamptz",
  },
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The WHERE clause (without the keyword) selecting the tenant's webhooks that match `filter`. An access
 * key (alone or in a URL) is matched through its keyed digest: the table is never decrypted.
 */
export function webhookFilterSql(secretBox: SecretBox, owner: Owner, input: WebhookFilter): Prisma.Sql {
  const filter = parseInput(webhookFilterSchema, input, ["filter"]) ?? {};
  const conditions: Prisma.Sql[] = [Prisma.sql`tenant_id = ${owner.tenantId}::uuid`, projectSql(owner, "webhook")];
  if (filter.ids) conditions.push(Prisma.sql`id = ANY(${filter.ids}::uuid[])`);
  if (filter.accessKey != null) conditions.push(Prisma.sql`access_key_digest = ${secretBox.digest(filter.accessKey)}`);
  if (filter.webhookUrl) {
    const { webhookId, accessKey } = filter.webhookUrl;
    // A URL whose id or key is malformed names no webhook.
    if (!isUuid(webhookId) || !ACCESS_KEY_PATTERN.test(accessKey)) conditions.push(Prisma.sql`FALSE`);
    else conditions.push(Prisma.sql`id = ${webhookId}::uuid AND access_key_digest = ${secretBox.digest(accessKey)}`);
  }
  if (filter.capability && Object.keys(filter.capability).length > 0)
    conditions.push(Prisma.sql`capability @> ${JSON.stringify(filter.capability)}::jsonb`);
  if (filter.kind) conditions.push(Prisma.sql`kind = ${filter.kind}::"WebhookKind"`);
  if (filter.name != null) conditions.push(Prisma.sql`name = ${filter.name}`);
  if (filter.nameContains) conditions.push(Prisma.sql`name ILIKE ${likePattern(filter.nameContains)}`);
  for (const word of filter.search?.split(/\s+/).filter(Boolean) ?? []) {
    const pattern = likePattern(word);
    conditions.push(Prisma.sql`(name ILIKE ${pattern} OR url ILIKE ${pattern} OR id::text ILIKE ${pattern})`);
  }
  if (filter.state) conditions.push(Prisma.sql`enabled = ${filter.state === "ENABLED"}`);
  if (filter.enabled != null) conditions.push(Prisma.sql`enabled = ${filter.enabled}`);
  if (filter.suspended != null)
    conditions.push(filter.suspended ? Prisma.sql`suspended_at IS NOT NULL` : Prisma.sql`suspended_at IS NULL`);
  if (filter.active != null) conditions.push(Prisma.sql`(enabled AND suspended_at IS NULL) = ${filter.active}`);
  if (filter.eventTypes) {
    const patterns = [...new Set(filter.eventTypes.flatMap(patternsMatching))];
    conditions.push(Prisma.sql`event_types && ${patterns}::text[]`);
  }
  if (filter.projectId != null) conditions.push(Prisma.sql`project_id = ${filter.projectId}`);
  if (filter.pluginId != null) conditions.push(Prisma.sql`plugin_id = ${filter.pluginId}`);
  if (filter.tags && Object.keys(filter.tags).length > 0)
    conditions.push(Prisma.sql`tags @> ${JSON.stringify(filter.tags)}::jsonb`);
  if (filter.createdAfter) conditions.push(Prisma.sql`created_at >= ${filter.createdAfter}`);
  if (filter.createdBefore) conditions.push(Prisma.sql`created_at < ${filter.createdBefore}`);
  return Prisma.join(conditions, " AND ");
}

export interface WebhookPage<Row> {
  rows: (Row & { sortKey: string })[];
  total: number;
}

/** A webhooks row as Prisma's `Webhook`, read with its columns (w: the webhooks table). */
export const webhookModelRow = modelRow<Webhook>("Webhook", "w", {
  WebhookKind,
  WebhookDisabledReason,
  WebhookOrdering,
  WebhookDestinationType,
  PluginUpgradeMode,
  IncomingAuthenticationType,
});

/** A page's webhook: the fields asked for, and always its id and kind. */
export type WebhookPageRow = Partial<Webhook> & Pick<Webhook, "id" | "kind">;

// A page's row: the total, and the webhook with its sort key (absent on the one row of an empty page).
const pageEntry = z.object({ total: z.number(), sortKey: z.string().nullable(), webhook: z.unknown() });

/**
 * One page of webhooks in a stable order (ties broken by id), plus the total matching the filter.
 * The total, the rows and their sort keys come from one SQL statement, sent past Prisma, as this is
 * the API's hottest path. Rows hold `fields` (every field when null), their id and kind. (Relations of
 * the rows are loaded by their fields' dataloaders.)
 */
export async function loadWebhookPage(
  sql: RunSql,
  secretBox: SecretBox,
  owner: Owner,
  filter: WebhookFilter,
  order: WebhookOrder,
  page: PageRequest,
  fields: readonly string[] | null = null,
): Promise<WebhookPage<WebhookPageRow>> {
  const { json, row: webhookRow } = fields ? webhookModelRow.pick(["id", "kind"], fields) : webhookModelRow;
  const where = webhookFilterSql(secretBox, owner, filter);
  const key = SORT_KEYS[order.field];
  const ascending = (order.direction === "ASC") !== page.inverted;
  const direction = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const after = afterCursor(page, !ascending, Prisma.sql`k`, Prisma.sql`id`, key.type);
  const found = await sql(Prisma.sql`
    WITH matching AS (SELECT id, ${key.sql} AS k FROM webhooks WHERE ${where}),
    page AS (SELECT id, k FROM matching WHERE ${after} ORDER BY k ${direction}, id ${direction} LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT t.total, p.k::text AS "sortKey", ${json} AS webhook
    FROM (SELECT count(*)::int AS total FROM matching) t
    LEFT JOIN page p ON TRUE
    LEFT JOIN webhooks w ON w.id = p.id
    ORDER BY p.k ${direction}, p.id ${direction}`);
  const entries = found.map((record) => pageEntry.parse(record));
  const rows = entries.flatMap(({ sortKey, webhook }) => {
    if (sortKey === null || webhook === null) return [];
    const row = webhookRow.parse(webhook);
    // Onto the row zod just made: a copy of every field per row was a cost of its own.
    return [Object.assign(row, { sortKey })];
  });
  return { rows, total: entries[0]?.total ?? 0 };
}

/** A page's row's cursor. */
export const webhookCursor = (row: { sortKey: string; id: string }) => encodeCursor(row.sortKey, row.id);

export const WEBHOOK_STATS_GROUPS = [
  "KIND",
  "STATE",
  "PROJECT",
  "SUSPENDED",
  "EVENT_TYPE",
  "CREATED_DAY",
  "PLUGIN",
  "CAPABILITY",
] as const;
export type WebhookStatsGroup = (typeof WEBHOOK_STATS_GROUPS)[number];

export const WEBHOOK_STATS_FIELDS = [
  "REQUESTS_TOTAL",
  "REQUESTS_ERROR",
  "CONSECUTIVE_FAILURES",
  "SUBSCRIBED_EVENT_TYPES",
  "DELIVERIES_TOTAL",
  "DELIVERIES_SUCCEEDED",
  "DELIVERIES_FAILED",
] as const;
export type WebhookStatsField = (typeof WEBHOOK_STATS_FIELDS)[number];

export interface WebhookStatsRow {
  kind?: WebhookKind;
  state?: "ENABLED" | "DISABLED";
  projectId?: string | null;
  suspended?: boolean;
  eventType?: string | null;
  createdDay?: string;
  pluginId?: string | null;
  capability?: Record<string, unknown> | null;
  count: number;
  aggregates: AggregateValue<WebhookStatsField>[];
}

export interface WebhookStats {
  total: number;
  /** The aggregates over every matching webhook. */
  totals: AggregateValue<WebhookStatsField>[];
  rows: WebhookStatsRow[];
}

export type WebhookStatsShape = z.input<ReturnType<typeof statsShapeSchema<WebhookStatsField>>>;

const GROUP_COLUMNS: Record<WebhookStatsGroup, Prisma.Sql> = {
  KIND: Prisma.sql`w.kind::text`,
  STATE: Prisma.sql`CASE WHEN w.enabled THEN 'ENABLED' ELSE 'DISABLED' END`,
  PROJECT: Prisma.sql`w.project_id`,
  SUSPENDED: Prisma.sql`(w.suspended_at IS NOT NULL)`,
  EVENT_TYPE: Prisma.sql`et.event_type`,
  CREATED_DAY: Prisma.sql`to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  PLUGIN: Prisma.sql`w.plugin_id`,
  CAPABILITY: Prisma.sql`w.capability`,
};

const FIELD_COLUMNS: Record<WebhookStatsField, Prisma.Sql> = {
  REQUESTS_TOTAL: Prisma.sql`w.requests_total`,
  REQUESTS_ERROR: Prisma.sql`w.requests_error`,
  CONSECUTIVE_FAILURES: Prisma.sql`w.consecutive_failures`,
  SUBSCRIBED_EVENT_TYPES: Prisma.sql`cardinality(w.event_types)`,
  DELIVERIES_TOTAL: Prisma.sql`w.deliveries_total`,
  DELIVERIES_SUCCEEDED: Prisma.sql`w.deliveries_succeeded`,
  DELIVERIES_FAILED: Prisma.sql`w.deliveries_failed`,
};

// The columns GROUP_COLUMNS and FIELD_COLUMNS read: the matching webhooks are kept for two scans,
// and every column of 1,000 webhooks (their secrets, settings) made the statement twice as slow.
const STATS_COLUMNS = Prisma.sql`w.id, w.kind, w.enabled, w.project_id, w.suspended_at, w.event_types, w.created_at,
  w.plugin_id, w.capability, w.requests_total, w.requests_error, w.consecutive_failures`;

const webhookStatsShape = statsShapeSchema(WEBHOOK_STATS_FIELDS);
const totalRow = z.object({ total: z.number(), position: z.number().nullable() });
const countRow = z.object({ count: z.number() });

/** How each group's key reads from its column. */
const groupValues = {
  KIND: z.enum(WebhookKind),
  STATE: z.enum(["ENABLED", "DISABLED"]),
  PROJECT: z.string().transform((projectId) => projectId || null),
  SUSPENDED: z.boolean(),
  EVENT_TYPE: z.string().nullable(),
  CREATED_DAY: z.string(),
  PLUGIN: z.string().nullable(),
  CAPABILITY: jsonObjectSchema.nullable(),
};

/**
 * Counts and aggregates of matching webhooks per combination of the groups, plus the totals, in one
 * statement. A webhook subscribed to several event types counts once in each EVENT_TYPE group and
 * once in the totals. Groups come in the order asked (default: by their values), cut to `limit`.
 * The DELIVERIES_* fields count each webhook's deliveries (FAILED: failed, diverted or discarded), and
 * are read only when asked for.
 */
export async function webhookStats(
  sql: RunSql,
  secretBox: SecretBox,
  owner: Owner,
  filter: WebhookFilter,
  groupBy: WebhookStatsGroup[],
  shapeInput?: WebhookStatsShape,
): Promise<WebhookStats> {
  const groups = [...new Set(groupBy)];
  if (groups.length === 0) throw ValidationError.of(["groupBy"], "must name at least one group");
  const shape = parseInput(webhookStatsShape, shapeInput ?? {}, []);
  const aggregates = shape.aggregates ?? [];
  const where = webhookFilterSql(secretBox, owner, filter);
  const expressions = groups.map((group) => GROUP_COLUMNS[group]);
  const keys = expressions.map((_expression, index) => Prisma.raw(`g${index}`));
  const withDeliveries = aggregates.some((aggregate) => aggregate.field.startsWith("DELIVERIES_"));
  const deliveries = withDeliveries
    ? Prisma.sql`, d.deliveries_total, d.deliveries_succeeded, d.deliveries_failed FROM webhooks w LEFT JOIN LATERAL (
        SELECT count(*) AS deliveries_total, count(*) FILTER (WHERE status = 'SUCCEEDED') AS deliveries_succeeded,
          count(*) FILTER (WHERE status IN ('FAILED', 'DIVERTED', 'DISCARDED')) AS deliveries_failed
        FROM deliveries WHERE webhook_id = w.id) d ON TRUE`
    : Prisma.sql` FROM webhooks w`;
  // Only grouping by event type repeats a webhook (once per type), and only then is DISTINCT, a sort, needed.
  const byEventType = groups.includes("EVENT_TYPE");
  const unnest = byEventType
    ? Prisma.sql`LEFT JOIN LATERAL unnest(w.event_types) AS et(event_type) ON TRUE`
    : Prisma.empty;
  const count = byEventType ? Prisma.sql`count(DISTINCT w.id)` : Prisma.sql`count(*)`;
  const groupAggregates = aggregateColumns(aggregates, FIELD_COLUMNS);
  // The totals ride on every row beside the group's own aggregates, so they are named t0, t1, ...
  const totalAggregates = aggregateColumns(aggregates, FIELD_COLUMNS, "t");
  const order = shape.orderBy ? statsOrderSql(shape.orderBy, Prisma.sql`count`, keys) : Prisma.join(keys, ", ");
  const result = await sql(Prisma.sql`
    WITH matching AS (SELECT ${STATS_COLUMNS}${deliveries} WHERE ${where}),
    grouped AS (
      SELECT ${Prisma.join(expressions.map((expression, index) => Prisma.sql`${expression} AS ${keys[index]}`))}, ${count}::int AS count${groupAggregates.length > 0 ? Prisma.sql`, ${Prisma.join(groupAggregates)}` : Prisma.empty}
      FROM matching w ${unnest}
      GROUP BY ${Prisma.join(expressions)}
    ),
    ranked AS (SELECT *, (row_number() OVER (ORDER BY ${order}))::int AS position FROM grouped)
    SELECT t.*, r.*
    FROM (SELECT count(*)::int AS total${totalAggregates.length > 0 ? Prisma.sql`, ${Prisma.join(totalAggregates)}` : Prisma.empty} FROM matching w) t
    LEFT JOIN ranked r ON r.position <= ${shape.limit ?? 2 ** 31 - 1}
    ORDER BY r.position`);
  const first = result[0] ?? {};
  const rows: WebhookStatsRow[] = [];
  for (const record of result) {
    if (totalRow.parse(record).position === null) continue;
    const row: WebhookStatsRow = {
      count: countRow.parse(record).count,
      aggregates: aggregateValues(aggregates, record),
    };
    groups.forEach((group, index) => {
      const value = record[`g${index}`];
      if (group === "KIND") row.kind = groupValues.KIND.parse(value);
      if (group === "STATE") row.state = groupValues.STATE.parse(value);
      if (group === "PROJECT") row.projectId = groupValues.PROJECT.parse(value);
      if (group === "SUSPENDED") row.suspended = groupValues.SUSPENDED.parse(value);
      if (group === "EVENT_TYPE") row.eventType = groupValues.EVENT_TYPE.parse(value);
      if (group === "CREATED_DAY") row.createdDay = groupValues.CREATED_DAY.parse(value);
      if (group === "PLUGIN") row.pluginId = groupValues.PLUGIN.parse(value);
      if (group === "CAPABILITY") row.capability = groupValues.CAPABILITY.parse(value);
    });
    rows.push(row);
  }
  const totals = aggregateValues(aggregates, first, "t");
  return { total: result[0] ? totalRow.parse(result[0]).total : 0, totals, rows };
}

const webhookProjectRow = z.object({ id: z.string(), projectId: z.string() });

/** The projects ("" for none) of the webhooks of `ids` that exist, whatever their tenant. */
export async function webhookProjectsOf(sql: RunSql, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await selectRows(
    sql,
    webhookProjectRow,
    Prisma.sql`SELECT id::text, project_id AS "projectId" FROM webhooks WHERE id = ANY(${[...ids]}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, row.projectId]));
}
