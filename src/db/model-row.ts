// A Prisma model's row read by SQL: its column list, and a zod schema that parses the row as Prisma's
// client returns it. Both are made from Prisma's datamodel (as the prisma-pothos-types generator
// writes it), so a column added to schema.prisma is read without an edit here. A field's column is
// its name in snake_case, as schema.prisma maps every field (test/model-row.test.ts reads rows back
// and compares them with Prisma's).
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { jsonColumn } from "./sql.js";

/** A Prisma enum object (`WebhookKind`, ...), by its type's name. */
export type ModelEnums = Record<string, Record<string, string>>;

const SCALARS: Record<string, z.ZodType> = {
  String: z.string(),
  Boolean: z.boolean(),
  Int: z.number(),
  Float: z.number(),
  DateTime: z.date(),
  Json: jsonColumn,
};

const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export interface ModelRow<Row> {
  /** `alias.column AS "field"` for every field stored in the table. */
  columns: Prisma.Sql;
  row: z.ZodType<Row>;
}

/** The columns and row schema of `model`, read from the table aliased `alias`; `enums` holds its enums' objects. */
export function modelRow<Row>(model: string, alias: string, enums: ModelEnums): ModelRow<Row> {
  const fields = getDatamodel().datamodel.models[model]?.fields.filter((field) => field.kind !== "object");
  if (!fields) throw new Error(`Prisma's datamodel has no model ${model}`);
  const shape: Record<string, z.ZodType> = {};
  const columns: string[] = [];
  for (const field of fields) {
    const enumObject = field.kind === "enum" ? enums[field.type] : undefined;
    const value = enumObject ? z.enum(enumObject) : SCALARS[field.type];
    if (!value) throw new Error(`${model}.${field.name}: no row schema for ${field.kind} ${field.type}`);
    const item = field.isList ? z.array(value) : value;
    shape[field.name] = field.isRequired ? item : item.nullable();
    // The drivers leave an enum (a type of the schema's own) as text, but not an array of them.
    const cast = field.kind === "enum" ? (field.isList ? "::text[]" : "::text") : "";
    columns.push(`${alias}.${columnOf(field.name)}${cast} AS "${field.name}"`);
  }
  return {
    columns: Prisma.raw(columns.join(", ")),
    // Row is the type Prisma generates from this same datamodel; the test parses real rows with it.
    row: z.object(shape) as unknown as z.ZodType<Row>,
  };
}
