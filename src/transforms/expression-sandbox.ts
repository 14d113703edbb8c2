// Tenant-written expressions run here, never in the process that serves requests or sends deliveries:
// a pool of child processes, each with a capped heap, evaluating one expression after another. A child
// that runs past the time limit is killed (this stops it even inside a regular expression or a built-in
// function, which jsonata's own timeout never checks); one that exhausts its heap dies alone. Processes,
// not worker threads: V8 aborts the whole process when a worker thread's heap limit is passed by one
// large allocation (nodejs/node#47224), so a thread's `resourceLimits` cannot contain an expression.
// Either way a new child takes the place of one that died, and the caller gets the limit it passed.
import { fork, type ChildProcess } from "node:child_process";

/** The bounds of one evaluation; docs/api.md's security section lists them. */
export const EXPRESSION_LIMITS = {
  /** Wall time from the moment a child takes the expression. */
  timeMs: 1000,
  /** The child's heap (V8's old generation); its young generation is capped at a quarter of it. */
  memoryMb: 64,
  /** The rendered body, as JSON. */
  bodyBytes: 256 * 1024,
  /** jsonata's own bounds: nested function calls, and the items a sequence may hold. */
  stack: 250,
  sequence: 10_000,
} as const;

/** What a child is asked: the expression, and what it is evaluated over. */
export interface ExpressionTask {
  id: number;
  expression: string;
  input: unknown;
}

/** What an evaluation made: the body as JSON, or why there is none. */
export type ExpressionOutcome =
  | { outcome: "body"; json: string }
  | { outcome: "nothing" }
  | { outcome: "syntax"; message: string }
  | { outcome: "failed"; message: string };

/** A child's answer to the task of the same id. */
export type ExpressionReply = { id: number } & ExpressionOutcome;

/**
 * What a child sends: that it began a batch (the first task's start, by its clock), or a task's
 * answer with the time it finished, which is when the next task it holds began.
 */
export type ChildMessage = { started: number } | { reply: ExpressionReply; at: number };

/** The expression passed one of EXPRESSION_LIMITS' bounds that only ending its child enforces. */
export class ExpressionLimitError extends Error {}

interface Pending {
  task: ExpressionTask;
  resolve: (reply: ExpressionReply) => void;
  reject: (error: Error) => void;
}

interface Child {
  process: ChildProcess;
  /** Sent and unanswered, in the order sent: the child evaluates them one after another. */
  outstanding: Pending[];
  /** When the first outstanding task began, by the child's own account; null until it says. */
  runningSince: number | null;
  /** Looks at the running evaluation's time while the child has work. */
  timer: NodeJS.Timeout | null;
}

// What a render costs is mostly waking a child and the event loop on each side. So evaluations asked
// for in one turn of the event loop go to a child in one message, and the child already at work is
// given more before another is woken.
const MAX_SENT_PER_CHILD = 32;
// A child whose evaluation has run this long is passed over for new work while it may still finish.
const STALLED_AFTER_MS = 20;

// In the build the child is dist/expression-process.js, beside the chunk this module is bundled into
// (scripts/build.mjs). From the TypeScript sources (tests, tsx) it is the .ts file, run with tsx's loader.
const fromSources = import.meta.url.endsWith(".ts");
const childModule = new URL(fromSources ? "./expression-process.ts" : "./expression-process.js", import.meta.url);
const childArguments = [
  ...(fromSources ? ["--import", "tsx"] : []),
  `--max-old-space-size=${EXPRESSION_LIMITS.memoryMb}`,
  // V8's young generation is three semi-spaces: a quarter of the heap in all.
  `--max-semi-space-size=${Math.max(1, Math.floor(EXPRESSION_LIMITS.memoryMb / 12))}`,
];

/** How a child that died unasked ended: a V8 heap abort (SIGABRT) is the memory limit. */
const deathOf = (code: number | null, signal: NodeJS.Signals | null): Error =>
  signal === "SIGABRT" || code === 134
    ? new ExpressionLimitError(`used more than ${EXPRESSION_LIMITS.memoryMb} MB of memory`)
    : new Error(`The expression's process stopped (${signal ?? `exit code ${code}`}).`);

