// Renders an event for its webhook's destination type. STANDARD and the broker types are the Standard
// Webhooks body; every other type is shaped from the event's summary (event-summary.ts) into that
// service's API.
import type { SecretBox } from "../crypto/secret-box.js";
import { isBrokerType, type StoredDestination } from "../outgoing/destination-settings.js";
import { summarize, type RenderInput } from "./event-summary.js";
import { json, type RenderedRequest } from "./rendered.js";
import { renderSlack } from "./slack.js";
import { renderDiscord } from "./discord.js";
import { renderMicrosoftTeams } from "./microsoft-teams.js";
import { renderGoogleChat } from "./google-chat.js";
import { renderFeishu } from "./feishu.js";
import { renderPagerDuty } from "./pagerduty.js";
import { renderOpsgenie } from "./opsgenie.js";
import { renderDatadog } from "./datadog.js";
import { renderSplunk } from "./splunk.js";
import { renderCustom } from "./custom.js";

/** The Standard Webhooks body: the same for every attempt of a message. */
const standardBody = (input: RenderInput) => ({
  id: input.messageId,
  type: input.type,
  timestamp: input.occurredAt.toISOString(),
  data: input.payload,
});

/**
 * The request `destination` makes of the event, sent to `url`. `secret` is the type's credential:
 * decrypted for delivery, or a stand-in (a preview shows no secret). Throws TransformError for a
 * CUSTOM expression that fails.
 */
export async function renderDestination(
  destination: StoredDestination,
  input: RenderInput,
  url: string,
  secret: string | null,
): Promise<RenderedRequest> {
  // A broker destination publishes the Standard Webhooks body.
  if (destination.type === "STANDARD" || isBrokerType(destination.type)) return json(url, standardBody(input));
  // A CUSTOM expression reads the event itself: no summary.
  if (destination.type === "CUSTOM") return renderCustom({ input, url, settings: destination.settings });
  const context = { input, summary: summarize(input), url, secret };
  switch (destination.type) {
    case "SLACK":
      return renderSlack({ ...context, settings: destination.settings });
    case "DISCORD":
      return renderDiscord({ ...context, settings: destination.settings });
    case "MICROSOFT_TEAMS":
      return renderMicrosoftTeams({ ...context, settings: destination.settings });
    case "GOOGLE_CHAT":
      return renderGoogleChat({ ...context, settings: destination.settings });
    case "FEISHU":
      return renderFeishu({ ...context, settings: destination.settings });
    case "PAGERDUTY":
      return renderPagerDuty({ ...context, settings: destination.settings });
    case "OPSGENIE":
      return renderOpsgenie({ ...context, settings: destination.settings });
    case "DATADOG":
      return renderDatadog({ ...context, settings: destination.settings });
    case "SPLUNK":
      return renderSplunk({ ...context, settings: destination.settings });
  }
}

/** The type's secret for delivery. */
export function destinationSecret(destination: StoredDestination, secretBox: SecretBox): string | null {
  return destination.secretCiphertext ? secretBox.decrypt(destination.secretCiphertext) : null;
}
