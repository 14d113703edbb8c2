// The `hookrelay` commands that call a running service through @hookrelay/client: webhooks, events,
// deliveries and the live delivery stream. Human-readable lines by default, JSON with --json.
import { readFileSync } from "node:fs";
import { createHookrelay, type DeliveryStatus, type Hookrelay, type JsonObject } from "@hookrelay/client";
import { UsageError } from "./errors.js";

export interface ApiOptions {
  apiUrl: string;
  apiKey?: string;
  json?: boolean;
}

function connect({ apiUrl, apiKey }: ApiOptions): Hookrelay {
  if (!apiKey) throw new UsageError("No API key: set HOOKRELAY_API_KEY or pass --api-key.");
  return createHookrelay({ url: apiUrl, apiKey });
}

const print = (options: ApiOptions, value: unknown, lines: () => string[]) =>
  console.log(options.json ? JSON.stringify(value, null, 2) : lines().join("\n"));

/** Rows as aligned columns. */
function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

/** `--data`: JSON given inline, `@file.json`, or `@-` for standard input. */
export function readJsonObject(given: string, option: string): JsonObject {
  let text = given;
  if (given.startsWith("@")) {
    try {
      text = readFileSync(given === "@-" ? 0 : given.slice(1), "utf8");
    } catch (error) {
      throw new UsageError(`${option}: cannot read ${given.slice(1)}: ${(error as Error).message}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${option}: not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UsageError(`${option}: must be a JSON object`);
  return value as JsonObject; // JSON.parse answers JSON values only
}

export async function listWebhooks(options: ApiOptions & { project?: string; first: number }): Promise<void> {
  const page = await connect(options).webhooks.list({
    filter: { kind: "OUTGOING", ...(options.project ? { projectId: options.project } : {}) },
    orderBy: { field: "CREATED_AT", direction: "DESC" },
    first: options.first,
  });
  const webhooks = (page?.nodes ?? []).flatMap((node) => (node.__typename === "OutgoingWebhook" ? [node] : []));
  print(options, webhooks, () => [
    ...table([
      ["ID", "STATE", "NAME", "DESTINATION", "EVENT TYPES"],
      ...webhooks.map((webhook) => [
        webhook.id,
        webhook.state,
        webhook.name,
        webhook.url ?? webhook.type,
        webhook.eventTypes.join(","),
      ]),
    ]),
    `${webhooks.length} of ${page?.totalCount ?? 0} webhook(s)`,
  ]);
}

export async function createWebhook(
  options: ApiOptions & { name: string; endpoint: string; eventTypes: string[]; project?: string },
): Promise<void> {
  const created = await connect(options).webhooks.create({
    name: options.name,
    url: options.endpoint,
    eventTypes: options.eventTypes,
    projectId: options.project,
  });
  print(options, created, () => [
    `Created webhook ${created.webhook.id} (${created.webhook.name} -> ${created.webhook.url}).`,
    `Its signing secret, shown only now: ${created.secret}`,
  ]);
}

export async function testWebhook(
  options: ApiOptions & { id: string; eventType?: string; data?: string },
): Promise<void> {
  const { attempt } = await connect(options).webhooks.test({
    id: options.id,
    eventType: options.eventType,
    payload: options.data === undefined ? undefined : readJsonObject(options.data, "--data"),
  });
  print(options, attempt, () => [
    attempt.succeeded
      ? `Delivered: HTTP ${attempt.responseStatus} in ${attempt.durationMs} ms.`
      : `Failed${attempt.responseStatus ? `: HTTP ${attempt.responseStatus}` : ""} in ${attempt.durationMs} ms: ${attempt.failureMessage ?? "no answer"}`,
  ]);
  if (!attempt.succeeded) process.exitCode = 1;
}

export async function publishEvent(
  options: ApiOptions & { type: string; data: string; project?: string; idempotencyKey?: string },
): Promise<void> {
  const published = await connect(options).events.publish({
    type: options.type,
    payload: readJsonObject(options.data, "--data"),
    projectId: options.project,
    idempotencyKey: options.idempotencyKey,
  });
  print(options, published, () => [
    `${published.duplicate ? "Already published" : "Published"} ${published.event.id} (${published.event.type}) to ${published.deliveryCount} webhook(s).`,
  ]);
}

export async function listDeliveries(
  options: ApiOptions & { webhook?: string; event?: string; status?: DeliveryStatus; first: number },
): Promise<void> {
  const page = await connect(options).deliveries.list({
    filter: { webhookId: options.webhook, eventId: options.event, status: options.status },
    first: options.first,
  });
  const deliveries = page?.nodes ?? [];
  print(options, deliveries, () => [
    ...table([
      ["ID", "STATUS", "ATTEMPTS", "EVENT TYPE", "WEBHOOK", "LAST ATTEMPT"],
      ...deliveries.map((delivery) => [
        delivery.id,
        delivery.status,
        String(delivery.attemptCount),
        delivery.eventType,
        delivery.webhook?.name ?? "",
        delivery.lastAttemptAt ?? "",
      ]),
    ]),
    `${deliveries.length} of ${page?.totalCount ?? 0} deliveries`,
  ]);
}

export async function retryDelivery(options: ApiOptions & { id: string }): Promise<void> {
  const { delivery } = await connect(options).deliveries.redeliver({ id: options.id });
  print(options, delivery, () => [`Queued ${delivery.id}: the same message, delivered again (${delivery.status}).`]);
}

/** `hookrelay listen`: every delivery update as it happens, until Ctrl-C. */
export async function tailDeliveries(
  options: ApiOptions & { webhook?: string; event?: string; status?: DeliveryStatus[] },
): Promise<void> {
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  process.once("SIGTERM", () => stop.abort());
  const updates = connect(options).deliveries.updates(
    { filter: { webhookId: options.webhook, eventId: options.event, statuses: options.status } },
    { signal: stop.signal },
  );
  if (!options.json) console.error("Listening for delivery updates (Ctrl-C to stop)...");
  for await (const update of updates) {
    const { delivery } = update;
    console.log(
      options.json
        ? JSON.stringify(update)
        : [
            update.changedAt,
            update.status.padEnd(9),
            delivery?.eventType ?? "",
            `-> ${delivery?.webhook?.name ?? "?"}`,
            `attempt ${update.attemptCount}`,
            update.deliveryId,
          ].join("  "),
    );
  }
}
