import { Prisma } from "../generated/prisma/client.js";
import { codeOf } from "../common/errors.js";

/**
 * A unique constraint violation. Prisma reports it as P2002 through @prisma/adapter-pg, while
 * pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505) through as the cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  return error instanceof Error && codeOf(error.cause) === "23505";
}

// pg-pool's message when no connection frees up within connectionTimeoutMillis; Prisma passes the error on as it is.
const POOL_TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";

// The server cannot be reached or is going away: refused or dropped connections, and PostgreSQL's
// "operator intervention" (57P01 shutting down, 57P02 crashed, 57P03 starting up) and connection
// exception (08xxx) states. Prisma reports the same as P1001 (unreachable) and P1017 (closed).
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "P1001",
  "P1017",
]);
const UNREACHABLE_MESSAGE = /^Connection terminated|^the database system is (shutting down|starting up)/;

/**
 * The database could not take the work: no pooled connection freed up within
 * DATABASE_ACQUIRE_TIMEOUT_MS, Prisma could not start a transaction in time (P2028), or the server is
 * unreachable or restarting. Nothing was committed; the caller may retry.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028") return true;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current.message === POOL_TIMEOUT_MESSAGE || UNREACHABLE_MESSAGE.test(current.message)) return true;
    const code = codeOf(current);
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08"))) return true;
    // Node's "connect ECONNREFUSED" for a server with several addresses (localhost: ::1 and 127.0.0.1).
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseBusy(inner))) return true;
  }
  return false;
}

/**
 * The statement gave up waiting for a lock: its lock_timeout ran out (55P03) or PostgreSQL chose it
 * to break a deadlock (40P01). Nothing of it was committed; the caller may try again.
 */
export function isLockConflict(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = codeOf(current);
    if (code === "55P03" || code === "40P01") return true;
  }
  return false;
}