export class ExpressionSandbox {
  private readonly children: Child[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private dispatchScheduled = false;

  constructor(private readonly size = 2) {}

  /**
   * Evaluates `expression` over `input` in a child; rejects with ExpressionLimitError past a limit.
   * Children hold the process open only while they have work: an idle pool needs no closing.
   */
  evaluate(expression: string, input: unknown): Promise<ExpressionReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, expression, input }, resolve, reject });
      this.scheduleDispatch();
    });
  }

  /** Dispatches once this turn of the event loop has asked for all it will. */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  /** Sends what is queued to the children that can take it, each its share in one message. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const child = this.childWithRoom();
      if (!child) return;
      const batch = this.queue.splice(0, MAX_SENT_PER_CHILD - child.outstanding.length);
      if (child.outstanding.length === 0) {
        hold(child.process, true);
        child.runningSince = null;
        this.watch(child, EXPRESSION_LIMITS.timeMs);
      }
      child.outstanding.push(...batch);
      child.process.send(batch.map((pending) => pending.task));
    }
  }

  /**
   * The first child that can take more and is not stalled on a long evaluation (children already at
   * work come first), else a new one while the pool has room.
   */
  private childWithRoom(): Child | undefined {
    const now = Date.now();
    const stalled = (child: Child) => child.runningSince !== null && now - child.runningSince > STALLED_AFTER_MS;
    return (
      this.children.find((child) => child.outstanding.length < MAX_SENT_PER_CHILD && !stalled(child)) ??
      this.startChild()
    );
  }

  /**
   * Checks the child's running evaluation in `ms`. Its time is the child's own record of when it
   * began, not when it was sent or when an answer was last read: a child still starting, or an event
   * loop that was busy while answers waited, never counts against an expression.
   */
  private watch(child: Child, ms: number): void {
    child.timer = setTimeout(() => {
      child.timer = null;
      if (child.outstanding.length === 0) return;
      const elapsed = child.runningSince === null ? 0 : Date.now() - child.runningSince;
      if (elapsed >= EXPRESSION_LIMITS.timeMs)
        this.fail(child, new ExpressionLimitError(`ran longer than ${EXPRESSION_LIMITS.timeMs} ms`));
      else this.watch(child, EXPRESSION_LIMITS.timeMs - elapsed);
    }, ms);
  }

  /** A new child while the pool has room. */
  private startChild(): Child | undefined {
    if (this.children.length >= this.size) return undefined;
    const subprocess = fork(childModule, [], {
      execArgv: childArguments,
      // Nothing of the service's environment (DATABASE_URL, SECRETS_KEY) where tenant code runs.
      env: {},
      // A heap abort's report on stderr says nothing the caller is not told.
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
    const child: Child = { process: subprocess, outstanding: [], runningSince: null, timer: null };
    // Its own messages only: what expression-process.ts sends.
    subprocess.on("message", (message: ChildMessage) => {
      if ("started" in message) {
        child.runningSince = message.started;
        return;
      }
      const answered = child.outstanding[0];
      if (!answered || answered.task.id !== message.reply.id) return;
      child.outstanding.shift();
      answered.resolve(message.reply);
      if (child.outstanding.length > 0) child.runningSince = message.at;
      else {
        child.runningSince = null;
        if (child.timer) clearTimeout(child.timer);
        child.timer = null;
        hold(subprocess, false);
        this.dispatch();
      }
    });
    // After its last messages are read: an answer it sent before dying is never blamed for the death.
    subprocess.on("close", (code, signal) => this.fail(child, deathOf(code, signal)));
    subprocess.on("error", (error) => this.fail(child, error));
    this.children.push(child);
    return child;
  }

  /**
   * Ends `child` with its running evaluation refused by `error`; the others sent to it go back to the
   * front of the queue, for another child.
   */
  private fail(child: Child, error: Error): void {
    const index = this.children.indexOf(child);
    if (index === -1) return;
    this.children.splice(index, 1);
    if (child.timer) clearTimeout(child.timer);
    const [running, ...waiting] = child.outstanding.splice(0);
    running?.reject(error);
    this.queue.unshift(...waiting);
    this.scheduleDispatch();
    child.process.kill("SIGKILL");
  }
}

/** Whether `child` (and its channel) keeps this process's event loop alive: only while it has work. */
function hold(child: ChildProcess, held: boolean): void {
  if (held) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}
