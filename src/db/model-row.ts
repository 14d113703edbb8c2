// A Prisma model's row read by SQL, as one JSON value, and a zod schema that parses it into the row
// Prisma's client returns. Both are made from Prisma's datamodel (as the prisma-pothos-types generator
// writes it), so a column added to schema.prisma is read without an edit here. A field's column is
// its name in snake_case, as schema.prisma maps every field (test/model-row.test.ts reads rows back
// and compares them with Prisma's). JSON, because the driver then parses a row with one JSON.parse
// rather than a text parser per column: on the webhooks page (55 columns, 50 rows) those were an eighth
// of the API's CPU per request.
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { jsonColumn } from "./sql.js";

/** A Prisma enum object (`WebhookKind`, ...), by its type's name. */
export type ModelEnums = Record<string, Record<string, string>>;

/** A timestamp as JSON writes it (ISO 8601 with an offset). */
const jsonDate = z.string().transform((text, context) => {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) context.addIssue({ code: "custom", message: "must be a timestamp" });
  return date;
});

const SCALARS: Record<string, z.ZodType> = {
  String: z.string(),
  Boolean: z.boolean(),
  Int: z.number(),
  Float: z.number(),
  DateTime: jsonDate,
  Json: jsonColumn,
};

const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export interface ModelRow<Row> {
  /** An expression: the row of the table aliased `alias` as a JSON object, a key per field. */
  json: Prisma.Sql;
  row: z.ZodType<Row>;
  /**
   * The same for only the fields `always` and `more` name (in any order; unknown names are ignored):
   * the other keys are absent from the rows. A list page reads only what its selection shows: on
   * bench:api's webhooks page, 19 columns instead of 55 cut the API's CPU per request by a quarter.
   * Made once per set of fields.
   */
  pick<Always extends keyof Row>(
    always: readonly Always[],
    more: readonly string[],
  ): ModelRow<Pick<Row, Always> & Partial<Row>>;
}

/** Picked sets kept per model: a client's selections vary little; a flood of new ones evicts the oldest. */
const MAX_PICKED = 256;

/** The row of `model` as JSON, read from the table aliased `alias`, and its schema; `enums` holds its enums' objects. */
export function modelRow<Row>(model: string, alias: string, enums: ModelEnums): ModelRow<Row> {
  const fields = getDatamodel().datamodel.models[model]?.fields.filter((field) => field.kind !== "object");
  if (!fields) throw new Error(`Prisma's datamodel has no model ${model}`);
  const columns = fields.map((field) => {
    const enumObject = field.kind === "enum" ? enums[field.type] : undefined;
    const value = enumObject ? z.enum(enumObject) : SCALARS[field.type];
    if (!value) throw new Error(`${model}.${field.name}: no row schema for ${field.kind} ${field.type}`);
    const item = field.isList ? z.array(value) : value;
    return {
      name: field.name,
      sql: `${alias}.${columnOf(field.name)} AS "${field.name}"`,
      schema: field.isRequired ? item : item.nullable(),
    };
  });
  // Row is the type Prisma generates from this same datamodel; the test parses real rows with it. A
  // row of chosen fields holds each with Row's type for it.
  const read = <Chosen>(chosen: typeof columns) =>
    ({
      // A subquery's row: json_build_object takes at most 100 arguments, fewer than a wide table needs.
      json: Prisma.raw(`(SELECT row_to_json(r) FROM (SELECT ${chosen.map((column) => column.sql).join(", ")}) r)`),
      row: z.object(Object.fromEntries(chosen.map((column) => [column.name, column.schema]))),
      pick,
    }) as unknown as ModelRow<Chosen>;
  const picked = new Map<string, ModelRow<Partial<Row>>>();
  function pick<Always extends keyof Row>(always: readonly Always[], more: readonly string[]) {
    const wanted = new Set<unknown>([...always, ...more]);
    const chosen = columns.filter((column) => wanted.has(column.name));
    const key = chosen.map((column) => column.name).join(",");
    let found = picked.get(key);
    if (!found) {
      if (picked.size >= MAX_PICKED) picked.delete(picked.keys().next().value!);
      found = read<Partial<Row>>(chosen);
      picked.set(key, found);
    }
    // `always` is among the chosen fields.
    return found as ModelRow<Pick<Row, Always> & Partial<Row>>;
  }
  return read<Row>(columns);
}
