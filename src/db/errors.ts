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
