// An incoming webhook's own events and alerts (IncomingWebhook.events and .alerts), for a whole page
// of webhooks at once: two statements for the pages and one for each count, however many webhooks.
import {
  Prisma,
  type Alert,
  type AlertState,
  type IncomingEvent,
  type IncomingEventType,
  type PrismaClient,
  type Severity,
} from "../generated/prisma/client.js";
import { childCounts, childPageIds, fillPages, idsOnPages, type ChildTable } from "../db/child-pages.js";
import type { PageRequest } from "../db/keyset-pages.js";
import type { RunSql } from "../db/sql.js";

export interface WebhookEventFilter {
  eventType?: IncomingEventType | null;
  severity?: Severity | null;
  eventKey?: string | null;
  occurredAfter?: Date | null;
  occurredBefore?: Date | null;
}

export interface WebhookAlertFilter {
  state?: AlertState | null;
  severity?: Severity | null;
}

const WEBHOOK_EVENTS: ChildTable = { table: Prisma.sql`incoming_events`, parentColumn: Prisma.sql`c.webhook_id` };
const WEBHOOK_ALERTS: ChildTable = { table: Prisma.sql`alerts`, parentColumn: Prisma.sql`c.webhook_id` };

const allOf = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;

function eventConditions(filter: WebhookEventFilter | null | undefined): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter?.eventType) conditions.push(Prisma.sql`c.event_type = ${filter.eventType}::"IncomingEventType"`);
  if (filter?.severity) conditions.push(Prisma.sql`c.severity = ${filter.severity}::"Severity"`);
  if (filter?.eventKey != null) conditions.push(Prisma.sql`c.event_key = ${filter.eventKey}`);
  if (filter?.occurredAfter) conditions.push(Prisma.sql`c.occurred_at > ${filter.occurredAfter}`);
  if (filter?.occurredBefore) conditions.push(Prisma.sql`c.occurred_at < ${filter.occurredBefore}`);
  return allOf(conditions);
}

function alertConditions(filter: WebhookAlertFilter | null | undefined): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter?.state) conditions.push(Prisma.sql`c.state = ${filter.state}::"AlertState"`);
  if (filter?.severity) conditions.push(Prisma.sql`c.severity = ${filter.severity}::"Severity"`);
  return allOf(conditions);
}

/** One page of events (newest first) for each of several incoming webhooks. */
export async function loadWebhookEventPages(
  sql: RunSql,
  prisma: PrismaClient,
  webhookIds: readonly string[],
  filter: WebhookEventFilter | null | undefined,
  page: PageRequest,
) {
  const pages = await childPageIds(sql, WEBHOOK_EVENTS, webhookIds, eventConditions(filter), page);
  const ids = idsOnPages(pages);
  return fillPages<IncomingEvent>(
    pages,
    ids.length > 0 ? await prisma.incomingEvent.findMany({ where: { id: { in: ids } } }) : [],
  );
}

export function countWebhookEvents(
  sql: RunSql,
  webhookIds: readonly string[],
  filter: WebhookEventFilter | null | undefined,
): Promise<Map<string, number>> {
  return childCounts(sql, WEBHOOK_EVENTS, webhookIds, eventConditions(filter));
}

/** One page of alerts (newest first) for each of several incoming webhooks. */
export async function loadWebhookAlertPages(
  sql: RunSql,
  prisma: PrismaClient,
  webhookIds: readonly string[],
  filter: WebhookAlertFilter | null | undefined,
  page: PageRequest,
) {
  const pages = await childPageIds(sql, WEBHOOK_ALERTS, webhookIds, alertConditions(filter), page);
  const ids = idsOnPages(pages);
  return fillPages<Alert>(pages, ids.length > 0 ? await prisma.alert.findMany({ where: { id: { in: ids } } }) : []);
}

export function countWebhookAlerts(
  sql: RunSql,
  webhookIds: readonly string[],
  filter: WebhookAlertFilter | null | undefined,
): Promise<Map<string, number>> {
  return childCounts(sql, WEBHOOK_ALERTS, webhookIds, alertConditions(filter));
}
