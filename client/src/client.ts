// A small typed client over fetch: it sends a generated document (./generated) with its
// variables and answers the data typed by that document, or throws a HookrelayError. Subscriptions
// run over Server-Sent Events (graphql-sse); connections are walked node by node with paginate.
import { createClient as createSseClient } from "graphql-sse";
import type { JsonObject, JsonValue } from "./json.js";
import type { ErrorCode, TypedDocumentString } from "./generated/graphql.js";

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

/** What went wrong with a call: the service's ErrorCode, or the client's own for a call that got no answer. */
export type HookrelayErrorCode = ErrorCode | "NETWORK_ERROR" | "TIMEOUT";

/** What a ValidationError says was wrong: the input field's path and the rule it broke. */
export interface ValidationIssue {
  path: string[];
  message: string;
}

/**
 * A call the service refused or failed, or that got no answer. `request` answers a mutation's typed
 * errors as data; the resource layer (createHookrelay) throws them as this, with their `issues`.
 */
export class HookrelayError extends Error {
  constructor(
    message: string,
    readonly code: HookrelayErrorCode,
    /** Where in the answer the first error is (a field's path), when it is at a field. */
    readonly path: (string | number)[] | undefined,
    /** The request's id (x-request-id): the service's log line for it carries the same. */
    readonly requestId: string | undefined,
    /** Every error of the answer. */
    readonly errors: GraphQLError[] = [],
    /** What the answer held besides its errors (fields that did answer). */
    readonly data: unknown = null,
    /** With VALIDATION_ERROR: every field the input got wrong. */
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
    this.name = "HookrelayError";
  }
}

export interface ClientOptions {
  /** Milliseconds a call may take before it fails with TIMEOUT (default 30 000). */
  timeoutMs?: number;
  /** Times a call answered 503 is sent again after its Retry-After (default 3; 0 turns retries off). */
  retries?: number;
  /** Longest wait between retries, whatever Retry-After says (default 10 000 ms). */
  maxRetryWaitMs?: number;
}

export interface CallOptions {
  /** Ends the call (and a subscription) early. */
  signal?: AbortSignal;
  /** This call's timeout, instead of the client's. */
  timeoutMs?: number;
}

/**
 * The variables argument: required when the document has a required variable, optional otherwise.
 * NoInfer: the document alone says what the variables are.
 */
export type VariablesArg<Variables> =
  Record<string, never> extends Variables
    ? [variables?: NoInfer<Variables>, options?: CallOptions]
    : [variables: NoInfer<Variables>, options?: CallOptions];

/** A connection as documents select it, for paginate. */
interface ConnectionPage<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The node type of the first connection a document's data holds. */
type NodeOf<Data> = {
  [Field in keyof Data]: NonNullable<Data[Field]> extends ConnectionPage<infer Node> ? Node : never;
}[keyof Data];

export interface HookrelayClient {
  /** Runs a query or mutation: its data, or a HookrelayError. */
  request<Data, Variables>(
    document: TypedDocumentString<Data, Variables>,
    ...args: VariablesArg<Variables>
  ): Promise<Data>;
  /** Runs a subscription: each message's data as it comes, until `signal` aborts or the stream ends. */
  subscribe<Data, Variables>(
    document: TypedDocumentString<Data, Variables>,
    ...args: VariablesArg<Variables>
  ): AsyncIterableIterator<Data>;
  /**
   * Every node of the first connection the document selects, page after page. The document takes
   * `$after` and selects the connection's `pageInfo { hasNextPage endCursor }`.
   */
  paginate<Data, Variables extends { after?: string | null }>(
    document: TypedDocumentString<Data, Variables>,
    ...args: VariablesArg<Variables>
  ): AsyncIterableIterator<NodeOf<Data>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_RETRY_WAIT_MS = 10_000;

const codeOf = (error: GraphQLError | undefined): ErrorCode =>
  typeof error?.extensions?.code === "string" ? (error.extensions.code as ErrorCode) : "INTERNAL_SERVER_ERROR";

/** The error an answer's errors make: the first one's message and code, all of them kept. */
function answerError(result: GraphQLResult<unknown>, requestId: string | undefined): HookrelayError {
  const errors = result.errors ?? [];
  const [first] = errors;
  return new HookrelayError(
    first?.message ?? "The service answered no data.",
    codeOf(first),
    first?.path,
    requestId ?? (typeof first?.extensions?.requestId === "string" ? first.extensions.requestId : undefined),
    errors,
    result.data ?? null,
  );
}

function firstConnection(data: unknown): ConnectionPage<unknown> | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  return Object.values(data).find(
    (value): value is ConnectionPage<unknown> =>
      typeof value === "object" && value !== null && Array.isArray(value.nodes) && typeof value.pageInfo === "object",
  );
}

