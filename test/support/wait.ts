// Waiting for a condition, never for a time: tests poll until what they expect holds.
/**
 * Polls `check` until it returns a truthy value or `timeoutMs` passes (then fails with `what`). The
 * deadline only says when to give up, so it is generous: a busy test machine can be 10x slower.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
