// A store: a domain module's functions with their first parameter, a database handle, given once.
// Resolvers call stores and never hold a handle (schema/stores.ts).

/** `Functions` with their first parameter (`Handle`) taken away. */
export type WithHandle<Handle, Functions> = {
  [Name in keyof Functions]: Functions[Name] extends (handle: Handle, ...rest: infer Rest) => infer Result
    ? (...rest: Rest) => Result
    : never;
};

/** Each of `functions` called with `handle` as its first argument. */
export function withHandle<Handle, Functions extends Record<string, (handle: Handle, ...rest: never[]) => unknown>>(
  handle: Handle,
  functions: Functions,
): WithHandle<Handle, Functions> {
  const bound = Object.fromEntries(
    Object.entries(functions).map(([name, fn]) => [name, (...rest: never[]) => fn(handle, ...rest)]),
  );
  // Each entry is its function with `handle` given, which is what WithHandle says of it.
  return bound as WithHandle<Handle, Functions>;
}
