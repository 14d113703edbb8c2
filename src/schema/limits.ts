// Input limits as descriptions state them, read from the zod schemas that enforce them (the modules'
// own), so that a description cannot promise what validation no longer does.
import type { z } from "zod";

/** "1-128 characters": a string's length limits. */
export const lengthRange = (schema: z.ZodString): string =>
  `${schema.minLength ?? 0}-${schema.maxLength ?? Infinity} characters`;

/** "1-86400": a number's limits. */
export const valueRange = (schema: z.ZodNumber): string =>
  `${schema.minValue ?? -Infinity}-${schema.maxValue ?? Infinity}`;
