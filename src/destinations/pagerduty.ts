// PagerDuty Events API v2: an alert's trigger and resolve share a dedup_key, so one Alertmanager
// alert opens one incident and closes it. Other events trigger an info alert keyed by their message
// id (a redelivery does not open a second one). Limits: summary 1,024 characters, dedup_key 255.
import type { Severity } from "../generated/prisma/client.js";
import { truncate } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

/** Our severities in PagerDuty's four (critical, error, warning, info); no data is an error. */
const PAGERDUTY_SEVERITY: Record<Severity, "critical" | "error" | "warning" | "info"> = {
  CRITICAL: "critical",
  ERROR: "error",
  NOT_AVAILABLE: "error",
  WARNING: "warning",
  INFO: "info",
  NONE: "info",
};

export function renderPagerDuty({ summary, input, url, secret }: RenderContext<unknown>): RenderedRequest {
  const dedupKey = truncate(summary.dedupKey, 255);
  if (summary.action === "resolve")
    return json(url, { routing_key: secret, event_action: "resolve", dedup_key: dedupKey });
  return json(url, {
    routing_key: secret,
    event_action: "trigger",
    dedup_key: dedupKey,
    payload: {
      summary: truncate(summary.action ? summary.title : `${summary.title}: ${summary.text}`, 1024),
      source: truncate(summary.source, 255),
      severity: summary.severity ? PAGERDUTY_SEVERITY[summary.severity] : "info",
      timestamp: summary.occurredAt.toISOString(),
      class: input.type,
      custom_details: summary.details,
    },
    client: "hookrelay",
  });
}
