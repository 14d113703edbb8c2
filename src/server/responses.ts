// Writing answers: JSON, bodies compressed when worth it, cached bodies by ETag, 404 and 503.
import type { IncomingMessage, ServerResponse } from "node:http";
import { BUSY_EXTENSIONS, BUSY_MESSAGE, RETRY_AFTER_SECONDS } from "./busy.js";
import { CachedBody, MIN_COMPRESSED_BYTES, compress, negotiateEncoding } from "./compression.js";
import { requestState } from "./request-context.js";
import type { Database } from "../db/database.js";
import { messageOf } from "../common/errors.js";

/** The request's headers, one string each (repeated ones joined as HTTP allows). */
export function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** `vary` with accept-encoding added to what the headers already vary on (CORS varies on origin). */
function varyOnEncoding(headers: Record<string, string>): string {
  return headers.vary ? `${headers.vary}, accept-encoding` : "accept-encoding";
}

/** Sends `body` compressed when the client accepts it and it is worth it. */
export async function sendCompressible(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): Promise<void> {
  const encoding = negotiateEncoding(request.headers["accept-encoding"]);
  const { "content-length": _length, ...rest } = headers;
  const length = Buffer.byteLength(body);
  // With its length, not chunked: fewer bytes, and one piece to write.
  if (!encoding || length < MIN_COMPRESSED_BYTES)
    return void response
      .writeHead(status, { ...rest, vary: varyOnEncoding(headers), "content-length": String(length) })
      .end(body);
  const compressed = await compress(Buffer.from(body), encoding);
  response.writeHead(status, { ...rest, vary: varyOnEncoding(headers), "content-encoding": encoding }).end(compressed);
}

/** A cached body: 304 when the client has it (ETag), else in the encoding it accepts. Browsers revalidate on each load. */
export async function sendCached(
  request: IncomingMessage,
  response: ServerResponse,
  page: CachedBody,
  headers: Record<string, string>,
): Promise<void> {
  const { "content-length": _length, ...rest } = headers;
  const common = { "cache-control": "no-cache", ...rest, etag: page.etag, vary: varyOnEncoding(headers) };
  if (page.matches(request.headers["if-none-match"])) return void response.writeHead(304, common).end();
  const encoding = negotiateEncoding(request.headers["accept-encoding"]);
  const body = await page.in(encoding);
  response.writeHead(200, encoding ? { ...common, "content-encoding": encoding } : common).end(body);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

export function sendNotFound(response: ServerResponse): void {
  sendJson(response, 404, { error: { code: "NOT_FOUND", message: "No such route." } });
}

export const GRAPHQL_BUSY_BODY = { errors: [{ message: BUSY_MESSAGE, extensions: BUSY_EXTENSIONS }] };
export const INCOMING_BUSY_BODY = { error: { message: BUSY_MESSAGE, ...BUSY_EXTENSIONS } };

/** 503 with Retry-After: the request was not taken on, nothing of it was written. */
export function sendBusy(response: ServerResponse, body: unknown): void {
  const state = requestState.getStore();
  if (state) state.errorCodes = ["SERVICE_UNAVAILABLE"];
  response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  sendJson(response, 503, body);
}

/** /readyz once the database is open: it answers and has every migration. */
export async function sendReadiness(response: ServerResponse, database: Database): Promise<void> {
  try {
    await database.checkReady();
    sendJson(response, 200, { status: "ready" });
  } catch (error) {
    sendJson(response, 503, { status: "unavailable", reason: messageOf(error) });
  }
}
