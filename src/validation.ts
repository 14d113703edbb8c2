import type { z } from "zod";
import { ValidationError } from "./errors.js";

/** Parses input with a zod schema; on failure throws a ValidationError naming each field and rule. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, basePath: string[] = ["input"]): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: [...basePath, ...issue.path.map(String)], message: issue.message })),
  );
}
