// What the statistics queries share: aggregate functions, the aggregate input and value of each
// query's fields, and the order on groups.
import type { EnumRef } from "@pothos/core";
import { builder, type BuilderTypes } from "./builder.js";
import { OrderDirectionEnum } from "./enums.js";
import { AGGREGATE_FUNCTIONS, MAX_STATS_LIMIT, type AggregateValue } from "../db/aggregates.js";

export const AggregateFunctionEnum = builder.enumType("AggregateFunction", {
  description: "How a group's values of a field are combined.",
  values: {
    COUNT: { description: "How many have a value." },
    SUM: { description: "Their sum." },
    AVG: { description: "Their mean." },
    MIN: { description: "The smallest." },
    MAX: { description: "The largest." },
  } as const satisfies Record<(typeof AGGREGATE_FUNCTIONS)[number], { description: string }>,
});

export const StatsOrderInput = builder.inputType("StatsOrder", {
  description: "How to sort the groups: by one of the aggregates asked for, or by the count.",
  fields: (t) => ({
    aggregate: t.int({
      description: "The index (from 0) of an entry of `aggregates`. Left out: by the group's count.",
    }),
    direction: t.field({
      type: OrderDirectionEnum,
      defaultValue: "DESC",
      description: "Default DESC: the largest first (groups without a value last).",
    }),
  }),
});

export const statsLimitDescription = `At most this many groups (1-${MAX_STATS_LIMIT}), after sorting; the totals still cover everything matched.`;

/** The aggregate input and its value type for one query's numeric fields. */
export function aggregateTypes<Field extends string>(prefix: string, fieldEnum: EnumRef<BuilderTypes, Field, Field>) {
  const input = builder.inputType(`${prefix}AggregateInput`, {
    description: "One aggregate: a function over a field, computed per group and over everything matched.",
    fields: (t) => ({
      function: t.field({ type: AggregateFunctionEnum, required: true, description: "How the values are combined." }),
      field: t.field({ type: fieldEnum, required: true, description: "Which field." }),
    }),
  });
  return { input, value: valueRef(prefix, fieldEnum) };
}

function valueRef<Field extends string>(prefix: string, fieldEnum: EnumRef<BuilderTypes, Field, Field>) {
  return builder.objectRef<AggregateValue<Field>>(`${prefix}Aggregate`).implement({
    description: "One aggregate's value, in the order the aggregates were asked for.",
    fields: (t) => ({
      function: t.field({
        type: AggregateFunctionEnum,
        description: "The function.",
        resolve: (aggregate) => aggregate.function,
      }),
      field: t.expose("field", { type: fieldEnum, description: "The field." }),
      value: t.float({
        nullable: true,
        description: "The value; null when no row had one.",
        resolve: (aggregate) => aggregate.value,
      }),
    }),
  });
}
