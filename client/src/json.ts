// The JSON scalars as TypeScript types, for the generated client (codegen.ts maps JSON and
// JSONObject here): a payload or tag map is typed down to its leaves, with no `unknown` left.
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}
