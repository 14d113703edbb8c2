// The one place that says how an incoming webhook's request is answered: the status, headers and body
// for each outcome of incoming/receive.ts, and for the refusals the HTTP layer makes itself.
import { MAX_EVENTS_PER_REQUEST, type IncomingOutcome } from "../incoming/receive.js";

/** Refusals made before the receiver reads the request. */
export type HttpRefusal =
  | { kind: "METHOD_NOT_ALLOWED" }
  | { kind: "RATE_LIMITED"; retryAfterSeconds: number }
  | { kind: "PAYLOAD_TOO_LARGE"; maxBytes: number };

export interface IncomingAnswer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** Ids of the events stored (the HTTP layer adds them to the body as API ids). */
  eventIds: string[] | null;
}

const refusal = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): IncomingAnswer => ({
  status,
  headers,
  body: { error: { code, message } },
  eventIds: null,
});

export function incomingAnswer(outcome: IncomingOutcome | HttpRefusal): IncomingAnswer {
  switch (outcome.kind) {
    case "METHOD_NOT_ALLOWED":
      return refusal(405, "METHOD_NOT_ALLOWED", "Send events with POST.", { allow: "POST" });
    case "NOT_FOUND":
      return refusal(404, "NOT_FOUND", "No such route.");
    case "WEBHOOK_DISABLED":
      return refusal(403, "WEBHOOK_DISABLED", "This webhook is disabled.");
    case "RATE_LIMITED":
      return refusal(
        429,
        "RATE_LIMITED",
        `Too many requests for this webhook; retry in ${outcome.retryAfterSeconds} s.`,
        {
          "retry-after": String(outcome.retryAfterSeconds),
        },
      );
    case "PAYLOAD_TOO_LARGE":
      // The rest of the body is not read: the connection closes after the answer.
      return refusal(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${outcome.maxBytes} bytes.`, {
        connection: "close",
      });
    case "UNAUTHENTICATED":
      // The same body whatever failed: nothing tells a guesser how close it came.
      return refusal(
        401,
        "UNAUTHENTICATED",
        "The request does not carry the credentials or signature this webhook requires.",
      );
    case "UNREADABLE_BODY":
      return {
        status: 400,
        headers: {},
        body: { error: { code: outcome.code, message: outcome.message } },
        eventIds: outcome.eventIds,
      };
    case "UNPARSABLE_PAYLOAD":
      // Accepted: the body is stored, so the sender should not retry it.
      return {
        status: 202,
        headers: {},
        body: { accepted: true, error: { code: "UNPARSABLE_PAYLOAD", message: outcome.message } },
        eventIds: outcome.eventIds,
      };
    case "TOO_MANY_EVENTS":
      return refusal(
        413,
        "TOO_MANY_EVENTS",
        `The request holds ${outcome.count} events; at most ${MAX_EVENTS_PER_REQUEST} are taken per request. Nothing was stored: send them in smaller requests.`,
      );
    case "ACCEPTED":
      return { status: 202, headers: {}, body: { accepted: true }, eventIds: outcome.eventIds };
  }
}
