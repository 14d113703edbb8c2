// Values read from JSON (a request body, a plugin's answer) written to jsonb columns.
import type { Prisma } from "../generated/prisma/client.js";

/**
 * `value` as Prisma's JSON input. Prisma types JSON input recursively and so refuses `unknown` leaves;
 * what callers pass was parsed from JSON, or checked to be JSON by zod, so it is JSON.
 */
export const jsonInput = (value: Record<string, unknown>): Prisma.InputJsonObject => value as Prisma.InputJsonObject;
