// A small typed client over fetch: it sends a generated document (client/generated) with its
// variables and answers the result typed by that document. No GraphQL library is needed at run time.
import type { JsonObject, JsonValue } from "./json.js";
import type { TypedDocumentString } from "./generated/graphql.js";

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  /** `code` (an ErrorCode), and with BAD_USER_INPUT the `issues`. */
  extensions?: JsonObject;
}

export interface GraphQLResult<Data> {
  /** Null or partly null when an error stopped a field: see `errors`. */
  data?: Data | null;
  errors?: GraphQLError[];
  /** `cost { requested, limit }` on every answer; `requestId` on unexpected errors. */
  extensions?: JsonObject;
}

/** Operations without variables take none; the others take exactly theirs. */
type VariablesOf<Variables> = Variables extends Record<string, never> ? [] : [variables: Variables];

export interface HookrelayClient {
  request<Data, Variables>(
    document: TypedDocumentString<Data, Variables>,
    ...variables: VariablesOf<Variables>
  ): Promise<GraphQLResult<Data>>;
}

/** A client of the API at `url` (…/graphql) authenticating with `apiKey`. */
export function createClient(url: string, apiKey: string): HookrelayClient {
  return {
    async request<Data, Variables>(
      document: TypedDocumentString<Data, Variables>,
      ...[variables]: VariablesOf<Variables>
    ): Promise<GraphQLResult<Data>> {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
      // A GraphQL answer also for 4xx/5xx (a refused key, back-pressure's 503): its errors say why. Its
      // shape is the document's, which the generated type states; nothing here could check it better.
      return (await response.json()) as GraphQLResult<Data>;
    },
  };
}

export type { JsonObject, JsonValue };
