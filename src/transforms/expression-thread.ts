// The body of a sandbox thread (expression-sandbox.ts): compiles and evaluates the expressions it is
// sent, one at a time, and answers each with the body as JSON or the reason there is none. Everything
// that walks tenant-controlled data (evaluation, the shape check, serializing) happens here.
import { parentPort, workerData } from "node:worker_threads";
import jsonata from "jsonata";
import { z } from "zod";
import { jsonObjectSchema } from "../common/validation.js";
import {
  EXPRESSION_LIMITS,
  runningClock,
  type ExpressionOutcome,
  type ExpressionReply,
  type ExpressionTask,
} from "./expression-sandbox.js";

// Compiled expressions, by text: a worker renders the same few again and again.
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

const port = parentPort;
if (!port || !(workerData instanceof SharedArrayBuffer))
  throw new Error("expression-thread.ts runs as a worker thread of expression-sandbox.ts.");
const clock = runningClock(workerData);
// One evaluation after another, in the order sent, each noted on the clock the pool times it by: the
// start before the id, so that the pool never reads a new id with an old start; id 0 when done. A
// batch is answered in one message.
let previous = Promise.resolve();
// The pool's own messages only: see ExpressionSandbox.dispatch.
port.on("message", (tasks: ExpressionTask[]) => {
  previous = previous.then(async () => {
    const replies: ExpressionReply[] = [];
    for (const task of tasks) {
      Atomics.store(clock, 1, BigInt(Date.now()));
      Atomics.store(clock, 0, BigInt(task.id));
      replies.push({ id: task.id, ...(await evaluate(task)) });
      Atomics.store(clock, 0, 0n);
    }
    port.postMessage(replies);
  });
});
