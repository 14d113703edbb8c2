import type { IncomingMessage, ServerResponse } from "node:http";

/** Where GraphQL is served: queries and mutations, and subscriptions in yoga's own SSE mode (Accept: text/event-stream). */
export const GRAPHQL_PATH = "/graphql";
/** Where graphql-sse clients connect (both of that protocol's modes). */
export const GRAPHQL_SSE_PATH = "/graphql/stream";

export function isGraphQLPath(pathname: string): boolean {
  return pathname === GRAPHQL_PATH || pathname === GRAPHQL_SSE_PATH;
}

/** Answers a request the server itself does not (everything but /healthz and /metrics). */
export type Routes = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;
