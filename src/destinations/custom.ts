// CUSTOM destinations: the body a JSONata expression makes of the event (transforms/jsonata-body.ts),
// sent with the content type the webhook names.
import type { DestinationSettings } from "../outgoing/destination-settings.js";
import { evaluateExpression } from "../transforms/jsonata-body.js";
import type { RenderContext, RenderedRequest } from "./rendered.js";

export async function renderCustom({
  input,
  url,
  settings,
}: Pick<RenderContext<DestinationSettings<"CUSTOM">>, "input" | "url" | "settings">): Promise<RenderedRequest> {
  return {
    url,
    body: await evaluateExpression(settings.expression, input),
    contentType: settings.contentType,
    headers: {},
  };
}
