// The HTTP server: /graphql, incoming webhooks, health probes, /metrics, and one JSON log line per request.
import { defaultPortalDir, loadPortal, PORTAL_PREFIX } from "./portal.js";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { jsonObjectSchema } from "../common/validation.js";
import { servesApi, type Config } from "../config/config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../common/logger.js";
import type { SecretBox } from "../crypto/secret-box.js";
import { BodyTooLargeError, readBody } from "./body.js";
import type { WebhookSender } from "../delivery/http-sender.js";
import type { PluginDirectory } from "../incoming/plugins/registered-plugins.js";
import type { ApiKeyCache } from "../auth/api-keys.js";
import { requestState, type RequestState } from "./request-context.js";
import { BUSY_EXTENSIONS, BUSY_MESSAGE, RETRY_AFTER_SECONDS } from "./busy.js";
import { isDatabaseBusy } from "../db/errors.js";
import { IncomingReceiver, type IncomingOutcome } from "../incoming/receive.js";
import { pluginMetricLabel } from "../incoming/plugins/index.js";
import { incomingAnswer, type HttpRefusal } from "./incoming-answers.js";
import { RateLimiter } from "../incoming/rate-limit.js";
import { INCOMING_URL_PATH } from "../webhooks/access-keys.js";
import { isUuid } from "../db/uuid.js";
import type { ServiceMetrics } from "../metrics/metrics.js";
import type { EventCatalogue } from "../events/event-catalogue.js";
import { CachedBody, MIN_COMPRESSED_BYTES, compress, negotiateEncoding } from "./compression.js";
import { SpanKind, SpanStatusCode, context, trace, type Tracing } from "../tracing/tracing.js";
import type { Context, Span } from "@opentelemetry/api";
import type { LiveChanges } from "../live/live-changes.js";
import { GRAPHQL_PATH, GRAPHQL_SSE_PATH } from "./endpoints.js";
import { codeOf, messageOf } from "../common/errors.js";
import { CATALOG_ASYNCAPI_PATH } from "../events/event-catalogue-asyncapi.js";

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<{ port: number }>;
  /**
   * Starts serving the API. Until then (the database is being reached and migrated) the server answers
   * /healthz and /metrics, 503 on /readyz, and 503 with Retry-After to API requests.
   */
  attach(routes: Routes): void;
  /** Stops accepting connections and waits for in-flight requests, up to `timeoutMs`. */
  close(timeoutMs: number): Promise<void>;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

// An access key may stand in any segment after one that names incoming webhooks, whatever the case,
// the slashes or the dots around it ("//Webhooks/incoming/<id>//<key>.json"), and a run of hex digits
// as long as a key's anywhere. Such segments are redacted, but the webhook's id (a UUID) and short
// words ("events"): a key is 32 characters.
const KEY_CONTEXT = /incoming|webhook/i;
const KEY_LIKE = /[0-9a-f]{16}/i;
const MIN_REDACTED_LENGTH = 8;

/** The path as logged: an incoming webhook's access key is a credential and stays out of logs. */
function loggedPath(pathname: string): string {
  // Separators are kept (the capturing group): joined again, the path reads as it came.
  const parts = pathname.split(/([/.])/);
  const context = parts.findIndex((part) => KEY_CONTEXT.test(part));
  return parts
    .map((part, index) => {
      if (isUuid(part) || (KEY_CONTEXT.test(part) && !KEY_LIKE.test(part))) return part;
      const afterContext = context !== -1 && index > context && part.length >= MIN_REDACTED_LENGTH;
      return afterContext || KEY_LIKE.test(part) ? "[redacted]" : part;
    })
    .join("");
}

