// What the pages share about calling the API: reading what a page shows, the field errors of a
// mutation's typed answer, and live updates as callbacks (the client's subscribe, ended with the component).
import { useEffect, useState, type DependencyList, type Dispatch, type SetStateAction } from "react";
import { HookrelayError, type HookrelayClient, type TypedDocumentString } from "@hookrelay/client";

/** A mutation's typed error (MutationError): what the form shows. */
export interface MutationError {
  __typename: string;
  message: string;
  issues?: { path: string[]; message: string }[];
}

/** The issue under a field: its path after "input" is `key` or lies below it. */
export function issueAt(error: MutationError | null, key: string): string | undefined {
  return error?.issues?.find((issue) => {
    const path = issue.path.slice(1).join(".");
    return path === key || path.startsWith(`${key}.`);
  })?.message;
}

/**
 * What `load` answers, read when the component mounts and again when `deps` change, and its failure's
 * message instead; `set` changes the value in place (after a mutation). An answer that comes after
 * `deps` changed again is dropped.
 */
export function useLoaded<Value>(
  load: () => Promise<Value>,
  deps: DependencyList,
): { value: Value | null; problem: string | null; set: Dispatch<SetStateAction<Value | null>> } {
  const [value, set] = useState<Value | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (loaded) => current && (set(loaded), setProblem(null)),
      (error: Error) => current && setProblem(error.message),
    );
    return () => {
      current = false;
    };
    // `load` is a new function every render; `deps` say when it reads something else.
  }, deps);
  return { value, problem, set };
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
