// Discord webhooks: `content` and `embeds`. Limits from Discord's message reference: content 2,000
// characters; an embed's title 256, description 4,096, at most 25 fields (name 256, value 1,024),
// footer 2,048, and all of an embed's text together 6,000. Mentions in the text never ping anyone.
import { senderLine, toneOf, truncate, type Tone } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

const COLOR: Record<Tone, number> = {
  danger: 0xe01e5a,
  warning: 0xecb22e,
  good: 0x2eb67d,
  info: 0x1d9bd1,
  neutral: 0x5865f2,
};
const EMBED_TOTAL = 6000;

export function renderDiscord({ summary, input, url }: RenderContext<unknown>): RenderedRequest {
  const title = truncate(summary.title, 256);
  const fields = summary.facts
    .slice(0, 25)
    .map((fact) => ({ name: truncate(fact.name, 256), value: truncate(fact.value || "-", 1024), inline: true }));
  const footer = truncate(senderLine(input), 2048);
  const others =
    title.length + footer.length + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const description = truncate(summary.text, Math.max(1, Math.min(4096, EMBED_TOTAL - others)));
  return json(url, {
    content: truncate(summary.title, 2000),
    embeds: [
      {
        title,
        description,
        color: COLOR[toneOf(summary)],
        timestamp: summary.occurredAt.toISOString(),
        fields,
        footer: { text: footer },
      },
    ],
    allowed_mentions: { parse: [] },
  });
}
