// Each event a subscription streams is executed against its selection: yoga's default executor walks
// the document again for every message, which was most of what a message cost. This compiles the
// document once with graphql-jit (as queries are, in graphql.ts) and runs every event through that.
// The stream itself is made by graphql-js: graphql-jit's own subscribe hands the field the operation's
// variables in place of its arguments.
import { createSourceEventStream, type DocumentNode, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { makeSubscribe, type Plugin } from "@envelop/core";

export function compiledSubscriptionEvents(): Plugin {
  const compiled = new WeakMap<DocumentNode, CompiledQuery | ExecutionResult>();
  const subscribe = makeSubscribe(async (args) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source; // refused: the field's error
    let query = compiled.get(args.document);
    if (!query) {
      query = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      compiled.set(args.document, query);
    }
    if (!isCompiledQuery(query)) return query;
    const executeEvent = query.query;
    return mapEvents(source, (event) => executeEvent(event, args.contextValue, args.variableValues));
  });
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}

/** `source`'s events as `execute` answers them; ending the result ends `source`. */
function mapEvents(
  source: AsyncIterable<unknown>,
  execute: (event: unknown) => ExecutionResult | Promise<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  const ended = { done: true as const, value: undefined };
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => mapped,
    async next() {
      const next = await events.next();
      return next.done ? ended : { done: false, value: await execute(next.value) };
    },
    async return() {
      await events.return?.();
      return ended;
    },
  };
  return mapped;
}
