// Microsoft Teams through a Workflows "when a Teams webhook request is received" flow: a message
// with one Adaptive Card attachment. Teams takes at most 28 KB per message, so the text is cut well
// below that.
import { senderLine, toneOf, truncate, type Tone } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

const COLOR: Record<Tone, string> = {
  danger: "Attention",
  warning: "Warning",
  good: "Good",
  info: "Accent",
  neutral: "Default",
};

export function renderMicrosoftTeams({ summary, input, url }: RenderContext<unknown>): RenderedRequest {
  const body: unknown[] = [
    {
      type: "TextBlock",
      text: truncate(summary.title, 500),
      size: "Medium",
      weight: "Bolder",
      color: COLOR[toneOf(summary)],
      wrap: true,
    },
  ];
  if (summary.text) body.push({ type: "TextBlock", text: truncate(summary.text, 8000), wrap: true });
  if (summary.facts.length > 0)
    body.push({
      type: "FactSet",
      facts: summary.facts
        .slice(0, 20)
        .map((fact) => ({ title: truncate(fact.name, 100), value: truncate(fact.value, 500) })),
    });
  body.push({
    type: "TextBlock",
    text: truncate(senderLine(input, summary.occurredAt), 500),
    size: "Small",
    isSubtle: true,
    wrap: true,
  });
  return json(url, {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
        },
      },
    ],
  });
}
