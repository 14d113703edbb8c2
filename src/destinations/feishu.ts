// Feishu (Lark) custom bots: a `post` (rich text) message. A bot with signature verification needs
// `timestamp` and `sign` in the body: base64 of HMAC-SHA256 over nothing, keyed with
// "<timestamp>\n<secret>". Feishu refuses bodies over 20 KB, so the text is cut below that.
import { createHmac } from "node:crypto";
import { senderLine, truncate } from "./event-summary.js";
import { json, type RenderContext, type RenderedRequest } from "./rendered.js";

export function renderFeishu(
  { summary, input, url, secret }: RenderContext<unknown>,
  now = new Date(),
): RenderedRequest {
  const lines: { tag: "text"; text: string }[][] = [];
  if (summary.text) lines.push([{ tag: "text", text: truncate(summary.text, 4000) }]);
  for (const fact of summary.facts.slice(0, 20))
    lines.push([{ tag: "text", text: truncate(`${fact.name}: ${fact.value}`, 500) }]);
  lines.push([{ tag: "text", text: truncate(senderLine(input, summary.occurredAt), 500) }]);
  const body: Record<string, unknown> = {
    msg_type: "post",
    content: { post: { en_us: { title: truncate(summary.title, 200), content: lines } } },
  };
  if (secret) {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    body.timestamp = timestamp;
    body.sign = createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
  }
  return json(url, body);
}
