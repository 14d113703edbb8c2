// A GraphQL subscription read over HTTP as a browser's fetch would: POST with
// Accept: text/event-stream (yoga's distinct-connections mode), parsing the stream's messages.
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import type { TestService } from "./service.js";

/** Waits until `service` holds `count` open subscriptions: a stream is open once the server has registered it. */
export async function untilOpenSubscriptions(service: TestService, count: number): Promise<void> {
  const open = async () =>
    (await service.service.metrics.registry.getSingleMetric("hookrelay_live_subscriptions")?.get())?.values[0]?.value;
  while ((await open()) !== count) await new Promise((resolve) => setTimeout(resolve, 10));
}

export interface StreamMessage<Data> {
  event: string;
  /** The `next` message's GraphQL result; null for `complete`. */
  data: { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

export interface EventStream<Data = unknown> {
  status: number;
  messages: StreamMessage<Data>[];
  /** The `next` messages' results. */
  results(): NonNullable<StreamMessage<Data>["data"]>[];
  /** Resolves once `check` holds for the messages so far (the test's timeout bounds the wait). */
  until(check: (messages: StreamMessage<Data>[]) => boolean): Promise<void>;
  /** Resolves when the server ends the stream: with `complete` (true) or without it (false: a reset or a cut). */
  ended: Promise<boolean>;
  close(): void;
}

/** A generated subscription document (client/generated or test/generated): its text, typed with its result. */
export type SubscriptionDocument<Data, Variables> = DocumentTypeDecoration<Data, Variables> & { toString(): string };

export async function openEventStream<Data, Variables>(
  url: string,
  document: SubscriptionDocument<Data, Variables>,
  variables: Variables,
  key: string | null,
): Promise<EventStream<Data>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal: controller.signal,
  });
  const messages: StreamMessage<Data>[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  let completed = false;
  let finished = false;
  const ended = (async () => {
    if (!response.body) return false;
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n").filter((line) => !line.startsWith(":"));
          if (lines.length === 0) continue; // a keep-alive ping
          const event =
            lines
              .find((line) => line.startsWith("event:"))
              ?.slice(6)
              .trim() ?? "message";
          const data = lines
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n");
          messages.push({ event, data: data ? (JSON.parse(data) as StreamMessage<Data>["data"]) : null }); // the server's answer to this document
          if (event === "complete") completed = true;
          notify();
        }
      }
    } catch {
      // aborted by close(), or the connection was cut
    } finally {
      finished = true;
      notify();
    }
    return completed;
  })();
  return {
    status: response.status,
    messages,
    results: () => messages.flatMap((message) => (message.event === "next" && message.data ? [message.data] : [])),
    until: (check) =>
      new Promise<void>((resolve, reject) => {
        const test = () => {
          if (check(messages)) {
            waiters.delete(test);
            resolve();
          } else if (finished) {
            waiters.delete(test);
            reject(new Error(`the stream ended first; messages: ${JSON.stringify(messages)}`));
          }
        };
        waiters.add(test);
        test();
      }),
    ended,
    close: () => controller.abort(),
  };
}
