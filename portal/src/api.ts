// What the pages share about calling the API: field errors of a mutation's typed answer, and live
// updates as callbacks (the client's subscribe, ended with the component).
import { HookrelayError, type HookrelayClient } from "../../client/client.js";
import type { TypedDocumentString } from "../../client/generated/graphql.js";

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

/** Runs a subscription, handing each message's data to `onData` until unsubscribed. */
export function subscribe<Data, Variables>(
  client: HookrelayClient,
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
  onError: (message: string) => void,
): Unsubscribe {
  const stop = new AbortController();
  // The client's rest parameter takes the variables the document states; here they are given whole.
  const subscribeTo = client.subscribe as (
    document: TypedDocumentString<Data, Variables>,
    variables: Variables,
    options: { signal: AbortSignal },
  ) => AsyncIterableIterator<Data>;
  void (async () => {
    try {
      for await (const data of subscribeTo(document, variables, { signal: stop.signal })) onData(data);
    } catch (error) {
      if (stop.signal.aborted) return;
      onError(error instanceof HookrelayError ? error.message : "Live updates stopped: the connection was lost.");
    }
  })();
  return () => stop.abort();
}
