// Narrowing typed answers in tests: a result union's expected member, or a failed test that shows
// what came instead.

/** The member of a result union named `typename`; anything else fails the test with the whole answer. */
export function member<Union extends { __typename: string }, Name extends Union["__typename"]>(
  value: Union | null | undefined,
  typename: Name,
): Extract<Union, { __typename: Name }> {
  if (value?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  // The check above is the narrowing; TypeScript cannot follow it through the generic name.
  return value as Extract<Union, { __typename: Name }>;
}