/** The request's headers, one string each (repeated ones joined as HTTP allows). */
function headersOf(request: IncomingMessage): Record<string, string> {
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
async function sendCompressible(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): Promise<void> {
  const encoding = negotiateEncoding(request.headers["accept-encoding"]);
  const { "content-length": _length, ...rest } = headers;
  if (!encoding || Buffer.byteLength(body) < MIN_COMPRESSED_BYTES)
    return void response.writeHead(status, { ...rest, vary: varyOnEncoding(headers) }).end(body);
  const compressed = await compress(Buffer.from(body), encoding);
  response.writeHead(status, { ...rest, vary: varyOnEncoding(headers), "content-encoding": encoding }).end(compressed);
}

/** A cached body: 304 when the client has it (ETag), else in the encoding it accepts. Browsers revalidate on each load. */
async function sendCached(
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

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

const GRAPHQL_BUSY_BODY = { errors: [{ message: BUSY_MESSAGE, extensions: BUSY_EXTENSIONS }] };
const INCOMING_BUSY_BODY = { error: { message: BUSY_MESSAGE, ...BUSY_EXTENSIONS } };

/** 503 with Retry-After: the request was not taken on, nothing of it was written. */
function sendBusy(response: ServerResponse, body: unknown): void {
  const state = requestState.getStore();
  if (state) state.errorCodes = ["SERVICE_UNAVAILABLE"];
  response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
  sendJson(response, 503, body);
}

export interface ServerServices {
  secretBox: SecretBox;
  sender: WebhookSender;
  plugins: PluginDirectory;
  apiKeys: ApiKeyCache;
  /** The event type catalogue publishes are checked against; null where the API is not served. */
  catalogue: EventCatalogue | null;
  metrics: ServiceMetrics;
  /** Base of incoming webhooks' URLs: PUBLIC_URL, or this server's own address. */
  publicUrl: string;
  tracing: Tracing | null;
  /** The changes subscriptions follow; null where the API is not served (ROLE=worker). */
  live: LiveChanges | null;
}

/** Answers a request the server itself does not (everything but /healthz and /metrics). */
export type Routes = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

const STARTING_BODY = { errors: [{ message: "The service is starting; retry shortly.", extensions: BUSY_EXTENSIONS }] };

/** Until the service attaches its routes. */
const startingRoutes: Routes = async (request, response, url) => {
  if (url.pathname === "/readyz" && request.method === "GET") return sendJson(response, 503, { status: "starting" });
  if (isGraphQLPath(url.pathname) || INCOMING_URL_PATH.test(url.pathname)) return sendBusy(response, STARTING_BODY);
  sendNotFound(response);
};

function isGraphQLPath(pathname: string): boolean {
  return pathname === GRAPHQL_PATH || pathname === GRAPHQL_SSE_PATH;
}

// The last message of a stream whose client read too slowly: the error, then the end of the stream.
const SLOW_CONSUMER_MESSAGE = `event: next\ndata: ${JSON.stringify({
  errors: [
    {
      message:
        "This stream's client read too slowly (more than SSE_MAX_UNSENT_BYTES waited to be sent) and it was ended; subscribe again and read what you missed through the queries.",
      extensions: { code: "SLOW_CONSUMER" },
    },
  ],
})}\n\nevent: complete\ndata:\n\n`;
// How long a cut-off client has to read that message before its connection is closed.
const SLOW_CONSUMER_GRACE_MS = 5000;

/**
 * Passes a Server-Sent Events answer on as yoga writes it. What the client has not read yet waits in
 * the response's buffer, up to `maxUnsentBytes`: past that, the stream ends with a SLOW_CONSUMER
 * message, its subscriptions with it, and the connection is closed once that is read or after
 * SLOW_CONSUMER_GRACE_MS, so a client that stopped reading holds a bounded amount of memory, for a
 * bounded time. When the client goes away the stream is cancelled, which ends its subscriptions.
 */
async function sendEventStream(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array> | null,
  maxUnsentBytes: number,
): Promise<void> {
  const { "content-length": _length, "content-encoding": _encoding, ...rest } = headers;
  response.writeHead(status, rest);
  response.flushHeaders();
  if (!body) return void response.end();
  const reader = body.getReader();
  // The reader's cancel is enough for a spec stream, but yoga's (@whatwg-node's Node ponyfill) queues
  // it behind the pending read, which waits for the next change: a subscription whose client left
  // would stay open until then. Cancelling the stream itself destroys it at once (a spec stream
  // refuses that while locked, hence both).
  const cancel = () => {
    reader.cancel().catch(() => undefined);
    Promise.resolve(body.cancel()).catch(() => undefined);
  };
  response.once("close", cancel);
  // Yoga writes a message as several chunks (its event line, its data line), each read in a promise
  // continuation of its own: corked until the event loop's next turn, they leave in one system call,
  // with whatever other messages are ready.
  let corked = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || response.destroyed) break;
      if (!corked) {
        corked = true;
        response.cork();
        setImmediate(() => {
          corked = false;
          response.uncork();
        });
      }
      response.write(value);
      if (response.writableLength > maxUnsentBytes) {
        cancel();
        response.write(SLOW_CONSUMER_MESSAGE);
        // The connection goes either way: closed once all of it is handed to the system (the client
        // reads the rest, then the end), or destroyed with what it holds after the grace period.
        const closing = setTimeout(() => response.destroy(), SLOW_CONSUMER_GRACE_MS);
        response.once("finish", () => {
          clearTimeout(closing);
          response.socket?.end();
        });
        break;
      }
    }
  } finally {
    response.off("close", cancel);
    response.end();
  }
}

