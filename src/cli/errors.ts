// How a command fails, for runCli: each kind has its exit code and prints one message, no stack.

/** The command line asked for something that cannot be (a missing key, unreadable data, no such tenant): exit 2. */
export class UsageError extends Error {}

/** An expected failure (the database in use, an invalid configuration, a refused input): exit 1. */
export class CommandFailed extends Error {}
