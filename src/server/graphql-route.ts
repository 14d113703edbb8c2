// GraphQL over HTTP (and SSE) through yoga, GraphiQL's page served from memory once rendered, and the
// event catalogue's AsyncAPI document at a URL of its own.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { Logger } from "../common/logger.js";
import { jsonObjectSchema } from "../common/validation.js";
import { BodyTooLargeError, readBody } from "./body.js";
import { CachedBody } from "./compression.js";
import { GRAPHQL_PATH } from "./endpoints.js";
import type { createGraphQLServer } from "./graphql.js";
import { sendEventStream } from "./event-stream.js";
import { requestState } from "./request-context.js";
import { headersOf, sendCached, sendCompressible, sendJson } from "./responses.js";

/** The GraphQL server (graphql.ts): its fetch is what the routes use. */
type GraphQLFetch = Pick<ReturnType<typeof createGraphQLServer>, "fetch">;

export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

/** /graphql and /graphql/stream: requests of at most `maxRequestBytes`, streams of at most `maxUnsentBytes` unread. */
export function graphqlRoute(
  graphql: GraphQLFetch,
  { maxRequestBytes, maxUnsentBytes }: { maxRequestBytes: number; maxUnsentBytes: number },
  log: Logger,
): Route {
  // GraphiQL: yoga renders the same 9 MB page for every GET that accepts HTML (its options are fixed
  // at start). Once rendered, it is served from memory, compressed once, with an ETag.
  let graphiqlPage: { page: CachedBody; headers: Record<string, string> } | null = null;

  return async function handleGraphQL(request, response, url) {
    const wantsPage = request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
    if (wantsPage && graphiqlPage) return sendCached(request, response, graphiqlPage.page, graphiqlPage.headers);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (hasBody) {
      try {
        const buffer = await readBody(request, maxRequestBytes);
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
      sendEventStream(response, answer.status, headers, answer.body, maxUnsentBytes).catch((error: unknown) =>
        log.warn({ err: error }, "event stream failed"),
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
  };
}

/** What the eventTypesAsyncApi query answers, as GraphQL over HTTP sends it. */
const catalogExportAnswer = z.object({
  data: z.object({ eventTypesAsyncApi: jsonObjectSchema }).nullish(),
  errors: z
    .array(z.looseObject({ message: z.string(), extensions: z.object({ code: z.string() }).partial().optional() }))
    .optional(),
});

// The catalogue's AsyncAPI document for tools that fetch a URL: the eventTypesAsyncApi query run
// with the caller's Authorization, so it is authenticated, scoped and logged as any query is.
export function catalogExportRoute(graphql: GraphQLFetch): Route {
  return async function handleCatalogExport(request, response, url) {
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
  };
}