/** What the eventTypesAsyncApi query answers, as GraphQL over HTTP sends it. */
const catalogExportAnswer = z.object({
  data: z.object({ eventTypesAsyncApi: jsonObjectSchema }).nullish(),
  errors: z
    .array(z.looseObject({ message: z.string(), extensions: z.object({ code: z.string() }).partial().optional() }))
    .optional(),
});

function sendNotFound(response: ServerResponse): void {
  sendJson(response, 404, { error: { code: "NOT_FOUND", message: "No such route." } });
}

/** /readyz once the database is open: it answers and has every migration. */
async function sendReadiness(response: ServerResponse, database: Database): Promise<void> {
  try {
    await database.checkReady();
    sendJson(response, 200, { status: "ready" });
  } catch (error) {
    sendJson(response, 503, { status: "unavailable", reason: messageOf(error) });
  }
}

/**
 * The routes once the database is open: /readyz, and where the API is served GraphQL and incoming
 * webhooks. The GraphQL server (schema, yoga) and Pothos are imported only there: a worker process
 * never loads them.
 */
export async function createRoutes(
  config: Config,
  database: Database,
  services: ServerServices,
  log: Logger,
): Promise<Routes> {
  if (!servesApi(config))
    return async (request, response, url) =>
      url.pathname === "/readyz" && request.method === "GET"
        ? sendReadiness(response, database)
        : sendNotFound(response);
  const [{ createGraphQLServer }, { encodeGlobalID }] = await Promise.all([
    import("./graphql.js"),
    import("@pothos/plugin-relay"),
  ]);
  const { live, catalogue } = services;
  if (!live || !catalogue) throw new Error("serving the API needs the live-changes hub and the catalogue");
  const graphql = createGraphQLServer(config, database, { ...services, live, catalogue }, log);
  const portal = loadPortal(defaultPortalDir(), config.PORTAL_FRAME_ANCESTORS);
  if (!portal) log.warn("the portal was not built (npm run build:portal): /portal/ answers 404");
  const { metrics } = services;
  const receiver = new IncomingReceiver({
    maxBodyBytes: config.INCOMING_MAX_BODY_BYTES,
    prisma: database.prisma,
    secretBox: services.secretBox,
    sender: services.sender,
    plugins: services.plugins,
    log,
    metrics,
  });
  const rateLimiter = new RateLimiter(config.INCOMING_RATE_LIMIT, config.INCOMING_RATE_BURST);

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

  async function handleIncoming(
    request: IncomingMessage,
    response: ServerResponse,
    webhookId: string,
    accessKey: string,
  ): Promise<void> {
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
      body = await readBody(request, config.INCOMING_MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      await receiver.countRejected(webhook);
      return answer(response, { kind: "PAYLOAD_TOO_LARGE", maxBytes: error.limit });
    }
    answer(response, await receiver.receive(webhook, body, headersOf(request)));
  }

  // The catalogue's AsyncAPI document for tools that fetch a URL: the eventTypesAsyncApi query run
  // with the caller's Authorization, so it is authenticated, scoped and logged as any query is.
  async function handleCatalogExport(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== "GET") {
      response.setHeader("allow", "GET");
      return sendJson(response, 405, { errors: [{ message: "Use GET.", extensions: { code: "METHOD_NOT_ALLOWED" } }] });
    }
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (request.headers.authorization) headers["authorization"] = request.headers.authorization;
    const answer = await graphql.fetch(new URL(GRAPHQL_PATH, url), {
      method: "POST",
      headers,
      body: JSON.stringify({ query: "{ eventTypesAsyncApi }" }),
    });
    const result = catalogExportAnswer.parse(await answer.json());
    const document = result.data?.eventTypesAsyncApi;
    if (document)
      return sendCompressible(
        request,
        response,
        200,
        { "content-type": "application/json; charset=utf-8" },
        JSON.stringify(document),
      );
    const errors = result.errors ?? [];
    const code = errors[0]?.extensions?.code;
    sendJson(response, code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : 500, { errors });
  }

  // GraphiQL: yoga renders the same 9 MB page for every GET that accepts HTML (its options are fixed
  // at start). Once rendered, it is served from memory, compressed once, with an ETag.
  let graphiqlPage: { page: CachedBody; headers: Record<string, string> } | null = null;

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const wantsPage = request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
    if (wantsPage && graphiqlPage) return sendCached(request, response, graphiqlPage.page, graphiqlPage.headers);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (hasBody) {
      try {
        const buffer = await readBody(request, config.MAX_REQUEST_BYTES);
        // Node's Buffers live on ArrayBuffers (never SharedArrayBuffers), which the fetch Request wants.
        body = new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.length);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        response.setHeader("connection", "close");
        const state = requestState.getStore();
        if (state) state.errorCodes = ["PAYLOAD_TOO_LARGE"];
        return sendJson(response, 413, {
          errors: [{ message: error.message, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
        });
      }
    }
    const answer = await graphql.fetch(url, { method: request.method, headers: headersOf(request), body });
    // Names lower-cased: yoga's Headers keep the case they were set in ("Content-Type").
    const headers: Record<string, string> = {};
    for (const [name, value] of answer.headers) headers[name.toLowerCase()] = value;
    // A subscription: streamed for as long as it lasts, outside the count of requests being worked on.
    // (Shutdown ends every stream first: LiveChanges.close.)
    if (headers["content-type"]?.startsWith("text/event-stream")) {
      sendEventStream(response, answer.status, headers, answer.body, config.SSE_MAX_UNSENT_BYTES).catch(
        (error: unknown) => log.warn({ err: error }, "event stream failed"),
      );
      return;
    }
    // Any other answer is one complete body. Read as text, yoga's JSON string is passed on as it is
    // (arrayBuffer() would copy it into a buffer first).
    const payload = await answer.text();
    if (wantsPage && answer.status === 200 && headers["content-type"]?.startsWith("text/html")) {
      graphiqlPage = { page: new CachedBody(Buffer.from(payload)), headers };
      return sendCached(request, response, graphiqlPage.page, headers);
    }
    await sendCompressible(request, response, answer.status, headers, payload);
  }

  // Requests being worked on (GraphQL and incoming webhooks; not the probes). Past the limit a request
  // is refused at once with 503 and Retry-After, instead of queueing until its client gives up.
  let working = 0;

  async function shed(response: ServerResponse, handle: () => Promise<void>, busyBody: unknown): Promise<void> {
    if (working >= config.MAX_CONCURRENT_REQUESTS) return sendBusy(response, busyBody);
    working += 1;
    try {
      await handle();
    } finally {
      working -= 1;
    }
  }

  return async function route(request, response, url) {
    if (isGraphQLPath(url.pathname))
      return shed(response, () => handleGraphQL(request, response, url), GRAPHQL_BUSY_BODY);
    const [, webhookId, accessKey] = INCOMING_URL_PATH.exec(url.pathname) ?? [];
    if (webhookId && accessKey)
      return shed(response, () => handleIncoming(request, response, webhookId, accessKey), INCOMING_BUSY_BODY);
    if (url.pathname === CATALOG_ASYNCAPI_PATH)
      return shed(response, () => handleCatalogExport(request, response, url), GRAPHQL_BUSY_BODY);
    if (url.pathname === "/readyz" && request.method === "GET") return sendReadiness(response, database);
    if (url.pathname === "/portal" || url.pathname.startsWith(PORTAL_PREFIX)) return sendPortal(request, response, url);
    sendNotFound(response);
  };

  // The portal (src/server/portal.ts): its pages are chosen in the browser, so every path under
  // /portal/ that is not one of its files is the page.
  function sendPortal(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> | void {
    if (request.method !== "GET" && request.method !== "HEAD") return sendNotFound(response);
    if (url.pathname === "/portal") return void response.writeHead(308, { location: PORTAL_PREFIX }).end();
    if (!portal)
      return sendJson(response, 404, {
        error: { message: "The portal was not built: run npm run build:portal.", code: "NOT_FOUND" },
      });
    const file =
      portal.get(url.pathname) ??
      (url.pathname.startsWith(`${PORTAL_PREFIX}assets/`) ? null : portal.get(PORTAL_PREFIX));
    if (!file) return sendNotFound(response);
    return sendCached(request, response, file.body, file.headers);
  }
}

