// Opsgenie's Alert API: a trigger creates an alert whose alias is the dedup key, a resolve closes the
// alert with that alias (POST /v2/alerts/{alias}/close?identifierType=alias). Authenticated with
// "Authorization: GenieKey <key>". Limits: message 130 characters, alias 512, description 15,000,
// source 100, at most 20 tags of 50.
import type { Severity } from "../generated/prisma/client.js";
import { truncate } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

/** Our severities as Opsgenie priorities (P1 highest). Events that are not alerts are P3 (Opsgenie's default), tests P5. */
const OPSGENIE_PRIORITY: Record<Severity, "P1" | "P2" | "P3" | "P4" | "P5"> = {
  CRITICAL: "P1",
  ERROR: "P2",
  NOT_AVAILABLE: "P3",
  WARNING: "P3",
  INFO: "P4",
  NONE: "P5",
};

export function renderOpsgenie({ summary, input, url, secret }: RenderContext<unknown>): RenderedRequest {
  const base = url.replace(/\/+$/, "");
  const headers = { authorization: `GenieKey ${secret ?? ""}` };
  const alias = truncate(summary.dedupKey, 512);
  if (summary.action === "resolve") {
    return json(
      `${base}/v2/alerts/${encodeURIComponent(alias)}/close?identifierType=alias`,
      { source: "hookrelay", note: truncate(`Resolved: ${summary.title}`, 25_000) },
      headers,
    );
  }
  const priority = summary.isTest ? "P5" : summary.severity ? OPSGENIE_PRIORITY[summary.severity] : "P3";
  return json(
    `${base}/v2/alerts`,
    {
      message: truncate(summary.title, 130),
      alias,
      description: truncate(summary.text, 15_000),
      source: truncate("hookrelay", 100),
      entity: truncate(summary.source, 512),
      priority,
      tags: ["hookrelay", `type:${input.type}`, ...(summary.severity ? [`severity:${summary.severity}`] : [])]
        .map((tag) => truncate(tag, 50))
        .slice(0, 20),
      details: Object.fromEntries(summary.facts.map((fact) => [truncate(fact.name, 100), truncate(fact.value, 1000)])),
    },
    headers,
  );
}
