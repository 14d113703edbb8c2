// The body of a sandbox process (expression-sandbox.ts): compiles and evaluates the expressions it is
// sent, one at a time, and answers each with the body as JSON or the reason there is none. Everything
// that walks tenant-controlled data (evaluation, the shape check, serializing) happens here.
import jsonata from "jsonata";
import { z } from "zod";
import { jsonObjectSchema } from "../common/validation.js";
import {
  EXPRESSION_LIMITS,
  type ChildMessage,
  type ExpressionOutcome,
  type ExpressionTask,
} from "./expression-sandbox.js";

// Compiled expressions, by text: a process renders the same few again and again.
const compiled = new Map<string, jsonata.Expression>();
const MAX_COMPILED = 500;

function compile(expression: string): jsonata.Expression {
  let found = compiled.get(expression);
  if (!found) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    found = jsonata(expression, { stack: EXPRESSION_LIMITS.stack, sequence: EXPRESSION_LIMITS.sequence });
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

async function evaluate({ expression, input }: ExpressionTask): Promise<ExpressionOutcome> {
  let compiledExpression: jsonata.Expression;
  try {
    compiledExpression = compile(expression);
  } catch (error) {
    return { outcome: "syntax", message: jsonataMessageOf(error) };
  }
  let result: unknown;
  try {
    result = await compiledExpression.evaluate(input);
  } catch (error) {
    return { outcome: "failed", message: `The expression failed: ${jsonataMessageOf(error)}` };
  }
  if (result === undefined) return { outcome: "nothing" };
  if (!jsonObjectSchema.safeParse(result).success)
    return { outcome: "failed", message: `The expression must produce an object; it produced ${describe(result)}.` };
  const json = JSON.stringify(result);
  const bytes = Buffer.byteLength(json);
  if (bytes > EXPRESSION_LIMITS.bodyBytes)
    return {
      outcome: "failed",
      message: `The expression produced ${bytes} bytes; a body may have at most ${EXPRESSION_LIMITS.bodyBytes}.`,
    };
  return { outcome: "body", json };
}

const send = process.send?.bind(process);
if (!send) throw new Error("expression-process.ts runs as a child process of expression-sandbox.ts.");
// Its parent gone, nothing is left to answer.
process.on("disconnect", () => process.exit(0));

// One evaluation after another, in the order sent. The pool times each by what this process says:
// when it began a batch, and when each answer was done (the next evaluation's start).
let previous = Promise.resolve();
// The pool's own messages only: see ExpressionSandbox.dispatch.
process.on("message", (tasks: ExpressionTask[]) => {
  previous = previous.then(async () => {
    send({ started: Date.now() } satisfies ChildMessage);
    for (const task of tasks) {
      const outcome = await evaluate(task);
      send({ reply: { id: task.id, ...outcome }, at: Date.now() } satisfies ChildMessage);
    }
  });
});
