/** Where GraphQL is served: queries and mutations, and subscriptions in yoga's own SSE mode (Accept: text/event-stream). */
export const GRAPHQL_PATH = "/graphql";
/** Where graphql-sse clients connect (both of that protocol's modes). */
export const GRAPHQL_SSE_PATH = "/graphql/stream";
