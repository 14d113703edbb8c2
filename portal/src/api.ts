// Calling the API from the pages: typed documents of the shipped client, answers turned into what a
// page shows (data, a field's error, or a message), and live updates over graphql-sse.
import { createClient as createSseClient } from "graphql-sse";
import type { GraphQLResult, HookrelayClient } from "../../client/client.js";
import type { TypedDocumentString } from "../../client/generated/graphql.js";
import { STREAM_URL } from "./session.js";

/** An answer the page cannot use: its message is shown as it is (the API's messages are for people). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** The data of a query, or an ApiError with the API's first error. */
export async function query<Data, Variables>(
  client: HookrelayClient,
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  let result: GraphQLResult<Data>;
  try {
    // One signature for documents with and without variables: the client's rest parameter takes either.
    result = await (client.request as (d: unknown, v: unknown) => Promise<GraphQLResult<Data>>)(document, variables);
  } catch {
    throw new ApiError("The service cannot be reached. Check your connection and try again.", "NETWORK");
  }
  const [error] = result.errors ?? [];
  if (error)
    throw new ApiError(error.message, typeof error.extensions?.code === "string" ? error.extensions.code : undefined);
  if (!result.data) throw new ApiError("The service answered nothing.", undefined);
  return result.data;
}

/** A mutation's typed error (MutationError): what the form shows. */
export interface MutationError {
  __typename: string;
  message: string;
  issues?: { path: string[]; message: string }[];
}

/** Field errors by the field's name (the issue path's last part after "input"). */
export function fieldErrors(error: MutationError | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path[1] ?? issue.path[0] ?? "";
    byField[field] ??= issue.message;
  }
  return byField;
}

export type Unsubscribe = () => void;

/** Runs a subscription, handing each result's data to `onData` until unsubscribed. */
export function subscribe<Data, Variables>(
  key: string,
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
  onError: (message: string) => void,
): Unsubscribe {
  const client = createSseClient({ url: STREAM_URL, headers: { authorization: `Bearer ${key}` }, retryAttempts: 5 });
  const stop = client.subscribe<Data>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) onData(result.data);
        else if (result.errors?.[0]) onError(result.errors[0].message);
      },
      error: () => onError("Live updates stopped: the connection was lost."),
      complete: () => undefined,
    },
  );
  return () => {
    stop();
    client.dispose();
  };
}
