// What a destination type makes of an event: the request to send, before the service adds the
// Standard Webhooks headers (which every type still carries) and the webhook's own headers.
import type { EventSummary, RenderInput } from "./event-summary.js";

export interface RenderedRequest {
  url: string;
  /** Sent as JSON (an object), or as it is (a string). */
  body: unknown;
  contentType: string;
  /** The type's own headers (authentication): they win over the webhook's headers of the same name. */
  headers: Record<string, string>;
}

/** What a renderer is given: the event, its summary, and the webhook's URL, settings and decrypted secret. */
export interface RenderContext<Settings> {
  input: RenderInput;
  summary: EventSummary;
  url: string;
  settings: Settings;
  secret: string | null;
}

export const json = (url: string, body: unknown, headers: Record<string, string> = {}): RenderedRequest => ({
  url,
  body,
  contentType: "application/json",
  headers,
});
