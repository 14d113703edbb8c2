// The HTTP server: /graphql, incoming webhooks, health probes, /metrics, and one JSON log line per request.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { servesApi, type Config } from "../config/config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../common/logger.js";
import { requestState, type RequestState } from "./request-context.js";
import { BUSY_EXTENSIONS } from "./busy.js";
import { isDatabaseBusy } from "../db/errors.js";
import { INCOMING_URL_PATH } from "../webhooks/access-keys.js";
import { isUuid } from "../db/uuid.js";
import type { ServiceMetrics } from "../metrics/metrics.js";
import { SpanKind, SpanStatusCode, context, trace, type Tracing } from "../tracing/tracing.js";
import type { Context, Span } from "@opentelemetry/api";
import { isGraphQLPath, type Routes } from "./endpoints.js";
import { INCOMING_BUSY_BODY, sendBusy, sendCompressible, sendJson, sendNotFound, sendReadiness } from "./responses.js";
import type { ServerServices } from "./api-routes.js";
import { codeOf } from "../common/errors.js";

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

const STARTING_BODY = { errors: [{ message: "The service is starting; retry shortly.", extensions: BUSY_EXTENSIONS }] };

/** Until the service attaches its routes. */
const startingRoutes: Routes = async (request, response, url) => {
  if (url.pathname === "/readyz" && request.method === "GET") return sendJson(response, 503, { status: "starting" });
  if (isGraphQLPath(url.pathname) || INCOMING_URL_PATH.test(url.pathname)) return sendBusy(response, STARTING_BODY);
  sendNotFound(response);
};

/**
 * The routes once the database is open: /readyz, and where the API is served GraphQL, incoming
 * webhooks and the portal (api-routes.ts, imported only then: a worker process never loads the
 * GraphQL server or Pothos).
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
  const { createApiRoutes } = await import("./api-routes.js");
  return createApiRoutes(config, database, services, log);
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
