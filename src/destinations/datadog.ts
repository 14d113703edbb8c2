// Datadog's events API (v1, POST https://api.<site>/api/v1/events, header DD-API-KEY). An alert's
// trigger and resolve share an aggregation_key and differ in alert_type (error/warning/info, then
// success). Limits: title 100 characters, text 4,000, aggregation_key 100; Datadog refuses events
// dated more than 18 hours back, so an older event (a late redelivery) is dated 17 hours back.
import type { Severity } from "../generated/prisma/client.js";
import { truncate } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

const DATADOG_ALERT_TYPE: Record<Severity, "error" | "warning" | "info"> = {
  CRITICAL: "error",
  ERROR: "error",
  NOT_AVAILABLE: "error",
  WARNING: "warning",
  INFO: "info",
  NONE: "info",
};

const OLDEST_SECONDS = 17 * 3600;

export function renderDatadog(
  { summary, input, url, secret }: RenderContext<unknown>,
  now = new Date(),
): RenderedRequest {
  const alertType =
    summary.action === "resolve" ? "success" : summary.severity ? DATADOG_ALERT_TYPE[summary.severity] : "info";
  const happened = Math.max(
    Math.floor(summary.occurredAt.getTime() / 1000),
    Math.floor(now.getTime() / 1000) - OLDEST_SECONDS,
  );
  return json(
    url,
    {
      title: truncate(summary.title, 100),
      text: truncate([summary.text, ...summary.facts.map((fact) => `${fact.name}: ${fact.value}`)].join("\n"), 4000),
      alert_type: alertType,
      aggregation_key: truncate(summary.dedupKey, 100),
      source_type_name: "hookrelay",
      date_happened: happened,
      priority: "normal",
      tags: [
        "source:hookrelay",
        `event_type:${input.type}`,
        `webhook:${input.webhook.name}`,
        ...(summary.severity ? [`severity:${summary.severity.toLowerCase()}`] : []),
      ].map((tag) => truncate(tag, 200)),
    },
    { "dd-api-key": secret ?? "" },
  );
}
