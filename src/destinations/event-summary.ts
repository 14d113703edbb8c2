// What every typed destination says about an event, before it is shaped into one service's body:
// the monitoring bridge's alerts as a trigger or a resolve under a key that stays the same for the
// alert's life; the test message; any other event as its type, id and a compact payload.
import { z } from "zod";
import { Severity } from "../generated/prisma/client.js";
import { ALERT_RESOLVED, ALERT_TRIGGERED, TEST_EVENT_TYPE } from "../webhooks/event-types.js";

/** The event as a destination renders it (the Standard Webhooks message and the webhook it goes to). */
export interface RenderInput {
  messageId: string;
  type: string;
  occurredAt: Date;
  payload: unknown;
  webhook: { id: string; name: string };
}

export interface EventSummary {
  /** The bridge's alert events open ("trigger") and close ("resolve") incidents; other events only notify. */
  action: "trigger" | "resolve" | null;
  title: string;
  /** Plain text, several lines. */
  text: string;
  /** The alert's severity; null for other events. */
  severity: Severity | null;
  /** The same for an alert's trigger and its resolve (the alert's id); an event's message id otherwise. */
  dedupKey: string;
  /** What the event is about: the incoming webhook that raised the alert, or the service. */
  source: string;
  facts: { name: string; value: string }[];
  occurredAt: Date;
  isTest: boolean;
  /** What the event carried, for fields that take structured details. */
  details: unknown;
}

const alertPayload = z.object({
  alert: z.object({
    id: z.string(),
    eventKey: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    severity: z.enum(Severity),
    state: z.string(),
    eventCount: z.number(),
    firstEventAt: z.string(),
  }),
  webhook: z.object({ id: z.string(), name: z.string() }),
});

/** A compact payload shown in a message: at most this many characters of its JSON. */
const COMPACT_PAYLOAD_CHARACTERS = 1500;

export function summarize(input: RenderInput): EventSummary {
  const common = { occurredAt: input.occurredAt, details: input.payload };
  if (input.type === TEST_EVENT_TYPE) {
    return {
      ...common,
      action: null,
      title: "Hello from hookrelay",
      text: `A test message for the webhook "${input.webhook.name}": if you can read this, it works.`,
      severity: null,
      dedupKey: input.messageId,
      source: "hookrelay",
      facts: [{ name: "Webhook", value: input.webhook.name }],
      isTest: true,
    };
  }
  const alert =
    input.type === ALERT_TRIGGERED || input.type === ALERT_RESOLVED ? alertPayload.safeParse(input.payload) : null;
  if (alert?.success) {
    const { alert: fields, webhook } = alert.data;
    const resolved = input.type === ALERT_RESOLVED;
    return {
      ...common,
      action: resolved ? "resolve" : "trigger",
      title: `${resolved ? "[RESOLVED]" : `[${fields.severity}]`} ${fields.title}`,
      text: fields.description ?? fields.title,
      severity: fields.severity,
      dedupKey: `hookrelay-alert-${fields.id}`,
      source: webhook.name,
      facts: [
        { name: "State", value: resolved ? "RESOLVED" : fields.state },
        { name: "Severity", value: fields.severity },
        { name: "Alert key", value: fields.eventKey },
        { name: "Events", value: String(fields.eventCount) },
        { name: "Since", value: fields.firstEventAt },
        { name: "From", value: webhook.name },
      ],
      isTest: false,
    };
  }
  return {
    ...common,
    action: null,
    title: input.type,
    text: truncate(JSON.stringify(input.payload), COMPACT_PAYLOAD_CHARACTERS),
    severity: null,
    dedupKey: input.messageId,
    source: "hookrelay",
    facts: [
      { name: "Event type", value: input.type },
      { name: "Message id", value: input.messageId },
    ],
    isTest: false,
  };
}

/** The line chat messages close with: who sent it, to which webhook, and (with `at`) when the event happened. */
export function senderLine(input: RenderInput, at?: Date): string {
  return `hookrelay · ${input.webhook.name}${at ? ` · ${at.toISOString()}` : ""}`;
}

/** `text` cut to at most `limit` characters (UTF-16 code units, as the services count), ending in "…" when cut. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  // Never split a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** How alarming a message looks: colours and emoji follow it. */
export type Tone = "danger" | "warning" | "good" | "info" | "neutral";

export function toneOf(summary: EventSummary): Tone {
  if (summary.isTest) return "info";
  if (summary.action === "resolve") return "good";
  switch (summary.severity) {
    case "CRITICAL":
    case "ERROR":
    case "NOT_AVAILABLE":
      return "danger";
    case "WARNING":
      return "warning";
    case "INFO":
    case "NONE":
      return "info";
    default:
      return "neutral";
  }
}
