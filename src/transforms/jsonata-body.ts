// Bodies made by JSONata expressions (CUSTOM destinations): an expression is evaluated over
// { event, webhook }, where event is the Standard Webhooks message ({ id, type, timestamp, data }). It
// is checked when saved (its syntax, and a render of a sample event) and runs within bounds when
// delivering: EXPRESSION_TIMEOUT_MS, a stack depth and a sequence length, and a body of at most
// MAX_BODY_BYTES. One that fails throws TransformError with jsonata's message, never crashes.
import jsonata from "jsonata";
import { ValidationError } from "../common/errors.js";
import { z } from "zod";
import { jsonObjectSchema } from "../common/validation.js";

// Wall time since the evaluation began: jsonata evaluates asynchronously, so a busy worker's other
// deliveries run in between. 100 ms failed healthy expressions on a loaded machine; a runaway one
// (an endless recursion) is still stopped within a second, and yields to other work meanwhile.
const EXPRESSION_TIMEOUT_MS = 1000;
const EXPRESSION_STACK = 250;
const EXPRESSION_SEQUENCE = 10_000;
const MAX_BODY_BYTES = 256 * 1024;

/** The expression could not make a body for this event. */
export class TransformError extends Error {}

/** The message an expression is evaluated for, and the webhook it goes to. */
export interface ExpressionSubject {
  messageId: string;
  type: string;
  occurredAt: Date;
  payload: unknown;
  webhook: { id: string; name: string };
}

// Compiled expressions, by text: a worker renders the same few again and again.
const compiled = new Map<string, jsonata.Expression>();
const MAX_COMPILED = 500;

function compile(expression: string): jsonata.Expression {
  let found = compiled.get(expression);
  if (!found) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    found = jsonata(expression, {
      timeout: EXPRESSION_TIMEOUT_MS,
      stack: EXPRESSION_STACK,
      sequence: EXPRESSION_SEQUENCE,
    });
    compiled.set(expression, found);
  }
  return found;
}

/** jsonata throws plain objects with a message and, for syntax errors, a position. */
const jsonataError = z.object({ message: z.string(), position: z.unknown() });

function jsonataMessageOf(error: unknown): string {
  const thrown = jsonataError.safeParse(error);
  if (!thrown.success) return String(error);
  const { message, position } = thrown.data;
  return typeof position === "number" ? `${message} (at character ${position})` : message;
}

const describe = (value: unknown) =>
  Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;

/** What an expression is evaluated over. */
const expressionInput = (subject: ExpressionSubject) => ({
  event: {
    id: subject.messageId,
    type: subject.type,
    timestamp: subject.occurredAt.toISOString(),
    data: subject.payload,
  },
  webhook: subject.webhook,
});

const NOTHING = "The expression produced nothing for this event (nothing it selects is there).";

/** The body `expression` makes for `subject`; throws TransformError when it fails, makes nothing, or makes a non-object or too much. */
export async function evaluateExpression(
  expression: string,
  subject: ExpressionSubject,
): Promise<Record<string, unknown>> {
  let result: unknown;
  try {
    result = await compile(expression).evaluate(expressionInput(subject));
  } catch (error) {
    throw new TransformError(`The expression failed: ${jsonataMessageOf(error)}`);
  }
  if (result === undefined) throw new TransformError(NOTHING);
  const body = jsonObjectSchema.safeParse(result);
  if (!body.success)
    throw new TransformError(`The expression must produce an object; it produced ${describe(result)}.`);
  const bytes = Buffer.byteLength(JSON.stringify(body.data));
  if (bytes > MAX_BODY_BYTES)
    throw new TransformError(`The expression produced ${bytes} bytes; a body may have at most ${MAX_BODY_BYTES}.`);
  return body.data;
}

/** Checks an expression as it is saved: its syntax, then a render of a sample event (which it may select nothing of). */
export async function validateExpression(expression: string, path: string[]): Promise<void> {
  try {
    compile(expression);
  } catch (error) {
    throw ValidationError.of(path, `is not a valid JSONata expression: ${jsonataMessageOf(error)}`);
  }
  const sample: ExpressionSubject = {
    messageId: "msg_sample",
    type: "sample.event",
    occurredAt: new Date(),
    payload: { message: "A sample event." },
    webhook: { id: "sample", name: "sample" },
  };
  try {
    await evaluateExpression(expression, sample);
  } catch (error) {
    if (!(error instanceof TransformError)) throw error;
    if (error.message !== NOTHING) throw ValidationError.of(path, `fails on a sample event: ${error.message}`);
  }
}
