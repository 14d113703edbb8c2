// Incoming webhooks' URLs: the webhook and its access key from the path, then its authentication,
// rate limit and body, handed to the receiver; the answer as incoming-answers.ts words it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { pluginMetricLabel } from "../incoming/plugins/index.js";
import type { IncomingOutcome, IncomingReceiver } from "../incoming/receive.js";
import type { RateLimiter } from "../incoming/rate-limit.js";
import { BodyTooLargeError, readBody } from "./body.js";
import { incomingAnswer, type HttpRefusal } from "./incoming-answers.js";
import { requestState } from "./request-context.js";
import { headersOf, sendJson } from "./responses.js";

export type IncomingRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  webhookId: string,
  accessKey: string,
) => Promise<void>;

/** POSTs to an incoming webhook's URL, with bodies of at most `maxBodyBytes`. */
export function incomingRoute(
  receiver: IncomingReceiver,
  rateLimiter: RateLimiter,
  maxBodyBytes: number,
): IncomingRoute {
  function answer(response: ServerResponse, outcome: IncomingOutcome | HttpRefusal): void {
    const { status, headers, body, eventIds } = incomingAnswer(outcome);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    // The ids the GraphQL API knows the events by (node(id:), incomingEvents).
    sendJson(
      response,
      status,
      eventIds ? { ...body, eventIds: eventIds.map((id) => encodeGlobalID("IncomingEvent", id)) } : body,
    );
  }

  return async function handleIncoming(request, response, webhookId, accessKey) {
    if (request.method !== "POST") return answer(response, { kind: "METHOD_NOT_ALLOWED" });
    const authorized = await receiver.authorize(webhookId, accessKey);
    if ("refused" in authorized) return answer(response, authorized.refused);
    const { webhook } = authorized;
    const state = requestState.getStore();
    if (state) {
      state.tenantId = webhook.tenantId;
      state.plugin = pluginMetricLabel(webhook.pluginId);
    }
    const waitSeconds = rateLimiter.take(webhook.id);
    if (waitSeconds > 0) return answer(response, { kind: "RATE_LIMITED", retryAfterSeconds: waitSeconds });
    let body: Buffer;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      await receiver.countRejected(webhook);
      return answer(response, { kind: "PAYLOAD_TOO_LARGE", maxBytes: error.limit });
    }
    answer(response, await receiver.receive(webhook, body, headersOf(request)));
  };
}
