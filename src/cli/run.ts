import { ConfigError } from "../config/config.js";
import { ServiceError, messageOf } from "../common/errors.js";
import { DataDirInUseError } from "../db/database.js";

/** Runs a command-line task: expected failures print one line and exit 1; anything else prints its stack. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    const expected =
      error instanceof ConfigError || error instanceof ServiceError || error instanceof DataDirInUseError;
    console.error(expected ? messageOf(error) : error);
    process.exitCode = 1;
  }
}
