import { HookrelayError } from "@hookrelay/client";
import { CommandFailed, UsageError } from "./errors.js";

/** Exit codes of the `hookrelay` command, as its --help states them. */
export const EXIT = { failed: 1, usage: 2 } as const;

/** What a failed call of the API says: its code and message, and each field the input got wrong. */
const apiFailure = (error: HookrelayError) =>
  [
    `${error.code}: ${error.message}`,
    ...error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`),
  ].join("\n");

/**
 * Runs a command: a usage mistake prints its message and exits 2; an expected failure (the service
 * refused, the database is in use) prints what it says and exits 1; anything else prints its stack and
 * exits 1.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = EXIT.usage;
      return;
    }
    console.error(
      error instanceof HookrelayError ? apiFailure(error) : error instanceof CommandFailed ? error.message : error,
    );
    process.exitCode = EXIT.failed;
  }
}