/** A client of the API at `url` (…/graphql) authenticating with `apiKey`. */
export function createClient(url: string, apiKey: string, options: ClientOptions = {}): HookrelayClient {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  const headers = { "content-type": "application/json", authorization: `Bearer ${apiKey}` };

  async function send<Data>(query: string, variables: unknown, call: CallOptions = {}): Promise<Data> {
    const timeout = AbortSignal.timeout(call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    const body = JSON.stringify({ query, variables });
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(url, { method: "POST", headers, body, signal });
      } catch (error) {
        if (timeout.aborted) throw new HookrelayError("The call timed out.", "TIMEOUT", undefined, undefined);
        if (call.signal?.aborted) throw error;
        throw new HookrelayError(
          `The service cannot be reached: ${(error as Error).message}`,
          "NETWORK_ERROR",
          undefined,
          undefined,
        );
      }
      const requestId = response.headers.get("x-request-id") ?? undefined;
      // Back-pressure (503 with Retry-After): nothing of the call was done, so it is sent again.
      if (response.status === 503 && attempt < retries) {
        const seconds = Number(response.headers.get("retry-after") ?? 1);
        await response.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, Math.min(maxWaitMs, 1000 * (seconds > 0 ? seconds : 1))));
        continue;
      }
      // A GraphQL answer also for 4xx/5xx (a refused key, back-pressure's 503): its errors say why. Its
      // shape is the document's, which the generated type states; nothing here could check it better.
      const result = (await response.json()) as GraphQLResult<Data>;
      if (result.errors?.length || !result.data) throw answerError(result, requestId);
      return result.data;
    }
  }

  const client: HookrelayClient = {
    request: <Data, Variables>(
      document: TypedDocumentString<Data, Variables>,
      ...[variables, call]: VariablesArg<Variables>
    ) => send<Data>(document.toString(), variables ?? {}, call),

    subscribe<Data, Variables>(
      document: TypedDocumentString<Data, Variables>,
      ...[variables, call]: VariablesArg<Variables>
    ): AsyncIterableIterator<Data> {
      // graphql-sse's client at /graphql/stream, reconnecting (with its backoff) when the stream drops.
      const sse = createSseClient({ url: `${url.replace(/\/+$/, "")}/stream`, headers, retryAttempts: 5 });
      const results = sse.iterate<Data>({
        query: document.toString(),
        variables: (variables ?? {}) as Record<string, unknown>,
      });
      const stop = () => {
        void results.return?.();
        sse.dispose();
      };
      call?.signal?.addEventListener("abort", stop, { once: true });
      const iterator: AsyncIterableIterator<Data> = {
        [Symbol.asyncIterator]: () => iterator,
        async next() {
          const next = await results.next();
          if (next.done) {
            stop();
            return { done: true, value: undefined };
          }
          const result = next.value as GraphQLResult<Data>;
          if (result.errors?.length || !result.data) {
            stop();
            throw answerError(result, undefined);
          }
          return { done: false, value: result.data };
        },
        async return() {
          stop();
          return { done: true, value: undefined };
        },
      };
      return iterator;
    },

    async *paginate<Data, Variables extends { after?: string | null }>(
      document: TypedDocumentString<Data, Variables>,
      ...[variables, call]: VariablesArg<Variables>
    ): AsyncIterableIterator<NodeOf<Data>> {
      let after: string | null = null;
      for (;;) {
        const data: Data = await send<Data>(document.toString(), { ...(variables ?? {}), after }, call);
        const page = firstConnection(data);
        if (!page) throw new Error("paginate: the document selects no connection with nodes and pageInfo");
        yield* page.nodes as NodeOf<Data>[];
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    },
  };
  return client;
}

export type { JsonObject, JsonValue };
