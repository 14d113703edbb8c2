import { Prisma } from "../generated/prisma/client.js";

/**
 * A unique constraint violation. Prisma reports it as P2002 through @prisma/adapter-pg, while
 * pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505) through as the cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return cause?.code === "23505";
}

// pg-pool's message when no connection frees up within connectionTimeoutMillis; Prisma passes the error on as it is.
const POOL_TIMEOUT_MESSAGE = "timeout exceeded when trying to connect";

/**
 * The database could not take the work in time: no pooled connection freed up within
 * DATABASE_ACQUIRE_TIMEOUT_MS, or Prisma could not start a transaction in time (P2028). Nothing was
 * written; the caller may retry.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2028") return true;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current.message === POOL_TIMEOUT_MESSAGE) return true;
  }
  return false;
}
