// Tenant-written expressions run here, never on the event loop that serves requests or sends deliveries:
// a pool of worker threads, each with a capped heap, evaluating one expression after another. A thread
// that runs past the time limit is terminated (V8 stops it even inside a regular expression or a
// built-in function, which jsonata's own timeout never checks), one that exhausts its heap dies alone;
// either way a new thread takes its place and the caller gets the limit it passed.
import { Worker } from "node:worker_threads";

/** The bounds of one evaluation; README's security section lists them. */
export const EXPRESSION_LIMITS = {
  /** Wall time from the moment a thread takes the expression. */
  timeMs: 1000,
  /** The thread's heap (V8's old generation); the young generation is capped at a quarter of it. */
  memoryMb: 64,
  /** The rendered body, as JSON. */
  bodyBytes: 256 * 1024,
  /** jsonata's own bounds: nested function calls, and the items a sequence may hold. */
  stack: 250,
  sequence: 10_000,
} as const;

/** Where a thread says which evaluation it is running (0: none) and since when: [task id, start in ms since the epoch]. */
export const runningClock = (buffer: SharedArrayBuffer) => new BigInt64Array(buffer);

/** What a thread is asked: the expression, and what it is evaluated over. */
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

/** A thread's answer to the task of the same id. */
export type ExpressionReply = { id: number } & ExpressionOutcome;

/** The expression passed one of EXPRESSION_LIMITS' bounds that only terminating its thread enforces. */
export class ExpressionLimitError extends Error {}

interface Pending {
  task: ExpressionTask;
  resolve: (reply: ExpressionReply) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Sent and unanswered, in the order sent: the thread evaluates them one after another. */
  outstanding: Pending[];
  /** The evaluation the thread is running and when it began, as the thread itself wrote them (runningClock). */
  clock: BigInt64Array;
  /** Looks at the running evaluation's time while the thread has work. */
  timer: NodeJS.Timeout | null;
}

// What a render costs is mostly waking a thread and the event loop on each side. So evaluations asked
// for in one turn of the event loop go to a thread in one message, answered in one message, and the
// thread already at work is given more before another is woken: one at a time cost 0.1-0.2 ms of CPU
// per render, against ~0.02 ms for the evaluation itself.
const MAX_SENT_PER_THREAD = 32;
// A thread whose evaluation has run this long is passed over for new work while it may still finish.
const STALLED_AFTER_MS = 20;

// In the build the thread is dist/expression-thread.js, beside the chunk this module is bundled into
// (scripts/build.mjs). From the TypeScript sources (tests, tsx) it is a .ts file, which a thread loads
// after registering tsx's loader itself: Node 20 does not apply `--import tsx` to a worker's own file.
const fromSources = import.meta.url.endsWith(".ts");
const threadSource = fromSources
  ? `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./expression-thread.ts", import.meta.url).href)}); });`
  : new URL("./expression-thread.js", import.meta.url);

export class ExpressionSandbox {
  private readonly threads: Thread[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private dispatchScheduled = false;

  constructor(private readonly size = 2) {}

  /**
   * Evaluates `expression` over `input` in a thread; rejects with ExpressionLimitError past a limit.
   * Threads hold the process open only while they have work: an idle pool needs no closing.
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

  /** Sends what is queued to the threads that can take it, each its share in one message. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threadWithRoom();
      if (!thread) return;
      const batch = this.queue.splice(0, MAX_SENT_PER_THREAD - thread.outstanding.length);
      if (thread.outstanding.length === 0) {
        thread.worker.ref();
        this.watch(thread, EXPRESSION_LIMITS.timeMs);
      }
      thread.outstanding.push(...batch);
      thread.worker.postMessage(batch.map((pending) => pending.task));
    }
  }

  /**
   * The first thread that can take more and is not stalled on a long evaluation (threads already at
   * work come first), else a new one while the pool has room.
   */
  private threadWithRoom(): Thread | undefined {
    const now = Date.now();
    const stalled = (thread: Thread) =>
      Atomics.load(thread.clock, 0) !== 0n && now - Number(Atomics.load(thread.clock, 1)) > STALLED_AFTER_MS;
    return (
      this.threads.find((thread) => thread.outstanding.length < MAX_SENT_PER_THREAD && !stalled(thread)) ??
      this.startThread()
    );
  }

  /**
   * Checks the thread's running evaluation in `ms`. Its time is the thread's own record of when it
   * began, not when it was sent or when an answer was last read: a thread still starting, or an event
   * loop that was busy while answers waited, never counts against an expression.
   */
  private watch(thread: Thread, ms: number): void {
    thread.timer = setTimeout(() => {
      thread.timer = null;
      if (thread.outstanding.length === 0) return;
      const runningId = Number(Atomics.load(thread.clock, 0));
      const elapsed = Date.now() - Number(Atomics.load(thread.clock, 1));
      const running = thread.outstanding.some((pending) => pending.task.id === runningId);
      if (running && elapsed >= EXPRESSION_LIMITS.timeMs)
        this.fail(thread, new ExpressionLimitError(`ran longer than ${EXPRESSION_LIMITS.timeMs} ms`));
      else this.watch(thread, running ? EXPRESSION_LIMITS.timeMs - elapsed : EXPRESSION_LIMITS.timeMs);
    }, ms);
  }

  /** A new thread while the pool has room. */
  private startThread(): Thread | undefined {
    if (this.threads.length >= this.size) return undefined;
    const clockBuffer = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT);
    const worker = new Worker(threadSource, {
      eval: fromSources,
      workerData: clockBuffer,
      resourceLimits: {
        maxOldGenerationSizeMb: EXPRESSION_LIMITS.memoryMb,
        maxYoungGenerationSizeMb: EXPRESSION_LIMITS.memoryMb / 4,
      },
    });
    const thread: Thread = { worker, outstanding: [], clock: runningClock(clockBuffer), timer: null };
    // Its own messages only: the listener's argument is what expression-thread.ts posts.
    worker.on("message", (replies: ExpressionReply[]) => {
      for (const reply of replies) {
        const answered = thread.outstanding[0];
        if (!answered || answered.task.id !== reply.id) return;
        thread.outstanding.shift();
        answered.resolve(reply);
      }
      if (thread.outstanding.length === 0) {
        if (thread.timer) clearTimeout(thread.timer);
        thread.timer = null;
        worker.unref();
      }
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) =>
      this.fail(
        thread,
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ExpressionLimitError(`used more than ${EXPRESSION_LIMITS.memoryMb} MB of memory`)
          : error,
      ),
    );
    worker.on("exit", () => this.fail(thread, new Error("The expression's thread stopped.")));
    this.threads.push(thread);
    return thread;
  }

  /**
   * Ends `thread` with its running evaluation refused by `error`; the others sent to it go back to the
   * front of the queue, for another thread (those it had answered too: answers not yet read are lost
   * with the thread, and evaluating again is harmless).
   */
  private fail(thread: Thread, error: Error): void {
    const index = this.threads.indexOf(thread);
    if (index === -1) return;
    this.threads.splice(index, 1);
    if (thread.timer) clearTimeout(thread.timer);
    const runningId = Number(Atomics.load(thread.clock, 0));
    const outstanding = thread.outstanding.splice(0);
    const running = outstanding.find((pending) => pending.task.id === runningId) ?? outstanding[0];
    running?.reject(error);
    this.queue.unshift(...outstanding.filter((pending) => pending !== running));
    this.scheduleDispatch();
    void thread.worker.terminate();
  }
}
