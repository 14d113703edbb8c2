// Google Chat incoming webhooks: `text` and a `cardsV2` card. Chat caps a message's text at 4,096
// characters and a card at 100 widgets; card text takes a little HTML, so ours is escaped.
import { senderLine, truncate } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function renderGoogleChat({ summary, input, url }: RenderContext<unknown>): RenderedRequest {
  const widgets: unknown[] = [];
  if (summary.text) widgets.push({ textParagraph: { text: truncate(escape(summary.text), 4000) } });
  for (const fact of summary.facts.slice(0, 20))
    widgets.push({ decoratedText: { topLabel: truncate(fact.name, 100), text: truncate(escape(fact.value), 1000) } });
  return json(url, {
    text: truncate(summary.title, 4096),
    cardsV2: [
      {
        cardId: `hookrelay-${input.messageId}`,
        card: {
          header: { title: truncate(summary.title, 200), subtitle: truncate(senderLine(input), 200) },
          sections: [{ widgets }],
        },
      },
    ],
  });
}
