// Splunk's HTTP Event Collector (POST .../services/collector/event, "Authorization: Splunk <token>"):
// the Standard Webhooks message as the event, dated by the event's time, with the source, source type
// and index the webhook's settings name (Splunk's defaults otherwise; _json when none is named).
import type { DestinationSettings } from "../outgoing/destination-settings.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

export function renderSplunk({
  summary,
  input,
  url,
  secret,
  settings,
}: RenderContext<DestinationSettings<"SPLUNK">>): RenderedRequest {
  return json(
    url,
    {
      time: summary.occurredAt.getTime() / 1000,
      source: settings.source ?? "hookrelay",
      sourcetype: settings.sourceType ?? "_json",
      ...(settings.index ? { index: settings.index } : {}),
      event: { id: input.messageId, type: input.type, timestamp: input.occurredAt.toISOString(), data: input.payload },
      fields: {
        event_type: input.type,
        webhook: input.webhook.name,
        ...(summary.action ? { action: summary.action, dedup_key: summary.dedupKey } : {}),
      },
    },
    { authorization: `Splunk ${secret ?? ""}` },
  );
}