/** The request's server span, continuing the caller's trace (traceparent); ended when the response closes. */
function startRequestSpan(
  tracing: Tracing,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): { span: Span; context: Context } {
  const parent = tracing.extract(request.headers);
  const path = loggedPath(url.pathname);
  const route = INCOMING_URL_PATH.test(url.pathname) ? "/webhooks/incoming/{webhookId}/{accessKey}/events" : path;
  const span = tracing.tracer.startSpan(
    `${request.method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { "http.request.method": request.method ?? "", "url.path": path, "http.route": route },
    },
    parent,
  );
  response.on("close", () => {
    span.setAttribute("http.response.status_code", response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return { span, context: trace.setSpan(parent, span) };
}

/**
 * The HTTP server: request ids, the log line and metrics of each request, /healthz and /metrics, and
 * the routes attached once the service is ready. It is bound before the database is reached, so a
 * port in use fails the start before anything is written, and probes answer while it connects.
 */
export function createServer(
  config: Config,
  metrics: ServiceMetrics,
  tracing: Tracing | null,
  log: Logger,
): HttpServer {
  const serveGraphQL = servesApi(config);
  let routes = startingRoutes;

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === "/healthz" && request.method === "GET") return sendJson(response, 200, { status: "ok" });
    if (url.pathname === "/metrics" && request.method === "GET") {
      const { contentType, body } = await metrics.exposition();
      return sendCompressible(request, response, 200, { "content-type": contentType }, body);
    }
    return routes(request, response, url);
  }

  function observeGraphQL(state: RequestState, status: number, seconds: number): void {
    const operation = metrics.operationLabel(state.operationName);
    const failed = state.errorCodes !== undefined || status >= 400;
    metrics.graphqlRequests.inc({ operation, outcome: failed ? "error" : "success" });
    metrics.graphqlDuration.observe({ operation }, seconds);
    for (const code of state.errorCodes ?? []) metrics.graphqlErrors.inc({ code });
  }

  // Handlers still running, also for clients that already hung up: close() waits for them too.
  const inFlight = new Set<Promise<void>>();

  const server = createHttpServer((request, response) => {
    const started = process.hrtime.bigint();
    const offered = request.headers["x-request-id"];
    const requestId = typeof offered === "string" && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
    const span = tracing ? startRequestSpan(tracing, request, response, url) : null;
    const traceId = span?.span.spanContext().traceId;
    // The request's child logger is made on first use: most requests log one line or none.
    let requestLog: Logger | undefined;
    const state: RequestState = {
      requestId,
      get log() {
        return (requestLog ??= log.child(traceId ? { requestId, traceId } : { requestId }));
      },
    };
    response.setHeader("x-request-id", requestId);
    // Probes and scrapes come constantly; keep them out of the info log.
    const level =
      url.pathname === "/healthz" || url.pathname === "/readyz" || url.pathname === "/metrics" ? "debug" : "info";
    const isGraphQL = serveGraphQL && isGraphQLPath(url.pathname);
    const isIncoming = serveGraphQL && INCOMING_URL_PATH.test(url.pathname);
    const logged = log.isLevelEnabled(level);
    if (logged || isGraphQL || isIncoming) {
      response.on("finish", () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (isGraphQL) observeGraphQL(state, response.statusCode, seconds);
        if (isIncoming)
          metrics.incomingRequests.inc({ status: String(response.statusCode), plugin: state.plugin ?? "unknown" });
        if (!logged) return;
        state.log[level](
          {
            method: request.method,
            path: loggedPath(url.pathname),
            operationName: state.operationName,
            status: response.statusCode,
            durationMs: Math.round(seconds * 1e4) / 10,
            tenantId: state.tenantId,
            keyPrefix: state.keyPrefix,
            errorCodes: state.errorCodes,
          },
          "request",
        );
      });
    }
    const handle = () => {
      const handled = route(request, response, url).catch((error: unknown) => {
        // The client hung up mid-request: nothing to answer, nothing wrong with the service.
        if (codeOf(error) === "ECONNRESET" && request.destroyed)
          return state.log.info("client closed the connection mid-request");
        if (isDatabaseBusy(error) && !response.headersSent) return sendBusy(response, INCOMING_BUSY_BODY);
        state.errorCodes = ["INTERNAL_SERVER_ERROR"];
        state.log.error({ err: error }, "request failed");
        if (!response.headersSent)
          sendJson(response, 500, {
            error: { code: "INTERNAL_SERVER_ERROR", message: "Unexpected error.", requestId },
          });
        else response.destroy();
      });
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled));
    };
    const traced = () => (span ? context.with(span.context, handle) : handle());
    // A worker process answers only probes and /metrics, which read no request state: running them
    // in one would switch on Node's promise hooks for the process's life (AsyncLocalStorage), a cost
    // every promise of every delivery then pays (~3% of a busy worker's CPU).
    if (serveGraphQL) requestState.run(state, traced);
    else traced();
  });

  return {
    server,
    attach(attached) {
      routes = attached;
    },
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve({ port: typeof address === "object" && address ? address.port : port });
        });
      }),
    close: async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      const remaining = Math.max(0, deadline - Date.now());
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => setTimeout(resolve, remaining).unref()),
      ]);
    },
  };
}
