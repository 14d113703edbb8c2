// Aggregates for the statistics queries (SpaceONE's `stat`): a function over a numeric column per
// group, groups sorted by one of them and cut to a limit. Shared by webhookStats and incomingEventStats.
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";

export const AGGREGATE_FUNCTIONS = ["COUNT", "SUM", "AVG", "MIN", "MAX"] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

export const MAX_AGGREGATES = 10;
export const MAX_STATS_LIMIT = 1000;

export interface Aggregate<Field extends string> {
  function: AggregateFunction;
  field: Field;
}

export interface AggregateValue<Field extends string> extends Aggregate<Field> {
  /** Null when no row of the group has a value (MIN, MAX, AVG, SUM over none). */
  value: number | null;
}

/** An order on the groups: by the aggregate at `aggregate` (its index in the list asked for), or by the count when absent. */
export interface StatsOrder {
  aggregate?: number | null;
  direction?: "ASC" | "DESC" | null;
}

/** Validates aggregates, order and limit together: an order must name an aggregate that was asked for. */
export function statsShapeSchema<Field extends string>(fields: readonly [Field, ...Field[]]) {
  return z
    .object({
      aggregates: z
        .array(z.object({ function: z.enum(AGGREGATE_FUNCTIONS), field: z.enum(fields) }))
        .max(MAX_AGGREGATES, `must hold at most ${MAX_AGGREGATES} aggregates`)
        .nullish(),
      orderBy: z
        .object({
          aggregate: z.number().int().min(0, "must be an index into aggregates").nullish(),
          direction: z.enum(["ASC", "DESC"]).nullish(),
        })
        .nullish(),
      limit: z
        .number()
        .int()
        .min(1, "must be at least 1")
        .max(MAX_STATS_LIMIT, `must be at most ${MAX_STATS_LIMIT}`)
        .nullish(),
    })
    .superRefine((shape, context) => {
      const index = shape.orderBy?.aggregate;
      if (index != null && index >= (shape.aggregates?.length ?? 0))
        context.addIssue({
          code: "custom",
          path: ["orderBy", "aggregate"],
          message: "must be an index into aggregates",
        });
    });
}

/** `function(column)` as a double (SUM of integers is numeric in SQL, AVG too), so each value arrives as a number. */
export function aggregateSql(aggregate: Aggregate<string>, column: Prisma.Sql): Prisma.Sql {
  const expression = {
    COUNT: Prisma.sql`count(${column})`,
    SUM: Prisma.sql`sum(${column})`,
    AVG: Prisma.sql`avg(${column})`,
    MIN: Prisma.sql`min(${column})`,
    MAX: Prisma.sql`max(${column})`,
  }[aggregate.function];
  return Prisma.sql`(${expression})::float8`;
}

/** The aggregates' output columns, named a0, a1, ... (another `prefix` where one row holds two sets). */
export function aggregateColumns<Field extends string>(
  aggregates: readonly Aggregate<Field>[],
  columns: Record<Field, Prisma.Sql>,
  prefix = "a",
): Prisma.Sql[] {
  return aggregates.map(
    (aggregate, index) =>
      Prisma.sql`${aggregateSql(aggregate, columns[aggregate.field])} AS ${Prisma.raw(`${prefix}${index}`)}`,
  );
}

/** The aggregates' values read back from a row holding a0, a1, ... (or `prefix`0, ...). */
export function aggregateValues<Field extends string>(
  aggregates: readonly Aggregate<Field>[],
  row: Record<string, unknown>,
  prefix = "a",
): AggregateValue<Field>[] {
  return aggregates.map((aggregate, index) => {
    const value = row[`${prefix}${index}`];
    return { ...aggregate, value: typeof value === "number" ? value : null };
  });
}

/**
 * ORDER BY for the groups: the chosen aggregate's column (or the count) in the direction asked
 * (default DESC: the largest first), NULLs last, then the group keys so the order is stable.
 */
export function statsOrderSql(order: StatsOrder | null | undefined, count: Prisma.Sql, keys: Prisma.Sql[]): Prisma.Sql {
  const direction = order?.direction === "ASC" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const by = order?.aggregate != null ? Prisma.raw(`a${order.aggregate}`) : count;
  return Prisma.join([Prisma.sql`${by} ${direction} NULLS LAST`, ...keys], ", ");
}
