// The JSON Schemas of the event type catalogue (draft 2020-12, ajv): checking a schema and its examples
// as they are saved, and comparing a new schema with the one before it. A schema is tenant code: its
// `pattern`s run on the linear-time regular expression engine of V8, so no pattern backtracks, and a
// pattern that engine cannot run (backreferences, lookarounds) is refused when the schema is saved.
import { setFlagsFromString } from "node:v8";
import { Ajv2020, type AnySchema, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { FieldIssue } from "../common/errors.js";

setFlagsFromString("--enable-experimental-regexp-engine");

/** A JSON Schema document as stored: an object (a boolean schema says too little to be catalogued). */
export type JsonSchema = Record<string, unknown>;

const LINEAR_ONLY = "Cannot be executed in linear time";

/**
 * A pattern compiled for the linear engine ("l"), which throws when the pattern needs backtracking. It
 * runs without "u", which that engine refuses for most patterns; Unicode property escapes (\p{...}),
 * which would silently mean something else without it, are refused too.
 */
function linearRegExp(pattern: string): RegExp {
  if (/\\[pP]\{/.test(pattern)) throw new Error(`${LINEAR_ONLY}: Unicode property escapes (\\p{...})`);
  // eslint-disable-next-line no-invalid-regexp -- "l" is V8's linear-time engine, switched on above
  return new RegExp(pattern, "l");
}
linearRegExp.code = "new RegExp";

function createAjv() {
  return new Ajv2020({
    allErrors: true,
    // Unknown keywords (x-*, examples of other tools) are annotations, as the specification has them.
    strict: false,
    // `format` is an annotation in draft 2020-12 unless a schema asks for the assertion vocabulary.
    validateFormats: false,
    code: { regExp: linearRegExp },
  });
}

const ajv = createAjv();

/** A JSON pointer ("/properties/amount/type") as path segments. */
const segmentsOf = (pointer: string) =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));

const issueOf = (path: string[], error: ErrorObject): FieldIssue => ({
  path: [...path, ...segmentsOf(error.instancePath)],
  message: `${error.message ?? "is invalid"} (at ${error.instancePath || "/"})`,
});

/**
 * Compiles `schema`, or answers what is wrong with it: issues under `path` at the JSON pointer of each
 * problem (the schema's own, or a pattern the linear engine cannot run).
 */
export function compileSchema(
  schema: JsonSchema,
  path: string[],
): { validate: ValidateFunction } | { issues: FieldIssue[] } {
  if (!ajv.validateSchema(schema)) return { issues: (ajv.errors ?? []).map((error) => issueOf(path, error)) };
  try {
    // A fresh instance: ajv keeps what it compiles, and a tenant's schemas are not to pile up in it.
    return { validate: createAjv().compile(schema as AnySchema) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const linear = message.includes(LINEAR_ONLY);
    return {
      issues: [
        {
          path,
          message: linear
            ? `has a pattern that cannot run in linear time (backreferences, lookarounds and \\p{...} are not allowed): ${message}`
            : `cannot be compiled: ${message}`,
        },
      ],
    };
  }
}

/** What `validate` finds wrong with `value`, as issues under `path` at the JSON pointer of each problem. */
export function violationsOf(validate: ValidateFunction, value: unknown, path: string[]): FieldIssue[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => issueOf(path, error));
}

const typesOf = (schema: JsonSchema): Set<string> | null => {
  const type = schema.type;
  if (typeof type === "string") return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((item): item is string => typeof item === "string"));
  return null;
};

const objectAt = (value: unknown): JsonSchema | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : null;

const stringsAt = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/**
 * What in `next` breaks a publisher or a receiver written for `previous`, for the common cases: a
 * property removed (a receiver reads it), a property newly required or a type narrowed (a publisher's
 * payload is refused). Walks properties and array items; anything else is taken as compatible. An empty
 * list: BACKWARD.
 */
export function breakingChanges(previous: JsonSchema, next: JsonSchema, at = ""): string[] {
  const changes: string[] = [];
  const before = typesOf(previous);
  const after = typesOf(next);
  if (
    after &&
    (!before || [...before].some((type) => !after.has(type) && !(type === "integer" && after.has("number"))))
  )
    changes.push(
      `narrowed the type at ${at || "/"} from ${before ? [...before].join(" | ") : "any"} to ${[...after].join(" | ")}`,
    );
  const required = new Set(stringsAt(previous.required));
  for (const name of stringsAt(next.required)) if (!required.has(name)) changes.push(`made ${at}/${name} required`);
  const previousProperties = objectAt(previous.properties) ?? {};
  const nextProperties = objectAt(next.properties) ?? {};
  for (const [name, schema] of Object.entries(previousProperties)) {
    const nextSchema = objectAt(nextProperties[name]);
    if (!(name in nextProperties)) {
      changes.push(`removed ${at}/${name}`);
      continue;
    }
    const previousSchema = objectAt(schema);
    if (previousSchema && nextSchema) changes.push(...breakingChanges(previousSchema, nextSchema, `${at}/${name}`));
  }
  const previousItems = objectAt(previous.items);
  const nextItems = objectAt(next.items);
  if (previousItems && nextItems) changes.push(...breakingChanges(previousItems, nextItems, `${at}/items`));
  return changes;
}
