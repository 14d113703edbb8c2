import { z } from "zod";
import { ValidationError } from "./errors.js";

/**
 * How deep JSON given to the service may nest (objects and arrays; the value itself is level 1).
 * Checked before anything walks a value recursively: JSON.stringify, Prisma and PostgreSQL's jsonb
 * parser all recurse, and the embedded database (WebAssembly) does not survive a stack overflow.
 */
export const MAX_JSON_DEPTH = 64;

// A failed parse names at most this many problems: an object with 100,000 bad keys is one mistake.
const MAX_REPORTED_ISSUES = 20;
const MAX_ISSUE_MESSAGE_LENGTH = 500;

/** A display name (webhooks, API keys, plugins): what a person calls it, not an identifier. */
export const nameSchema = z.string().trim().min(1, "must not be empty").max(128, "must be at most 128 characters");

/** A project's id: the tenant's own name for a group of webhooks and events ("" for none). */
export const projectIdSchema = z
  .string()
  .max(128, "must be at most 128 characters")
  .regex(/^[A-Za-z0-9._:-]*$/, "may hold only letters, digits and . _ : -");

/**
 * An absolute URL of at most 2,048 characters, then `check` on it; `notAUrl` is the message for text
 * that is not one.
 */
export const absoluteUrlSchema = (notAUrl: string, check: (url: URL) => string[]) =>
  z
    .string()
    .trim()
    .max(2048, "must be at most 2048 characters")
    .superRefine((value, context) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        context.addIssue({ code: "custom", message: notAUrl });
        return;
      }
      for (const message of check(url)) context.addIssue({ code: "custom", message });
    });

/** A URL's scheme, without its colon. */
export const schemeOf = (url: URL): string => url.protocol.slice(0, -1);

/** A URL's host as sockets and address checks take it: an IPv6 address without its brackets. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, "");

/** An absolute http or https URL the service sends requests to, without credentials. */
export const httpUrlSchema = absoluteUrlSchema("must be an absolute http or https URL", (url) => [
  ...(["http", "https"].includes(schemeOf(url)) ? [] : ["must use http or https"]),
  ...(url.username || url.password ? ["must not contain a user name or password"] : []),
]);

/** A JSON object: any keys, any values (checked where they are used). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

/** JSON.parse, typed as what it is: any JSON value, to be checked before use. */
export const parseJson = (text: string): unknown => JSON.parse(text);

/** Whether `value` is one of `values`: a type guard, which `includes` on a list of literals is not. */
export function isOneOf<Value extends string>(values: readonly Value[], value: string): value is Value {
  // includes takes only the list's own type; any string may be looked for in it.
  return (values as readonly string[]).includes(value);
}

/** Whether objects and arrays in `value` nest deeper than `limit` levels. Iterative, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== "object" || current === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}

/** `schema`, after a check that the value nests at most MAX_JSON_DEPTH levels (the schema never sees a deeper one). */
export function boundedJson<Schema extends z.ZodType>(schema: Schema) {
  return z
    .unknown()
    .superRefine((value, context) => {
      if (nestsDeeperThan(value, MAX_JSON_DEPTH))
        context.addIssue({ code: "custom", message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
    })
    .pipe(schema);
}

/** Parses input with a zod schema; on failure throws a ValidationError naming each field and rule. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  basePath: string[] = ["input"],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: [...basePath, ...issue.path.map(String)],
    message:
      issue.message.length > MAX_ISSUE_MESSAGE_LENGTH
        ? `${issue.message.slice(0, MAX_ISSUE_MESSAGE_LENGTH)}...`
        : issue.message,
  }));
  const unreported = result.error.issues.length - issues.length;
  if (unreported > 0) issues.push({ path: basePath, message: `and ${unreported} more problems` });
  throw new ValidationError(issues);
}
