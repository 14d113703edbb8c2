// Bodies made by JSONata expressions (CUSTOM destinations): an expression is evaluated over
// { event, webhook }, where event is the Standard Webhooks message ({ id, type, timestamp, data }). It
// runs in the expression sandbox (expression-sandbox.ts), within its time, memory and body limits, both
// when saved (its syntax, and a render of a sample event) and when delivering. One that fails throws
// TransformError with jsonata's message or the limit it passed, never crashes or stalls the process.
import { ValidationError } from "../common/errors.js";
import { ExpressionLimitError, ExpressionSandbox } from "./expression-sandbox.js";

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

// One sandbox per process: its threads start when the first expression is evaluated.
const sandbox = new ExpressionSandbox();

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

/** The expression's answer for `subject`: a limit it passed is a TransformError naming the limit. */
async function run(expression: string, subject: ExpressionSubject) {
  try {
    return await sandbox.evaluate(expression, expressionInput(subject));
  } catch (error) {
    if (error instanceof ExpressionLimitError) throw new TransformError(`The expression ${error.message} (the limit).`);
    throw error;
  }
}

/**
 * The body `expression` makes for `subject`, as JSON text; throws TransformError when it fails, makes
 * nothing, makes a non-object or too much, or passes a limit.
 */
export async function evaluateExpression(expression: string, subject: ExpressionSubject): Promise<string> {
  const reply = await run(expression, subject);
  switch (reply.outcome) {
    case "body":
      return reply.json;
    case "nothing":
      throw new TransformError(NOTHING);
    case "syntax":
      throw new TransformError(`The expression is not valid JSONata: ${reply.message}`);
    case "failed":
      throw new TransformError(reply.message);
  }
}

const SAMPLE: ExpressionSubject = {
  messageId: "msg_sample",
  type: "sample.event",
  occurredAt: new Date(0),
  payload: { message: "A sample event." },
  webhook: { id: "sample", name: "sample" },
};

/** Checks an expression as it is saved: its syntax, then a render of a sample event (which it may select nothing of). */
export async function validateExpression(expression: string, path: string[]): Promise<void> {
  let reply;
  try {
    reply = await run(expression, SAMPLE);
  } catch (error) {
    if (error instanceof TransformError) throw ValidationError.of(path, `fails on a sample event: ${error.message}`);
    throw error;
  }
  if (reply.outcome === "syntax") throw ValidationError.of(path, `is not a valid JSONata expression: ${reply.message}`);
  if (reply.outcome === "failed") throw ValidationError.of(path, `fails on a sample event: ${reply.message}`);
}
