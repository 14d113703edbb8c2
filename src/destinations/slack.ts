// Slack incoming webhooks: `text` (the notification's fallback) and Block Kit `blocks`. Limits from
// Slack's Block Kit reference: a header's plain text 150 characters, a section's text 3,000, at most
// 10 section fields of 2,000 each.
import { senderLine, toneOf, truncate, type Tone } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

const EMOJI: Record<Tone, string> = {
  danger: ":rotating_light:",
  warning: ":warning:",
  good: ":white_check_mark:",
  info: ":information_source:",
  neutral: ":incoming_envelope:",
};

/** mrkdwn treats &, < and > as markup; Slack asks for them escaped. */
const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function renderSlack({ summary, input, url }: RenderContext<unknown>): RenderedRequest {
  const emoji = summary.isTest ? ":wave:" : EMOJI[toneOf(summary)];
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: truncate(`${emoji} ${summary.title}`, 150), emoji: true } },
  ];
  if (summary.text)
    blocks.push({ type: "section", text: { type: "mrkdwn", text: truncate(escape(summary.text), 3000) } });
  if (summary.facts.length > 0) {
    blocks.push({
      type: "section",
      fields: summary.facts
        .slice(0, 10)
        .map((fact) => ({ type: "mrkdwn", text: truncate(`*${escape(fact.name)}*\n${escape(fact.value)}`, 2000) })),
    });
  }
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: truncate(escape(senderLine(input, summary.occurredAt)), 3000) }],
  });
  return json(url, { text: truncate(`${emoji} ${summary.title}`, 3000), blocks });
}
