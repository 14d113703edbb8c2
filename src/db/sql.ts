// Statements sent straight to the driver (pg or PGlite), past Prisma's query compiler and result
// mapping, for the paths every request takes. Rows are parsed here, once, into precise types.
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";
import { jsonObjectSchema } from "../common/validation.js";

/** Runs one statement (written with Prisma.sql, so values stay parameters) and returns its rows as the driver parsed them. */
export type RunSql = (statement: Prisma.Sql) => Promise<Record<string, unknown>[]>;

/**
 * A hot statement, marked with its name: found by it in pg_stat_statements and the server's log, and
 * on PostgreSQL prepared on each connection (database.ts), so the server parses it once and may
 * reuse its plan. Only for statements whose text seldom varies (lists as array parameters, times as
 * whole days).
 */
export function namedStatement(name: string, statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`/* ${name} */`)} ${statement}`;
}

export const isNamedStatement = (text: string): boolean => text.startsWith("/* ");

/** The rows of `statement`, each parsed by `row`. */
export async function selectRows<Row extends z.ZodType>(
  run: RunSql,
  row: Row,
  statement: Prisma.Sql,
): Promise<z.output<Row>[]> {
  const rows = await run(statement);
  return rows.map((record) => row.parse(record));
}

/** A jsonb column: the database guarantees it holds JSON, so it is taken as it is. */
export const jsonColumn = z.custom<Prisma.JsonValue>(() => true);

/** A jsonb column that holds an object or null (plugin options, settings): null reads as {}. */
export const jsonObjectColumn = jsonObjectSchema.nullable().transform((value) => value ?? {});
